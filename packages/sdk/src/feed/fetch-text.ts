/**
 * Fetching and parsing a feed's text: no cookies, no referrer, a time limit and a byte
 * cap counted while streaming. Shared by `loadFeed` and the shard loader.
 */
import { FeedError, isFeedError } from '../errors.js';
import type { LoadOptions } from '../options.js';
import { feedRequestInit } from './request.js';
import { parseRetryAfter } from './retry.js';

/** What {@link fetchText} reads of the load options (with their defaults applied). */
export type FetchTextOptions = Pick<LoadOptions, 'signal' | 'fetch'> & { readonly timeoutMs: number; readonly maxBytes: number; readonly cache: RequestCache };

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

/**
 * Fetches a feed's (or a shard's) text without cookies or referrer, within
 * `timeoutMs`, `maxBytes` and `signal`; `started`: a request for it already
 * on its way (the page's, handed over), read instead of a new one.
 *
 * @throws {@link FeedError} `network`, `timeout`, `aborted`, `http` or `too-large`.
 */
export async function fetchText(url: URL, opts: FetchTextOptions, started?: Promise<Response>): Promise<string> {
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
    try {
      return await Promise.race([stopped, readCapped(response, opts.maxBytes)]);
    } catch (cause) {
      return fail(cause);
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}
