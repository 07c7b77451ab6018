/**
 * The table form of a feed's resources (`docs/feed-format.md`, "The table
 * form"): field names once, one row of values per record, and each repeated
 * value (the same hours, categories, languages on thousands of records)
 * written once in a shared list.
 *
 * It exists for load time as much as for size: JSON.parse pays for every
 * key and every value it makes, and a table has no keys per record and one
 * copy of each shared value. Expanding it here gives the validator the list
 * it would have read from the list form, so both forms are validated by the
 * same code; records that share a value share the same object, which the
 * validator only reads.
 */
import { FeedError } from '../errors.js';
import { isSkippedKey, MAX_JSON_DEPTH } from './clean.js';

/** `resources` in the table form, as it is written in a feed. */
export interface ResourceTable {
  /** The records' field names, in the order of each row's values. */
  readonly columns: readonly string[];
  /** For some columns, their distinct values: such a column's cells are positions in its list. */
  readonly shared?: Readonly<Record<string, readonly unknown[]>>;
  /**
   * One record per row; in a row, `null` or a missing trailing item: no such
   * field. A row that is not a list (`repere pack` writes `null` for an entry
   * that was not a record) is skipped, with an error.
   */
  readonly rows: readonly (readonly unknown[] | null)[];
}

/** Something wrong with one row, which costs that row a field or the row itself. */
export type TableIssue =
  | { readonly row: number; readonly kind: 'not-a-list' }
  | { readonly row: number; readonly kind: 'not-shared'; readonly column: string; readonly value: unknown }
  | { readonly row: number; readonly kind: 'extra-cells'; readonly count: number };

/** The records of a table, `undefined` for a row that is not a list, and what was wrong with its rows. */
export interface ExpandedTable {
  /** One per row, up to the `maxRecords` asked for. */
  readonly records: (Record<string, unknown> | undefined)[];
  /** How many rows the table has, read or not. */
  readonly rows: number;
  readonly issues: TableIssue[];
  /** The columns whose values are shared: the same object stands for one value on every record that has it. */
  readonly shared: readonly string[];
}

const hasOwn = Object.prototype.hasOwnProperty;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Whether a feed's `resources` is written as a table rather than as a list (what `validateFeed` looks for). */
export function isResourceTable(resources: unknown): boolean {
  return isPlainObject(resources) && (hasOwn.call(resources, 'columns') || hasOwn.call(resources, 'rows'));
}

/**
 * How much JSON a table's shared cells may stand for, counted as the list
 * would write them (a string by its characters): 256 MiB. A shared value is
 * written once but read once per row that points to it, so without a limit
 * a small table could stand for terabytes (a 10 MB string on a million rows)
 * and keep the validator busy for hours. Real tables stand for far less: the
 * 20,000-record benchmark feed about 5.5 MiB, ten times as many records ten
 * times that.
 */
export const MAX_SHARED_EXPANSION = 256 * 2 ** 20;

/**
 * A value's size as JSON would write it, near enough, without writing it.
 * What lies deeper than cleaning keeps ({@link MAX_JSON_DEPTH}) is not counted,
 * nor walked: it is removed before anything reads it.
 */
function jsonWeight(value: unknown, depth = 0): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 4;
  let weight = 2;
  if (depth >= MAX_JSON_DEPTH) return weight;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) weight += jsonWeight(value[i], depth + 1) + 1;
    return weight;
  }
  for (const key in value) {
    if (hasOwn.call(value, key)) weight += key.length + 4 + jsonWeight((value as Record<string, unknown>)[key], depth + 1);
  }
  return weight;
}

function malformed(detail: string): FeedError {
  return new FeedError('format', { detail: `"resources" is a table whose ${detail}` });
}

/**
 * The records a table stands for. Throws a `format` {@link FeedError} when
 * the table itself is malformed (nothing in it can be read for sure); a bad
 * row only costs that row, or one of its fields, and is reported in `issues`.
 */
export function expandResourceTable(table: unknown, maxRecords = Infinity): ExpandedTable {
  if (!isPlainObject(table)) throw malformed('form is not an object');
  const { columns, rows } = table;
  const shared = table.shared ?? {};
  if (!Array.isArray(columns) || columns.some((c) => typeof c !== 'string')) throw malformed('"columns" is not a list of names');
  if (new Set(columns).size !== columns.length) throw malformed('"columns" names a field twice');
  if (!Array.isArray(rows)) throw malformed('"rows" is not a list');
  if (!isPlainObject(shared)) throw malformed('"shared" is not an object');

  // Per column: its name (undefined for keys the validator never reads, so
  // that no expanded record can have them, let alone set its prototype
  // through them) and its shared list, if any.
  const names: (string | undefined)[] = columns.map((c: string) => (isSkippedKey(c) ? undefined : c));
  const lists: (readonly unknown[] | undefined)[] = columns.map(() => undefined);
  const weights: (Float64Array | undefined)[] = columns.map(() => undefined);
  for (const name in shared) {
    if (!hasOwn.call(shared, name)) continue;
    const at = columns.indexOf(name);
    if (at < 0) throw malformed(`"shared" names "${name.slice(0, 60)}", which is not a column`);
    const list = shared[name];
    if (!Array.isArray(list)) throw malformed(`shared "${name.slice(0, 60)}" is not a list`);
    lists[at] = list;
    weights[at] = Float64Array.from(list, (value) => jsonWeight(value));
  }

  // Rows past the limit are not read at all: the validator only counts them.
  const count = Math.min(rows.length, maxRecords);
  const records: (Record<string, unknown> | undefined)[] = new Array(count);
  const issues: TableIssue[] = [];
  const width = columns.length;
  let expansion = 0;
  for (let r = 0; r < count; r++) {
    const row: unknown = rows[r];
    if (!Array.isArray(row)) {
      records[r] = undefined;
      issues.push({ row: r, kind: 'not-a-list' });
      continue;
    }
    const record: Record<string, unknown> = {};
    const cells = row.length < width ? row.length : width;
    for (let c = 0; c < cells; c++) {
      let value: unknown = row[c];
      const name = names[c];
      if (value === null || name === undefined) continue;
      const list = lists[c];
      if (list !== undefined) {
        if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= list.length) {
          issues.push({ row: r, kind: 'not-shared', column: name, value });
          continue;
        }
        expansion += weights[c]![value]!;
        value = list[value];
      }
      record[name] = value;
    }
    if (row.length > width) issues.push({ row: r, kind: 'extra-cells', count: row.length - width });
    records[r] = record;
    if (expansion > MAX_SHARED_EXPANSION) throw malformed(`shared values, repeated on its rows, stand for over ${MAX_SHARED_EXPANSION / 2 ** 20} MiB of JSON`);
  }
  return { records, rows: rows.length, issues, shared: names.filter((name, c): name is string => name !== undefined && lists[c] !== undefined) };
}
