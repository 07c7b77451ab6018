/**
 * The feed's request, defined once: where a feed address points (resolved
 * against the page, once, on the page's side) and the one request made for
 * it, with no cookies and no referrer. `loadFeed` makes it; a page that runs
 * its engine in a worker may start it itself, before the worker has booted
 * (`requestFeed`), and hand the response over (`LoadOptions.request`).
 */
import { FeedError } from '../errors.js';

/**
 * A feed address as an absolute URL: against the document's base address in
 * a page, else the script's (a worker's, Node's has none). Only `http:`,
 * `https:`, `file:` and `blob:` feeds are loaded.
 *
 * @throws {FeedError} `invalid-source` for an address that cannot be read or another scheme.
 */
export function resolveFeedUrl(source: string | URL): URL {
  let url: URL;
  try {
    const scope = globalThis as { document?: { baseURI?: string }; location?: { href?: string } };
    url = new URL(String(source), scope.document?.baseURI ?? scope.location?.href);
  } catch {
    throw new FeedError('invalid-source');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'file:' && url.protocol !== 'blob:') {
    throw new FeedError('invalid-source');
  }
  return url;
}

/** The feed's request: no cookies, no referrer, JSON asked for, redirects followed. */
export function feedRequestInit(cache: RequestCache, signal: AbortSignal): RequestInit {
  return { method: 'GET', credentials: 'omit', referrerPolicy: 'no-referrer', cache, redirect: 'follow', signal, headers: { Accept: 'application/json' } };
}

/**
 * A feed request already under way, for `LoadOptions.request`: the first
 * attempt of a load of the same `url` reads its response rather than
 * fetching again (retries fetch anew).
 */
export interface FeedRequest {
  /** The absolute address requested. */
  readonly url: string;
  /** The response, as `fetch` gives it (it rejects as `fetch` does). */
  readonly response: Promise<Response>;
  /** Stops the request (once the load is over, or abandoned); harmless once the body is read. */
  cancel(): void;
}

/**
 * Starts the request `loadFeed` would make for `source`, now: for a page
 * whose engine is still starting (`connectEngine`'s `load` hands the response
 * over to it as a stream, so the page's thread never reads or parses it).
 * `cache` as in `LoadOptions`; `signal` cancels it.
 *
 * Undefined, and nothing requested, where the response could not be handed
 * over (a browser that cannot transfer a stream to another thread, as some
 * Safari versions) and for an address `loadFeed` refuses: the engine then
 * makes the request, or says why not, itself.
 */
export function requestFeed(source: string | URL, { cache = 'no-cache', signal }: { cache?: RequestCache; signal?: AbortSignal } = {}): FeedRequest | undefined {
  let url: string;
  try {
    const stream = new ReadableStream();
    structuredClone(stream, { transfer: [stream] });
    url = resolveFeedUrl(source).href;
  } catch {
    return undefined;
  }
  // Stopped by `cancel()` or by the caller's signal, whichever comes first.
  const controller = new AbortController();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', () => controller.abort(), { once: true });
  const response = fetch(url, feedRequestInit(cache, controller.signal));
  response.catch(() => {});
  return { url, response, cancel: () => controller.abort() };
}
