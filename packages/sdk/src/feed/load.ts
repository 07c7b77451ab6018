/**
 * `loadFeed`: fetch, guard, parse and validate a feed. The request carries no
 * cookies and no referrer, so that a feed host learns nothing about the
 * resident or the page they are on.
 */
import { FeedError, isFeedError } from '../errors.js';
import { LOAD_DEFAULTS, MAX_RETRIES, type LoadOptions } from '../options.js';
import { clearLastGood, readLastGood, saveLastGood } from './last-good.js';
import { asFeedError, checkLoadOptions } from './load-guards.js';
import type { Feed } from './model.js';
import { isRetryable, parseRetryAfter, retryDelay, wait } from './retry.js';
import { feedRequestInit, resolveFeedUrl } from './request.js';
import { validateFeed } from './validate.js';

/** Why a feed returned by `loadFeed(url, { lastGood: true })` is an older copy. */
export interface StaleInfo {
  /** When the copy was saved (ISO 8601): the last time the feed loaded. */
  readonly savedAt: string;
  /** Why the feed could not be loaded now. */
  readonly error: FeedError;
}

/** A loaded feed; `stale` is set only when `lastGood` gave back a saved copy. */
export type LoadedFeed = Feed & { readonly stale?: StaleInfo };

type Opts = LoadOptions & { -readonly [K in keyof typeof LOAD_DEFAULTS]: (typeof LOAD_DEFAULTS)[K] };

/**
 * Parses the text of a feed: a UTF-8 byte-order mark is accepted, and a
 * document that is not JSON (an HTML error page, a truncated body) fails with
 * a `not-json` {@link FeedError}.
 */
export function parseFeedText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (cause) {
    const looksLikeHtml = /^\s*</.test(body);
    throw new FeedError('not-json', { detail: looksLikeHtml ? 'html' : 'syntax' }, { cause });
  }
}

/** Lets go of a body we will not read, without waiting on the server. */
function discard(response: Response): void {
  void response.body?.cancel().catch(() => {});
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(response);
    throw new FeedError('too-large', { max: maxBytes });
  }
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  // Decoded as the bytes arrive, so that the text is ready with the last of
  // them (about 0.1 s of a 30 MB feed no longer waits for the download);
  // `stream: true` keeps a character cut between two chunks whole.
  // TextDecoder drops a UTF-8 BOM and replaces invalid bytes rather than throwing.
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: some stacks only settle a cancel once the server ends the body.
      void reader.cancel().catch(() => {});
      throw new FeedError('too-large', { max: maxBytes });
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

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
 * @param source a URL (absolute, or relative to the page in a browser), or a parsed feed object
 * @throws {FeedError} with `code` `network`, `timeout`, `aborted`, `http`, `not-json`,
 *   `format`, `version`, `too-large` or `invalid-source` when the feed as a whole
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
        const feed = validateFeed(parseFeedText(copy.text), opts);
        return { ...feed, stale: { savedAt: copy.savedAt, error } };
      } catch {
        // An unreadable copy is no help: report the real failure.
      }
    }
  }
  throw error;
}

/** One attempt: fetch, read within the byte cap, parse, validate. */
async function loadOnce(url: URL, opts: Opts, started?: Promise<Response>): Promise<{ feed: Feed; text: string }> {
  const fetchFn = opts.fetch ?? globalThis.fetch;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, opts.timeoutMs);
  const onAbort = () => controller.abort();
  if (opts.signal?.aborted) {
    clearTimeout(timer);
    throw new FeedError('aborted');
  }
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  // A `fetch` or a body stream that ignores the signal must not outlive the
  // timeout or an abort: each wait races this.
  const stopped = new Promise<never>((_, reject) => {
    controller.signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
  });
  stopped.catch(() => {});

  const fail = (cause: unknown): never => {
    if (isFeedError(cause)) throw cause;
    if (timedOut) throw new FeedError('timeout', { seconds: Math.round(opts.timeoutMs / 100) / 10 }, { cause });
    if (opts.signal?.aborted) throw new FeedError('aborted', {}, { cause });
    throw new FeedError('network', {}, { cause });
  };

  try {
    let response: Response;
    try {
      response = await Promise.race([stopped, started ?? fetchFn(url.href, feedRequestInit(opts.cache, controller.signal))]);
    } catch (cause) {
      return fail(cause);
    }
    if (!response.ok) {
      discard(response);
      const retryAfterMs = response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
      throw new FeedError('http', retryAfterMs === undefined ? { status: response.status } : { status: response.status, retryAfterMs });
    }
    let text: string;
    try {
      text = await Promise.race([stopped, readCapped(response, opts.maxBytes)]);
    } catch (cause) {
      return fail(cause);
    }
    return { feed: validateFeed(parseFeedText(text), opts), text };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
