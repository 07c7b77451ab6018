/**
 * Relevance: how well each record answers a query's words. Every word is
 * looked up with its expansions (itself, what it begins, near spellings,
 * residents' words for services' words); a record gets the best of each
 * word's expansions, weighed by where the term stands in it (name,
 * category, description…) and how rare the term is.
 *
 * Focus: a record must answer the words that matter. Each word weighs as
 * much as its rarest expansion; a record that answers only common words
 * ("aide", "help") of a query whose best records answer more is left out,
 * and so is one whose relevance is a small share of the best.
 */
import { SEARCH_DEFAULTS } from '../options.js';
import { expandTerm, type Expansion } from './expand.js';
import { slot } from './index-state.js';
import type { SearchIndex } from './search-index.js';
import { synonymsOf, synonymTable, type SynonymTable } from './synonyms.js';

/**
 * Per-document scratch arrays, reused from one search to the next (searching
 * is synchronous): a keystroke allocates nothing in proportion to the feed.
 */
export interface Scratch {
  /** Each document's relevance for the query, how many words it answered, and their weight. */
  readonly total: Float64Array;
  readonly matched: Uint8Array;
  readonly cover: Float64Array;
  /** The best expansion of the current word for each document. */
  readonly best: Float64Array;
  /** 1 for documents in the current candidate list. */
  readonly mark: Uint8Array;
}

const SCRATCH = slot<Scratch>('scratch');
const SYNONYMS = slot<SynonymTable>('synonyms');

export function scratchOf(index: SearchIndex): Scratch {
  const n = index.docs.length;
  return index.state.get(SCRATCH, () => ({
    total: new Float64Array(n),
    matched: new Uint8Array(n),
    cover: new Float64Array(n),
    best: new Float64Array(n),
    mark: new Uint8Array(n),
  }));
}

/** Expansions that most records share say nothing about a need. */
const MAX_TARGET_SHARE = 0.2;
/**
 * When the feed uses the resident's own word, what it stands for counts for
 * less: "clinique" finds clinics first, and health services only if strong.
 * Not for a phrase of residents' words, which names the need itself.
 */
const LITERAL_DISCOUNT = 0.25;

/** A query word's expansions, and whether residents' words say what need it names. */
export interface WordExpansions {
  readonly list: readonly Expansion[];
  readonly need: boolean;
}

/**
 * Every word's expansions: its own, and those that residents' words stand
 * for. Services' words bridge languages for a word the feed does not use, or
 * for every word with `bridge` (a search that found nothing otherwise).
 */
export function expansionsOf(index: SearchIndex, words: readonly string[], bridge = false): WordExpansions[] {
  const table = index.state.get(SYNONYMS, () => synonymTable(index.feed.synonyms));
  const targets = synonymsOf(table.needs, words);
  const bridges = synonymsOf(table.services, words);
  const n = index.docs.length;
  return words.map((word, i) => {
    const literal = index.termIds.has(word);
    const stands = literal && !bridge ? targets[i]! : [...targets[i]!, ...bridges[i]!];
    const own = expandTerm(index, word, i === words.length - 1, stands.length > 0);
    const byTerm = new Map(own.map((e) => [e.termId, e]));
    for (const { term, quality, phrase } of stands) {
      const id = index.termIds.get(term);
      if (id === undefined) continue;
      if (n >= 20 && index.postingDocs[id]!.length > n * MAX_TARGET_SHARE) continue;
      // A phrase says the need whatever the feed means by one of its words ("seule toute la journée").
      const q = quality * (literal && !phrase ? LITERAL_DISCOUNT : 1);
      if ((byTerm.get(id)?.quality ?? 0) < q) byTerm.set(id, { termId: id, quality: q, target: true });
    }
    return { list: [...byTerm.values()], need: stands.length > 0 };
  });
}

export interface Scored {
  /** Every document the words reached, in no order (and to clean the scratch arrays after). */
  readonly touched: Int32Array;
  /** The terms that matched, for highlights. */
  readonly terms: Set<string>;
}

