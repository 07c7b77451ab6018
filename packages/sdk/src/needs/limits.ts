/**
 * The limits of a needs batch, in one place: the element, the SDK, the
 * published JSON Schema, the collector and the report all read them here.
 */

/** How a search's result count is told: never the count itself. */
export const RESULT_BUCKETS = ['0', '1-5', '6+'] as const;
/** A value of {@link RESULT_BUCKETS}. */
export type ResultBucket = (typeof RESULT_BUCKETS)[number];

/** The filters a search can use, by name only (never their values but regions and categories, which are feed ids). */
export const NEED_FILTERS = ['category', 'region', 'audience', 'language', 'delivery', 'cost', 'open-now', 'near'] as const;
/** A value of {@link NEED_FILTERS}. */
export type NeedFilter = (typeof NEED_FILTERS)[number];

/** The bounds of a needs report ({@link NEEDS_LIMITS} holds their values). */
export interface NeedsLimits {
  /** Searches in one batch; more are dropped. */
  readonly searches: number;
  /** Category ids per search. */
  readonly categories: number;
  /** Region ids per search. */
  readonly regions: number;
  /** Words kept from a search that found nothing. */
  readonly tokens: number;
  /** Longest word kept (longer ones are dropped, not cut). */
  readonly tokenLength: number;
  /** Largest batch body a collector accepts, in bytes. */
  readonly bytes: number;
  /** A word is shown in a report only when this many separate batches hold it. */
  readonly k: number;
}

/** The defaults, frozen. */
export const NEEDS_LIMITS: Readonly<NeedsLimits> = Object.freeze({
  searches: 50,
  categories: 5,
  regions: 3,
  tokens: 6,
  tokenLength: 30,
  bytes: 16_384,
  k: 5,
});
