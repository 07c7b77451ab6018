/**
 * The words step of building an index: each document's texts folded into
 * term ids (each distinct run of letters folded once) and weighted by field,
 * a few documents at a time, into flat posting arrays; then laid out term by
 * term, the vocabulary sorted for prefix search.
 */
import type { Category, Feed, Resource } from '../feed/model.js';
import { grownTo, now } from './arrays.js';
import { ancestors } from './index-base.js';
import { runWidth, tokenTerms } from './normalize.js';
import { FIELD_WEIGHTS, type SearchIndex } from './search-index.js';

/** The word parts of an index: what {@link WordIndexer.postings} lays out. */
export type Postings = Pick<SearchIndex, 'vocabulary' | 'termIds' | 'postingDocs' | 'postingWeights' | 'idf'>;

/**
 * Indexes a feed's words in steps: `step` indexes the next documents for a
 * time budget, `postings` lays out what was indexed. Chunking changes nothing
 * in the result.
 */
export class WordIndexer {
  private next = 0;
  private readonly docs: readonly Resource[];
  private readonly vocab = new Terms();
  private readonly categoryTerms = new Map<string, { own: number[]; keywords: number[]; parents: number[] }>();
  private readonly regionTerms = new Map<string, number[]>();
  /** Every document's (term, weight) pairs, one after another… */
  private postTerm: Int32Array;
  private postWeight: Float32Array;
  private posts = 0;
  /** …document d's from `docStart[d]` to `docStart[d + 1]`. */
  private readonly docStart: Int32Array;
  private readonly weights = new Weights();
  private readonly scratch: number[] = [];

  constructor(feed: Feed, categoriesById: ReadonlyMap<string, Category>) {
    this.docs = feed.resources;
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
    const n = this.docs.length;
    this.postTerm = new Int32Array(Math.max(1024, n * 32));
    this.postWeight = new Float32Array(this.postTerm.length);
    this.docStart = new Int32Array(n + 1);
  }

  /** How many documents are indexed. */
  get progress(): number {
    return this.next;
  }

  /** Whether every document's words are indexed. */
  get done(): boolean {
    return this.next >= this.docs.length;
  }

  /**
   * Indexes the next documents, until all are or `budgetMs` has passed
   * (checked every 32 documents). Returns whether all are done.
   */
  step(budgetMs = Infinity): boolean {
    const docs = this.docs;
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
      this.post(d);
      if ((d & 31) === 31 && now() >= until) break;
    }
    return this.done;
  }

  /** Appends document `d`'s weighted terms to the postings, and clears the weights for the next. */
  private post(d: number): void {
    const weights = this.weights;
    const touched = weights.touched;
    const needed = this.posts + touched.length;
    if (needed > this.postTerm.length) {
      this.postTerm = grownTo(this.postTerm, needed, this.posts);
      this.postWeight = grownTo(this.postWeight, needed, this.posts);
    }
    for (let i = 0; i < touched.length; i++) {
      const t = touched[i]!;
      this.postTerm[this.posts] = t;
      this.postWeight[this.posts] = weights.weight[t]!;
      this.posts++;
    }
    weights.reset();
    this.docStart[d + 1] = this.posts;
  }

  /**
   * The postings of every document indexed (call when {@link done}), laid
   * out term by term. The scratch arrays are let go.
   */
  postings(): Postings {
    const { postTerm, postWeight, posts, docStart } = this;
    const n = this.docs.length;
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
    return { vocabulary: sorted, termIds: new Map(sorted.map((t, i) => [t, i])), postingDocs, postingWeights, idf };
  }
}

function allTexts(text: Readonly<Record<string, string>> | undefined): string {
  return text ? Object.values(text).join(' \n ') : '';
}

function allListed(list: Readonly<Record<string, readonly string[]>> | undefined): string {
  return list ? Object.values(list).flat().join(' \n ') : '';
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
      this.runHash = grownTo(this.runHash, this.runHash.length * 2);
      this.runStart = grownTo(this.runStart, this.runHash.length + 1);
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

  /** Counts a field's terms: the best field counts in full, other fields add a little. */
  add(ids: readonly number[], weight: number, vocabularySize: number): void {
    if (vocabularySize > this.weight.length) {
      this.weight = grownTo(this.weight, vocabularySize);
      this.stamp = grownTo(this.stamp, vocabularySize);
    }
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

