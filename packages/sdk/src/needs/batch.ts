/**
 * Searches gathered into the batch an endpoint receives: the day, not the
 * time, and the searches in a fixed order, so that a batch says what was
 * looked for, not in which order.
 */
import { NEEDS_LIMITS } from './limits.js';
import type { NeedSearch } from './search.js';

/** What a needs endpoint receives (JSON): `schema/needs-batch.schema.json`. */
export interface NeedsBatch {
  readonly format: 'repere-needs';
  readonly version: 1;
  /** The resident's calendar day, `YYYY-MM-DD`: no time. */
  readonly day: string;
  readonly searches: readonly NeedSearch[];
}

/** The local calendar day of `date`, `YYYY-MM-DD`. */
export function needsDay(date: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/**
 * A batch of searches for one day: at most `limits.searches` of them, sorted
 * by their JSON text so that the order they were made in is not sent.
 */
export function needsBatch(
  searches: readonly NeedSearch[],
  day: string = needsDay(),
  limits: Pick<typeof NEEDS_LIMITS, 'searches'> = NEEDS_LIMITS,
): NeedsBatch {
  const sorted = searches
    .slice(0, limits.searches)
    .map((s) => [JSON.stringify(s), s] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([, s]) => s);
  return { format: 'repere-needs', version: 1, day, searches: sorted };
}
