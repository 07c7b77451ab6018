/**
 * `repere pack`: a feed's resources rewritten in the table form
 * (docs/feed-format.md, "The table form"). Field names are written once
 * instead of once per record, and a value that thousands of records repeat
 * (the same hours, categories, languages) once in a shared list, so a large
 * feed is smaller and quicker to parse. Nothing is decided about the data
 * here: the table expands back to the same records, which the finder then
 * validates as it validates the list form.
 */
import { isResourceTable, isSkippedKey, ResourceSchema, type ResourceTable as ReadTable } from '@repere/sdk';
import { ToolError } from './notes.js';

/** `resources` in the table form, as {@link packFeed} writes it: the SDK's {@link ReadTable}, with every part present. */
export interface ResourceTable extends ReadTable {
  /** Every field name found in the records: the format's fields in its order, then the others in the order first seen. */
  readonly columns: string[];
  /** For each shared column, its distinct values in the order first seen; its cells are positions in that list. */
  readonly shared: Record<string, unknown[]>;
  /** One row per record: item `i` is the value of `columns[i]`; `null` or no item means no such field. An entry that was not a record is a `null` row. */
  readonly rows: (unknown[] | null)[];
}

/** What {@link packFeed} returns. */
export interface PackResult {
  /** The input document, its top-level keys in the same order, with `resources` as a table. */
  readonly feed: Record<string, unknown>;
  /** How many records (objects) became rows. */
  readonly records: number;
  /**
   * How many entries of `resources` are not objects. Each is written as an
   * empty (`null`) row, so that row `i` stays record `i`: the finder skips
   * it, with an error, as it skips it in the list form.
   */
  readonly skipped: number;
  /** The names of the shared columns, in column order. */
  readonly shared: string[];
}

type Row = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** An object, as the validator counts records: arrays and `null` are not. */
function isRecord(value: unknown): value is Row {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What is known about one column after the first pass. */
interface Column {
  readonly name: string;
  /** Records that have the field. */
  present: number;
  /** Whether some record holds `null`: such a column must be shared so that null stays apart from "absent". */
  hasNull: boolean;
  /** Distinct values by their JSON text, with their position in first-seen order. */
  readonly distinct: Map<string, { readonly at: number; readonly value: unknown }>;
}

/**
 * A value's JSON text, or `undefined` for what JSON cannot write
 * (`undefined`, functions): such a field would vanish from the list form's
 * JSON as well, so it counts as absent.
 */
function jsonText(value: unknown, field: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return JSON.stringify(value);
  } catch (error) {
    // Nested past what the stack holds: the finder would remove it anyway
    // (the SDK keeps 64 levels), so say where rather than crash.
    if (error instanceof RangeError) throw new ToolError('pack-too-deep', { field }, { cause: error });
    throw error;
  }
}

/**
 * The format's record fields in its order. The validator copies a record's
 * fields in this order, and does it in one pass when they already are
 * (`ownFields` in the SDK's `feed/validate.ts`): columns written so cost
 * nothing more to read than a list written in the format's order.
 */
const FIELD_RANK = new Map(Object.keys(ResourceSchema.entries).map((name, rank) => [name, rank]));

/** The format's fields first, in its order, then the others as first seen (a stable sort). */
function inFormatOrder(columns: Column[]): Column[] {
  const rank = (c: Column) => FIELD_RANK.get(c.name) ?? FIELD_RANK.size;
  return columns.map((column, seen) => ({ column, seen })).sort((a, b) => rank(a.column) - rank(b.column) || a.seen - b.seen).map((c) => c.column);
}

