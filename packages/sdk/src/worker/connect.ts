/**
 * `connectFinder`: the page's side of a port to {@link serveFinder}. It holds
 * no search code and no records beyond the pages of results it is sent, so a
 * page that searches in a Web Worker carries only this file.
 */
import type { FeedErrorCode } from '../messages.js';
import type { Resource } from '../feed/model.js';
import type { RetryInfo } from '../options.js';
import { UNREADABLE, type EnginePort, type EngineReply, type EngineRequest, type ErrorData, type FeedSummary, type LoadedData, type RemoteLoadOptions, type RemoteSearchOptions, type RemoteSearchResults } from './protocol.js';

/**
 * A `FeedError` that crossed a port: the same `name`, `code`, `status`,
 * `params` and message, so `isFeedError` recognizes it.
 */
export interface RemoteFeedError extends Error {
  readonly name: 'FeedError';
  readonly code: FeedErrorCode;
  readonly status?: number;
  readonly params: Readonly<Record<string, string | number | undefined>>;
}

function toError(data: ErrorData): RemoteFeedError {
  return Object.assign(new Error(data.message), {
    name: 'FeedError' as const,
    code: data.code,
    params: data.params,
    ...(data.status === undefined ? {} : { status: data.status }),
  });
}

/** A load cancelled on the page's side, before the engine could say so. */
const cancelled = (): RemoteFeedError => toError({ code: 'aborted', message: 'Loading the feed was cancelled.', params: {} });

/** A feed loaded by the engine, searched through the port. */
export interface RemoteFinder {
  /** The feed's description, categories and regions; its records stay with the engine. */
  readonly feed: FeedSummary;
  /** Set when a saved copy answered for a feed that failed (`lastGood`). */
  readonly stale?: { readonly savedAt: string; readonly error: RemoteFeedError };
  /** Searches, as `Finder.search` does; with `statusAt`, each result also says whether it is open then. */
  search(query: string, options?: RemoteSearchOptions): Promise<RemoteSearchResults>;
  /** The resources with these ids, in this order; unknown ids are left out. */
  get(ids: readonly string[]): Promise<Resource[]>;
  /** Lets the engine forget this feed; later searches reject with code `aborted`. */
  release(): void;
}

export interface RemoteLoadCall extends RemoteLoadOptions {
  /** Cancels the load; it then rejects with code `aborted`. */
  readonly signal?: AbortSignal;
  /** Called before each retry. */
  readonly onRetry?: (info: RetryInfo) => void;
}

/** The page's handle on an engine. */
export interface FinderClient {
  /** Resolves once the engine has said it listens. */
  readonly ready: Promise<void>;
  /** `loadFeed` then `createFinder`, done by the engine. */
  load(source: string | object, options?: RemoteLoadCall): Promise<RemoteFinder>;
  /** `clearLastGood(url)`, done by the engine. */
  forget(url: string): Promise<void>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onRetry?: (info: RetryInfo) => void;
}

/**
 * Connects to an engine served with {@link serveFinder} on the other end of
 * `port` (a `Worker`, or a `MessagePort`).
 *
 * @example
 * const client = connectFinder(new Worker(new URL('./engine.worker.js', import.meta.url), { type: 'module' }));
 * const finder = await client.load('https://example.org/feed.json');
 * const { total, items } = await finder.search('popote roulante', { locale: 'fr' });
 */
export function connectFinder(port: EnginePort): FinderClient {
  const pending = new Map<number, Pending>();
  let next = 0;
  let isReady!: () => void;
  const ready = new Promise<void>((resolve) => (isReady = resolve));

  port.addEventListener('message', (event: MessageEvent) => {
    const reply = event.data as EngineReply | undefined;
    if (!reply || typeof reply !== 'object') return;
    if (reply.kind === 'ready') return isReady();
    if (reply.kind === 'unreadable') return unsendable(Math.min(...[...pending.keys()].filter((k) => k > reply.after)), UNREADABLE);
    const call = pending.get(reply.id);
    if (!call) return;
    if (reply.kind === 'retry') {
      call.onRetry?.({ attempt: reply.attempt, delayMs: reply.delayMs, error: toError(reply.error) });
      return;
    }
    pending.delete(reply.id);
    if (reply.kind === 'done') call.resolve(reply.value);
    else call.reject(toError(reply.error));
  });
  (port as Partial<MessagePort>).start?.();

  /** Rejects call `id`: its feed could not be copied to the engine (`why`: the error's name, or UNREADABLE). */
  const unsendable = (id: number, why: string): void => {
    pending.get(id)?.reject(toError({ code: 'invalid-source', message: `The feed cannot be sent to the search engine (${why}).`, params: { detail: why } }));
    pending.delete(id);
  };

  type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
  const send = <T>(request: Request, onRetry?: (info: RetryInfo) => void): { id: number; done: Promise<T> } => {
    const id = ++next;
    const done = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...(onRetry ? { onRetry } : {}) });
    });
    try {
      port.postMessage({ ...request, id });
    } catch (cause) {
      // A feed object that cannot be copied (functions, DOM nodes, nested too
      // deep: RangeError): refused here, as loadFeed refuses a source it cannot read.
      unsendable(id, cause instanceof RangeError ? UNREADABLE : (cause as Error).name);
    }
    return { id, done };
  };

  const finderFor = (data: LoadedData): RemoteFinder => ({
    feed: data.feed,
    ...(data.stale ? { stale: { savedAt: data.stale.savedAt, error: toError(data.stale.error) } } : {}),
    search: (query, options = {}) => send<RemoteSearchResults>({ kind: 'search', finder: data.finder, query, options }).done,
    get: (ids) => send<Resource[]>({ kind: 'get', finder: data.finder, ids: [...ids] }).done,
    release: () => void send({ kind: 'release', finder: data.finder }).done.catch(() => {}),
  });

  return {
    ready,
    load: async (source, { signal, onRetry, ...options } = {}) => {
      if (signal?.aborted) throw cancelled();
      const { id, done } = send<LoadedData>({ kind: 'load', source, options }, onRetry);
      const cancel = () => port.postMessage({ kind: 'cancel', id: ++next, target: id });
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const loaded = finderFor(await done);
        // Cancelled while the engine was finishing: it has kept the feed, so let it go.
        if (signal?.aborted) {
          loaded.release();
          throw cancelled();
        }
        return loaded;
      } finally {
        signal?.removeEventListener('abort', cancel);
      }
    },
    forget: (url) => send<void>({ kind: 'forget', url }).done,
  };
}
