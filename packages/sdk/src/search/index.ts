/**
 * The search index: an inverted index from normalized terms to resources,
 * with per-field weights, plus a trigram index over the vocabulary.
 *
 * Per keystroke the work is proportional to the vocabulary and to the
 * matching postings, never to "fuzzy-scan every description": fuse.js scores
 * only vocabulary terms that share trigrams with the typed word.
 */
import type { Category, Feed, Region, Resource } from '../feed/model.js';
import { baseLanguage } from '../text/localize.js';
import { runWidth, tokenTerms } from './normalize.js';
import { regionTree, servedPlaces, type Places } from './places.js';

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

const distinct = (list: readonly string[]): string[] => [...new Set(list)];
const NONE: readonly string[] = [];

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
  /** Trigram → term ids; made on first access (the first typo). */
  readonly trigrams: ReadonlyMap<string, Int32Array>;
  /**
   * Filterable values as small integers, so that filtering and counting
   * facets over 20,000 matches is array work: for each dimension, the value
   * names, and for each document the ids of its values (categories and
   * the places a record serves (`places.ts`), languages reduced to their base tag).
   */
  readonly facets: Readonly<Record<FacetDimension, FacetColumn>>;
  /** Each document's own regions (not the places it serves), for how local it is. */
  readonly ownRegions: FacetColumn;
  /** The region tree. */
  readonly places: Places;
  /**
   * What searching works out once per feed, on first need (the query's place
   * names, synonyms, distress answers): shared by the index while its words
   * are indexed and the finished one.
   */
  readonly memo: Record<string, unknown>;
  readonly categoriesById: ReadonlyMap<string, Category>;
  readonly regionsById: ReadonlyMap<string, Region>;
  readonly docIndexById: ReadonlyMap<string, number>;
  /**
   * Per locale, each document's rank in name order, when known: `createFinder`
   * sorts a large feed's names in the background; without ranks, the page is
   * found by comparing names.
   */
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
 * distinct words: each distinct run of letters is folded once; after that, a
 * run is found again by a hash of its characters, computed while scanning,
 * in an open-addressing table: no substring, no map lookup, no garbage.
 */
class Terms {
  readonly ids = new Map<string, number>();
  readonly list: string[] = [];
  /** Distinct runs: their text, hash, and term ids (a slice of `runTerms`). */
  private readonly runText: string[] = [];
  private runHash = new Int32Array(1024);
  private runStart = new Int32Array(1025);
  private runTerms: number[] = [];
  private table = new Int32Array(4096).fill(-1);

