/**
 * `loadFeed`: fetch, guard, parse and validate a feed. The request carries no
 * cookies and no referrer, so that a feed host learns nothing about the
 * resident or the page they are on.
 */
import { FeedError, isFeedError } from '../errors.js';
import { LOAD_DEFAULTS, type LoadOptions } from '../options.js';
import type { Feed } from './model.js';
import { validateFeed } from './validate.js';

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
  const chunks: Uint8Array[] = [];
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
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  // TextDecoder drops a UTF-8 BOM and replaces invalid bytes rather than throwing.
  return new TextDecoder('utf-8').decode(bytes);
}

function isPlainFeedObject(source: unknown): source is Record<string, unknown> {
  return source !== null && typeof source === 'object' && !(source instanceof URL) && !Array.isArray(source);
}

/**
 * Loads a feed from a URL (or takes a feed object already in memory),
 * validates every record on its own, and returns the usable ones.
 *
 * @param source a URL (absolute, or relative to the page in a browser), or a parsed feed object
 * @throws {FeedError} with `code` `network`, `timeout`, `aborted`, `http`, `not-json`,
 *   `format`, `version`, `too-large` or `invalid-source` when the feed as a whole
 *   cannot be used. Bad records never throw: see `feed.problems`.
 *
 * @example
 * const feed = await loadFeed('https://example.org/feed.json', { timeoutMs: 10_000 });
 * console.log(feed.resources.length, feed.problems.length);
 */
export async function loadFeed(source: string | URL | object, options: LoadOptions = {}): Promise<Feed> {
  const opts = { ...LOAD_DEFAULTS, ...options };
  if (isPlainFeedObject(source)) return validateFeed(source, opts);
  if (typeof source !== 'string' && !(source instanceof URL)) throw new FeedError('invalid-source');

  let url: URL;
  try {
    const base = (globalThis as { location?: { href?: string } }).location?.href;
    url = new URL(String(source), base);
  } catch {
    throw new FeedError('invalid-source');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:' && url.protocol !== 'blob:') {
    throw new FeedError('invalid-source');
  }

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

  const fail = (cause: unknown): never => {
    if (isFeedError(cause)) throw cause;
    if (timedOut) throw new FeedError('timeout', { seconds: Math.round(opts.timeoutMs / 100) / 10 }, { cause });
    if (opts.signal?.aborted) throw new FeedError('aborted', {}, { cause });
    throw new FeedError('network', {}, { cause });
  };

  try {
    let response: Response;
    try {
      response = await fetchFn(url.href, {
        method: 'GET',
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: opts.cache,
        redirect: 'follow',
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (cause) {
      return fail(cause);
    }
    if (!response.ok) {
      discard(response);
      throw new FeedError('http', { status: response.status });
    }
    let text: string;
    try {
      text = await readCapped(response, opts.maxBytes);
    } catch (cause) {
      return fail(cause);
    }
    return validateFeed(parseFeedText(text), opts);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
