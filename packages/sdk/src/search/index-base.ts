/**
 * The first step of building an index: everything but the words. Enough to
 * list, filter and count facets at once, while the words are indexed in the
 * background (`index-words.ts`).
 */
import type { Feed } from '../feed/model.js';
import { baseLanguage } from '../text/localize.js';
import { IndexState } from './index-state.js';
import { regionTree, servedPlaces } from '../region-tree.js';
import type { FacetColumn, SearchIndex } from './search-index.js';

/** A feed's index without its words: an empty vocabulary, the facets, the trees, a new state. */
export function baseIndex(feed: Feed): SearchIndex {
  const docs = feed.resources;
  const categoriesById = new Map(feed.categories.map((c) => [c.id, c]));
  const regionsById = new Map(feed.regions.map((r) => [r.id, r]));
  const places = regionTree(feed.regions);
  return {
    feed,
    docs,
    vocabulary: [],
    termIds: new Map(),
    postingDocs: [],
    postingWeights: [],
    idf: new Float32Array(0),
    facets: {
      categories: facetColumn(docs, (d) => d.categories, withAncestors(categoriesById)),
      regions: facetColumn(docs, (d) => d.regions, (own) => servedPlaces(places, own)),
      audiences: facetColumn(docs, (d) => d.audiences, distinct),
      languages: facetColumn(docs, (d) => d.languages, (list) => distinct(list.map(baseLanguage))),
      delivery: facetColumn(docs, (d) => d.delivery, distinct),
      cost: facetColumn(docs, (d) => (d.cost ? [d.cost] : NONE), distinct),
    },
    ownRegions: facetColumn(docs, (d) => d.regions, distinct),
    places,
    categoriesById,
    regionsById,
    state: new IndexState(),
  };
}

/** An entry of a tree and its ancestors, itself first; ids the tree lacks end the walk. */
export function ancestors<T extends { id: string; parent?: string | undefined }>(id: string, byId: ReadonlyMap<string, T>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let current = byId.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    out.push(current.id);
    current = current.parent !== undefined ? byId.get(current.parent) : undefined;
  }
  return out;
}

/** A list of categories or regions with all their ancestors. */
const withAncestors = (byId: ReadonlyMap<string, { id: string; parent?: string | undefined }>) => (ids: readonly string[]) => {
  const set = new Set<string>();
  for (const id of ids) for (const a of ancestors(id, byId)) set.add(a);
  return [...set];
};

const distinct = (list: readonly string[]): string[] => [...new Set(list)];
const NONE: readonly string[] = [];

/**
 * Builds a facet column. Documents with the same raw list share one array,
 * and `values` (which dedupes and maps a raw list) runs once per distinct list.
 */
function facetColumn<T>(docs: readonly T[], raw: (doc: T) => readonly string[], values: (list: readonly string[]) => readonly string[]): FacetColumn {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const shared = new Map<string, number>();
  const lists: Int32Array[] = [];
  const listOf = new Int32Array(docs.length);
  const perDoc: Int32Array[] = new Array(docs.length);
  for (let d = 0; d < docs.length; d++) {
    const list = raw(docs[d]!);
    const key = list.length === 1 ? list[0]! : list.join('\u0000');
    let at = shared.get(key);
    if (at === undefined) {
      const kept = values(list);
      const out = new Int32Array(kept.length);
      for (let i = 0; i < kept.length; i++) {
        const value = kept[i]!;
        let id = ids.get(value);
        if (id === undefined) {
          id = names.length;
          ids.set(value, id);
          names.push(value);
        }
        out[i] = id;
      }
      at = lists.length;
      lists.push(out);
      shared.set(key, at);
    }
    listOf[d] = at;
    perDoc[d] = lists[at]!;
  }
  return { values: names, ids, docs: perDoc, lists, listOf };
}
