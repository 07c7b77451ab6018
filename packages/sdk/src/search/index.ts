/**
 * The search index: an inverted index from normalized terms to resources,
 * with per-field weights, plus a trigram index over the vocabulary.
 *
 * Per keystroke the work is proportional to the vocabulary and to the
 * matching postings, never to "fuzzy-scan every description": fuse.js scores
 * only vocabulary terms that share trigrams with the typed word.
 */
import type { Category, Feed, Region, Resource } from '../feed/model.js';
import { terms } from './normalize.js';

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
export const FACET_DIMENSIONS: readonly FacetDimension[] = ['categories', 'regions', 'audiences', 'languages', 'delivery', 'cost'];

export interface FacetColumn {
  readonly values: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  /** Per document, the ids of its values. */
  readonly docs: readonly Int32Array[];
}

function facetColumn(perDoc: readonly (readonly string[])[]): FacetColumn {
  const ids = new Map<string, number>();
  const values: string[] = [];
  const docs = perDoc.map((list) => {
    const out = new Int32Array(list.length);
    list.forEach((value, i) => {
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      out[i] = id;
    });
    return out;
  });
  return { values, ids, docs };
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
  /** Trigram → term ids. */
  readonly trigrams: ReadonlyMap<string, Int32Array>;
  /**
   * Filterable values as small integers, so that filtering and counting
   * facets over 20,000 matches is array work: for each dimension, the value
   * names, and for each document the ids of its values (categories and
   * regions with all their ancestors, languages reduced to their base tag).
   */
  readonly facets: Readonly<Record<FacetDimension, FacetColumn>>;
  readonly categoriesById: ReadonlyMap<string, Category>;
  readonly regionsById: ReadonlyMap<string, Region>;
  readonly docIndexById: ReadonlyMap<string, number>;
  /** Per locale, each document's rank in name order; made on first use. */
  readonly nameRanks: Map<string, Int32Array>;
  /** Every document's open state at the last wall-clock minute asked. */
  readonly openCache: { key: string; states: Uint8Array };
}

