/**
 * `createFinder`: search, filters, facets and sorting over a loaded feed, and
 * the types of what it takes and gives. Data flows one way: feed → index
 * (built once, `index-builder.ts`) → results (one search: `search.ts`).
 */
import type { Feed, Resource } from '../feed/model.js';
import type { ShardProgress } from '../feed/load-shards.js';
import type { Audience, Cost, DeliveryMode, DistressKind } from '../feed/vocabulary.js';
import type { LatLon } from '../geo/distance.js';
import type { Range } from './highlight.js';
import { IndexBuilder } from './index-builder.js';
import { NameSorter, nameComparator, nameRanks } from './names.js';
import { docIndexById, type SearchIndex } from './search-index.js';
import { trigramsIn } from './trigrams.js';
import { queryTerms } from './normalize.js';
import { searchIndex, searchPreparation } from './search.js';

export { searchIndex };

/** Filters: values within one filter are alternatives (OR); filters combine (AND). */
export interface SearchFilters {
  /** Category ids; a category includes its descendants. */
  readonly categories?: readonly string[];
  /**
   * Region ids: the records that serve one of these places, that is whose
   * regions are the place, lie inside it (MRCs, towns) or contain it (the
   * region around an MRC); records without regions serve everywhere. The
   * most local come first among equally relevant results.
   */
  readonly regions?: readonly string[];
  readonly audiences?: readonly (Audience | string)[];
  /** Languages the service is delivered in; `fr` matches `fr-CA`. */
  readonly languages?: readonly string[];
  readonly delivery?: readonly (DeliveryMode | string)[];
  readonly cost?: readonly (Cost | string)[];
  /** Only resources open at `at` (resources without hours are left out). */
  readonly openNow?: boolean;
}

/** How results are ordered within relevance bands: by relevance, distance or name. */
export type SortOrder = 'relevance' | 'distance' | 'name';

/** What `Finder.search` may be told: filters, locale, place, instant, order and page. */
export interface SearchOptions {
  /** The resident's language, for highlights and name sorting. Default: the feed's. */
  readonly locale?: string;
  readonly filters?: SearchFilters;
  /** The resident's position, for distances; never leaves the device. */
  readonly near?: LatLon;
  /** The instant for "open now". Default: now. */
  readonly at?: Date;
  /**
   * For the `openNow` filter, an "open at" moment on the feed's clock instead
   * of `at`: `we-09:00` is the next Wednesday from `at` (today included) at
   * 9:00, in the feed's time zone. Ignored unless it matches `OPEN_AT_PATTERN`.
   */
  readonly openAt?: string;
  /** Default: `relevance` with a query, `name` without (browsing), `distance` never unless asked. */
  readonly sort?: SortOrder;
  /** Default 20. */
  readonly limit?: number;
  /** Default 0. */
  readonly offset?: number;
  /**
   * A finder over region shards (`shardedFinder`, as the engine serves a
   * shard manifest) only: called while this search waits for the shards it
   * needs, once with how many are ready so far and again as each is ready.
   * Never called when the shards are already there.
   */
  readonly onShardProgress?: (progress: ShardProgress) => void;
}

/** Highlight ranges in the texts of a resource, in the language that `localize` picks for the search's locale. */
export interface Highlights {
  readonly name: readonly Range[];
  readonly organization: readonly Range[];
  readonly description: readonly Range[];
}

/** One result: the resource, its score, and what the interface shows of it. */
export interface SearchResult {
  readonly resource: Resource;
  /** Relevance, higher is better; 0 when browsing without a query. */
  readonly score: number;
  /** Distance to the nearest non-confidential location, when `near` was given. */
  readonly distanceKm?: number;
  /** Open at `at`; `undefined` when the resource gives no hours. */
  readonly openNow?: boolean;
  /**
   * Set when the query speaks of distress and this resource answers it: the
   * kind it answers (`crisis` when it is crisis help in general). Such
   * results come first.
   */
  readonly distress?: DistressKind;
  readonly highlights: Highlights;
}

/** For each filter, how many matching resources each value would give. */
export interface Facets {
  readonly categories: Readonly<Record<string, number>>;
  readonly regions: Readonly<Record<string, number>>;
  readonly audiences: Readonly<Record<string, number>>;
  readonly languages: Readonly<Record<string, number>>;
  readonly delivery: Readonly<Record<string, number>>;
  readonly cost: Readonly<Record<string, number>>;
  readonly openNow: number;
}

/** A page of results, with the total, the facets and what the query was read to mean. */
export interface SearchResults {
  /** The query as searched. */
  readonly query: string;
  /** The kinds of distress the query speaks of (empty for most queries): an interface shows crisis help first. */
  readonly distress: readonly DistressKind[];
  /** The regions that places named in the query stand for ("popote La Pocatière"), applied as a filter. */
  readonly places: readonly string[];
  /** All matches, before `limit` and `offset`. */
  readonly total: number;
  readonly items: readonly SearchResult[];
  readonly facets: Facets;
}

