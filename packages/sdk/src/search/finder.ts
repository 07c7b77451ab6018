/**
 * `createFinder`: search, filters, facets and sorting over a loaded feed.
 * Data flows one way: feed → index (built once) → results.
 */
import type { Feed, Resource } from '../feed/model.js';
import type { Audience, Cost, DeliveryMode } from '../feed/vocabulary.js';
import { distanceKm, type LatLon } from '../geo/distance.js';
import { openAtClock, wallClock, type WallClock } from '../hours/open.js';
import { SEARCH_DEFAULTS } from '../options.js';
import { localize } from '../text/localize.js';
import { expandTerm } from './expand.js';
import { highlightRanges, type Range } from './highlight.js';
import { FACET_DIMENSIONS, IndexBuilder, type FacetDimension, type SearchIndex } from './index.js';
import { queryTerms } from './normalize.js';

/** Filters: values within one filter are alternatives (OR); filters combine (AND). */
export interface SearchFilters {
  /** Category ids; a category includes its descendants. */
  readonly categories?: readonly string[];
  /** Region ids; a region includes its descendants (MRCs, cities). */
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
 * Per-document scratch arrays, reused from one search to the next (searching
 * is synchronous): a keystroke allocates nothing in proportion to the feed.
 */
interface Scratch {
  /** Each document's score for the query, and how many query words it matched. */
  readonly total: Float64Array;
  readonly matched: Uint8Array;
  /** The best expansion of the current word for each document. */
  readonly best: Float64Array;
  /** 1 for documents that pass every filter. */
  readonly pass: Uint8Array;
}
const scratches = new WeakMap<readonly Resource[], Scratch>();
function scratchOf(index: SearchIndex): Scratch {
  let s = scratches.get(index.docs);
  if (!s) {
    const n = index.docs.length;
    s = { total: new Float64Array(n), matched: new Uint8Array(n), best: new Float64Array(n), pass: new Uint8Array(n) };
    scratches.set(index.docs, s);
  }
  return s;
}

/**
 * Relevance: every query term is looked up; a document gets the best of each
 * term's expansions. Leaves each kept document's score and matched words in
 * `scratch.total` and `scratch.matched` (the caller clears them).
 */
function scoreQuery(index: SearchIndex, words: readonly string[], scratch: Scratch): { hits: Int32Array; all: Int32Array; terms: Set<string> } {
  const { total, matched, best } = scratch;
  let all: Int32Array = new Int32Array(64);
  let count = 0;
  let touched: Int32Array = new Int32Array(64);
  const matchedTerms = new Set<string>();

  words.forEach((word, i) => {
    const expansions = expandTerm(index, word, i === words.length - 1);
    let t = 0;
    for (const { termId, quality } of expansions) {
      matchedTerms.add(index.vocabulary[termId]!);
      const docs = index.postingDocs[termId]!;
      const weights = index.postingWeights[termId]!;
      const factor = quality * index.idf[termId]!;
      for (let p = 0; p < docs.length; p++) {
        const d = docs[p]!;
        const s = factor * weights[p]!;
        if (best[d] === 0) {
          if (t === touched.length) touched = grow(touched);
          touched[t++] = d;
        }
        if (s > best[d]!) best[d] = s;
      }
    }
    for (let k = 0; k < t; k++) {
      const d = touched[k]!;
      if (matched[d] === 0) {
        if (count === all.length) all = grow(all);
        all[count++] = d;
      }
      total[d] += best[d]!;
      matched[d]!++;
      best[d] = 0;
    }
  });

  all = all.subarray(0, count);
  if (count === 0) return { hits: all, all, terms: matchedTerms };
  // Precision: with several words, a record must match at least half of the
  // words that the best records match, and score a fair share of the best.
  let maxMatched = 0;
  for (let k = 0; k < count; k++) if (matched[all[k]!]! > maxMatched) maxMatched = matched[all[k]!]!;
  const minMatched = Math.max(1, Math.ceil(maxMatched / 2));
  let top = 0;
  for (let k = 0; k < count; k++) {
    const d = all[k]!;
    if (matched[d]! >= minMatched && total[d]! > top) top = total[d]!;
  }
  const floor = top * SEARCH_DEFAULTS.minRelativeScore;
  const hits = new Int32Array(count);
  let h = 0;
  for (let k = 0; k < count; k++) {
    const d = all[k]!;
    const m = matched[d]!;
    if (m >= minMatched && (total[d]! >= floor || (m === maxMatched && m > 1))) hits[h++] = d;
  }
  return { hits: hits.subarray(0, h), all, terms: matchedTerms };
}

function grow(list: Int32Array): Int32Array {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}

/**
 * The first `k` of `list` in the order of `before`, sorted, without sorting
 * the whole list when it is much longer than `k` (a page of 20 among 10,000
 * matches): a bounded max-heap of the best `k` so far.
 */
export function topK(list: Int32Array, k: number, before: (a: number, b: number) => number): Int32Array {
  if (k <= 0) return new Int32Array(0);
  if (list.length <= k * 4 + 32) return Int32Array.from(list).sort(before).subarray(0, k);
  const heap = new Int32Array(k);
  let size = 0;
  // heap[0] is the worst of the best k: replaced when a better one comes.
  const siftUp = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (before(heap[parent]!, heap[i]!) >= 0) break;
      const t = heap[parent]!;
      heap[parent] = heap[i]!;
      heap[i] = t;
      i = parent;
    }
  };
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < size && before(heap[l]!, heap[worst]!) > 0) worst = l;
      if (r < size && before(heap[r]!, heap[worst]!) > 0) worst = r;
      if (worst === i) return;
      const t = heap[worst]!;
      heap[worst] = heap[i]!;
      heap[i] = t;
      i = worst;
    }
  };
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (size < k) {
      heap[size] = x;
      siftUp(size++);
    } else if (before(x, heap[0]!) < 0) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap.subarray(0, size).sort(before);
}

