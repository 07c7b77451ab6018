/**
 * Loading a feed published as region shards (`feed/shards.ts`): the manifest
 * says which file holds which region, with its SHA-256; the shards a resident's
 * place needs are fetched (each within `maxBytes`, each saved and read back as
 * its own last good copy), checked against the manifest, validated, and their
 * records joined into one feed, each record once (province-wide records are
 * in every shard).
 *
 * Shards already loaded stay in memory (per manifest URL, while the manifest
 * still lists them), so that widening the place from one region to two
 * fetches and validates only the second.
 */
import { FeedError } from '../errors.js';
import type { LoadOptions, ValidateOptions } from '../options.js';
import { readLastGood, saveLastGood } from './last-good.js';
import { fetchText, parseFeedText, type FetchTextOptions } from './fetch-text.js';
import type { Feed, FeedProblem } from './model.js';
import { chooseShards, isShardManifest, manifestPlaces, readShardManifest, type ShardChoice, type ShardEntry, type ShardManifest } from './shards.js';
import { validateFeed } from './validate.js';

/** What `loadFeed` says of a feed loaded from a shard manifest (`LoadedFeed.shards`). */
export interface ShardsLoaded {
  /** The regions of the shards loaded, in the manifest's order. */
  readonly loaded: readonly string[];
  /** The region of every shard the manifest lists: a search of the whole province needs them all. */
  readonly regions: readonly string[];
  /** How many records the whole feed has, each counted once. */
  readonly records: number;
  /**
   * The regions whose every record is loaded: a search there needs no other
   * shard. A place not listed needs `loadFeed` again with it in
   * `shards.regions` (the shards already loaded are kept). With every shard
   * loaded, it also holds `"*"`: a search of the whole province, or of a
   * place the manifest does not know, needs nothing more.
   */
  readonly covers: readonly string[];
}

/** What {@link LoadOptions.onShardProgress} is told each time a shard is ready. */
export interface ShardProgress {
  /** Shards ready so far (0 when the manifest has just been read). */
  readonly loaded: number;
  /** Shards this load needs. */
  readonly total: number;
}

type Opts = FetchTextOptions & Partial<ValidateOptions> & Pick<LoadOptions, 'lastGood' | 'shards' | 'onShardProgress'>;

interface ShardFeed {
  readonly feed: Feed;
  /** Set when the shard is a saved copy: when it was saved, and why the fresh one could not be had. */
  readonly stale?: { readonly savedAt: string; readonly error: FeedError };
}

/** Validated shards by manifest URL, then by hash and validation options. */
const loadedShards = new Map<string, Map<string, ShardFeed>>();

/** Where each feed returned by {@link loadShards} came from, so that {@link loadMoreShards} needs no second request for its manifest. */
const origins = new WeakMap<object, { readonly url: URL; readonly document: unknown; readonly opts: Opts }>();

/**
 * The same manifest, read again with another choice of shards
 * (`undefined`: every shard): the shards already loaded are kept, the others fetched,
 * `onShardProgress` told as each is ready. Without
 * the manifest at hand (a feed that did not come from {@link loadShards}
 * as it is), undefined.
 */
export function loadMoreShards(feed: object, choice: ShardChoice | undefined, onShardProgress?: LoadOptions['onShardProgress']): Promise<LoadedShards> | undefined {
  const origin = origins.get(feed);
  if (!origin) return undefined;
  // Not the first load's signal nor its progress: they belonged to that load alone.
  const { signal: _signal, onShardProgress: _progress, ...opts } = origin.opts;
  return loadShards(origin.url, origin.document, { ...opts, shards: choice, ...(onShardProgress ? { onShardProgress } : {}) });
}

/** A feed read from a shard manifest. */
export type LoadedShards = Feed & { readonly shards: ShardsLoaded; readonly stale?: ShardFeed['stale'] };

/**
 * Loads the shards a manifest's reader asks for (`opts.shards`; all of them
 * when it names nothing the manifest knows), as one feed.
 *
 * @param savedFirst - the manifest itself is a saved copy: read each shard's saved copy before trying the network.
 * @throws {@link FeedError} `format`/`version` for a manifest or shard that
 *   breaks the format, `shard-mismatch` for a shard that is not the one the
 *   manifest lists, and whatever fetching a shard throws when it has no saved copy.
 */
