/**
 * `createFinder`: search, filters, facets and sorting over a loaded feed.
 * Data flows one way: feed → index (built once) → results.
 */
import type { Feed, Resource } from '../feed/model.js';
import type { Audience, Cost, DeliveryMode } from '../feed/schema.js';
import { distanceKm, type LatLon } from '../geo/distance.js';
import { isOpenAt, wallClock, type WallClock } from '../hours/open.js';
import { SEARCH_DEFAULTS } from '../options.js';
import { localize } from '../text/localize.js';
import { expandTerm } from './expand.js';
import { highlightRanges, type Range } from './highlight.js';
import { buildIndex, FACET_DIMENSIONS, type FacetDimension, type SearchIndex } from './index.js';
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
}


interface Scored {
  doc: number;
  score: number;
  matched: number;
}

/** Relevance: every query term is looked up; a document gets the best of each term's expansions. */
function scoreQuery(index: SearchIndex, words: readonly string[]): { hits: Scored[]; terms: Set<string> } {
  const n = index.docs.length;
  const total = new Float64Array(n);
  const matched = new Uint8Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  const everTouched = new Uint8Array(n);
  const all: number[] = [];
  const matchedTerms = new Set<string>();

  words.forEach((word, i) => {
    const expansions = expandTerm(index, word, i === words.length - 1);
    touched.length = 0;
    for (const { termId, quality } of expansions) {
      matchedTerms.add(index.vocabulary[termId]!);
      const docs = index.postingDocs[termId]!;
      const weights = index.postingWeights[termId]!;
      const idf = index.idf[termId]!;
      for (let p = 0; p < docs.length; p++) {
        const d = docs[p]!;
        const s = quality * weights[p]! * idf;
        if (best[d] === 0) touched.push(d);
        if (s > best[d]!) best[d] = s;
      }
    }
    for (const d of touched) {
      total[d] += best[d]!;
      matched[d]!++;
      best[d] = 0;
      if (!everTouched[d]) {
        everTouched[d] = 1;
        all.push(d);
      }
    }
  });

  const hits: Scored[] = all.map((doc) => ({ doc, score: total[doc]!, matched: matched[doc]! }));
  if (hits.length === 0) return { hits, terms: matchedTerms };
  // Precision: with several words, a record must match at least half of the
  // words that the best records match, and score a fair share of the best.
  const maxMatched = hits.reduce((m, h) => Math.max(m, h.matched), 0);
  const minMatched = Math.max(1, Math.ceil(maxMatched / 2));
  const kept = hits.filter((h) => h.matched >= minMatched);
  const top = kept.reduce((m, h) => Math.max(m, h.score), 0);
  return {
    hits: kept.filter((h) => h.score >= top * SEARCH_DEFAULTS.minRelativeScore || h.matched === maxMatched && h.matched > 1),
    terms: matchedTerms,
  };
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
    const o = isOpenAt(index.docs[d]!, clock);
    states[d] = o === undefined ? OPEN_UNKNOWN : o ? OPEN : CLOSED;
  }
  cached.key = key;
  cached.states = states;
  return states;
}

/** Each document's position in name order for a locale, sorted once and kept. */
function nameRanks(index: SearchIndex, locale: string): Int32Array {
  let ranks = index.nameRanks.get(locale);
  if (!ranks) {
    const fallbacks = [index.feed.meta.defaultLocale];
    const names = index.docs.map((d) => localize(d.name, locale, fallbacks)?.value ?? '');
    const byName = collator(locale);
    const order = names.map((_, i) => i).sort((a, b) => byName.compare(names[a]!, names[b]!) || a - b);
    ranks = new Int32Array(names.length);
    order.forEach((doc, position) => {
      ranks![doc] = position;
    });
    index.nameRanks.set(locale, ranks);
  }
  return ranks;
}

/**
 * Creates a finder over a loaded feed. The index is built once, here.
 *
 * @example
 * const feed = await loadFeed('https://example.org/feed.json');
 * const finder = createFinder(feed);
 * const { total, items } = await finder.search('popote roulante', { locale: 'fr', filters: { regions: ['kamouraska'] } });
 */
export function createFinder(feed: Feed): Finder {
  const index = buildIndex(feed);
  return {
    feed,
    get: (id) => {
      const d = index.docIndexById.get(id);
      return d === undefined ? undefined : index.docs[d];
    },
    search: (query, options) => Promise.resolve(searchIndex(index, query, options)),
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
  let candidates: Scored[];
  let matchedTerms = new Set<string>();
  if (hasQuery) {
    const scored = scoreQuery(index, words);
    candidates = scored.hits;
    matchedTerms = scored.terms;
  } else {
    candidates = index.docs.map((_, doc) => ({ doc, score: 0, matched: 0 }));
  }

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
  const results: Scored[] = [];
  for (let c = 0; c < candidates.length; c++) {
    const d = candidates[c]!.doc;
    let failed = -1;
    let failures = 0;
    for (let s = 0; s < selections.length && failures < 2; s++) {
      const { k, selected } = selections[s]!;
      const ids = columns[k]![d]!;
      let pass = false;
      for (let i = 0; i < ids.length; i++) {
        if (selected[ids[i]!]) {
          pass = true;
          break;
        }
      }
      if (!pass) {
        failures++;
        failed = k;
      }
    }
    if (failures < 2 && openNowFilter && open[d] !== OPEN) {
      failures++;
      failed = OPEN_NOW;
    }
    if (failures > 1) continue;
    if (failures === 0) results.push(candidates[c]!);
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
    counts[FACET_DIMENSIONS.indexOf(dim)]!.forEach((n, id) => {
      if (n > 0) out[values[id]!] = n;
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

  // 4. Order.
  const sort: SortOrder = options.sort ?? (hasQuery ? 'relevance' : 'name');
  const distances = new Map<number, number | undefined>();
  if (options.near) for (const r of results) distances.set(r.doc, nearestKm(index.docs[r.doc]!, options.near));
  const rank = nameRanks(index, locale);
  if (sort === 'distance' && options.near) {
    results.sort((a, b) => {
      const da = distances.get(a.doc) ?? Infinity;
      const db = distances.get(b.doc) ?? Infinity;
      return da - db || b.score - a.score || rank[a.doc]! - rank[b.doc]!;
    });
  } else if (sort === 'name' || !hasQuery) {
    results.sort((a, b) => rank[a.doc]! - rank[b.doc]!);
  } else {
    results.sort((a, b) => b.matched - a.matched || b.score - a.score || rank[a.doc]! - rank[b.doc]!);
  }

  // 5. The page, with what a card shows.
  const page = results.slice(offset, offset + limit);
  const fallbacks = [feed.meta.defaultLocale];
  const items: SearchResult[] = page.map(({ doc, score }) => {
    const resource = index.docs[doc]!;
    const ranges = (text: typeof resource.name | undefined) => {
      const picked = localize(text, locale, fallbacks);
      return picked && hasQuery ? highlightRanges(picked.value, matchedTerms) : [];
    };
    const distance = distances.get(doc);
    const isOpenNow = openAt(doc);
    return {
      resource,
      score,
      ...(distance !== undefined ? { distanceKm: distance } : {}),
      ...(isOpenNow !== undefined ? { openNow: isOpenNow } : {}),
      highlights: {
        name: ranges(resource.name),
        organization: ranges(resource.organization),
        description: ranges(resource.description),
      },
    };
  });

  return { query: query ?? '', total: results.length, items, facets };
}