/**
 * Scores the query's words. Leaves each reached document's relevance in
 * `scratch.total` and its weight of the query in `scratch.cover` (the caller
 * clears `touched`); {@link focus} then keeps the ones that answer it.
 */
export function scoreWords(index: SearchIndex, expansions: readonly WordExpansions[], scratch: Scratch): Scored {
  const { total, matched, cover, best } = scratch;
  let all: Int32Array = new Int32Array(64);
  let count = 0;
  let touched: Int32Array = new Int32Array(64);
  const matchedTerms = new Set<string>();
  let weightOfAll = 0;

  // A word weighs as much as its rarest expansion (a near spelling, only as
  // much as it is near); one that matches nothing weighs nothing; a word that
  // names a need weighs as much as the heaviest word ("lawyer" in "need a
  // lawyer but can't afford one").
  const weights = expansions.map(({ list }) => {
    let weight = 0;
    for (const { termId, quality, fuzzy } of list) weight = Math.max(weight, index.idf[termId]! * (fuzzy ? quality : 1));
    return weight;
  });
  const heaviest = Math.max(0, ...weights);
  expansions.forEach(({ list, need }, i) => {
    const weight = need && list.length ? heaviest : weights[i]!;
    weightOfAll += weight;
    let t = 0;
    for (const { termId, quality, target } of list) {
      if (!target) matchedTerms.add(index.vocabulary[termId]!);
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
      cover[d] += weight;
      matched[d]!++;
      best[d] = 0;
    }
  });

  all = all.subarray(0, count);
  // Relevance: the score, times the square of the share of the query's
  // weight that the record answers.
  for (let k = 0; k < count; k++) {
    const d = all[k]!;
    const share = cover[d]! / weightOfAll;
    total[d] *= share * share;
  }
  return { touched: all, terms: matchedTerms };
}

/**
 * The records that answer the query well enough, relative to the best ones
 * among `among` (the records the filters keep, when there are filters: a
 * better record elsewhere must not hide the resident's own).
 */
export function focus(scored: Scored, scratch: Scratch, among: Int32Array = scored.touched): { hits: Int32Array; top: number } {
  const { total, cover } = scratch;
  const { touched } = scored;
  const minCover = bestCover(scratch, among) * SEARCH_DEFAULTS.minRelativeCover;
  let top = 0;
  for (let k = 0; k < among.length; k++) {
    const d = among[k]!;
    if (cover[d]! >= minCover && total[d]! > top) top = total[d]!;
  }
  const floor = top * SEARCH_DEFAULTS.minRelativeScore;
  const hits = new Int32Array(touched.length);
  let h = 0;
  for (let k = 0; k < touched.length; k++) {
    const d = touched[k]!;
    if (cover[d]! >= minCover && total[d]! >= floor) hits[h++] = d;
  }
  return { hits: hits.subarray(0, h), top };
}

/** How much of the query the best of these records answers. */
export function bestCover(scratch: Scratch, among: Int32Array): number {
  let best = 0;
  for (let k = 0; k < among.length; k++) best = Math.max(best, scratch.cover[among[k]!]!);
  return best;
}

/** Clears what {@link scoreWords} left for the documents it touched. */
export function clearScratch(scratch: Scratch, touched: Int32Array): void {
  const { total, matched, cover } = scratch;
  for (let k = 0; k < touched.length; k++) {
    const d = touched[k]!;
    total[d] = 0;
    matched[d] = 0;
    cover[d] = 0;
  }
}

export function grow(list: Int32Array): Int32Array {
  const out = new Int32Array(list.length * 2);
  out.set(list);
  return out;
}

/** Relevance bands: results this close to each other count as equally relevant (then place and distance order them). */
export function band(score: number, top: number): number {
  if (top <= 0) return 0;
  const share = score / top;
  return share >= 0.6 ? 0 : share >= 0.3 ? 1 : 2;
}
