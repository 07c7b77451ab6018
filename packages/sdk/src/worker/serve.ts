/**
 * `serveEngine`: the engine's side of a port. Feeds are loaded, validated and
 * indexed here, and their records stay here: the page receives only the feed's
 * description and, for each search, the page of results it shows. Run in a Web
 * Worker, nothing that scales with the feed ever runs on the page's thread.
 */
import { FeedError } from '../errors.js';
import { clearLastGood } from '../feed/last-good.js';
import { loadFeed, type LoadedFeed } from '../feed/load.js';
import type { ShardProgress } from '../feed/load-shards.js';
import type { ShardChoice } from '../feed/shards.js';
import type { Feed, Resource } from '../feed/model.js';
import type { FeedRequest } from '../feed/request.js';
import { openStatus } from '../hours/open.js';
import type { LoadOptions } from '../options.js';
import { createFinder, type Finder } from '../search/finder.js';
import { zoneFormatter } from '../time-zone.js';
import { shardedFinder, type ShardedFinder } from '../search/sharded-finder.js';
import type { EnginePort, EngineReply, EngineRequest, EngineSearchResults, FeedSummary, LoadedData } from './protocol.js';

/** A finder's summary: its feed without records, problems and synonyms (they can be many megabytes, and only search needs them). */
export function summarize(feed: Feed): FeedSummary {
  const { resources, problems, synonyms: _synonyms, ...rest } = feed;
  // A shard manifest's feed counts every record, loaded yet or not.
  return { ...rest, size: (feed as LoadedFeed).shards?.records ?? resources.length, problemCount: problems.length };
}

/** Any failure as data a port can carry: a `FeedError`'s `toJSON()`, anything else as `network`. */
const errorData = (error: unknown) => FeedError.from(error).toJSON();

/** The statuses whose responses have no body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** Where a response the page is fetching for a load arrives. */
interface Arrival {
  resolve(response: Response): void;
  reject(error: unknown): void;
}

/**
 * Answers the requests of {@link connectEngine} arriving on `port`, and says
 * `ready` on it once listening. In a module worker:
 *
 * @example
 * // engine.worker.js
 * import { serveEngine } from '@repere/sdk';
 * serveEngine(self);
 */
