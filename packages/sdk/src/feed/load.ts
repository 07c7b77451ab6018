/**
 * `loadFeed`: fetch, guard, parse and validate a feed. The request carries no
 * cookies and no referrer, so that a feed host learns nothing about the
 * resident or the page they are on.
 */
import { FeedError } from '../errors.js';
import { LOAD_DEFAULTS, MAX_RETRIES, type LoadOptions } from '../options.js';
import { clearLastGood, readLastGood, saveLastGood } from './last-good.js';
import { asFeedError, checkLoadOptions } from './load-guards.js';
import type { Feed } from './model.js';
import { fetchText, parseFeedText } from './fetch-text.js';
import { isRetryable, retryDelay, wait } from './retry.js';
import { resolveFeedUrl } from './request.js';
import { validateFeed } from './validate.js';
// After the validator: bundles place modules in the order first imported, and
// the page's bundle (which never loads a feed) keeps the order it had before shards.
import { loadShards, type ShardsLoaded } from './load-shards.js';
import { isShardManifest } from './shards.js';

/** Why a feed returned by `loadFeed(url, { lastGood: true })` is an older copy. */
export interface StaleInfo {
  /** When the copy was saved (ISO 8601): the last time the feed loaded. */
  readonly savedAt: string;
  /** Why the feed could not be loaded now. */
  readonly error: FeedError;
}

/**
 * A loaded feed; `stale` is set only when `lastGood` gave back a saved copy
 * (of the feed, or of one of its shards), `shards` only when the source was a
 * shard manifest.
 */
export type LoadedFeed = Feed & { readonly stale?: StaleInfo; readonly shards?: ShardsLoaded };

export { parseFeedText } from './fetch-text.js';

type Opts = LoadOptions & { -readonly [K in keyof typeof LOAD_DEFAULTS]: (typeof LOAD_DEFAULTS)[K] };

function isPlainFeedObject(source: unknown): source is Record<string, unknown> {
  return source !== null && typeof source === 'object' && !(source instanceof URL) && !Array.isArray(source);
}

/**
 * Loads a feed from a URL (or takes a feed object already in memory),
 * validates every record on its own, and returns the usable ones.
 *
 * With `retries`, network errors, timeouts, HTTP 5xx and 429 are tried again
 * after a capped, jittered backoff (`Retry-After` honoured up to
 * `maxRetryDelayMs`). With `lastGood`, a feed that loads is saved (see
 * `feed/last-good.ts`) and, when a later load fails for any reason but an
 * abort, that copy is returned with `stale: { savedAt, error }`.
 *
 * A URL that answers with a shard manifest (`"format": "repere-shards"`,
 * written by `repere pack --split region`) loads the shards that
 * `options.shards` asks for (every shard when it asks for none), checks each
 * against the manifest's SHA-256, and returns their records as one feed, each
 * record once (see `feed/load-shards.ts`).
 *
 * @param source a URL (absolute, or relative to the page in a browser), or a parsed feed object
 * @throws {FeedError} with `code` `network`, `timeout`, `aborted`, `http`, `not-json`,
 *   `format`, `version`, `too-large`, `shard-mismatch` or `invalid-source` when the feed as a whole
 *   cannot be used (a feed object whose getters or Proxy traps throw is an
 *   `invalid-source`), and `invalid-option` for a numeric option that is not a
 *   finite number, 0 or more. Nothing else is thrown. Bad records never
 *   throw: see `feed.problems`.
 *
 * @example
 * const feed = await loadFeed('https://example.org/feed.json', { timeoutMs: 10_000, retries: 2, lastGood: true });
 * if (feed.stale) console.warn(`showing the copy of ${feed.stale.savedAt}: ${feed.stale.error.message}`);
 */
export async function loadFeed(source: string | URL | object, options: LoadOptions = {}): Promise<LoadedFeed> {
  try {
    checkLoadOptions(options);
    return await load(source, options);
  } catch (error) {
    throw asFeedError(error);
  }
}

async function load(source: string | URL | object, options: LoadOptions): Promise<LoadedFeed> {
  const opts: Opts = { ...LOAD_DEFAULTS, ...options };
  if (isPlainFeedObject(source)) return validateFeed(source, opts);
  if (typeof source !== 'string' && !(source instanceof URL)) throw new FeedError('invalid-source');

  const url = resolveFeedUrl(source);
  if (opts.signal?.aborted) throw new FeedError('aborted');

  // Removed while the feed is fetched, not before: the fetch waits for no storage.
  const forgotten = opts.lastGood === 'forget' ? clearLastGood(url.href) : undefined;
  try {
    return await attempts(url, opts);
  } finally {
    // A request started for it and not read (an abort, a timeout first) stops here.
    opts.request?.cancel();
    await forgotten;
  }
}

/** The attempts at a URL (retries, backoff), then the last good copy when they all failed. */
async function attempts(url: URL, opts: Opts): Promise<LoadedFeed> {
  const retries = Math.min(MAX_RETRIES, Math.max(0, Math.floor(Number(opts.retries) || 0)));
  let lastError: unknown;
  for (let attempt = 0; ; attempt++) {
    try {
      // A request the page started for this URL (before its engine had booted) is the first attempt.
      const started = attempt === 0 && opts.request?.url === url.href ? opts.request.response : undefined;
      const { feed, text } = await loadOnce(url, opts, started);
      // Not awaited: first results do not wait for a storage write (a later
      // read or removal of this URL waits for it; saving never throws).
      if (opts.lastGood === true) void saveLastGood(url.href, text);
      return feed;
    } catch (error) {
      lastError = error;
      if (attempt >= retries || !isRetryable(error) || opts.signal?.aborted) break;
      const delayMs = retryDelay(attempt + 1, error, opts);
      try {
        opts.onRetry?.({ attempt: attempt + 1, delayMs, error: error as FeedError });
      } catch {
        // A callback that throws must not stop the load.
      }
      try {
        await wait(delayMs, opts.signal);
      } catch (aborted) {
        lastError = aborted;
        break;
      }
    }
  }

  const error = FeedError.from(lastError);
  if (opts.lastGood === true && error.code !== 'aborted' && !opts.signal?.aborted) {
    const copy = await readLastGood(url.href);
    if (copy) {
      try {
        const document = parseFeedText(copy.text);
        // A saved manifest: its shards are read from their own saved copies first.
        const feed = isShardManifest(document) ? await loadShards(url, document, opts, true) : validateFeed(document, opts);
        return { ...feed, stale: { savedAt: copy.savedAt, error } };
      } catch {
        // An unreadable copy is no help: report the real failure.
      }
    }
  }
  throw error;
}

/**
 * One attempt (`started`: the page's own request for it, already on its way):
 * fetch and read within the byte cap, parse, then validate the
 * feed or, for a shard manifest, load the shards it needs.
 */
async function loadOnce(url: URL, opts: Opts, started?: Promise<Response>): Promise<{ feed: Feed; text: string }> {
  const text = await fetchText(url, opts, started);
  const document = parseFeedText(text);
  const feed = isShardManifest(document) ? await loadShards(url, document, opts) : validateFeed(document, opts);
  return { feed, text };
}
