/**
 * Text normalization shared by indexing and querying, so that both sides
 * agree: case and accents folded ("Santé" = "sante" = "SANTÉ", NFD input
 * included), French elisions dropped ("l'aide" = "aide"), common French and
 * English stop words ignored, and light stemming (`stem.ts`: "services" =
 * "service", "sociaux" = "sociale").
 */
import { stem } from './stem.js';

const MARKS = /\p{M}+/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };
const LIGATURE_RE = /[œæßøłđı]/g;

/** Lower case, without accents or ligatures. Keeps the text's length only by accident: use on words, not for offsets. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase().replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

/**
 * A text's words, folded, split at anything but letters and digits (so
 * apostrophes and hyphens too): "L'Isle-Verte" → `['l', 'isle', 'verte']`,
 * "m'a frappée" → `['m', 'a', 'frappee']`. How place names and phrases of
 * distress are matched, word for word.
 */
export function foldedWords(text: string): string[] {
  return fold(text).match(/[a-z0-9]+/g) ?? [];
}

// French elided articles and pronouns, before an apostrophe of any kind.
const ELISION = /(^|[^\p{L}\p{N}])(?:qu|jusqu|lorsqu|puisqu|quoiqu|[ldjmnstc])['’ʼ`´]/gu;
const WORD = /[\p{L}\p{N}]+/gu;

const STOP_WORD_LIST = [
  // French
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'au', 'aux', 'et', 'ou', 'en', 'a', 'pour', 'par', 'sur',
  'dans', 'avec', 'sans', 'chez', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma',
  'mes', 'ton', 'ta', 'tes', 'notre', 'nos', 'votre', 'vos', 'qui', 'que', 'quoi', 'dont', 'ne', 'pas', 'se', 'y',
  'est', 'sont', 'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'me', 'te', 'lui', 'mais', 'donc',
  'si', 'tres', 'plus', 'moins', 'comme',
  // Elided forms: "qu'il", "jusqu'à" split at the apostrophe.
  'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu',
  // English
  'the', 'an', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'at', 'by', 'from', 'is', 'are', 'be', 'my',
  'our', 'your', 'their', 'this', 'that', 'these', 'those', 'it', 'its', 'as', 'i', 'me', 'we', 'you', 'he', 'she',
  'they', 'them', 'near', 'need', 'find',
  // What residents write around a need: "j'ai besoin de…", "je veux…", "I want…", "can't…".
  'ai', 'as', 'suis', 'veux', 'voudrais', 'besoin', 'trop', 'svp', 'am', 'have', 'want', 'can', 'cant', 'don', 'dont',
  'please', 'looking', 'some', 'any', 'get', 'too', 'much', 'but', 'one', 'so', 'if', 'not', 'do', 'does', 'did', 'was',
  'were', 'been', 'has', 'had', 'just', 'very', 'how', 'what', 'where', 'who', 'when', 'there', 'here', 'about', 'into',
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'themselves', 'moi', 'toi',
  // Words that say there is a need, not which: "problème avec mon propriétaire".
  'probleme', 'problem', 'issue', 'issues',
];

/** Words that carry no need: ignored in queries and in the index. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORD_LIST);

/** Folds a word and stems it (`stem.ts`), identically for the index and the query. */
export function normalizeWord(word: string): string {
  return stem(fold(word));
}

/** The words of a text, in order, with elisions dropped (not yet folded). */
export function words(text: string): string[] {
  return text.replace(ELISION, '$1').match(WORD) ?? [];
}

/**
 * The runs of letters, digits and combining marks of a text, unfolded. Each
 * run's terms are `tokenTerms(run)`, and a text's terms are those of its runs
 * in order: an index can fold each distinct run once and reuse it.
 */
export function tokens(text: string): string[] {
  const out: string[] = [];
  const n = text.length;
  let start = -1;
  for (let i = 0; i < n; i++) {
    const width = runWidth(text, i, text.charCodeAt(i));
    if (width) {
      if (start < 0) start = i;
      i += width - 1;
    } else if (start >= 0) {
      out.push(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) out.push(text.slice(start));
  return out;
}

const RUN_TEXT = /^[\p{L}\p{N}\p{M}]+$/u;
/** Whether a character (one or two code units) belongs in a run. */
function isRunText(char: string): boolean {
  return RUN_TEXT.test(char);
}
/** ASCII code units that belong in a run: 1. */
const ASCII_RUN = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_RUN[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
// For the rest of the BMP, each code unit's answer is asked once: 1 inside, 2 outside.
let bmp: Uint8Array | undefined;
/** Whether a BMP code unit (not a surrogate pair) belongs in a run. */
function isRunUnit(c: number): boolean {
  bmp ??= new Uint8Array(65536);
  let v = bmp[c]!;
  if (v === 0) bmp[c] = v = RUN_TEXT.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/**
 * How many code units of `text` at `i` (whose code unit is `c`) make one
 * character of a run: 1, or 2 for a character beyond the BMP (judged whole),
 * or 0 when that character is outside runs. Shared by {@link tokens} and the
 * index's own scanning loop, which hashes runs as it goes.
 */
export function runWidth(text: string, i: number, c: number): 0 | 1 | 2 {
  if (c < 128) return ASCII_RUN[c] === 1 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) return isRunText(text.slice(i, i + 2)) ? 2 : 0;
  return isRunUnit(c) ? 1 : 0;
}

/** The index terms of one run of letters, digits and marks (see {@link tokens}). */
export function tokenTerms(token: string, out: string[] = []): string[] {
  // Words split at apostrophes, so elided articles ("l'", "d'") fall out as
  // one-letter words and "qu'" as a stop word, without a separate pass.
  for (const word of fold(token).match(WORD) ?? []) {
    if (STOP_WORDS.has(word)) continue;
    const t = stem(word);
    if (t.length < 2 && !(t.length === 1 && t >= '0' && t <= '9')) continue;
    if (STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}

/**
 * The index terms of a text: folded, de-pluralized words of at least two
 * characters (one for digits), stop words left out.
 */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const token of tokens(text)) tokenTerms(token, out);
  return out;
}

/**
 * The terms of a query. When every word is a stop word ("aide" excepted, "le
 * la"), nothing is searched rather than everything.
 */
export function queryTerms(query: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of terms(query.slice(0, 200))) {
    if (!seen.has(t)) {
      seen.add(t);
      out.push(t);
    }
  }
  return out.slice(0, 8);
}