/** The first pass: each column's name, how often it is present, and its distinct values. */
function surveyColumns(records: readonly Row[]): Column[] {
  const byName = new Map<string, Column>();
  for (const record of records) {
    for (const name of Object.keys(record)) {
      // The finder never reads these keys: a column of them would only be dropped again.
      if (isSkippedKey(name)) continue;
      const text = jsonText(record[name], name);
      if (text === undefined) continue;
      let column = byName.get(name);
      if (!column) {
        column = { name, present: 0, hasNull: false, distinct: new Map() };
        byName.set(name, column);
      }
      column.present++;
      // NaN and Infinity are written as null too: compare what JSON keeps.
      if (text === 'null') column.hasNull = true;
      if (!column.distinct.has(text)) column.distinct.set(text, { at: column.distinct.size, value: record[name] });
    }
  }
  return inFormatOrder([...byName.values()]);
}

/**
 * Whether a column's cells should be positions in a shared list: always when
 * a record holds `null` (a plain `null` cell means "absent"), and otherwise
 * when each distinct value is, on average, written at least twice.
 */
function isShared(column: Column): boolean {
  return column.hasNull || column.distinct.size * 2 <= column.present;
}

/** One record's row: a value or a position per column, absent fields as `null`, trailing ones dropped. */
function toRow(record: Row, columns: readonly Column[], shared: readonly boolean[]): unknown[] {
  const row: unknown[] = new Array(columns.length);
  for (let c = 0; c < columns.length; c++) {
    const column = columns[c]!;
    const value = hasOwn.call(record, column.name) ? record[column.name] : undefined;
    const text = jsonText(value, column.name);
    if (text === undefined) row[c] = null;
    else row[c] = shared[c] ? column.distinct.get(text)!.at : value;
  }
  // Only absent cells are null here (a null value is a position), so
  // trailing nulls can go: a short row means the same.
  let length = row.length;
  while (length > 0 && row[length - 1] === null) length--;
  row.length = length;
  return row;
}

/**
 * Rewrites a feed in the list form with its `resources` in the table form.
 *
 * Pure: the input is not changed, and cells that are not shared are the
 * input's own values (not copies). Lossless: expanding the table gives back
 * every record that is an object, in its place, with the same fields and
 * values, except the keys the finder never reads (`__proto__`,
 * `constructor`, `prototype`); only the order of a record's keys may change.
 * Entries that are not objects become empty rows, counted in `skipped`.
 *
 * @param document - A parsed feed: an object with `format: "repere-feed"` and a `resources` list.
 * @returns The packed document and what was done.
 * @throws {@link ToolError} `pack-not-feed` when the document is not a feed in the list form,
 *   `pack-already-table` when its `resources` is already a table.
 */
export function packFeed(document: unknown): PackResult {
  if (!isRecord(document)) throw new ToolError('pack-not-feed', { reason: 'object' });
  if (document.format !== 'repere-feed') throw new ToolError('pack-not-feed', { reason: 'format' });
  const list = document.resources;
  if (isResourceTable(list)) throw new ToolError('pack-already-table');
  if (!Array.isArray(list)) throw new ToolError('pack-not-feed', { reason: 'resources' });

  const entries = list as unknown[];
  const records = entries.filter(isRecord);
  const columns = surveyColumns(records);
  const sharedFlags = columns.map(isShared);
  const shared: Record<string, unknown[]> = {};
  for (let c = 0; c < columns.length; c++) {
    if (!sharedFlags[c]) continue;
    // A plain assignment is safe: `__proto__` is never a column.
    shared[columns[c]!.name] = [...columns[c]!.distinct.values()].map((d) => d.value);
  }
  const table: ResourceTable = {
    columns: columns.map((c) => c.name),
    shared,
    // An entry that is not a record is an empty row in its place (see `skipped`).
    rows: entries.map((entry) => (isRecord(entry) ? toRow(entry, columns, sharedFlags) : null)),
  };
  // Object.fromEntries defines own properties, so the header keeps its
  // order and even a `__proto__` key stays a plain key.
  const feed = Object.fromEntries(Object.entries(document).map(([key, value]) => [key, key === 'resources' ? table : value]));
  return {
    feed,
    records: records.length,
    skipped: entries.length - records.length,
    shared: columns.filter((_, c) => sharedFlags[c]).map((c) => c.name),
  };
}
