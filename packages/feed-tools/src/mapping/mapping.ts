/**
 * Any spreadsheet through a mapping (`repere import csv SHEET.csv --map
 * mapping.json`): its columns are renamed to the template's, its values
 * translated to the feed's vocabularies, fixed values added, and free-text
 * hours read; then the sheet goes through the template import, with the
 * same rules and line numbers.
 *
 * ```json
 * { "columns": { "Nom": "name_fr", "Téléphone": "phone", "Notes internes": null },
 *   "values": { "categories": { "Banque alimentaire": "food-banks" } },
 *   "fixed": { "regions": "kamouraska" } }
 * ```
 */
import { fold, slug } from '../base.js';
import { LOCALIZED_COLUMNS, PLAIN_COLUMNS } from '../csv/import.js';
import { normalizeColumn, type CsvRow, type CsvTable } from '../csv/read.js';
import type { HoursSpan } from '../csv/hours.js';
import { readTextHours } from '../hours-text.js';
import { Notes, ToolError, type ImportNote } from '../notes.js';
import { readTextFile } from '../validate.js';

/** A mapping from a spreadsheet's columns and values to the template's. */
export interface Mapping {
  /** Source column (as written in the header) → template column, or `null` to ignore it. */
  readonly columns: Readonly<Record<string, string | null>>;
  /** Template column → (source value → feed value), e.g. `{ "cost": { "Gratuit": "free" } }`. */
  readonly values?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Template column → value given to every row whose cell is empty. */
  readonly fixed?: Readonly<Record<string, string>>;
}

// Columns that hold lists: several source columns are joined, and values are mapped item by item.
const LISTS = new Set(['categories', 'regions', 'audiences', 'languages', 'delivery', 'phone', 'closed_dates']);

/** Whether a name is a template column: `phone`, `name_fr`, `description_es`… */
export function isTemplateColumn(name: string): boolean {
  if ((PLAIN_COLUMNS as readonly string[]).includes(name)) return true;
  return LOCALIZED_COLUMNS.some((field) => name === field || new RegExp(`^${field}_[a-z]{2,3}(_[a-z0-9]{2,8})*$`).test(name));
}

/** Reads and checks a mapping file. Throws {@link ToolError} (`map-unusable`) saying what is wrong. */
export function readMapping(path: string): Mapping {
  const fail = (detail: string): never => {
    throw new ToolError('map-unusable', { path, detail });
  };
  let doc: unknown;
  try {
    doc = JSON.parse(readTextFile(path).replace(/^\uFEFF/, ''));
  } catch (error) {
    if (error instanceof ToolError) throw error;
    return fail((error as Error).message);
  }
  const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isRecord(doc) || !isRecord(doc.columns)) return fail('"columns" must be an object');
  for (const [source, target] of Object.entries(doc.columns)) {
    if (target !== null && (typeof target !== 'string' || !isTemplateColumn(normalizeColumn(target)))) fail(`"${source}" → ${JSON.stringify(target)} is not a template column`);
  }
  for (const key of ['values', 'fixed'] as const) {
    const section = doc[key];
    if (section === undefined) continue;
    if (!isRecord(section)) fail(`"${key}" must be an object`);
    for (const [target, value] of Object.entries(section as Record<string, unknown>)) {
      if (!isTemplateColumn(normalizeColumn(target))) fail(`"${key}.${target}" is not a template column`);
      if (key === 'fixed' && typeof value !== 'string') fail(`"fixed.${target}" must be a string`);
      if (key === 'values' && (!isRecord(value) || Object.values(value).some((v) => typeof v !== 'string'))) fail(`"values.${target}" must map strings to strings`);
    }
  }
  return doc as unknown as Mapping;
}

/** Hours as the template's `hours` column writes them: `mo,tu 09:00-17:00; sa 10:00-14:00`. */
function hoursCell(spans: readonly HoursSpan[]): string {
  return spans.map((s) => `${s.days.join(',')} ${s.opens}-${s.closes}`).join('; ');
}

/**
 * Rewrites a table through a mapping into the template's columns. Source
 * columns the mapping does not name are reported and ignored. Without an `id`
 * column, ids are made from the names (`popote-roulante`, then
 * `popote-roulante-2`). Free-text hours become structured hours when certain,
 * else they go to `hours_note` in the default locale.
 */
export function applyMapping(table: CsvTable, mapping: Mapping, defaultLocale: string): { table: CsvTable; notes: ImportNote[]; hours: { structured: number; note: number } } {
  const notes = new Notes();
  const targets = new Map<string, string>();
  const named = new Map(Object.entries(mapping.columns).map(([source, target]) => [normalizeColumn(source), target === null ? null : normalizeColumn(target)]));
  for (const column of table.columns) {
    if (!column) continue;
    const target = named.get(column);
    if (target === undefined) notes.warning('unknown-column', { column }, { line: 1 });
    else if (target !== null) targets.set(column, target);
  }
  const values = new Map(Object.entries(mapping.values ?? {}).map(([target, map]) => [normalizeColumn(target), new Map(Object.entries(map).map(([from, to]) => [fold(from), to]))]));
  const fixed = Object.entries(mapping.fixed ?? {}).map(([target, value]) => [normalizeColumn(target), value] as const);
  const hasId = [...targets.values()].includes('id') || fixed.some(([t]) => t === 'id');
  const usedIds = new Map<string, number>();
  const hours = { structured: 0, note: 0 };
  const noteColumn = `hours_note_${defaultLocale.replace(/-/g, '_').toLowerCase()}`;

  const rows: CsvRow[] = table.rows.map((row) => {
    const cells: Record<string, string> = {};
    for (const [source, target] of targets) {
      const value = row.cells[source];
      if (!value) continue;
      const map = values.get(target);
      const mapped = LISTS.has(target)
        ? value.split(/\s*[;|\n]\s*/).filter(Boolean).map((item) => map?.get(fold(item)) ?? item).join('; ')
        : map?.get(fold(value)) ?? value;
      const joiner = LISTS.has(target) ? '; ' : target === 'address' ? ', ' : '\n';
      cells[target] = cells[target] ? `${cells[target]}${joiner}${mapped}` : mapped;
    }
    for (const [target, value] of fixed) if (!cells[target]) cells[target] = value;
    if (cells.hours) {
      const read = readTextHours(cells.hours);
      if (read.hours?.length) {
        hours.structured++;
        cells.hours = hoursCell(read.hours);
      } else delete cells.hours;
      if (read.note !== undefined) {
        if (!read.hours?.length) hours.note++;
        cells[noteColumn] = cells[noteColumn] ? `${cells[noteColumn]}\n${read.note}` : read.note;
      }
    }
    if (!hasId) {
      const name = Object.entries(cells).find(([column]) => column === 'name' || column.startsWith('name_'))?.[1];
      // A row without a name gets a stand-in id, so that it is rejected for what it lacks: its name.
      const base = (name ? slug(name) : '') || `line-${row.line}`;
      const count = (usedIds.get(base) ?? 0) + 1;
      usedIds.set(base, count);
      cells.id = count === 1 ? base : `${base}-${count}`;
    }
    return { line: row.line, cells };
  });
  const columns = [...new Set([...targets.values(), ...fixed.map(([t]) => t), ...(hasId ? [] : ['id']), ...(rows.some((r) => r.cells[noteColumn]) ? [noteColumn] : [])])];
  return { table: { ...table, columns, rows }, notes: notes.list, hours };
}
