/**
 * The trigram index over the vocabulary: what finds the terms one or two
 * typos away from a word without scanning the vocabulary. Only typos need
 * it: made on the first fuzzy lookup.
 */
import { slot } from './index-state.js';
import type { SearchIndex } from './search-index.js';

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

const TRIGRAMS = slot<ReadonlyMap<string, Int32Array>>('trigrams');
const NO_TRIGRAMS: ReadonlyMap<string, Int32Array> = new Map();

/**
 * Trigram → ids of the index's terms. The index whose words are still being
 * indexed has no vocabulary, and shares its state with the finished one: it
 * gets none, and the finished index's are made once.
 */
export function trigramsIn(index: SearchIndex): ReadonlyMap<string, Int32Array> {
  if (index.vocabulary.length === 0) return NO_TRIGRAMS;
  return index.state.get(TRIGRAMS, () => buildTrigrams(index.vocabulary));
}
