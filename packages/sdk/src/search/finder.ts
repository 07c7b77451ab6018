/**
 * `createFinder`: search, filters, facets and sorting over a loaded feed.
 * Data flows one way: feed → index (built once) → results.
 */
import type { Feed, Resource } from '../feed/model.js';
import type { Audience, Cost, DeliveryMode, DistressKind } from '../feed/vocabulary.js';
import { distanceKm, type LatLon } from '../geo/distance.js';
import { openAtClock, wallClock, type WallClock } from '../hours/open.js';
import { SEARCH_DEFAULTS } from '../options.js';
import { localize } from '../text/localize.js';
import { distressBit, distressMasks, distressTier, readDistress } from './distress.js';
import { CLOSED, filterAndCount, OPEN, OPEN_UNKNOWN } from './filter.js';
import { highlightRanges, type Range } from './highlight.js';
import { FACET_DIMENSIONS, IndexBuilder, type SearchIndex } from './index.js';
import { NameSorter, nameComparator } from './names.js';
import { queryTerms } from './normalize.js';
import { topK } from './order.js';
import { ancestors, gazetteer, localityRank, placeWords, readPlaces, type Gazetteer, type PlaceInQuery } from './places.js';
import { band, bestCover, clearScratch, expansionsOf, focus, grow, scoreWords, scratchOf, type Scored } from './relevance.js';

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

export type SortOrder = 'relevance' | 'distance' | 'name';

export interface SearchOptions {
  /** The resident's language, for highlights and name sorting. Default: the feed's. */
  readonly locale?: string;
  readonly filters?: SearchFilters;
  /** The resident's position, for distances; never leaves the device. */
  readonly near?: LatLon;
  /** The instant for "open now". Default: now. */
  readonly at?: Date;
  /** Default: `relevance` with a query, `name` without (browsing), `distance` never unless asked. */
  readonly sort?: SortOrder;
  /** Default 20. */
  readonly limit?: number;
  /** Default 0. */
  readonly offset?: number;
}

/** Highlight ranges in the texts of a resource, in the language that `localize` picks for the search's locale. */
export interface Highlights {
  readonly name: readonly Range[];
  readonly organization: readonly Range[];
  readonly description: readonly Range[];
}

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

export interface Finder {
  /** The feed being searched. */
  readonly feed: Feed;
  /** Searches; an empty query with filters lists resources (browsing). */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** A resource by id. */
  get(id: string): Resource | undefined;
  /**
   * Resolves once every word is indexed (a search with words waits for it by
   * itself; listing and filtering work before).
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
 * once; the words are indexed in slices of a few milliseconds between which
 * the page stays responsive, and a search with words waits for them
 * (`finder.ready`).
 *
 * @example
 * const feed = await loadFeed('https://example.org/feed.json');
 * const finder = createFinder(feed);
 * const { total, items } = await finder.search('popote roulante', { locale: 'fr', filters: { regions: ['kamouraska'] } });
 */
export function createFinder(feed: Feed): Finder {
  const builder = new IndexBuilder(feed);
  let index: SearchIndex | undefined;
  const ready = (async () => {
    // Small feeds are indexed at once: not worth a trip through the event loop.
    if (feed.resources.length <= 2_000) {
      index = builder.finish();
      return;
    }
    // The first results (a list) are worked out before the first slice.
    do await yieldToPage();
    while (!builder.step(INDEX_SLICE_MS));
    await yieldToPage();
    index = builder.finish();
  })();
  // A failure reaches whoever searches; it is not also an unhandled rejection.
  ready.catch(() => {});
  // Then, in the background, a warm-up, and each language's name order, so
  // that listing a large feed compares no names (until then, the page is
  // found by comparing).
  if (feed.resources.length > 2_000) {
    void ready.then(async () => {
      const full = index!;
      // What the first keystrokes would otherwise pay for: the trigrams of the
      // first typo, and a first run of the search code (compiled by the
      // engine on first use), with a short, common prefix.
      void full.trigrams;
      await yieldToPage();
      let common = 0;
      for (let t = 1; t < full.vocabulary.length; t++) if (full.postingDocs[t]!.length > full.postingDocs[common]!.length) common = t;
      if (full.vocabulary.length) searchIndex(full, full.vocabulary[common]!.slice(0, 2), { limit: 1 });
      await yieldToPage();
      for (const locale of new Set([feed.meta.defaultLocale, ...feed.meta.locales])) {
        if (full.nameRanks.has(locale)) continue;
        const sorter = new NameSorter(nameComparator(full, locale), full.docs.length);
        while (!sorter.step(INDEX_SLICE_MS)) await yieldToPage();
        full.nameRanks.set(locale, sorter.ranks());
      }
    }).catch(() => {});
  }
  return {
    feed,
    ready,
    get: (id) => {
      const d = builder.base.docIndexById.get(id);
      return d === undefined ? undefined : feed.resources[d];
    },
    search: (query, options) => {
      if (index) return Promise.resolve(searchIndex(index, query, options));
      // Listing needs no words, and text without a searchable word finds
      // nothing: either way the answer comes before the index.
      if ((query ?? '').trim() === '' || queryTerms(query ?? '').length === 0) {
        return Promise.resolve(searchIndex(builder.base, query, options));
      }
      return ready.then(() => searchIndex(index!, query, options));
    },
  };
}

/** The query, read: its words, the places it names, the distress it speaks of. */
interface ReadQuery {
  readonly words: readonly string[];
  readonly places: readonly PlaceInQuery[];
  readonly distress: readonly DistressKind[];
}

function readQuery(index: SearchIndex, query: string, withPlaces: boolean): ReadQuery {
  const distress = readDistress(query);
  if (!withPlaces) return { words: queryTerms(query), places: [], distress };
  const g = ((index.memo.gazetteer as Gazetteer | undefined) ??= gazetteer(index.feed));
  const { places, rest } = readPlaces(g, placeWords(query.slice(0, 200)));
  return { words: places.length ? queryTerms(rest.join(' ')) : queryTerms(query), places, distress };
}

/** The synchronous search behind `Finder.search`; exported for workers and tests. */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const read = readQuery(index, query ?? '', true);
  const results = searchRead(index, query ?? '', read, options);
  // A place that has nothing answering the words: what answers them
  // elsewhere, nearest to that place first, rather than nothing or something else.
  if (!results || (results.total === 0 && read.places.length)) {
    const from = placeCentroid(index, read.places.flatMap((p) => p.regions));
    return searchRead(index, query ?? '', { ...read, places: [] }, options, from)!;
  }
  return results;
}