function ancestors<T extends { id: string; parent?: string | undefined }>(id: string, byId: ReadonlyMap<string, T>): string[] {
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

function allTexts(text: Readonly<Record<string, string>> | undefined): string {
  return text ? Object.values(text).join(' \n ') : '';
}

function allListed(list: Readonly<Record<string, readonly string[]>> | undefined): string {
  return list ? Object.values(list).flat().join(' \n ') : '';
}

/** The trigrams of a term, padded so that first and last letters count. */
export function trigramsOf(term: string): string[] {
  const padded = ` ${term} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

/** Builds the index of a loaded feed. Pure: the feed is not changed. */
export function buildIndex(feed: Feed): SearchIndex {
  const docs = feed.resources;
  const categoriesById = new Map(feed.categories.map((c) => [c.id, c]));
  const regionsById = new Map(feed.regions.map((r) => [r.id, r]));

  const termIds = new Map<string, number>();
  const vocabulary: string[] = [];
  const docsPerTerm: number[][] = [];
  const weightsPerTerm: number[][] = [];
  const docCategories: string[][] = [];
  const docRegions: string[][] = [];
  const docIndexById = new Map<string, number>();

  // Category and region texts are shared by many resources: fold them once.
  const categoryTerms = new Map<string, { own: string[]; keywords: string[]; parents: string[] }>();
  for (const c of feed.categories) {
    const parents = ancestors(c.id, categoriesById).slice(1);
    categoryTerms.set(c.id, {
      own: terms(allTexts(c.name)),
      keywords: terms(allListed(c.keywords)),
      parents: terms(parents.map((p) => allTexts(categoriesById.get(p)?.name)).join(' \n ')),
    });
  }
  const regionTerms = new Map<string, string[]>();
  for (const r of feed.regions) regionTerms.set(r.id, terms(allTexts(r.name)));

  docs.forEach((doc, d) => {
    docIndexById.set(doc.id, d);
    const weights = new Map<string, number>();
    const add = (list: readonly string[], weight: number) => {
      for (const t of list) {
        const prev = weights.get(t);
        // The best field counts in full, other fields add a little.
        if (prev === undefined) weights.set(t, weight);
        else weights.set(t, Math.max(prev, weight) + Math.min(prev, weight) * 0.1);
      }
    };
    const uniq = (list: string[]) => [...new Set(list)];

    add(uniq(terms(allTexts(doc.name))), FIELD_WEIGHTS.name);
    add(uniq(terms(allListed(doc.keywords))), FIELD_WEIGHTS.keywords);
    if (doc.organization) add(uniq(terms(allTexts(doc.organization))), FIELD_WEIGHTS.organization);
    const cats = new Set<string>();
    for (const c of doc.categories) {
      for (const a of ancestors(c, categoriesById)) cats.add(a);
      const ct = categoryTerms.get(c);
      if (ct) {
        add(uniq(ct.own), FIELD_WEIGHTS.category);
        add(uniq(ct.keywords), FIELD_WEIGHTS.categoryKeywords);
        add(uniq(ct.parents), FIELD_WEIGHTS.parentCategory);
      }
    }
    docCategories.push([...cats]);
    const regs = new Set<string>();
    for (const r of doc.regions) {
      for (const a of ancestors(r, regionsById)) regs.add(a);
      add(uniq(regionTerms.get(r) ?? []), FIELD_WEIGHTS.region);
    }
    docRegions.push([...regs]);
    const cities = doc.locations.map((l) => l.address?.city ?? '').join(' ');
    if (cities.trim()) add(uniq(terms(cities)), FIELD_WEIGHTS.city);
    if (doc.description) add(uniq(terms(allTexts(doc.description))), FIELD_WEIGHTS.description);

    for (const [t, w] of weights) {
      let id = termIds.get(t);
      if (id === undefined) {
        id = vocabulary.length;
        termIds.set(t, id);
        vocabulary.push(t);
        docsPerTerm.push([]);
        weightsPerTerm.push([]);
      }
      docsPerTerm[id]!.push(d);
      weightsPerTerm[id]!.push(w);
    }
  });

  // Sort the vocabulary for prefix search, renumbering term ids.
  const order = vocabulary.map((_, i) => i).sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const sorted = order.map((i) => vocabulary[i]!);
  const sortedIds = new Map(sorted.map((t, i) => [t, i]));
  const postingDocs = order.map((i) => Int32Array.from(docsPerTerm[i]!));
  const postingWeights = order.map((i) => Float32Array.from(weightsPerTerm[i]!));
  const n = docs.length;
  const idf = new Float32Array(sorted.length);
  postingDocs.forEach((p, i) => {
    idf[i] = Math.log(1 + n / p.length);
  });

  const grams = new Map<string, number[]>();
  sorted.forEach((t, i) => {
    if (t.length < 3) return;
    for (const g of new Set(trigramsOf(t))) {
      let list = grams.get(g);
      if (!list) grams.set(g, (list = []));
      list.push(i);
    }
  });
  const trigrams = new Map<string, Int32Array>();
  for (const [g, list] of grams) trigrams.set(g, Int32Array.from(list));

  return {
    feed,
    docs,
    vocabulary: sorted,
    termIds: sortedIds,
    postingDocs,
    postingWeights,
    idf,
    trigrams,
    facets: {
      categories: facetColumn(docCategories),
      regions: facetColumn(docRegions),
      audiences: facetColumn(docs.map((d) => [...new Set(d.audiences)])),
      languages: facetColumn(docs.map((d) => [...new Set(d.languages.map((l) => l.toLowerCase().split('-')[0]!))])),
      delivery: facetColumn(docs.map((d) => [...new Set(d.delivery)])),
      cost: facetColumn(docs.map((d) => (d.cost ? [d.cost] : []))),
    },
    categoriesById,
    regionsById,
    docIndexById,
    nameRanks: new Map(),
    openCache: { key: '', states: new Uint8Array(0) },
  };
}