  private idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.list.length;
      this.ids.set(term, id);
      this.list.push(term);
    }
    return id;
  }

  /** Appends the term ids of a text, in order, with repeats: the terms of `tokens(text)`, run by run. */
  add(text: string, out: number[]): void {
    const n = text.length;
    let start = -1;
    let hash = 0;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      const width = runWidth(text, i, c);
      if (width) {
        if (start < 0) {
          start = i;
          hash = 0x811c9dc5;
        }
        hash = Math.imul(hash ^ c, 0x01000193);
        if (width === 2) hash = Math.imul(hash ^ text.charCodeAt(++i), 0x01000193);
      } else if (start >= 0) {
        this.run(text, start, i, hash, out);
        start = -1;
      }
    }
    if (start >= 0) this.run(text, start, n, hash, out);
  }

  private run(text: string, start: number, end: number, hash: number, out: number[]): void {
    const table = this.table;
    const mask = table.length - 1;
    const length = end - start;
    let slot = hash & mask;
    for (;;) {
      const r = table[slot]!;
      if (r < 0) break;
      if (this.runHash[r] === hash) {
        const known = this.runText[r]!;
        if (known.length === length) {
          let same = true;
          for (let k = 0; k < length; k++) {
            if (known.charCodeAt(k) !== text.charCodeAt(start + k)) {
              same = false;
              break;
            }
          }
          if (same) {
            for (let p = this.runStart[r]!, e = this.runStart[r + 1]!; p < e; p++) out.push(this.runTerms[p]!);
            return;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    // A run never seen: fold it, remember its terms.
    const r = this.runText.length;
    const word = text.slice(start, end);
    this.runText.push(word);
    if (r + 1 >= this.runHash.length) {
      const h = new Int32Array(this.runHash.length * 2);
      h.set(this.runHash);
      this.runHash = h;
      const st = new Int32Array(h.length + 1);
      st.set(this.runStart);
      this.runStart = st;
    }
    this.runHash[r] = hash;
    const first = this.runTerms.length;
    for (const t of tokenTerms(word)) this.runTerms.push(this.idOf(t));
    this.runStart[r] = first;
    this.runStart[r + 1] = this.runTerms.length;
    for (let p = first; p < this.runTerms.length; p++) out.push(this.runTerms[p]!);
    table[slot] = r;
    if ((r + 1) * 2 > table.length) this.rehash();
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table.length - 1;
    for (let r = 0; r < this.runText.length; r++) {
      let slot = this.runHash[r]! & mask;
      while (table[slot]! >= 0) slot = (slot + 1) & mask;
      table[slot] = r;
    }
    this.table = table;
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

/**
 * Builds an index in steps, so that a page never freezes while 20,000
 * records are indexed: `step` indexes the next documents for a time budget,
 * `finish` lays the postings out. The same steps in one go are
 * {@link buildIndex}; chunking changes nothing in the result.
 */
export class IndexBuilder {
  readonly feed: Feed;
  /** Everything but the words: enough to list, filter and count facets while the words are indexed. */
  readonly base: SearchIndex;
  private next = 0;
  private readonly vocab = new Terms();
  private readonly categoryTerms = new Map<string, { own: number[]; keywords: number[]; parents: number[] }>();
  private readonly regionTerms = new Map<string, number[]>();
  private postTerm: Int32Array;
  private postWeight: Float32Array;
  private posts = 0;
  private readonly docStart: Int32Array;
  private readonly weights = new Weights();
  private readonly scratch: number[] = [];
  private result?: SearchIndex;

  constructor(feed: Feed) {
    this.feed = feed;
    const docs = feed.resources;
    const n = docs.length;
    const categoriesById = new Map(feed.categories.map((c) => [c.id, c]));
    const regionsById = new Map(feed.regions.map((r) => [r.id, r]));
    // Only `Finder.get` asks for a record by id: not made before the first list.
    let byId: Map<string, number> | undefined;
    const docIndexById = (): Map<string, number> => {
      if (!byId) {
        byId = new Map();
        for (let d = 0; d < n; d++) byId.set(docs[d]!.id, d);
      }
      return byId;
    };

    // Category and region texts are shared by many resources: fold them once.
    for (const c of feed.categories) {
      const parents = ancestors(c.id, categoriesById).slice(1);
      this.categoryTerms.set(c.id, {
        own: this.vocab.of(allTexts(c.name)),
        keywords: this.vocab.of(allListed(c.keywords)),
        parents: this.vocab.of(parents.map((p) => allTexts(categoriesById.get(p)?.name)).join(' \n ')),
      });
    }
    for (const r of feed.regions) this.regionTerms.set(r.id, this.vocab.of(allTexts(r.name)));

    // A list of categories or regions with all their ancestors.
    const withAncestors = (byId: ReadonlyMap<string, { id: string; parent?: string | undefined }>) => (ids: readonly string[]) => {
      const set = new Set<string>();
      for (const id of ids) for (const a of ancestors(id, byId)) set.add(a);
      return [...set];
    };

    const places = regionTree(feed.regions);
    this.postTerm = new Int32Array(Math.max(1024, n * 32));
    this.postWeight = new Float32Array(this.postTerm.length);
    this.docStart = new Int32Array(n + 1);
    this.base = {
      feed,
      docs,
      vocabulary: [],
      termIds: new Map(),
      postingDocs: [],
      postingWeights: [],
      idf: new Float32Array(0),
      trigrams: new Map(),
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
      memo: {},
      categoriesById,
      regionsById,
      get docIndexById() {
        return docIndexById();
      },
      nameRanks: new Map(),
      openCache: { key: '', states: new Uint8Array(0) },
    };
  }

  /** Whether every document's words are indexed. */
  get done(): boolean {
    return this.next >= this.feed.resources.length;
  }

  /** How many documents are indexed. */
  get progress(): number {
    return this.next;
  }

  /**
   * Indexes the next documents, until all are or `budgetMs` has passed
   * (checked every 32 documents). Returns whether all are done.
   */
  step(budgetMs = Infinity): boolean {
    const docs = this.feed.resources;
    const n = docs.length;
    const until = budgetMs === Infinity ? Infinity : now() + budgetMs;
    const vocab = this.vocab;
    const weights = this.weights;
    const scratch = this.scratch;
    const field = (text: string, weight: number) => {
      scratch.length = 0;
      vocab.add(text, scratch);
      weights.add(scratch, weight, vocab.list.length);
    };
    while (this.next < n) {
      const d = this.next++;
      const doc = docs[d]!;
      field(allTexts(doc.name), FIELD_WEIGHTS.name);
      field(allListed(doc.keywords), FIELD_WEIGHTS.keywords);
      if (doc.organization) field(allTexts(doc.organization), FIELD_WEIGHTS.organization);
      for (const c of doc.categories) {
        const ct = this.categoryTerms.get(c);
        if (ct) {
          weights.add(ct.own, FIELD_WEIGHTS.category, vocab.list.length);
          weights.add(ct.keywords, FIELD_WEIGHTS.categoryKeywords, vocab.list.length);
          weights.add(ct.parents, FIELD_WEIGHTS.parentCategory, vocab.list.length);
        }
      }
      for (const r of doc.regions) weights.add(this.regionTerms.get(r) ?? [], FIELD_WEIGHTS.region, vocab.list.length);
      if (doc.locations.length) {
        const cities = doc.locations.map((l) => l.address?.city ?? '').join(' ');
        if (cities.trim()) field(cities, FIELD_WEIGHTS.city);
      }
      if (doc.description) field(allTexts(doc.description), FIELD_WEIGHTS.description);

      const touched = weights.touched;
      if (this.posts + touched.length > this.postTerm.length) {
        const size = Math.max(this.postTerm.length * 2, this.posts + touched.length);
        const t = new Int32Array(size);
        t.set(this.postTerm.subarray(0, this.posts));
        const w = new Float32Array(size);
        w.set(this.postWeight.subarray(0, this.posts));
        this.postTerm = t;
        this.postWeight = w;
      }
      for (let i = 0; i < touched.length; i++) {
        const t = touched[i]!;
        this.postTerm[this.posts] = t;
        this.postWeight[this.posts] = weights.weight[t]!;
        this.posts++;
      }
      weights.reset();
      this.docStart[d + 1] = this.posts;
      if ((d & 31) === 31 && now() >= until) break;
    }
    return this.done;
  }

  /** The finished index (indexing whatever is left first). */
  finish(): SearchIndex {
    if (this.result) return this.result;
    this.step();
    const { postTerm, postWeight, posts, docStart } = this;
    const n = this.feed.resources.length;
    // Sort the vocabulary for prefix search, renumbering term ids, then lay the
    // postings out term by term in two shared arrays (documents ascending).
    // Terms of categories or regions that no resource uses are left out.
    const vocabulary = this.vocab.list;
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
    // Let the scratch arrays go.
    this.postTerm = new Int32Array(0);
    this.postWeight = new Float32Array(0);

    let trigrams: Map<string, Int32Array> | undefined;
    const base = this.base;
    this.result = {
      ...base,
      vocabulary: sorted,
      termIds: new Map(sorted.map((t, i) => [t, i])),
      postingDocs,
      postingWeights,
      idf,
      // Only typos need trigrams: made on the first fuzzy lookup.
      get trigrams() {
        return (trigrams ??= buildTrigrams(sorted));
      },
    };
    return this.result;
  }
}

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Builds the index of a loaded feed, in one go. Pure: the feed is not changed. */
export function buildIndex(feed: Feed): SearchIndex {
  return new IndexBuilder(feed).finish();
}
