/**
 * `repere merge A.json B.json`: one bilingual feed from two exports of the
 * same directory in two languages (a French one and an English one, say).
 * Records are joined by id, or through a table of ids when the two systems
 * number them differently; texts become localized (`{ fr, en }`), and where
 * the two disagree on anything else the first feed wins and the difference
 * is reported.
 *
 * Which fields are localized is read from the SDK's own schema, so that a
 * text field added to the format is merged without a change here.
 */
import { isDeepStrictEqual } from 'node:util';
import { CategorySchema, RegionSchema, ResourceSchema, type FeedDocument } from '@repere/sdk';
import { readCsv } from './csv/read.js';
import { Notes, ToolError, type ImportNote } from './notes.js';
import { readFileBytes } from './validate.js';

/** Where a field is localized: text, a list per language, or records holding some. */
type Shape = { readonly [field: string]: 'text' | 'list' | Shape };
type Json = Record<string, unknown>;

/** The localized fields of a valibot object schema (an optional wraps, an array holds items). */
function localizedShape(schema: unknown): Shape {
  const shape: Record<string, 'text' | 'list' | Shape> = {};
  const entries = (schema as { entries?: Record<string, unknown> }).entries ?? {};
  for (const [field, entry] of Object.entries(entries)) {
    let s = entry as { type: string; wrapped?: unknown; item?: unknown; options?: { type: string }[]; value?: { type: string } };
    if (s.type === 'optional') s = s.wrapped as typeof s;
    if (s.type === 'union' && s.options?.some((o) => o.type === 'record')) shape[field] = 'text';
    else if (s.type === 'record' && s.value?.type === 'array') shape[field] = 'list';
    else if (s.type === 'array' && (s.item as { entries?: unknown })?.entries) {
      const inner = localizedShape(s.item);
      if (Object.keys(inner).length) shape[field] = inner;
    }
  }
  return shape;
}

const RESOURCE = localizedShape(ResourceSchema);
const CATEGORY = localizedShape(CategorySchema);
const REGION = localizedShape(RegionSchema);