function languageBase(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
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

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    try {
      c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    } catch {
      c = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(locale, c);
  }
  return c;
}

const OPEN = 1;
const CLOSED = 2;
const OPEN_UNKNOWN = 3;

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

/** Each document's name in a locale, picked once per locale and kept. */
const namesByIndex = new WeakMap<readonly Resource[], Map<string, string[]>>();
function namesIn(index: SearchIndex, locale: string): string[] {
  let byLocale = namesByIndex.get(index.docs);
  if (!byLocale) namesByIndex.set(index.docs, (byLocale = new Map()));
  let names = byLocale.get(locale);
  if (!names) {
    const fallbacks = [index.feed.meta.defaultLocale];
    names = index.docs.map((d) => localize(d.name, locale, fallbacks)?.value ?? '');
    byLocale.set(locale, names);
  }
  return names;
}

/**
 * Name order for a locale: by the locale's collation, then feed order. Only
 * the page asked for is ever put in order (see {@link topK}), so a list of
 * 20,000 resources costs one comparison per resource, not a full sort.
 */
function nameComparator(index: SearchIndex, locale: string): (a: number, b: number) => number {
  const ranks = index.nameRanks.get(locale);
  if (ranks) return (a, b) => ranks[a]! - ranks[b]!;
  const names = namesIn(index, locale);
  const byName = collator(locale);
  return (a, b) => byName.compare(names[a]!, names[b]!) || a - b;
}

/**
 * Sorts documents by name in slices (a bottom-up merge sort that can stop
 * anywhere), so that a feed of 50,000 records gets its name order in the
 * background, a few milliseconds at a time, then lists in order with no
 * comparison of names at all.
 */
export class NameSorter {
  private src: Int32Array;
  private dst: Int32Array;
  private width = 0;
  /** Merge cursor: the pair being merged and where each side stands. */
  private lo = 0;
  private i = 0;
  private j = 0;
  private k = 0;
  private readonly n: number;

  constructor(private readonly before: (a: number, b: number) => number, n: number) {
    this.n = n;
    this.src = new Int32Array(n);
    for (let d = 0; d < n; d++) this.src[d] = d;
    this.dst = new Int32Array(n);
  }

