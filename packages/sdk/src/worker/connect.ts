/**
 * `connectEngine`: the page's side of a port to {@link serveEngine}. It holds
 * no search code and no records beyond the pages of results it is sent, so a
 * page that searches in a Web Worker carries only this file.
 */
import { FeedError } from '../errors.js';
import type { StaleInfo } from '../feed/load.js';
import type { ShardProgress } from '../feed/load-shards.js';
import type { Resource } from '../feed/model.js';
import { resolveFeedUrl, type FeedRequest } from '../feed/request.js';
import type { RetryInfo } from '../options.js';
import {
  UNREADABLE,
  type EnginePort,
  type EngineReply,
  type EngineRequest,
  type EngineLoadOptions,
  type EngineSearchOptions,
  type EngineSearchResults,
  type FeedSummary,
  type LoadedData,
} from './protocol.js';

/** A feed loaded by the engine, searched through the port. */
export interface EngineFinder {
  /** The feed's description, categories and regions; its records stay with the engine. */
  readonly feed: FeedSummary;
  /** Set when a saved copy answered for a feed that failed (`lastGood`): the same `StaleInfo` as `loadFeed`'s. */
  readonly stale?: StaleInfo;
  /**
   * Searches, as `Finder.search` does; with `statusAt`, each result also says
   * whether it is open then. Over a shard manifest, `onShardProgress` is told
   * how many of the shards the search waits for are ready.
   */
  search(query: string, options?: EngineSearchCall): Promise<EngineSearchResults>;
  /**
   * The resources with these ids, in this order; unknown ids are left out.
   * Over a shard manifest, only the shards loaded so far are looked in,
   * unless `everywhere` is set (see {@link EngineGetCall}).
   */
  get(ids: readonly string[], options?: EngineGetCall): Promise<Resource[]>;
  /** Lets the engine forget this feed; later searches reject with code `aborted`. */
  release(): void;
}

/** `EngineClient.load`'s options: `loadFeed`'s, with the ones that cannot cross a port handled on the page's side. */
export interface EngineLoadCall extends EngineLoadOptions {
  /** Cancels the load; it then rejects with code `aborted`. */
  readonly signal?: AbortSignal;
  /** Called before each retry. */
  readonly onRetry?: (info: RetryInfo) => void;
  /**
   * The feed's request, started on the page by `requestFeed` (before the
   * engine had booted): its response is handed to the engine as a stream,
   * which it reads, caps and parses as it would its own. Cancelled once the
   * load is over.
   */
  readonly request?: FeedRequest;
}

/** `EngineFinder.search`'s options: the engine's, and the progress callback, which stays on the page's side. */
export interface EngineSearchCall extends EngineSearchOptions {
  /** Called while the search waits for region shards: how many of those it needs are ready (see `SearchOptions.onShardProgress`). */
  readonly onShardProgress?: (progress: ShardProgress) => void;
}

/** `EngineFinder.get`'s options. */
export interface EngineGetCall {
  /**
   * Over a shard manifest: when an id is in none of the shards loaded, load
   * every shard not loaded yet (which shard holds an id cannot be known
   * before it is read) and look there too; an id then left out is in no
   * shard. Rejects, with the shard's `FeedError`, when a shard cannot be had.
   * Without shards, it changes nothing.
   */
  readonly everywhere?: boolean;
  /** Called while it waits for region shards: how many of those it needs are ready (as for a search). */
  readonly onShardProgress?: (progress: ShardProgress) => void;
}

/** The page's handle on an engine. */
export interface EngineClient {
  /** Resolves once the engine has said it listens. */
  readonly ready: Promise<void>;
  /**
   * `loadFeed` then `createFinder`, done by the engine. A URL is resolved
   * here, against the page (a worker's own address is not the page's).
   */
  load(source: string | object, options?: EngineLoadCall): Promise<EngineFinder>;
  /** `clearLastGood(url)`, done by the engine (`lastGood: 'forget'` does it as part of a load). */
  forget(url: string): Promise<void>;
}

/** @deprecated Renamed {@link EngineFinder}. */
export type RemoteFinder = EngineFinder;
/** @deprecated Renamed {@link EngineClient}. */
export type FinderClient = EngineClient;
/** @deprecated Renamed {@link EngineLoadCall}. */
export type RemoteLoadCall = EngineLoadCall;
/** @deprecated An error from the engine is a {@link FeedError} itself. */
export type RemoteFeedError = FeedError;

interface Pending {
  resolve(value: unknown): void;
  reject(error: unknown): void;
  onRetry?: (info: RetryInfo) => void;
  onProgress?: (progress: ShardProgress) => void;
}

