/**
 * One search, in steps: the query is read (its words, the places it names,
 * the distress it speaks of), records are scored (`relevance.ts`), filtered
 * and counted (`filter.ts`), put in order (`order.ts`), and the page asked
 * for is made into results.
 */
import type { DistressKind } from '../feed/vocabulary.js';
import type { LatLon } from '../geo/distance.js';
import { wallClock } from '../hours/open.js';
import { openAtInstant } from '../hours/open-at.js';
import { SEARCH_DEFAULTS } from '../options.js';
import { localize } from '../text/localize.js';
import { distressBit, distressMasks, distressTier, readDistress } from './distress.js';
import { filterAndCount, OPEN, OPEN_UNKNOWN, openStates } from './filter.js';
import type { SearchOptions, SearchResult, SearchResults, SortOrder } from './finder.js';
import { highlightRanges } from './highlight.js';
import { slot } from './index-state.js';
import { FACET_DIMENSIONS, type SearchIndex } from './search-index.js';
import { nameComparator } from './names.js';
import { kmFrom, nearestKm, placeCentroid, townsOf } from './nearby.js';
import { foldedWords, queryTerms } from './normalize.js';
import { topK } from './order.js';
import { gazetteer, localityRank, readPlaces, type Gazetteer, type PlaceInQuery } from './places.js';
import { band, bestCover, clearScratch, expansionsOf, focus, grow, scoreWords, scratchOf, type Scored } from './relevance.js';

/** The query, read: its words, the places it names, the distress it speaks of. */
interface ReadQuery {
  readonly words: readonly string[];
  readonly places: readonly PlaceInQuery[];
  readonly distress: readonly DistressKind[];
  /** Let services' words bridge languages even for words the feed uses (`relevance.ts`). */
  readonly bridge?: boolean;
}

const GAZETTEER = slot<Gazetteer>('gazetteer');
const DISTRESS = slot<Uint8Array>('distress');
const gazetteerOf = (index: SearchIndex) => index.state.get(GAZETTEER, () => gazetteer(index.feed));
const distressOf = (index: SearchIndex) => index.state.get(DISTRESS, () => distressMasks(index.feed));

/**
 * What searching works out once per feed, as separate steps, so that a
 * finder can do them between other work rather than on the first keystroke.
 */
export function searchPreparation(index: SearchIndex): (() => void)[] {
  return [() => gazetteerOf(index), () => expansionsOf(index, []), () => distressOf(index), () => readDistress('crise')];
}

function readQuery(index: SearchIndex, query: string): ReadQuery {
  // Browsing: nothing to read (and no place names or lexicon to fold for it).
  if (query.trim() === '') return { words: [], places: [], distress: [] };
  const distress = readDistress(query);
  const g = gazetteerOf(index);
  const { places, rest } = readPlaces(g, foldedWords(query.slice(0, 200)));
  return { words: places.length ? queryTerms(rest.join(' ')) : queryTerms(query), places, distress };
}

/** The synchronous search behind `Finder.search`; exported for workers and tests. */
export function searchIndex(index: SearchIndex, query: string, options: SearchOptions = {}): SearchResults {
  const read = readQuery(index, query ?? '');
  let results = searchRead(index, query ?? '', read, options);
  // Nothing: the same words in the other language ("banque alimentaire"
  // where the place's food bank is written in English).
  if (results?.total === 0 && read.words.length) results = searchRead(index, query ?? '', { ...read, bridge: true }, options);
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

/** The search of a read query; `undefined` when the places it names have nothing that answers its words. */
function searchRead(index: SearchIndex, query: string, read: ReadQuery, options: SearchOptions, nearestTo?: LatLon): SearchResults | undefined {
  const feed = index.feed;
  const locale = options.locale ?? feed.meta.defaultLocale;
  const filters = options.filters ?? {};
  const limit = Math.max(0, Math.floor(options.limit ?? SEARCH_DEFAULTS.limit));
  const offset = Math.max(0, Math.floor(options.offset ?? SEARCH_DEFAULTS.offset));
  const now = options.at ?? new Date();
  const at = (options.openAt !== undefined && openAtInstant(options.openAt, now, feed.meta.timezone)) || now;
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
    scored = scoreWords(index, words.length ? expansionsOf(index, words, read.bridge) : [], scratch);
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
      masks = distressOf(index);
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
