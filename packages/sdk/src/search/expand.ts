/**
 * From a typed word to the vocabulary terms it may mean: the word itself,
 * words it begins (as-you-type), and near spellings found by fuse.js among
 * the few terms that share trigrams with it ("logment" → "logement",
 * "popotte" → "popote").
 */
// The basic build: we only need fuzzy scoring of short words, not extended or logical queries.
import Fuse from 'fuse.js/basic';
import type { SearchIndex } from './search-index.js';
import { trigramsIn, trigramsOf } from './trigrams.js';

export interface Expansion {
  readonly termId: number;
  /** How much the term stands for the typed word: 1 exact, less for prefixes and typos. */
  readonly quality: number;
  /** A near spelling: it says less about what the word weighs in the query (`relevance.ts`). */
  readonly fuzzy?: boolean;
  /** A word that residents' word stands for (`synonyms.ts`): found, but not highlighted as the resident's word. */
  readonly target?: boolean;
}

/** Fuzzy matching needs a few letters to mean anything. */
export const MIN_FUZZY_LENGTH = 4;
const MAX_PREFIX_EXPANSIONS = 60;
const FUSE_OPTIONS = Object.freeze({
  includeScore: true,
  threshold: 0.34,
  location: 0,
  distance: 6,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  shouldSort: true,
});

function lowerBound(list: readonly string[], value: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function prefixMatches(index: SearchIndex, word: string, limit: number): number[] {
  const { vocabulary } = index;
  const out: number[] = [];
  for (let i = lowerBound(vocabulary, word); i < vocabulary.length && vocabulary[i]!.startsWith(word); i++) {
    if (vocabulary[i] !== word) out.push(i);
  }
  if (out.length <= limit) return out;
  // Too many words begin this way: keep the most common ones.
  return out.sort((a, b) => index.postingDocs[b]!.length - index.postingDocs[a]!.length).slice(0, limit);
}

/** Vocabulary terms that share enough trigrams with the word to be one or two typos away. */
function trigramCandidates(index: SearchIndex, word: string, maxEdits: number): number[] {
  const grams = [...new Set(trigramsOf(word))];
  const needed = Math.max(1, grams.length - 3 * maxEdits);
  const counts = new Map<number, number>();
  const trigrams = trigramsIn(index);
  for (const g of grams) {
    const ids = trigrams.get(g);
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const out: number[] = [];
  const min = word.length - maxEdits;
  const max = word.length + maxEdits + 1;
  for (const [id, count] of counts) {
    if (count < needed) continue;
    const len = index.vocabulary[id]!.length;
    if (len >= min && len <= max) out.push(id);
  }
  return out;
}

/**
 * The expansions of one query term.
 *
 * @param isLast whether the term is the last one typed, which may still be a
 *   word in progress and so gets prefix matches even when short.
 * @param known whether residents' words already say what the term means
 *   (`synonyms.ts`): near spellings would only add noise.
 */
export function expandTerm(index: SearchIndex, word: string, isLast: boolean, known = false): Expansion[] {
  const out = new Map<number, number>();
  const fuzzy = new Set<number>();
  const put = (id: number, quality: number) => {
    if ((out.get(id) ?? 0) < quality) out.set(id, quality);
  };
  const list = () => [...out].map(([termId, quality]) => (fuzzy.has(termId) ? { termId, quality, fuzzy: true } : { termId, quality }));
  const exact = index.termIds.get(word);
  if (exact !== undefined) put(exact, 1);
  // A single character means nothing yet: no noise.
  if (word.length < 2) return list();

  // Words this one begins: as-you-type for the last word; for a word already
  // followed by another, only when it is no word of the feed's own. A whole
  // word the feed knows gets its longer forms at a discount ("rent" is not
  // "rente").
  if ((word.length >= 3 && exact === undefined) || isLast) {
    const limit = word.length >= 3 ? MAX_PREFIX_EXPANSIONS : 20;
    const discount = exact === undefined ? 1 : 0.5;
    for (const id of prefixMatches(index, word, limit)) {
      const term = index.vocabulary[id]!;
      put(id, discount * (0.6 + 0.3 * (word.length / term.length)));
    }
  }

  // Near spellings, only for a word the feed does not know.
  if (exact === undefined && !known && word.length >= MIN_FUZZY_LENGTH && !/^\d+$/.test(word)) {
    const maxEdits = word.length >= 7 ? 2 : 1;
    const candidates = trigramCandidates(index, word, maxEdits).filter((id) => !out.has(id));
    if (candidates.length) {
      const fuse = new Fuse(
        candidates.map((id) => index.vocabulary[id]!),
        word.length <= 5 ? { ...FUSE_OPTIONS, threshold: 0.25 } : FUSE_OPTIONS,
      );
      for (const hit of fuse.search(word)) {
        const id = candidates[hit.refIndex]!;
        const term = index.vocabulary[id]!;
        const lengthRatio = Math.min(word.length, term.length) / Math.max(word.length, term.length);
        put(id, 0.75 * (1 - (hit.score ?? 0)) * Math.sqrt(lengthRatio));
        fuzzy.add(id);
      }
    }
  }
  return list();
}