/**
 * Connects to an engine served with {@link serveEngine} on the other end of
 * `port` (a `Worker`, or a `MessagePort`). Requests may be sent at once: a
 * worker still booting receives them when it starts.
 *
 * @example
 * const engine = connectEngine(new Worker(new URL('./engine.worker.js', import.meta.url), { type: 'module' }));
 * const finder = await engine.load('https://example.org/feed.json');
 * const { total, items } = await finder.search('popote roulante', { locale: 'fr' });
 */
export function connectEngine(port: EnginePort): EngineClient {
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
      call.onRetry?.({ attempt: reply.attempt, delayMs: reply.delayMs, error: FeedError.fromJSON(reply.error) });
      return;
    }
    if (reply.kind === 'progress') return call.onProgress?.({ loaded: reply.loaded, total: reply.total });
    pending.delete(reply.id);
    if (reply.kind === 'done') call.resolve(reply.value);
    else call.reject(FeedError.fromJSON(reply.error));
  });
  (port as Partial<MessagePort>).start?.();

  /** Rejects call `id`: its feed could not be copied to the engine (`why`: the error's name, or UNREADABLE). */
  const unsendable = (id: number, why: string): void => {
    pending.get(id)?.reject(new FeedError('invalid-source', { detail: why }));
    pending.delete(id);
  };

  type Request = EngineRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;
  const post = (request: Request, transfer: Transferable[] = []): number => {
    const id = ++next;
    port.postMessage({ ...request, id }, transfer);
    return id;
  };
  const send = <T>(request: Request, on: Pick<Pending, 'onRetry' | 'onProgress'> = {}): { id: number; done: Promise<T> } => {
    const id = next + 1;
    const done = new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, ...on });
    });
    try {
      post(request);
    } catch (cause) {
      // A feed object that cannot be copied (functions, DOM nodes, nested too
      // deep: RangeError): refused here, as loadFeed refuses a source it cannot read.
      unsendable(id, cause instanceof RangeError ? UNREADABLE : (cause as Error).name);
    }
    return { id, done };
  };

  /** Hands the page's response for load `target` to the engine: its body as a stream, never read here. */
  const handOver = (target: number, request: FeedRequest): void => {
    const failed = (cause: unknown) => post({ kind: 'response', target, failed: String(cause) });
    request.response.then((response) => {
      const headers: Array<[string, string]> = [];
      response.headers.forEach((value, name) => headers.push([name, value]));
      const head = { status: response.status, statusText: response.statusText, headers };
      try {
        post({ kind: 'response', target, head, body: response.body }, response.body ? [response.body] : []);
      } catch (cause) {
        void response.body?.cancel().catch(() => {});
        failed(cause);
      }
    }, failed);
  };

  const finderFor = (data: LoadedData): EngineFinder => ({
    feed: data.feed,
    ...(data.stale ? { stale: { savedAt: data.stale.savedAt, error: FeedError.fromJSON(data.stale.error) } } : {}),
    search: (query, { onShardProgress, ...options } = {}) =>
      send<EngineSearchResults>({ kind: 'search', finder: data.finder, query, options, progress: !!onShardProgress }, { onProgress: onShardProgress }).done,
    get: (ids, { everywhere, onShardProgress } = {}) =>
      send<Resource[]>({ kind: 'get', finder: data.finder, ids: [...ids], everywhere, progress: !!onShardProgress }, { onProgress: onShardProgress }).done,
    release: () => void send({ kind: 'release', finder: data.finder }).done.catch(() => {}),
  });

  return {
    ready,
    load: async (source, { signal, onRetry, request, ...options } = {}) => {
      try {
        if (signal?.aborted) throw new FeedError('aborted');
        // Resolved here, once: the engine's own address (a worker's) is not the page's.
        const url = typeof source === 'string' || source instanceof URL ? resolveFeedUrl(source).href : undefined;
        const handing = !!request && request.url === url;
        const { id, done } = send<LoadedData>({ kind: 'load', source: url ?? source, options, request: handing }, { onRetry });
        if (handing) handOver(id, request);
        const cancel = () => post({ kind: 'cancel', target: id });
        signal?.addEventListener('abort', cancel, { once: true });
        try {
          const loaded = finderFor(await done);
          // Cancelled while the engine was finishing: it has kept the feed, so let it go.
          if (signal?.aborted) {
            loaded.release();
            throw new FeedError('aborted');
          }
          return loaded;
        } finally {
          signal?.removeEventListener('abort', cancel);
        }
      } finally {
        request?.cancel();
      }
    },
    forget: (url) => send<void>({ kind: 'forget', url }).done,
  };
}

/** @deprecated Renamed {@link connectEngine}. */
export const connectFinder = connectEngine;