export async function loadShards(url: URL, document: unknown, opts: Opts, savedFirst = false): Promise<LoadedShards> {
  const manifest = readShardManifest(document);
  const chosen = chooseShards(manifest, opts.shards);
  const options = `${opts.maxRecords}|${opts.maxStringLength}|${opts.warnings}|${opts.fallbackTimezone}`;
  const before = loadedShards.get(url.href);
  const kept = new Map<string, ShardFeed>();
  // Shards of an older version of the manifest are let go.
  for (const shard of manifest.shards) {
    const key = `${shard.sha256}|${options}`;
    const found = before?.get(key);
    if (found) kept.set(key, found);
  }
  loadedShards.set(url.href, kept);

  let ready = 0;
  const progress = () => {
    try {
      opts.onShardProgress?.({ loaded: ready, total: chosen.length });
    } catch {
      // A callback that throws must not stop the load.
    }
  };
  progress();
  const shards = await Promise.all(
    chosen.map(async (shard) => {
      const key = `${shard.sha256}|${options}`;
      let loaded = kept.get(key);
      if (!loaded) {
        loaded = await loadShard(url, shard, opts, savedFirst);
        // Saved copies are not kept: the next load tries the network again.
        if (!loaded.stale && loadedShards.get(url.href) === kept) kept.set(key, loaded);
      }
      ready++;
      progress();
      return loaded;
    }),
  );
  // No shard asked for: the header alone, validated as a feed without records.
  const feed = shards.length ? joinShards(shards.map((s) => s.feed)) : validateFeed({ ...manifest.feed, resources: [] }, opts);
  const stale = shards.map((s) => s.stale).filter((s) => s !== undefined).sort((a, b) => a.savedAt.localeCompare(b.savedAt))[0];
  const result: LoadedShards = {
    ...feed,
    shards: { loaded: chosen.map((s) => s.region), regions: manifest.shards.map((s) => s.region), records: manifest.records, covers: covered(manifest, chosen) },
    ...(stale ? { stale } : {}),
  };
  origins.set(result, { url, document, opts });
  return result;
}

/** The manifest's regions whose shards are all among `chosen`, and `"*"` when that is every shard. */
function covered(manifest: ShardManifest, chosen: readonly ShardEntry[]): string[] {
  const loaded = new Set(chosen);
  if (loaded.size === manifest.shards.length) return ['*', ...manifestPlaces(manifest).ids];
  return manifestPlaces(manifest).ids.filter((id) => chooseShards(manifest, { regions: [id] }).every((s) => loaded.has(s)));
}

/** One shard: fetched (or its saved copy), checked against the manifest, validated. */
async function loadShard(manifestUrl: URL, shard: ShardEntry, opts: Opts, savedFirst: boolean): Promise<ShardFeed> {
  const url = new URL(shard.file, manifestUrl);
  const saved = async (error: FeedError): Promise<ShardFeed | undefined> => {
    const copy = opts.lastGood === true ? await readLastGood(url.href) : undefined;
    if (!copy) return undefined;
    try {
      await checkShard(copy.text, shard);
      return { feed: readShard(copy.text, opts), stale: { savedAt: copy.savedAt, error } };
    } catch {
      // A copy of another version, or unreadable: no help.
      return undefined;
    }
  };
  if (savedFirst) {
    const copy = await saved(new FeedError('network'));
    if (copy) return copy;
  }
  let text: string;
  try {
    text = await fetchText(url, opts);
  } catch (error) {
    const copy = error instanceof FeedError && error.code !== 'aborted' && !opts.signal?.aborted ? await saved(error) : undefined;
    if (copy) return copy;
    throw error;
  }
  await checkShard(text, shard);
  const feed = readShard(text, opts);
  if (opts.lastGood === true) void saveLastGood(url.href, text);
  return { feed };
}

function readShard(text: string, opts: Opts): Feed {
  const document = parseFeedText(text);
  // A manifest listing a manifest would loop: a shard is a feed.
  if (isShardManifest(document)) throw new FeedError('format', { detail: 'a shard is itself a shard manifest' });
  return validateFeed(document, opts);
}

const hex = (bytes: ArrayBuffer): string => Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Whether a shard's text is the file the manifest lists: its size, then its
 * SHA-256 (Web Crypto; where a page has none, outside a secure context, the
 * size alone is checked).
 *
 * @throws {@link FeedError} `shard-mismatch`
 */
async function checkShard(text: string, shard: ShardEntry): Promise<void> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.byteLength !== shard.bytes) throw new FeedError('shard-mismatch', { file: shard.file, what: 'size' });
  const subtle = (globalThis as { crypto?: Crypto }).crypto?.subtle;
  if (!subtle) return;
  if (hex(await subtle.digest('SHA-256', bytes)) !== shard.sha256) throw new FeedError('shard-mismatch', { file: shard.file, what: 'SHA-256' });
}

/**
 * Shards' feeds as one: the header of the first, each record once (the first
 * copy, in shard order), each problem once (a province-wide record's problem
 * is found in every shard, at another row).
 */
export function joinShards(feeds: readonly Feed[]): Feed {
  const [first] = feeds;
  if (!first) throw new FeedError('format', { detail: 'the shard manifest lists no shard' });
  if (feeds.length === 1) return first;
  const ids = new Set<string>();
  const resources = [];
  for (const feed of feeds) {
    for (const r of feed.resources) {
      if (ids.has(r.id)) continue;
      ids.add(r.id);
      resources.push(r);
    }
  }
  const seen = new Set<string>();
  const problems: FeedProblem[] = [];
  for (const feed of feeds) {
    for (const p of feed.problems) {
      const key = `${p.severity}|${p.code}|${p.id ?? p.path}|${JSON.stringify(p.params)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(p);
    }
  }
  return { ...first, resources, problems };
}
