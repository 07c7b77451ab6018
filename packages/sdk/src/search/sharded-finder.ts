/**
 * A finder over a feed published as region shards, for an engine that
 * serves pages (`serveEngine`): it may start from the manifest alone, and
 * before each search it loads the shards that the search's places need (a
 * search without a place: every shard), keeping those it has. A page then
 * downloads its resident's region, and another only when the resident looks
 * there, with no shard logic of its own: the places are the search's region
 * filter, which it sends anyway.
 */
import type { LoadedFeed } from '../feed/load.js';
import type { Resource } from '../feed/model.js';
import { loadMoreShards, type ShardProgress } from '../feed/load-shards.js';
import type { ShardChoice } from '../feed/shards.js';
import { createFinder, type Finder, type SearchOptions } from './finder.js';

/**
 * Loads the feed again with the shards a choice needs (its `regions` hold
 * those already loaded; `undefined`: every shard), telling `onShardProgress`
 * as each is ready; `loadFeed` keeps the shards it already
 * has in memory, so only the new ones are fetched. Used only when the SDK no
 * longer holds the manifest first read (a saved copy answered for it).
 */
export type ShardReload = (choice: ShardChoice | undefined, onShardProgress: (progress: ShardProgress) => void) => Promise<LoadedFeed>;

/** A {@link Finder} over region shards: it can also look for records in the shards not loaded yet. */
export interface ShardedFinder extends Finder {
  /**
   * The resources with these ids, in this order, looked for in the whole
   * directory: when one is not in the shards loaded so far, every shard not
   * yet loaded is loaded first (a shard's records cannot be known before it
   * is read), with `onShardProgress` told as a search of the whole province
   * is. Ids left out are in no shard. Rejects, with the shard's `FeedError`,
   * when a shard cannot be had: an id may then be in it.
   */
  getEverywhere(ids: readonly string[], options?: Pick<SearchOptions, 'onShardProgress'>): Promise<Resource[]>;
}

/**
 * A {@link Finder} that widens itself: `search` first loads the shards its
 * `filters.regions` need; without a place, the shards within reach of its
 * `near` position (near me: the nearest records are the resident's region's
 * and, by a border, the next region's), or else every shard (the whole province); then it searches every shard loaded.
 * While it waits for shards, its `onShardProgress` is told how many are ready
 * (a search that waits for another's shards is told too). `feed` and `get`
 * answer from the shards loaded so far; `getEverywhere` loads the others when it needs them.
 *
 * @param first - a feed loaded from a shard manifest (`feed.shards` is set), with or without shards yet.
 */
export function shardedFinder(first: LoadedFeed, reload: ShardReload): ShardedFinder {
  let feed = first;
  let finder = createFinder(first);
  let shards = first.shards!;
  let widening: Promise<void> = Promise.resolve();
  /** The position whose shard was last loaded (near-me sends the same one with each search). */
  let placed: string | undefined;
  /** The searches waiting for the shards being loaded, and how far that load is. */
  const waiting = new Set<(progress: ShardProgress) => void>();
  let progress: ShardProgress | undefined;
  /** Tells a waiting search; a callback that throws stops neither the load nor the other searches' news. */
  const told = (listener: (progress: ShardProgress) => void, now: ShardProgress) => {
    try {
      listener(now);
    } catch {
      // The page's callback failed: its search goes on.
    }
  };
  const tell = (now: ShardProgress) => {
    progress = now;
    for (const listener of waiting) told(listener, now);
  };
  const all = () => shards.covers.includes('*');
  const covered = (regions: readonly string[]) => all() || regions.every((r) => shards.covers.includes(r));
  /** What a search needs loaded first, or nothing. */
  const needs = ({ filters, near }: SearchOptions): ShardChoice | undefined | false => {
    const regions = filters?.regions ?? [];
    if (regions.length) return !covered(regions) && { regions: [...new Set([...shards.loaded, ...regions])] };
    // Near me, without a place: the shards around the resident (and those loaded), once per position.
    if (near) return !all() && `${near.lat},${near.lon}` !== placed && { regions: shards.loaded, near };
    // The whole province: every shard.
    return !all() && undefined;
  };
  const widen = (options: SearchOptions) => {
    // One at a time: a second search waits for the first's shards, then needs fewer.
    const step = widening.then(async () => {
      const choice = needs(options);
      if (choice === false) return;
      // The manifest already read, when the SDK still holds it; else `reload`.
      try {
        feed = await (loadMoreShards(feed, choice, tell) ?? reload(choice, tell));
      } finally {
        progress = undefined;
      }
      finder = createFinder(feed);
      shards = feed.shards!;
      if (options.near) placed = `${options.near.lat},${options.near.lon}`;
    });
    // A shard that could not be had fails this search only: the next one tries again.
    widening = step.catch(() => {});
    return step;
  };
  /** Loads what `options` needs, telling `listener` how far the load (its own, or the one it waits for) is. */
  const ready = async (options: SearchOptions, listener?: (progress: ShardProgress) => void) => {
    if (needs(options) === false) return;
    if (listener) waiting.add(listener);
    try {
      if (listener && progress) told(listener, progress);
      await widen(options);
    } finally {
      if (listener) waiting.delete(listener);
    }
  };
  const found = (ids: readonly string[]) => ids.map((id) => finder.get(id)).filter((r): r is Resource => r !== undefined);
  return {
    get feed() {
      return finder.feed;
    },
    get ready() {
      return finder.ready;
    },
    get: (id) => finder.get(id),
    async search(query, { onShardProgress: listener, ...options } = {}) {
      await ready(options, listener);
      return finder.search(query, options);
    },
    async getEverywhere(ids, { onShardProgress } = {}) {
      // An id not found yet may be in any shard not loaded: those of the whole province.
      if (found(ids).length < ids.length) await ready({}, onShardProgress);
      return found(ids);
    },
  };
}