export function serveEngine(port: EnginePort): void {
  const finders = new Map<number, Finder>();
  const loads = new Map<number, AbortController>();
  const arrivals = new Map<number, Arrival>();
  let next = 0;
  const reply = (message: EngineReply) => port.postMessage(message);

  /** The page's request for load `id`, as `loadFeed` takes it: its response arrives in a later message. */
  const handedOver = (id: number, url: string): FeedRequest => {
    const response = new Promise<Response>((resolve, reject) => arrivals.set(id, { resolve, reject }));
    response.catch(() => {});
    return {
      url,
      response,
      cancel: () => {
        arrivals.delete(id);
        void response.then((unread) => unread.body?.cancel().catch(() => {}), () => {});
      },
    };
  };

  const handle = async (request: EngineRequest): Promise<unknown> => {
    switch (request.kind) {
      case 'load': {
        const abort = new AbortController();
        loads.set(request.id, abort);
        try {
          const source = request.source as Parameters<typeof loadFeed>[0];
          const feed = await loadFeed(source, {
            ...request.options,
            ...(request.request && typeof request.source === 'string' ? { request: handedOver(request.id, request.source) } : {}),
            // A shard manifest: its header now, each search's shards as it comes (shardedFinder).
            shards: request.options.shards ?? { none: true },
            signal: abort.signal,
            onRetry: ({ attempt, delayMs, error }) => reply({ kind: 'retry', id: request.id, attempt, delayMs, error: errorData(error) }),
          });
          const handle = ++next;
          const reload = (choice: ShardChoice | undefined, onShardProgress: LoadOptions['onShardProgress']) => loadFeed(source, { ...request.options, shards: choice, onShardProgress });
          finders.set(handle, feed.shards ? shardedFinder(feed, reload) : createFinder(feed));
          const loaded: LoadedData = {
            finder: handle,
            feed: summarize(feed),
            ...(feed.stale ? { stale: { savedAt: feed.stale.savedAt, error: feed.stale.error.toJSON() } } : {}),
          };
          return loaded;
        } finally {
          loads.delete(request.id);
          arrivals.delete(request.id);
        }
      }
      case 'response': {
        const arrival = arrivals.get(request.target);
        arrivals.delete(request.target);
        // Too late (the load is over): let the page's request go.
        if (!arrival) return void request.body?.cancel().catch(() => {});
        if (!request.head) return arrival.reject(new Error(request.failed ?? 'no response'));
        // A 204 or a 304 has no body (a Response refuses one, even empty).
        const body = NULL_BODY.has(request.head.status) ? null : request.body;
        if (!body) void request.body?.cancel().catch(() => {});
        try {
          arrival.resolve(new Response(body ?? null, request.head as ResponseInit));
        } catch (cause) {
          arrival.reject(cause);
        }
        return undefined;
      }
      case 'cancel':
        loads.get(request.target)?.abort();
        return undefined;
      case 'search': {
        const finder = finderOf(request.finder);
        const { statusAt, ...options } = request.options;
        const results = await finder.search(request.query, { ...options, ...progressOf(request) });
        if (!statusAt) return results;
        const zone = finder.feed.meta.timezone;
        const withStatus: EngineSearchResults = { ...results, items: results.items.map((item) => ({ ...item, status: openStatus(item.resource, statusAt, zone) })) };
        return withStatus;
      }
      case 'get': {
        const finder = finderOf(request.finder);
        // Over region shards, `everywhere` loads the shards not loaded yet when an id is in none of those loaded.
        if (request.everywhere && 'getEverywhere' in finder) return (finder as ShardedFinder).getEverywhere(request.ids, progressOf(request));
        return request.ids.map((id) => finder.get(id)).filter((r): r is Resource => r !== undefined);
      }
      case 'release':
        finders.delete(request.finder);
        return undefined;
      case 'forget':
        await clearLastGood(request.url);
        return undefined;
    }
  };

  /** A search's or a get's `onShardProgress`, when the page wants to hear: `progress` replies. */
  const progressOf = ({ id, progress }: { id: number; progress?: boolean }) =>
    progress ? { onShardProgress: ({ loaded, total }: ShardProgress) => reply({ kind: 'progress', id, loaded, total }) } : {};

  const finderOf = (handle: number): Finder => {
    const finder = finders.get(handle);
    // A finder released (its element reloaded) while a search was on its way.
    if (!finder) throw new FeedError('aborted');
    return finder;
  };

  // The id of the last request read: one that cannot be read is the next.
  // (Chromium delivers a message too deep to copy as `null`, others as `messageerror`.)
  let last = 0;
  const unreadable = () => reply({ kind: 'unreadable', after: last });
  (port as EnginePort & { addEventListener(type: 'messageerror', listener: () => void): void }).addEventListener('messageerror', unreadable);
  port.addEventListener('message', (event: MessageEvent) => {
    const request = event.data as EngineRequest | undefined;
    if (!request || typeof request !== 'object' || typeof request.id !== 'number' || typeof request.kind !== 'string') return unreadable();
    last = request.id;
    handle(request).then(
      (value) => reply({ kind: 'done', id: request.id, value: value as never }),
      (error: unknown) => reply({ kind: 'failed', id: request.id, error: errorData(error) }),
    );
  });
  (port as Partial<MessagePort>).start?.();
  reply({ kind: 'ready' });
  // While the page sends the feed: the time-zone data, which a runtime reads
  // on its first clock (tens of milliseconds on a phone) and the first list
  // needs for "open now". Any zone loads it for the feed's.
  zoneFormatter('UTC');
}

/** @deprecated Renamed {@link serveEngine}. */
export const serveFinder = serveEngine;
