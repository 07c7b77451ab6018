/**
 * Filters and facet counts over the candidates, as array work: each filter
 * is a selection over a dimension's distinct value lists (`FacetColumn`), so
 * a document is kept or counted by one lookup per filter, whatever the
 * number of values it carries (a province-wide service serves a thousand
 * places).
 */
import { openAtClock, type WallClock } from '../hours/open.js';
import { baseLanguage } from '../text/localize.js';
import { slot } from './index-state.js';
import { FACET_DIMENSIONS, type FacetColumn, type FacetDimension, type SearchIndex } from './search-index.js';
import type { SearchFilters } from './finder.js';

export const OPEN = 1;
export const CLOSED = 2;
export const OPEN_UNKNOWN = 3;

/** Every document's open state at the last wall-clock minute asked. */
const OPEN_STATES = slot<{ key: string; states: Uint8Array }>('open-states');

/**
 * Every document's open state at a wall-clock minute. Kept for the minute:
 * a resident typing a query asks the same minute many times.
 */
export function openStates(index: SearchIndex, clock: WallClock): Uint8Array {
  const key = `${clock.date} ${clock.minutes}`;
  const cached = index.state.get(OPEN_STATES, () => ({ key: '', states: new Uint8Array(0) }));
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

/** Which of a column's distinct lists hold one of the wanted values. */
function listsWith(column: FacetColumn, wanted: readonly string[], dim: FacetDimension | 'place'): Uint8Array {
  const selected = new Uint8Array(column.values.length);
  for (const value of wanted) {
    const id = column.ids.get(dim === 'languages' ? baseLanguage(value) : value);
    if (id !== undefined) selected[id] = 1;
  }
  const ok = new Uint8Array(column.lists.length);
  column.lists.forEach((list, l) => {
    for (let i = 0; i < list.length; i++) {
      if (selected[list[i]!]) {
        ok[l] = 1;
        return;
      }
    }
  });
  return ok;
}

export interface Filtered {
  /** The documents that pass every filter, in candidate order. */
  readonly results: Int32Array;
  /** For each dimension, each value's count with every other filter applied. */
  readonly facets: Readonly<Record<FacetDimension, Record<string, number>>>;
  readonly openCount: number;
}

/**
 * Applies the filters (and the places a query names, which count as a
 * filter with no facet of its own) to the candidates and counts facets.
 * `forced` documents (those that answer a query's distress) pass every filter
 * but the place: crisis help is not hidden by "open now" or a category.
 */
export function filterAndCount(
  index: SearchIndex,
  candidates: Int32Array | undefined,
  filters: SearchFilters,
  queryPlaces: readonly string[],
  open: Uint8Array,
  forced?: (d: number) => boolean,
): Filtered {
  const n = index.docs.length;
  const dims = FACET_DIMENSIONS.length;
  const selections: { k: number; listOf: Int32Array; ok: Uint8Array }[] = [];
  FACET_DIMENSIONS.forEach((dim, k) => {
    const wanted = filters[dim];
    if (!wanted || wanted.length === 0) return;
    const column = index.facets[dim];
    selections.push({ k, listOf: column.listOf, ok: listsWith(column, wanted, dim) });
  });
  const REGIONS = FACET_DIMENSIONS.indexOf('regions');
  const PLACE = dims; // the query's places: a filter without facet counts
  const OPEN_NOW = dims + 1; // "open now": counted apart
  if (queryPlaces.length) {
    const column = index.facets.regions;
    selections.push({ k: PLACE, listOf: column.listOf, ok: listsWith(column, queryPlaces, 'place') });
  }
  const openNowFilter = filters.openNow === true;

  const listCounts = FACET_DIMENSIONS.map((dim) => new Int32Array(index.facets[dim].lists.length));
  let openCount = 0;
  const count = candidates ? candidates.length : n;
  const results = new Int32Array(count);
  let resultCount = 0;
  for (let c = 0; c < count; c++) {
    const d = candidates ? candidates[c]! : c;
    const isForced = forced !== undefined && forced(d);
    let failed = -1;
    let failures = 0;
    for (let s = 0; s < selections.length && failures < 2; s++) {
      const { k, listOf, ok } = selections[s]!;
      if (isForced && k !== REGIONS && k !== PLACE) continue;
      if (!ok[listOf[d]!]) {
        failures++;
        failed = k;
      }
    }
    if (failures < 2 && openNowFilter && !isForced && open[d] !== OPEN) {
      failures++;
      failed = OPEN_NOW;
    }
    if (failures > 1) continue;
    if (failures === 0) results[resultCount++] = d;
    for (let k = 0; k < dims; k++) {
      if (failures !== 0 && failed !== k) continue;
      listCounts[k]![index.facets[FACET_DIMENSIONS[k]!].listOf[d]!]!++;
    }
    if ((failures === 0 || failed === OPEN_NOW) && open[d] === OPEN) openCount++;
  }

  const facets = {} as Record<FacetDimension, Record<string, number>>;
  FACET_DIMENSIONS.forEach((dim, k) => {
    const { values, lists } = index.facets[dim];
    const counts = new Int32Array(values.length);
    listCounts[k]!.forEach((times, l) => {
      if (times === 0) return;
      const list = lists[l]!;
      for (let i = 0; i < list.length; i++) counts[list[i]!] += times;
    });
    const out: Record<string, number> = {};
    counts.forEach((c, id) => {
      if (c > 0) out[values[id]!] = c;
    });
    facets[dim] = out;
  });
  return { results: results.subarray(0, resultCount), facets, openCount };
}