/** A feed ready to search: made by {@link createFinder}. */
export interface Finder {
  /** The feed being searched. */
  readonly feed: Feed;
  /** Searches; an empty query with filters lists resources (browsing). */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** A resource by id. */
  get(id: string): Resource | undefined;
  /**
   * Resolves once every word is indexed (a search with words waits for it by
   * itself; listing and filtering work before). A feed of up to 2,000
   * records has its words indexed after the first search, or once this is
   * asked for; a larger one in slices from the start.
   */
  readonly ready?: Promise<void>;
}


/**
 * Lets the page breathe between two slices of work: a task queued behind the
 * others, so that rendering, input and messages waiting (a search asked for
 * through a worker's port) come first. Not `scheduler.yield()`: its
 * continuations go before other tasks, and a search arriving as a message
 * would wait for the whole index.
 */
function yieldToPage(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice of indexing may hold the main thread. */
const INDEX_SLICE_MS = 12;

/**
 * Creates a finder over a loaded feed. The list, filters and facets work at
 * once; the words are indexed after the first list (a large feed's in slices
 * of a few milliseconds from the start, between which the page stays
 * responsive), and a search with words waits for them (`finder.ready`).
 *
 * @example
 * const feed = await loadFeed('https://example.org/feed.json');
 * const finder = createFinder(feed);
 * const { total, items } = await finder.search('popote roulante', { locale: 'fr', filters: { regions: ['kamouraska'] } });
 */
export function createFinder(feed: Feed): Finder {
  const builder = new IndexBuilder(feed);
  let index: SearchIndex | undefined;
  // The first list needs no words. A small feed's are indexed in one slice
  // once a first search is answered (before it, that slice and the lexicons
  // folded after it would only delay the first cards), at once for a search
  // with words or when `ready` is asked for; released unsearched, it reads
  // none. A large feed's are indexed in slices from the start, between
  // which the first list is answered: its first query must not wait for all
  // of them to begin.
  const small = feed.resources.length <= 2_000;
  let begin: () => void = () => {};
  const begun = small ? new Promise<void>((resolve) => (begin = resolve)) : Promise.resolve();
  const ready = begun.then(async () => {
    if (small) {
      await yieldToPage();
      index = builder.finish();
      return;
    }
    do await yieldToPage();
    while (!builder.step(INDEX_SLICE_MS));
    await yieldToPage();
    index = builder.finish();
  });
  // A failure reaches whoever searches; it is not also an unhandled rejection.
  ready.catch(() => {});
  // What reading queries needs (place names, residents' words, distress
  // answers), each in a slice of its own, before the first keystroke needs it.
  void ready
    .then(async () => {
      for (const step of searchPreparation(index!)) {
        await yieldToPage();
        step();
      }
    })
    .catch(() => {});
  // Then, in the background, a warm-up, and each language's name order, so
  // that listing a large feed compares no names (until then, the page is
  // found by comparing).
  if (feed.resources.length > 2_000) {
    void ready.then(async () => {
      const full = index!;
      // What the first keystrokes would otherwise pay for: the trigrams of the
      // first typo, and a first run of the search code (compiled by the
      // engine on first use), with a short, common prefix.
      trigramsIn(full);
      await yieldToPage();
      let common = 0;
      for (let t = 1; t < full.vocabulary.length; t++) if (full.postingDocs[t]!.length > full.postingDocs[common]!.length) common = t;
      if (full.vocabulary.length) searchIndex(full, full.vocabulary[common]!.slice(0, 2), { limit: 1 });
      await yieldToPage();
      for (const locale of new Set([feed.meta.defaultLocale, ...feed.meta.locales])) {
        if (nameRanks(full).has(locale)) continue;
        const sorter = new NameSorter(nameComparator(full, locale), full.docs.length);
        while (!sorter.step(INDEX_SLICE_MS)) await yieldToPage();
        nameRanks(full).set(locale, sorter.ranks());
      }
    }).catch(() => {});
  }
  return {
    feed,
    get ready() {
      begin();
      return ready;
    },
    get: (id) => {
      const d = docIndexById(builder.base).get(id);
      return d === undefined ? undefined : feed.resources[d];
    },
    search: (query, options) => {
      if (index) return Promise.resolve(searchIndex(index, query, options));
      // Listing needs no words, and text without a searchable word finds
      // nothing: either way the answer comes before the index.
      if ((query ?? '').trim() === '' || queryTerms(query ?? '').length === 0) {
        const results = searchIndex(builder.base, query, options);
        begin();
        return Promise.resolve(results);
      }
      begin();
      return ready.then(() => searchIndex(index!, query, options));
    },
  };
}
