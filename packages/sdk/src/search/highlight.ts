import { normalizeWord } from './normalize.js';

/** A `[start, end)` range of characters in a text. */
export type Range = readonly [start: number, end: number];

/** A piece of text, matched or not, for rendering with `<mark>`. */
export interface TextSegment {
  readonly text: string;
  readonly match: boolean;
}

const WORD_WITH_OFFSET = /[\p{L}\p{N}]+/gu;

/** Ranges of the words of `text` whose normalized form is one of `matchedTerms`. */
export function highlightRanges(text: string, matchedTerms: ReadonlySet<string>): Range[] {
  if (!text || matchedTerms.size === 0) return [];
  const ranges: Range[] = [];
  for (const m of text.matchAll(WORD_WITH_OFFSET)) {
    if (matchedTerms.has(normalizeWord(m[0]))) ranges.push([m.index!, m.index! + m[0].length]);
  }
  return ranges;
}

/**
 * Splits a text at highlight ranges, for a UI to render matched words in
 * `<mark>` without building HTML from strings.
 */
export function splitHighlights(text: string, ranges: readonly Range[] = []): TextSegment[] {
  const out: TextSegment[] = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (start < at || end > text.length) continue;
    if (start > at) out.push({ text: text.slice(at, start), match: false });
    out.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), match: false });
  return out;
}