function isJson(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A value as it reads in a message: short, on one line. */
function preview(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** What a merge produced. */
export interface MergeResult {
  readonly feed: FeedDocument;
  readonly notes: readonly ImportNote[];
  /** Records found in both feeds. */
  readonly joined: number;
  /** Records found in one feed only (kept). */
  readonly single: number;
  readonly conflicts: number;
}

class Merger {
  conflicts = 0;
  constructor(
    readonly notes: Notes,
    readonly localeA: string,
    readonly localeB: string,
    readonly names: readonly [string, string],
  ) {}

  /** Plain text is in its feed's default language. */
  text(a: unknown, b: unknown, field: string, id: string): unknown {
    const asObject = (value: unknown, locale: string) => (typeof value === 'string' ? { [locale]: value } : isJson(value) ? value : {});
    const merged: Json = { ...asObject(a, this.localeA) };
    for (const [lang, value] of Object.entries(asObject(b, this.localeB))) {
      if (merged[lang] === undefined || merged[lang] === '') merged[lang] = value;
      else if (merged[lang] !== value) this.conflict(id, `${field}.${lang}`, merged[lang], value);
    }
    return merged;
  }

  list(a: unknown, b: unknown): unknown {
    const merged: Record<string, unknown[]> = {};
    for (const side of [a, b]) {
      if (!isJson(side)) continue;
      for (const [lang, words] of Object.entries(side)) {
        if (!Array.isArray(words)) continue;
        merged[lang] = [...(merged[lang] ?? []), ...words.filter((w) => !(merged[lang] ?? []).includes(w))];
      }
    }
    return merged;
  }

  /** Two records of the same thing; `shape` says which fields are localized. */
  record(a: Json, b: Json, shape: Shape, id: string, path = ''): Json {
    const merged: Json = {};
    for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const [x, y] = [a[field], b[field]];
      const kind = shape[field];
      const at = `${path}${field}`;
      if (x === undefined || y === undefined) merged[field] = x ?? y;
      else if (kind === 'text') merged[field] = this.text(x, y, at, id);
      else if (kind === 'list') merged[field] = this.list(x, y);
      else if (kind !== undefined && Array.isArray(x) && Array.isArray(y)) {
        // Phones and places in the same order in both exports: item by item.
        merged[field] = Array.from({ length: Math.max(x.length, y.length) }, (_, i) =>
          isJson(x[i]) && isJson(y[i]) ? this.record(x[i], y[i], kind, id, `${at}[${i}].`) : (x[i] ?? y[i]),
        );
      } else if (isDeepStrictEqual(x, y)) merged[field] = x;
      else if (Array.isArray(x) && Array.isArray(y) && [...x, ...y].every((v) => typeof v === 'string')) {
        // Categories, regions, languages: what either export says.
        merged[field] = [...x, ...y.filter((v) => !x.includes(v))];
      } else {
        merged[field] = x;
        this.conflict(id, at, x, y);
      }
    }
    return merged;
  }

  conflict(id: string, field: string, a: unknown, b: unknown): void {
    this.conflicts++;
    this.notes.warning('merge-conflict', { id, field, a: preview(a), b: preview(b), fileA: this.names[0], fileB: this.names[1] }, { id });
  }
}

function listOf(doc: Json, key: string, file: string): Json[] {
  const value = doc[key];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ToolError('merge-not-list', { file, key });
  return value.filter(isJson);
}

/**
 * Merges two feeds (their JSON documents, in list form). `ids` maps an id of
 * `b` to the id of the same record in `a`; unmapped ids are joined as they
 * are. `names` label the two inputs in notes. The first feed's settings
 * (default language, time zone, crisis lines) are kept.
 */
export function mergeFeeds(a: Json, b: Json, ids: ReadonlyMap<string, string> = new Map(), names: readonly [string, string] = ['A', 'B']): MergeResult {
  const notes = new Notes();
  const localeA = typeof a.defaultLocale === 'string' ? a.defaultLocale : 'fr';
  const localeB = typeof b.defaultLocale === 'string' ? b.defaultLocale : localeA;
  const merger = new Merger(notes, localeA, localeB, names);
  let joined = 0;
  let single = 0;

  const join = (key: 'resources' | 'categories' | 'regions', shape: Shape, mapIds: boolean): Json[] => {
    const fromB = new Map<string, Json>();
    for (const record of listOf(b, key, names[1])) {
      const id = String(record.id ?? '');
      const target = mapIds ? (ids.get(id) ?? id) : id;
      fromB.set(target, { ...record, id: target });
    }
    const out: Json[] = [];
    for (const record of listOf(a, key, names[0])) {
      const id = String(record.id ?? '');
      const other = fromB.get(id);
      fromB.delete(id);
      if (other) {
        out.push(merger.record(record, other, shape, id));
        if (key === 'resources') joined++;
      } else {
        out.push(record);
        if (key === 'resources') {
          single++;
          notes.warning('merge-only-in', { id, file: names[0] }, { id });
        }
      }
    }
    for (const [id, record] of fromB) {
      out.push(record);
      if (key === 'resources') {
        single++;
        notes.warning('merge-only-in', { id, file: names[1] }, { id });
      }
    }
    return out;
  };

  const feed: Json = { ...b, ...a };
  feed.title = merger.text(a.title, b.title, 'title', '(feed)');
  if (a.notice !== undefined && b.notice !== undefined) feed.notice = merger.text(a.notice, b.notice, 'notice', '(feed)');
  if (a.timezone !== undefined && b.timezone !== undefined && a.timezone !== b.timezone) merger.conflict('(feed)', 'timezone', a.timezone, b.timezone);
  feed.categories = join('categories', CATEGORY, false);
  feed.regions = join('regions', REGION, false);
  feed.resources = join('resources', RESOURCE, true);
  return { feed: feed as unknown as FeedDocument, notes: notes.list, joined, single, conflicts: merger.conflicts };
}

/**
 * Reads a table of ids: a JSON object `{ "idInB": "idInA" }`, or a CSV whose
 * first two columns are the ids in A and in B. Throws {@link ToolError} when
 * it is neither.
 */
export function readIdTable(path: string): Map<string, string> {
  const bytes = readFileBytes(path);
  if (/\.csv$/i.test(path)) {
    const { columns, rows } = readCsv(bytes);
    const [inA, inB] = columns;
    if (!inA || !inB) throw new ToolError('merge-bad-ids', { path });
    return new Map(rows.filter((r) => r.cells[inA] && r.cells[inB]).map((r) => [r.cells[inB]!, r.cells[inA]!]));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new ToolError('merge-bad-ids', { path });
  }
  if (!isJson(doc) || !Object.values(doc).every((v) => typeof v === 'string')) throw new ToolError('merge-bad-ids', { path });
  return new Map(Object.entries(doc as Record<string, string>));
}