/** A place named in a query whose best answer scores below this share of the best anywhere has nothing for the words. */
const PLACE_MIN_SHARE = 0.1;

/** How many records answering a distress are brought from elsewhere when none serves the place. */
const ELSEWHERE = 3;
/** Their rank for locality: after every record that serves the place (`places.ts`). */
const ELSEWHERE_RANK = 1_000;

/** The centroid of the first of these regions (or of its nearest ancestor) that has one. */
function placeCentroid(index: SearchIndex, ids: readonly string[]): LatLon | undefined {
  for (const id of ids) {
    for (const a of ancestors(index.places, id)) {
      const c = index.regionsById.get(a)?.centroid;
      if (c) return c;
    }
  }
  return undefined;
}

/** How far a record is from a point: its nearest location, else the centroid of its region. */
function kmFrom(index: SearchIndex, d: number, from: LatLon): number {
  const resource = index.docs[d]!;
  const km = nearestKm(resource, from);
  if (km !== undefined) return km;
  const at = placeCentroid(index, resource.regions);
  return at ? distanceKm(from, at) : Infinity;
}

function nearestKm(resource: Resource, near: LatLon): number | undefined {
  let bestKm: number | undefined;
  for (const l of resource.locations) {
    if (l.confidential || typeof l.lat !== 'number' || typeof l.lon !== 'number') continue;
    const km = distanceKm(near, { lat: l.lat, lon: l.lon });
    if (bestKm === undefined || km < bestKm) bestKm = km;
  }
  return bestKm;
}

/**
 * Every document's open state at a wall-clock minute. Kept for the minute:
 * a resident typing a query asks the same minute many times.
 */
function openStates(index: SearchIndex, clock: WallClock): Uint8Array {
  const key = `${clock.date} ${clock.minutes}`;
  const cached = index.openCache;
  if (cached.key === key) return cached.states;
  const states = new Uint8Array(index.docs.length);
  for (let d = 0; d < index.docs.length; d++) {
    const o = openAtClock(index.docs[d]!, clock);
    states[d] = o === undefined ? OPEN_UNKNOWN : o ? OPEN : CLOSED;
  }
  cached.key = key;
  cached.states = states;
  return states;
}

/** Each document's folded towns (its addresses' cities), for a town named in a query. */
function townsOf(index: SearchIndex): readonly (readonly string[])[] {
  return ((index.memo.towns as string[][] | undefined) ??= index.docs.map((r) =>
    r.locations.map((l) => (l.address?.city ? placeWords(l.address.city).join(' ') : '')).filter(Boolean),
  ));
}

