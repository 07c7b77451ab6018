/**
 * The search index, as searching reads it: an inverted index from normalized
 * terms to resources, with per-field weights; filterable values as small
 * integers; and one {@link IndexState} for what searching works out later.
 * Built by `index-builder.ts`: everything but the words first
 * (`index-base.ts`), then the words (`index-words.ts`).
 *
 * Per keystroke the work is proportional to the vocabulary and to the
 * matching postings, never to "fuzzy-scan every description": fuse.js scores
 * only vocabulary terms that share trigrams with the typed word (`trigrams.ts`).
 */
import type { Category, Feed, Region, Resource } from '../feed/model.js';
import { slot, type IndexState } from './index-state.js';
import type { Places } from '../region-tree.js';

/** How much a word counts depending on where it appears. */
export const FIELD_WEIGHTS = Object.freeze({
  name: 10,
  keywords: 7,
  category: 6,
  categoryKeywords: 5,
  organization: 4,
  parentCategory: 3,
  region: 2,
  city: 2,
  description: 1.5,
});

/** The filters that have facet counts, apart from "open now". */
export type FacetDimension = 'categories' | 'regions' | 'audiences' | 'languages' | 'delivery' | 'cost';
/** The list filters, each with facet counts, in the order a finder shows them and writes them in its address. */
export const FACET_DIMENSIONS: readonly FacetDimension[] = ['categories', 'regions', 'audiences', 'languages', 'delivery', 'cost'];

/** One filterable dimension's values, as small integers per document. */
export interface FacetColumn {
  readonly values: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  /** Per document, the ids of its values (documents with the same values share one array)… */
  readonly docs: readonly Int32Array[];
  /** …which is one of these distinct lists… */
  readonly lists: readonly Int32Array[];
  /** …the one at this position, per document: filters and counts work per list, not per value. */
  readonly listOf: Int32Array;
}

export interface SearchIndex {
  readonly feed: Feed;
  readonly docs: readonly Resource[];
  /** Vocabulary, sorted, for prefix lookups by binary search. */
  readonly vocabulary: readonly string[];
  readonly termIds: ReadonlyMap<string, number>;
  /** For each term id: the documents that contain it… */
  readonly postingDocs: readonly Int32Array[];
  /** …and the weight of the term in each of them. */
  readonly postingWeights: readonly Float32Array[];
  /** For each term id: its inverse document frequency. */
  readonly idf: Float32Array;
  /**
   * Filterable values as small integers, so that filtering and counting
   * facets over 20,000 matches is array work: for each dimension, the value
   * names, and for each document the ids of its values (categories and
   * the places a record serves (`region-tree.ts`), languages reduced to their base tag).
   */
  readonly facets: Readonly<Record<FacetDimension, FacetColumn>>;
  /** Each document's own regions (not the places it serves), for how local it is. */
  readonly ownRegions: FacetColumn;
  /** The region tree. */
  readonly places: Places;
  readonly categoriesById: ReadonlyMap<string, Category>;
  readonly regionsById: ReadonlyMap<string, Region>;
  /**
   * What searching works out once per feed, on first need (place names,
   * synonyms, name order, open states…): shared by the index while its words
   * are indexed and the finished one.
   */
  readonly state: IndexState;
}

const DOC_INDEX = slot<ReadonlyMap<string, number>>('doc-index');

/** Each document's position by its id: only `Finder.get` asks, so it is not made before the first list. */
export function docIndexById(index: SearchIndex): ReadonlyMap<string, number> {
  return index.state.get(DOC_INDEX, () => {
    const byId = new Map<string, number>();
    for (let d = 0; d < index.docs.length; d++) byId.set(index.docs[d]!.id, d);
    return byId;
  });
}
