/**
 * Distress, understood once for every interface: which kinds of distress a
 * query speaks of, and which records answer each kind. A distress query
 * returns these records first, within the place rule, before any paging
 * (`finder.ts`); the element uses `SearchResults.distress` for its banner.
 *
 * The words are data (`lexicon/distress.ts`). A category answers what its
 * `distress` field says; when the feed does not say, what its id, names and
 * keywords say. A record with a crisis phone answers any crisis.
 */
import type { Category, Feed } from '../feed/model.js';
import { DISTRESS_KINDS, type DistressKind } from '../feed/vocabulary.js';
import { DISTRESS_ANSWERS, DISTRESS_WORDS, NOT_ANSWERS, NOT_DISTRESS } from './lexicon/distress.js';
import { foldedWords } from './normalize.js';

/** Folded text with words separated by single spaces: "m'a frappée" → "m a frappee". */
const folded = (text: string): string => foldedWords(text).join(' ');

function pattern(words: readonly string[]): RegExp {
  const alternatives = words.map((w) => (w.endsWith('*') ? `${w.slice(0, -1)}[a-z0-9]*` : w));
  return new RegExp(`(?:^| )(?:${alternatives.join('|')})(?= |$)`);
}

let queryPatterns: readonly (readonly [DistressKind, RegExp])[] | undefined;
let notDistress: RegExp | undefined;
let answerPatterns: readonly (readonly [DistressKind, RegExp])[] | undefined;
let notAnswers: RegExp | undefined;

/** The kinds of distress a query speaks of, in the order of {@link DISTRESS_KINDS}; empty for most queries. */
export function readDistress(query: string): DistressKind[] {
  notDistress ??= new RegExp(`(?:^| )(?:${NOT_DISTRESS.join('|')})(?= |$)`, 'g');
  const text = folded(query.slice(0, 200)).replace(notDistress, ' ');
  if (!text.trim()) return [];
  queryPatterns ??= DISTRESS_KINDS.map((kind) => [kind, pattern(DISTRESS_WORDS[kind])] as const);
  return queryPatterns.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

/** The kinds of distress a category answers: as the feed says, else as its names say. */
export function categoryAnswers(category: Category): readonly DistressKind[] {
  if (category.distress) return category.distress;
  notAnswers ??= new RegExp(`(?:^| )(?:${NOT_ANSWERS.join('|')})(?= |$)`, 'g');
  const text = folded(
    [category.id, ...Object.values(category.name), ...Object.values(category.keywords).flat()].join(' \n '),
  ).replace(notAnswers, ' ');
  answerPatterns ??= DISTRESS_KINDS.map((kind) => [kind, pattern(DISTRESS_ANSWERS[kind])] as const);
  return answerPatterns.filter(([, re]) => re.test(text)).map(([kind]) => kind);
}

/** A kind as a bit, for per-record masks. */
export function distressBit(kind: DistressKind): number {
  return 1 << DISTRESS_KINDS.indexOf(kind);
}

const CRISIS_BIT = distressBit('crisis');

/**
 * Per record, the kinds of distress it answers, as a bit mask (0 for most):
 * its categories' kinds, and `crisis` for a record with a crisis phone.
 */
export function distressMasks(feed: Feed): Uint8Array {
  const byCategory = new Map<string, number>();
  for (const c of feed.categories) {
    let mask = 0;
    for (const kind of categoryAnswers(c)) mask |= distressBit(kind);
    if (mask) byCategory.set(c.id, mask);
  }
  const masks = new Uint8Array(feed.resources.length);
  feed.resources.forEach((r, d) => {
    let mask = 0;
    for (const c of r.categories) mask |= byCategory.get(c) ?? 0;
    if (r.phones.some((p) => p.kind === 'crisis')) mask |= CRISIS_BIT;
    masks[d] = mask;
  });
  return masks;
}

/**
 * How well a record answers a query's distress: 0 when it answers one of its
 * kinds, 1 when it answers only crisis in general, 2 when it answers none.
 */
export function distressTier(mask: number, wanted: number): 0 | 1 | 2 {
  if (mask & wanted & ~CRISIS_BIT || (mask & wanted & CRISIS_BIT && wanted === CRISIS_BIT)) return 0;
  if (mask & CRISIS_BIT) return 1;
  return 2;
}