/** The search of a read query; `undefined` when the places it names have nothing that answers its words. */
function searchRead(index: SearchIndex, query: string, read: ReadQuery, options: SearchOptions, nearestTo?: LatLon): SearchResults | undefined {
  const feed = index.feed;
  const locale = options.locale ?? feed.meta.defaultLocale;
  const filters = options.filters ?? {};
  const limit = Math.max(0, Math.floor(options.limit ?? SEARCH_DEFAULTS.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? SEARCH_DEFAULTS.offset));
  const at = options.at ?? new Date();
  const { words, places, distress } = read;
  const placeIds = [...new Set(places.flatMap((p) => p.regions))];
  // Text that holds no searchable word (one letter, only stop words) finds
  // nothing rather than everything; a place alone lists what serves it.
  const hasText = query.trim() !== '' && !(words.length === 0 && placeIds.length > 0 && distress.length === 0);
  const n = index.docs.length;

  // 1. Candidates: the records that answer the words, and those that answer
  //    the distress the query speaks of; every record when browsing.
  const scratch = scratchOf(index);
  let scored: Scored | undefined;
  let candidates: Int32Array | undefined;
  let top = 0;
  let wanted = 0;
  let masks: Uint8Array | undefined;
  const open = openStates(index, wallClock(at, feed.meta.timezone));
  if (hasText) {
    scored = scoreWords(index, words.length ? expansionsOf(index, words) : [], scratch);
    const filtering = placeIds.length > 0 || filters.openNow === true || FACET_DIMENSIONS.some((dim) => filters[dim]?.length);
    const among = filtering ? filterAndCount(index, scored.touched, filters, placeIds, open).results : undefined;
    if (placeIds.length && !read.distress.length) {
      // Judged as a counsellor would: does the place have something that
      // answers the words about as well as the best found anywhere?
      const elsewhere = filterAndCount(index, scored.touched, filters, [], open).results;
      const here = focus(scored, scratch, among).top;
      if (
        bestCover(scratch, among!) < bestCover(scratch, elsewhere) * SEARCH_DEFAULTS.minRelativeCover ||
        here < focus(scored, scratch, elsewhere).top * PLACE_MIN_SHARE
      ) {
        clearScratch(scratch, scored.touched);
        return undefined;
      }
    }
    ({ hits: candidates, top } = focus(scored, scratch, among));
    for (const kind of distress) wanted |= distressBit(kind);
    if (wanted) {
      masks = (index.memo.distress as Uint8Array | undefined) ??= distressMasks(feed);
      const { mark } = scratch;
      let list: Int32Array = new Int32Array(Math.max(16, candidates.length * 2));
      list.set(candidates);
      let size = candidates.length;
      for (let c = 0; c < candidates.length; c++) mark[candidates[c]!] = 1;
      for (let d = 0; d < n; d++) {
        if (mark[d] || distressTier(masks[d]!, wanted) === 2) continue;
        if (size === list.length) list = grow(list);
        list[size++] = d;
      }
      for (let c = 0; c < candidates.length; c++) mark[candidates[c]!] = 0;
      candidates = list.subarray(0, size);
    }
  }
  const tierOf = (d: number): number => (masks ? distressTier(masks[d]!, wanted) : 2);
  const scores = scratch.total;

  try {
    // 2. Filters and facets; the places the query names filter too.
    let filtered = filterAndCount(index, candidates, filters, placeIds, open, masks ? (d) => tierOf(d) < 2 : undefined);
    // Crisis help from elsewhere rather than none where the resident is: for
    // each tier (what answers this distress, then crisis help in general)
    // that has nothing serving the place, the nearest that answer it.
    const elsewhere = new Map<number, number>(); // document → km from the place
    if (masks && (filters.regions?.length || placeIds.length)) {
      const kept = new Set(filtered.results);
      const from = placeCentroid(index, [...(filters.regions ?? []), ...placeIds]);
      for (const tier of [0, 1]) {
        if (Array.from(filtered.results).some((d) => tierOf(d) === tier)) continue;
        const far = Array.from(candidates!)
          .filter((d) => tierOf(d) === tier && !kept.has(d))
          .map((d) => [d, from ? kmFrom(index, d, from) : Infinity] as const)
          .sort((a, b) => a[1] - b[1])
          .slice(0, from ? ELSEWHERE : undefined);
        for (const [d, km] of far) elsewhere.set(d, km);
      }
      if (elsewhere.size) {
        const results = new Int32Array(filtered.results.length + elsewhere.size);
        results.set(filtered.results);
        results.set([...elsewhere.keys()], filtered.results.length);
        filtered = { ...filtered, results };
      }
    }
    const matches = filtered.results;

    // 3. Order: crisis help first when the query speaks of distress; then
    //    relevance in bands, within which the most local (or the nearest)
    //    come first. Only the page asked for is put in order.
    const sort: SortOrder = options.sort ?? (hasText ? 'relevance' : 'name');
    const byName = nameComparator(index, locale);
    const chosen = new Set([...(filters.regions ?? []), ...placeIds]);
    const towns = places.map((p) => p.town).filter((t): t is string => t !== undefined);
    const locality = new Float64Array(n);
    if (chosen.size) {
      const own = index.ownRegions;
      const byList = new Map<number, number>();
      const docTowns = towns.length ? townsOf(index) : undefined;
      for (const d of matches) {
        const l = own.listOf[d]!;
        let rank = byList.get(l);
        if (rank === undefined) byList.set(l, (rank = localityRank(index.places, feed.resources[d]!.regions, chosen)));
        // A record in the very town named comes before the rest of its region.
        locality[d] = docTowns && docTowns[d]!.some((t) => towns.includes(t)) ? rank - 0.5 : rank;
      }
      // Help from elsewhere: after every record that serves the place, nearest first.
      for (const [d, km] of elsewhere) locality[d] = ELSEWHERE_RANK + (Number.isFinite(km) ? km / 10_000 : 1);
    }
    const bandOf = (d: number) => (hasText ? band(scores[d]!, top) : 0);
    const want = offset + limit;
    let distances: Float64Array | undefined;
    let before: (a: number, b: number) => number;
    if (sort === 'distance' && options.near) {
      const near = options.near;
      distances = new Float64Array(n).fill(NaN);
      for (const d of matches) distances[d] = nearestKm(index.docs[d]!, near) ?? NaN;
      const km = distances;
      const kmOf = (d: number) => (Number.isNaN(km[d]!) ? Infinity : km[d]!);
      before = (a, b) => tierOf(a) - tierOf(b) || bandOf(a) - bandOf(b) || kmOf(a) - kmOf(b) || scores[b]! - scores[a]! || byName(a, b);
    } else if (sort === 'name' || !hasText) {
      const local = options.sort !== 'name' && chosen.size > 0;
      before = (a, b) => tierOf(a) - tierOf(b) || (local ? locality[a]! - locality[b]! : 0) || byName(a, b);
    } else if (nearestTo) {
      const km = new Map<number, number>();
      const kmOf = (d: number) => km.get(d) ?? (km.set(d, kmFrom(index, d, nearestTo)), km.get(d)!);
      before = (a, b) => tierOf(a) - tierOf(b) || bandOf(a) - bandOf(b) || kmOf(a) - kmOf(b) || scores[b]! - scores[a]! || byName(a, b);
    } else {
      before = (a, b) => {
        const ta = tierOf(a);
        const tier = ta - tierOf(b);
        if (tier) return tier;
        // Crisis help nearest the resident first; other results by relevance, then place.
        const first = ta < 2 ? locality[a]! - locality[b]! : bandOf(a) - bandOf(b);
        const second = ta < 2 ? bandOf(a) - bandOf(b) : locality[a]! - locality[b]!;
        return first || second || scores[b]! - scores[a]! || byName(a, b);
      };
    }
    const ordered = topK(matches, want, before);
    if (options.near && !distances) {
      distances = new Float64Array(n).fill(NaN);
      for (const d of ordered.subarray(offset)) distances[d] = nearestKm(index.docs[d]!, options.near) ?? NaN;
    }

    // 4. The page, with what a card shows.
    const page = Array.from(ordered.subarray(offset, offset + limit));
    const fallbacks = [feed.meta.defaultLocale];
    const matchedTerms = scored?.terms ?? new Set<string>();
    const items: SearchResult[] = page.map((doc) => {
      const resource = index.docs[doc]!;
      const ranges = (text: typeof resource.name | undefined) => {
        const picked = localize(text, locale, fallbacks);
        return picked && hasText ? highlightRanges(picked.value, matchedTerms) : [];
      };
      const distance = distances && !Number.isNaN(distances[doc]!) ? distances[doc]! : undefined;
      const isOpenNow = open[doc] === OPEN_UNKNOWN ? undefined : open[doc] === OPEN;
      const tier = tierOf(doc);
      const answers = tier === 0 ? distress.find((k) => masks![doc]! & distressBit(k) && k !== 'crisis') ?? 'crisis' : tier === 1 ? 'crisis' : undefined;
      return {
        resource,
        score: hasText ? scores[doc]! : 0,
        ...(distance !== undefined ? { distanceKm: distance } : {}),
        ...(isOpenNow !== undefined ? { openNow: isOpenNow } : {}),
        ...(answers !== undefined ? { distress: answers } : {}),
        highlights: {
          name: ranges(resource.name),
          organization: ranges(resource.organization),
          description: ranges(resource.description),
        },
      };
    });

    return {
      query,
      distress,
      places: placeIds,
      total: matches.length,
      items,
      facets: { ...filtered.facets, openNow: filtered.openCount },
    };
  } finally {
    // Leave the scratch arrays clean for the next search.
    if (scored) clearScratch(scratch, scored.touched);
  }
}
