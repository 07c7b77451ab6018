/**
 * Defaults for every SDK option, frozen, in one place. Callers' options are
 * merged over them (`{ ...DEFAULTS, ...options }`), never mutated.
 */

export interface ValidateOptions {
  /** Records beyond this count are not loaded (a problem says so). Default 200,000. */
  readonly maxRecords: number;
  /** Longer strings are cut (a warning says so). Default 10,000 characters. */
  readonly maxStringLength: number;
  /** Report quality warnings (missing translations, no hours…) as well as errors. Default true. */
  readonly warnings: boolean;
  /** The time zone used when the feed's is missing or unknown. Default "America/Toronto". */
  readonly fallbackTimezone: string;
}

export const VALIDATE_DEFAULTS: Readonly<ValidateOptions> = Object.freeze({
  maxRecords: 200_000,
  maxStringLength: 10_000,
  warnings: true,
  fallbackTimezone: 'America/Toronto',
});

export interface LoadOptions extends Partial<ValidateOptions> {
  /** Cancels the load; `loadFeed` then rejects with a `FeedError` whose code is `aborted`. */
  readonly signal?: AbortSignal;
  /** Give up after this many milliseconds (code `timeout`). Default 15,000. */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many bytes, counted while streaming (code `too-large`). Default 20 MB. */
  readonly maxBytes?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, Node polyfills). */
  readonly fetch?: typeof globalThis.fetch;
  /** The HTTP cache mode. Default `no-cache`: revalidate, so ETag and Last-Modified work. */
  readonly cache?: RequestCache;
}

export const LOAD_DEFAULTS = Object.freeze({
  timeoutMs: 15_000,
  maxBytes: 20 * 1024 * 1024,
  cache: 'no-cache' as RequestCache,
});

export const SEARCH_DEFAULTS = Object.freeze({
  limit: 20,
  offset: 0,
  /** Results whose relevance is below this fraction of the best one are dropped. */
  minRelativeScore: 0.08,
});