  /** Sorts for about `budgetMs`; returns whether the order is complete. */
  step(budgetMs = Infinity): boolean {
    const { n, before } = this;
    const until = budgetMs === Infinity ? Infinity : clock() + budgetMs;
    const RUN = 16;
    let ops = 0;
    // First, runs of 16 by insertion.
    while (this.width === 0) {
      const start = this.lo;
      const end = Math.min(n, start + RUN);
      const a = this.src;
      for (let x = start + 1; x < end; x++) {
        const v = a[x]!;
        let y = x - 1;
        while (y >= start && before(a[y]!, v) > 0) {
          a[y + 1] = a[y]!;
          y--;
        }
        a[y + 1] = v;
      }
      this.lo = end;
      if (end >= n) {
        this.width = RUN;
        this.startPair(0);
      }
      if ((ops += RUN) >= 512) {
        ops = 0;
        if (clock() >= until) return false;
      }
    }
    // Then merges of ever wider runs, from src into dst.
    while (this.width < n) {
      const { src, dst } = this;
      const mid = Math.min(this.lo + this.width, n);
      const hi = Math.min(this.lo + 2 * this.width, n);
      let { i, j, k } = this;
      while (k < hi) {
        if (i < mid && (j >= hi || before(src[i]!, src[j]!) <= 0)) dst[k++] = src[i++]!;
        else dst[k++] = src[j++]!;
        if ((++ops & 1023) === 0 && clock() >= until) {
          this.i = i;
          this.j = j;
          this.k = k;
          return false;
        }
      }
      if (hi >= n) {
        this.src = dst;
        this.dst = src;
        this.width *= 2;
        this.startPair(0);
      } else this.startPair(hi);
    }
    return true;
  }

  private startPair(lo: number): void {
    this.lo = lo;
    this.i = lo;
    this.j = Math.min(lo + this.width, this.n);
    this.k = lo;
  }

  /** Each document's position in the order (once `step` returned true). */
  ranks(): Int32Array {
    const ranks = new Int32Array(this.n);
    for (let p = 0; p < this.n; p++) ranks[this.src[p]!] = p;
    return ranks;
  }
}

const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

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

