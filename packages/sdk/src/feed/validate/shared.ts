/**
 * Shared values: for a table's shared columns, each shared value's normalized
 * form, made once and given to every record that has the value (the finder
 * only reads records, so they may share it). Thousands of records with the
 * same hours or categories then cost one normalization and one copy in
 * memory, not thousands. A form whose making reported a problem is not kept,
 * so that each record still reports its own.
 */
import type { Problems } from './problems.js';

/** The fields whose normalized form may be shared between records. */
const MEMO_FIELDS = [
  'categories',
  'regions',
  'audiences',
  'languages',
  'delivery',
  'phones',
  'locations',
  'hours',
  'closedDates',
  'keywords',
  'organization',
  'description',
  'fees',
  'eligibility',
  'hoursNote',
] as const;
type MemoField = (typeof MEMO_FIELDS)[number];

/** Per shared field, the normalized form made for each value met so far. */
export type Memos = Partial<Record<MemoField, Map<unknown, unknown>>>;

/** No field shared: a list-form feed. */
export const NO_MEMOS: Memos = Object.freeze({});

/** Memos for the fields a table shares, or `undefined` when it shares none of them. */
export function memosFor(shared: readonly string[]): Memos | undefined {
  let memos: Memos | undefined;
  for (const field of MEMO_FIELDS) if (shared.includes(field)) (memos ??= {})[field] = new Map();
  return memos;
}

/**
 * The form made earlier for `input`, or `make(input, locale)`'s, kept for the
 * next record that has the same value: for forms whose making never reports
 * a problem. (`make` takes its arguments rather than closing over them: no
 * function is made per record and field.)
 */
export function shared<I, T>(memo: Map<unknown, unknown> | undefined, input: I, make: (input: I, locale: string) => T, locale: string): T {
  if (memo === undefined || input === undefined) return make(input, locale);
  const known = memo.get(input) as T | undefined;
  if (known !== undefined) return known;
  const made = make(input, locale);
  memo.set(input, made);
  return made;
}

/**
 * {@link shared} for forms whose making may report problems: `make()`'s form
 * is kept only when it reported none, so that every record with the same bad
 * value still reports it.
 */
export function sharedIfClean<T>(memo: Map<unknown, unknown> | undefined, input: unknown, problems: Problems, make: () => T): T {
  if (memo === undefined || input === undefined) return make();
  const known = memo.get(input) as T | undefined;
  if (known !== undefined) return known;
  const reported = problems.count;
  const made = make();
  if (problems.count === reported) memo.set(input, made);
  return made;
}
