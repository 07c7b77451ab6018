/**
 * The feed's two trees, categories and regions: each entry parsed on its own
 * (a bad one is skipped, a duplicate id too), then linked, with parents that
 * do not exist and cycles repaired.
 */
import type * as v from 'valibot';
import type { Category, Region } from '../model.js';
import { CategorySchema, RegionSchema } from '../schema.js';
import { parseLenient } from './lenient.js';
import type { Problems } from './problems.js';
import { isObject, toLocalized, toLocalizedList } from './values.js';

/** The trees of a feed, and their ids (what records may name). */
export interface Trees {
  readonly categories: Category[];
  readonly regions: Region[];
  readonly categoryIds: ReadonlySet<string>;
  readonly regionIds: ReadonlySet<string>;
}

/** The categories and regions of the cleaned document `doc`. */
export function readTrees(doc: Readonly<Record<string, unknown>>, defaultLocale: string, problems: Problems): Trees {
  const cats = parseList(doc.categories, 'categories', CategorySchema, problems);
  if (doc.categories === undefined) problems.add('error', 'invalid-header', '$.categories', 'repaired', { field: 'categories', detail: 'missing' });
  const categories: Category[] = linkTree(
    cats.items.map((c) => ({
      id: c.id,
      name: toLocalized(c.name, defaultLocale) ?? { [defaultLocale]: c.id },
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
      keywords: toLocalizedList(c.keywords),
      ...(c.distress ? { distress: [...new Set(c.distress)] } : {}),
      ...(c.codes?.length ? { codes: [...c.codes] } : {}),
    })),
    'categories',
    cats.indexOf,
    problems,
  );
  const regs = parseList(doc.regions, 'regions', RegionSchema, problems);
  const regions: Region[] = linkTree(
    regs.items.map((r) => ({
      id: r.id,
      name: toLocalized(r.name, defaultLocale) ?? { [defaultLocale]: r.id },
      ...(r.parent !== undefined ? { parent: r.parent } : {}),
      ...(r.centroid ? { centroid: { lat: r.centroid.lat, lon: r.centroid.lon } } : {}),
    })),
    'regions',
    regs.indexOf,
    problems,
  );
  return { categories, regions, categoryIds: new Set(categories.map((c) => c.id)), regionIds: new Set(regions.map((r) => r.id)) };
}

/** A tree's entries, each parsed on its own, and where each id was found. */
function parseList<TSchema extends v.GenericSchema>(
  raw: unknown,
  listName: string,
  schema: TSchema,
  problems: Problems,
): { items: v.InferOutput<TSchema>[]; indexOf: Map<string, number> } {
  const items: v.InferOutput<TSchema>[] = [];
  const indexOf = new Map<string, number>();
  if (raw === undefined) return { items, indexOf };
  if (!Array.isArray(raw)) {
    problems.add('error', 'invalid-header', `$.${listName}`, 'repaired', { field: listName, detail: 'not a list' });
    return { items, indexOf };
  }
  raw.forEach((entry, index) => {
    const path = `$.${listName}[${index}]`;
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (!isObject(entry)) {
      problems.add('error', 'invalid-record', path, 'skipped', { detail: 'not an object' }, { index });
      return;
    }
    const parsed = parseLenient(schema, entry, new Set(['id', 'name']), path, problems, { id, index });
    if (!parsed) return;
    const parsedId = (parsed as { id: string }).id;
    if (indexOf.has(parsedId)) {
      problems.add('error', 'duplicate-id', path, 'skipped', { value: parsedId }, { id: parsedId, index });
      return;
    }
    indexOf.set(parsedId, index);
    items.push(parsed);
  });
  return { items, indexOf };
}

/** Removes parent links to unknown ids and breaks cycles, in place on a copy. */
function linkTree<T extends { id: string; parent?: string | undefined }>(
  items: T[],
  listName: string,
  indexOf: Map<string, number>,
  problems: Problems,
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const out = items.map((item) => ({ ...item }));
  const outById = new Map(out.map((item) => [item.id, item]));
  for (const item of out) {
    if (item.parent !== undefined && !byId.has(item.parent)) {
      problems.add('warning', 'unknown-parent', `$.${listName}[${indexOf.get(item.id)}].parent`, 'repaired', { value: item.parent }, { id: item.id, index: indexOf.get(item.id) });
      delete item.parent;
    }
  }
  for (const item of out) {
    const seen = new Set<string>([item.id]);
    let parent = item.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        problems.add('error', 'cycle', `$.${listName}[${indexOf.get(item.id)}].parent`, 'repaired', { value: item.id }, { id: item.id, index: indexOf.get(item.id) });
        delete item.parent;
        break;
      }
      seen.add(parent);
      parent = outById.get(parent)?.parent;
    }
  }
  return out;
}