/** The synchronous search behind `Finder.search`; exported for workers and tests. */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const feed = index.feed;
  const locale = options.locale ?? feed.meta.defaultLocale;
  const filters = options.filters ?? {};
  const limit = Math.max(0, Math.floor(options.limit ?? SEARCH_DEFAULTS.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? SEARCH_DEFAULTS.offset));
  const at = options.at ?? new Date();
  const words = queryTerms(query ?? '');
  // Text that holds no searchable word (one letter, only stop words) finds
  // nothing rather than everything.
  const hasQuery = (query ?? '').trim() !== '';

  // 1. Candidates: the query's matches, or every resource when browsing.
  const n = index.docs.length;
  const scratch = scratchOf(index);
  const { total: scores, matched, pass } = scratch;
  let candidates: Int32Array | undefined; // undefined: every document
  let touched: Int32Array | undefined;
  let matchedTerms = new Set<string>();
  if (hasQuery) {
    const scored = scoreQuery(index, words, scratch);
    candidates = scored.hits;
    touched = scored.all;
    matchedTerms = scored.terms;
  }
  const candidateCount = candidates ? candidates.length : n;

  try {
    // 2. Filters, as a selection over each dimension's value ids.
    const open = openStates(index, wallClock(at, feed.meta.timezone));
    const openAt = (d: number): boolean | undefined => (open[d] === OPEN_UNKNOWN ? undefined : open[d] === OPEN);
    const dims = FACET_DIMENSIONS.length;
    const columns = FACET_DIMENSIONS.map((dim) => index.facets[dim].docs);
    const selections: { k: number; selected: Uint8Array }[] = [];
    FACET_DIMENSIONS.forEach((dim, k) => {
      const wanted = filters[dim];
      if (!wanted || wanted.length === 0) return;
      const column = index.facets[dim];
      const selected = new Uint8Array(column.values.length);
      for (const value of wanted) {
        const id = column.ids.get(dim === 'languages' ? languageBase(value) : value);
        if (id !== undefined) selected[id] = 1;
      }
      selections.push({ k, selected });
    });
    const OPEN_NOW = dims; // the "open now" filter's slot after the facet dimensions
    const openNowFilter = filters.openNow === true;

    // 3. Facets: each dimension counted with every other filter applied, so a
    //    resident sees what choosing a value would give.
    const counts = FACET_DIMENSIONS.map((dim) => new Int32Array(index.facets[dim].values.length));
    let openCount = 0;
    const results = new Int32Array(candidateCount);
    let resultCount = 0;
    for (let c = 0; c < candidateCount; c++) {
      const d = candidates ? candidates[c]! : c;
      let failed = -1;
      let failures = 0;
      for (let s = 0; s < selections.length && failures < 2; s++) {
        const { k, selected } = selections[s]!;
        const ids = columns[k]![d]!;
        let ok = false;
        for (let i = 0; i < ids.length; i++) {
          if (selected[ids[i]!]) {
            ok = true;
            break;
          }
        }
        if (!ok) {
          failures++;
          failed = k;
        }
      }
      if (failures < 2 && openNowFilter && open[d] !== OPEN) {
        failures++;
        failed = OPEN_NOW;
      }
      if (failures > 1) continue;
      if (failures === 0) {
        results[resultCount++] = d;
        pass[d] = 1;
      }
      for (let k = 0; k < dims; k++) {
        if (failures !== 0 && failed !== k) continue;
        const ids = columns[k]![d]!;
        const count = counts[k]!;
        for (let i = 0; i < ids.length; i++) count[ids[i]!]!++;
      }
      if ((failures === 0 || failed === OPEN_NOW) && open[d] === OPEN) openCount++;
    }
    const toRecord = (dim: FacetDimension): Record<string, number> => {
      const out: Record<string, number> = {};
      const { values } = index.facets[dim];
      counts[FACET_DIMENSIONS.indexOf(dim)]!.forEach((count, id) => {
        if (count > 0) out[values[id]!] = count;
      });
      return out;
    };
    const facets: Facets = {
      categories: toRecord('categories'),
      regions: toRecord('regions'),
      audiences: toRecord('audiences'),
      languages: toRecord('languages'),
      delivery: toRecord('delivery'),
      cost: toRecord('cost'),
      openNow: openCount,
    };

    // 4. Order: only the page asked for is put in order.
    const matches = results.subarray(0, resultCount);
    const sort: SortOrder = options.sort ?? (hasQuery ? 'relevance' : 'name');
    const want = offset + limit;
    const byName = nameComparator(index, locale);
    let distances: Float64Array | undefined;
    let ordered: Int32Array;
    if (sort === 'distance' && options.near) {
      const near = options.near;
      distances = new Float64Array(n).fill(NaN);
      for (const d of matches) distances[d] = nearestKm(index.docs[d]!, near) ?? NaN;
      const km = distances;
      ordered = topK(matches, want, (a, b) => {
        const da = Number.isNaN(km[a]!) ? Infinity : km[a]!;
        const db = Number.isNaN(km[b]!) ? Infinity : km[b]!;
        return da - db || scores[b]! - scores[a]! || byName(a, b);
      });
    } else if (sort === 'name' || !hasQuery) {
      ordered = topK(matches, want, byName);
    } else {
      ordered = topK(matches, want, (a, b) => matched[b]! - matched[a]! || scores[b]! - scores[a]! || byName(a, b));
    }
    if (options.near && !distances) {
      distances = new Float64Array(n).fill(NaN);
      for (const d of ordered.subarray(offset)) distances[d] = nearestKm(index.docs[d]!, options.near) ?? NaN;
    }

    // 5. The page, with what a card shows.
    const page = Array.from(ordered.subarray(offset, offset + limit));
    const fallbacks = [feed.meta.defaultLocale];
    const items: SearchResult[] = page.map((doc) => {
      const resource = index.docs[doc]!;
      const ranges = (text: typeof resource.name | undefined) => {
        const picked = localize(text, locale, fallbacks);
        return picked && hasQuery ? highlightRanges(picked.value, matchedTerms) : [];
      };
      const distance = distances && !Number.isNaN(distances[doc]!) ? distances[doc]! : undefined;
      const isOpenNow = openAt(doc);
      return {
        resource,
        score: hasQuery ? scores[doc]! : 0,
        ...(distance !== undefined ? { distanceKm: distance } : {}),
        ...(isOpenNow !== undefined ? { openNow: isOpenNow } : {}),
        highlights: {
          name: ranges(resource.name),
          organization: ranges(resource.organization),
          description: ranges(resource.description),
        },
      };
    });

    return { query: query ?? '', total: resultCount, items, facets };
  } finally {
    // Leave the scratch arrays clean for the next search.
    if (touched) {
      for (let k = 0; k < touched.length; k++) {
        const d = touched[k]!;
        scores[d] = 0;
        matched[d] = 0;
        pass[d] = 0;
      }
    } else pass.fill(0);
  }
}

