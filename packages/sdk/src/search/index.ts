/**
 * The search index: an inverted index from normalized terms to resources,
 * with per-field weights, plus a trigram index over the vocabulary.
 *
 * Per keystroke the work is proportional to the vocabulary and to the
 * matching postings, never to "fuzzy-scan every description": fuse.js scores
 * only vocabulary terms that share trigrams with the typed word.
 */
import type { Category, Feed, Region, Resource } from '../feed/model.js';
import { tokens, tokenTerms } from './normalize.js';

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

/** Builds a facet column; documents with the same values share one array. */
function facetColumn(perDoc: readonly (readonly string[])[]): FacetColumn {
  const ids = new Map<string, number>();
  const values: string[] = [];
  const shared = new Map<string, Int32Array>();
  const docs = perDoc.map((list) => {
    const key = list.join('\u0000');
    let out = shared.get(key);
    if (out) return out;
    out = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      const value = list[i]!;
      let id = ids.get(value);
      if (id === undefined) {
        id = values.length;
        ids.set(value, id);
        values.push(value);
      }
      out[i] = id;
    }
    shared.set(key, out);
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

/** Trigram → ids of the terms (of three letters or more) that contain it. */
function buildTrigrams(vocabulary: readonly string[]): Map<string, Int32Array> {
  const grams = new Map<string, number[]>();
  for (let i = 0; i < vocabulary.length; i++) {
    const t = vocabulary[i]!;
    if (t.length < 3) continue;
    for (const g of new Set(trigramsOf(t))) {
      let list = grams.get(g);
      if (!list) grams.set(g, (list = []));
      list.push(i);
    }
  }
  const trigrams = new Map<string, Int32Array>();
  for (const [g, list] of grams) trigrams.set(g, Int32Array.from(list));
  return trigrams;
}

/**
 * Texts to term ids. Tens of thousands of records repeat a few thousand
 * distinct words: each distinct run of letters is folded once, then looked up.
 */
class Terms {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  private readonly runs = new Map<string, number | readonly number[]>();

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** Appends the term ids of a text, in order, with repeats. */
  add(text: string, out: number[]): void {
    const runs = tokens(text);
    for (let i = 0; i < runs.length; i++) {
      const run = runs[i]!;
      let ids = this.runs.get(run);
      if (ids === undefined) {
        const found = tokenTerms(run).map((t) => this.idOf(t));
        ids = found.length === 1 ? found[0]! : found;
        this.runs.set(run, ids);
      }
      if (typeof ids === 'number') out.push(ids);
      else for (let j = 0; j < ids.length; j++) out.push(ids[j]!);
    }
  }

  /** The distinct term ids of a text. */
  of(text: string): number[] {
    const out: number[] = [];
    this.add(text, out);
    return [...new Set(out)];
  }
}

/**
 * A document's term weights, accumulated field by field in a scratch array
 * indexed by term id: no map or set per document.
 */
class Weights {
  weight = new Float64Array(1024);
  /** The last field that counted each term, so that a field counts a term once. */
  stamp = new Int32Array(1024);
  field = 0;
  readonly touched: number[] = [];

  private grow(size: number): void {
    let n = this.weight.length;
    while (n < size) n *= 2;
    const weight = new Float64Array(n);
    weight.set(this.weight);
    const stamp = new Int32Array(n);
    stamp.set(this.stamp);
    this.weight = weight;
    this.stamp = stamp;
  }

  /** Counts a field's terms: the best field counts in full, other fields add a little. */
  add(ids: readonly number[], weight: number, vocabularySize: number): void {
    if (vocabularySize > this.weight.length) this.grow(vocabularySize);
    const field = ++this.field;
    const w = this.weight;
    const stamp = this.stamp;
    for (let i = 0; i < ids.length; i++) {
      const t = ids[i]!;
      if (stamp[t] === field) continue;
      stamp[t] = field;
      const prev = w[t]!;
      if (prev === 0) {
        w[t] = weight;
        this.touched.push(t);
      } else w[t] = Math.max(prev, weight) + Math.min(prev, weight) * 0.1;
    }
  }

  reset(): void {
    for (const t of this.touched) this.weight[t] = 0;
    this.touched.length = 0;
  }
}

/** Builds the index of a loaded feed. Pure: the feed is not changed. */
export function buildIndex(feed: Feed): SearchIndex {
  const docs = feed.resources;
  const n = docs.length;
  const categoriesById = new Map(feed.categories.map((c) => [c.id, c]));
  const regionsById = new Map(feed.regions.map((r) => [r.id, r]));
  const vocab = new Terms();
  const docIndexById = new Map<string, number>();

  // Category and region texts are shared by many resources: fold them once.
  const categoryTerms = new Map<string, { own: number[]; keywords: number[]; parents: number[] }>();
  for (const c of feed.categories) {
    const parents = ancestors(c.id, categoriesById).slice(1);
    categoryTerms.set(c.id, {
      own: vocab.of(allTexts(c.name)),
      keywords: vocab.of(allListed(c.keywords)),
      parents: vocab.of(parents.map((p) => allTexts(categoriesById.get(p)?.name)).join(' \n ')),
    });
  }
  const regionTerms = new Map<string, number[]>();
  for (const r of feed.regions) regionTerms.set(r.id, vocab.of(allTexts(r.name)));
  // Many resources share a list of categories or regions: walk each tree once per list.
  const treeCache = new Map<string, string[]>();
  const withAncestors = (ids: readonly string[], byId: ReadonlyMap<string, { id: string; parent?: string | undefined }>, kind: string): string[] => {
    const key = `${kind}\u0000${ids.join('\u0000')}`;
    let out = treeCache.get(key);
    if (!out) {
      const set = new Set<string>();
      for (const id of ids) for (const a of ancestors(id, byId)) set.add(a);
      treeCache.set(key, (out = [...set]));
    }
    return out;
  };

  // Postings, document by document, in flat growable arrays: term id and weight.
  let postTerm = new Int32Array(Math.max(1024, n * 64));
  let postWeight = new Float32Array(postTerm.length);
  let posts = 0;
  const docStart = new Int32Array(n + 1);
  const docCategories: string[][] = new Array(n);
  const docRegions: string[][] = new Array(n);
  const weights = new Weights();
  const scratch: number[] = [];
  const field = (text: string, weight: number) => {
    scratch.length = 0;
    vocab.add(text, scratch);
    weights.add(scratch, weight, vocab.list.length);
  };

  for (let d = 0; d < n; d++) {
    const doc = docs[d]!;
    docIndexById.set(doc.id, d);
    field(allTexts(doc.name), FIELD_WEIGHTS.name);
    field(allListed(doc.keywords), FIELD_WEIGHTS.keywords);
    if (doc.organization) field(allTexts(doc.organization), FIELD_WEIGHTS.organization);
    for (const c of doc.categories) {
      const ct = categoryTerms.get(c);
      if (ct) {
        weights.add(ct.own, FIELD_WEIGHTS.category, vocab.list.length);
        weights.add(ct.keywords, FIELD_WEIGHTS.categoryKeywords, vocab.list.length);
        weights.add(ct.parents, FIELD_WEIGHTS.parentCategory, vocab.list.length);
      }
    }
    docCategories[d] = withAncestors(doc.categories, categoriesById, 'c');
    for (const r of doc.regions) weights.add(regionTerms.get(r) ?? [], FIELD_WEIGHTS.region, vocab.list.length);
    docRegions[d] = withAncestors(doc.regions, regionsById, 'r');
    if (doc.locations.length) {
      const cities = doc.locations.map((l) => l.address?.city ?? '').join(' ');
      if (cities.trim()) field(cities, FIELD_WEIGHTS.city);
    }
    if (doc.description) field(allTexts(doc.description), FIELD_WEIGHTS.description);

    const touched = weights.touched;
    if (posts + touched.length > postTerm.length) {
      const size = Math.max(postTerm.length * 2, posts + touched.length);
      const t = new Int32Array(size);
      t.set(postTerm.subarray(0, posts));
      const w = new Float32Array(size);
      w.set(postWeight.subarray(0, posts));
      postTerm = t;
      postWeight = w;
    }
    for (let i = 0; i < touched.length; i++) {
      const t = touched[i]!;
      postTerm[posts] = t;
      postWeight[posts] = weights.weight[t]!;
      posts++;
    }
    weights.reset();
    docStart[d + 1] = posts;
  }

  // Sort the vocabulary for prefix search, renumbering term ids, then lay the
  // postings out term by term in two shared arrays (documents ascending).
  // Terms of categories or regions that no resource uses are left out.
  const vocabulary = vocab.list;
  const used = new Int32Array(vocabulary.length);
  for (let p = 0; p < posts; p++) used[postTerm[p]!]!++;
  const order: number[] = [];
  for (let i = 0; i < vocabulary.length; i++) if (used[i]! > 0) order.push(i);
  order.sort((a, b) => (vocabulary[a]! < vocabulary[b]! ? -1 : 1));
  const v = order.length;
  const sorted = order.map((i) => vocabulary[i]!);
  const rename = new Int32Array(vocabulary.length);
  order.forEach((old, i) => {
    rename[old] = i;
  });
  const counts = new Int32Array(v + 1);
  for (let i = 0; i < v; i++) counts[i + 1] = counts[i]! + used[order[i]!]!;
  const allDocs = new Int32Array(posts);
  const allWeights = new Float32Array(posts);
  const fill = counts.slice(0, v);
  for (let d = 0; d < n; d++) {
    for (let p = docStart[d]!; p < docStart[d + 1]!; p++) {
      const at = fill[rename[postTerm[p]!]!]!++;
      allDocs[at] = d;
      allWeights[at] = postWeight[p]!;
    }
  }
  const postingDocs: Int32Array[] = new Array(v);
  const postingWeights: Float32Array[] = new Array(v);
  const idf = new Float32Array(v);
  for (let i = 0; i < v; i++) {
    postingDocs[i] = allDocs.subarray(counts[i]!, counts[i + 1]!);
    postingWeights[i] = allWeights.subarray(counts[i]!, counts[i + 1]!);
    idf[i] = Math.log(1 + n / (counts[i + 1]! - counts[i]!));
  }

  let trigrams: Map<string, Int32Array> | undefined;
  return {
    feed,
    docs,
    vocabulary: sorted,
    termIds: new Map(sorted.map((t, i) => [t, i])),
    postingDocs,
    postingWeights,
    idf,
    // Only typos need trigrams: made on the first fuzzy lookup.
    get trigrams() {
      return (trigrams ??= buildTrigrams(sorted));
    },
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
