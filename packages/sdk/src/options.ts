/**
 * Defaults for every SDK option, frozen, in one place. Callers' options are
 * merged over them (`{ ...DEFAULTS, ...options }`), never mutated.
 */
import type { FeedRequest } from './feed/request.js';
import type { ShardProgress } from './feed/load-shards.js';
import type { ShardChoice } from './feed/shards.js';

/** What `validateFeed` (and `loadFeed`, which validates) may be told; unset fields take {@link VALIDATE_DEFAULTS}. */
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

/** The validation defaults, frozen. */
export const VALIDATE_DEFAULTS: Readonly<ValidateOptions> = Object.freeze({
  maxRecords: 200_000,
  maxStringLength: 10_000,
  warnings: true,
  fallbackTimezone: 'America/Toronto',
});

/** What `loadFeed` may be told: the request, its retries, the last good copy, and validation. */
export interface LoadOptions extends Partial<ValidateOptions> {
  /** Cancels the load; `loadFeed` then rejects with a `FeedError` whose code is `aborted`. */
  readonly signal?: AbortSignal;
  /** Give up after this many milliseconds (code `timeout`). Default 15,000. */
  readonly timeoutMs?: number;
  /** Refuse bodies larger than this many bytes, counted while streaming (code `too-large`). Default 64 MiB (67,108,864). */
  readonly maxBytes?: number;
  /** A `fetch` to use instead of the global one (tests, proxies, Node polyfills). */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * The feed's request, already started by `requestFeed` for the same URL:
   * its response is the first attempt (so a page can start the download
   * before its engine has booted). Cancelled once the load is over.
   */
  readonly request?: FeedRequest;
  /** The HTTP cache mode. Default `no-cache`: revalidate, so ETag and Last-Modified work. */
  readonly cache?: RequestCache;
  /**
   * How many times to try again after a network error, a timeout, HTTP 5xx or
   * 429 (never after another 4xx, a feed that cannot be read, or an abort).
   * Default 0: one attempt. At most {@link MAX_RETRIES} (5): more count as 5,
   * so that a page cannot keep a failing feed server busy.
   */
  readonly retries?: number;
  /** The first retry waits about this long, then twice as long each time (with jitter). Default 500 ms. */
  readonly retryDelayMs?: number;
  /** No wait between attempts is longer than this, `Retry-After` included. Default 8,000 ms. */
  readonly maxRetryDelayMs?: number;
  /** Called before each retry (for a "trying again" message). */
  readonly onRetry?: (info: RetryInfo) => void;
  /**
   * The last-good copy policy, for a feed loaded from a URL:
   * - `true`: keep a copy of the last feed that loaded (Cache API, else
   *   `localStorage` when it is under 2 MB) and return it, marked `stale`,
   *   when the feed later fails;
   * - `false` (default): the SDK stores nothing, and leaves alone any copy
   *   kept earlier;
   * - `'forget'`: store nothing, and remove the copy kept earlier for this
   *   URL (a page that turned `no-cache` on): removed while the feed is
   *   fetched, and gone by the time the load ends, whether it fails or not.
   *
   * See `feed/last-good.ts`.
   */
  readonly lastGood?: LastGoodPolicy;
  /**
   * For a shard manifest (`repere pack --split region`) only: which shards to
   * load, by the resident's regions or position. Default: every shard (the
   * whole feed).
   */
  readonly shards?: ShardChoice;
  /** For a shard manifest only: called once the manifest is read, then as each shard is ready. */
  readonly onShardProgress?: (progress: ShardProgress) => void;
}

/** {@link LoadOptions.lastGood}: keep a copy (`true`), store nothing (`false`), or store nothing and remove an earlier copy (`'forget'`). */
export type LastGoodPolicy = boolean | 'forget';

/** The most retries `loadFeed` makes, whatever `retries` asks. */
export const MAX_RETRIES = 5;

/** What {@link LoadOptions.onRetry} is told before a retry. */
export interface RetryInfo {
  /** 1 for the first retry. */
  readonly attempt: number;
  /** How long the SDK waits before it. */
  readonly delayMs: number;
  /** Why the previous attempt failed (a `FeedError`). */
  readonly error: Error & { readonly code: string; readonly status?: number };
}

/** The loading defaults, frozen: the values `loadFeed` uses for the options it is not given. */
export const LOAD_DEFAULTS: Readonly<{
  timeoutMs: number;
  maxBytes: number;
  cache: RequestCache;
  retries: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  lastGood: LastGoodPolicy;
}> = Object.freeze({
  timeoutMs: 15_000,
  // 64 MiB: a realistic bilingual list of 20,000 services is about 30 MB as JSON.
  maxBytes: 64 * 1024 * 1024,
  cache: 'no-cache' as RequestCache,
  retries: 0,
  retryDelayMs: 500,
  maxRetryDelayMs: 8_000,
  lastGood: false,
});

/** The `localStorage` copy of the last good feed is kept only under this many characters (Cache API: no extra cap). */
export const LAST_GOOD_MAX_LOCAL_CHARS = 2 * 1024 * 1024;

/** The search thresholds, frozen: how much of the best match a record must reach to be listed. */
export const SEARCH_DEFAULTS = Object.freeze({
  limit: 20,
  offset: 0,
  /** Results whose relevance is below this fraction of the best one are dropped. */
  minRelativeScore: 0.1,
  /**
   * Results that answer less than this fraction of what the best ones answer
   * (each query word weighed by how rare it is) are dropped: a record that
   * matches only "aide" of "aide aux impôts" is not a tax clinic.
   */
  minRelativeCover: 0.5,
});
