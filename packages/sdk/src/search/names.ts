/**
 * Name order: each document's name in a locale, compared by the locale's
 * collation, and {@link NameSorter}, which works a large feed's name order
 * out in the background so that listing it compares no names at all.
 */
import { localize } from '../text/localize.js';
import { now } from './arrays.js';
import { slot } from './index-state.js';
import type { SearchIndex } from './search-index.js';

const collators = new Map<string, Intl.Collator>();
function collator(locale: string): Intl.Collator {
  let c = collators.get(locale);
  if (!c) {
    try {
      c = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    } catch {
      c = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(locale, c);
  }
  return c;
}

/** Each document's name in a locale, picked once per locale and kept. */
const NAMES = slot<Map<string, string[]>>('names');
function namesIn(index: SearchIndex, locale: string): string[] {
  const byLocale = index.state.get(NAMES, () => new Map());
  let names = byLocale.get(locale);
  if (!names) {
    const fallbacks = [index.feed.meta.defaultLocale];
    names = index.docs.map((d) => localize(d.name, locale, fallbacks)?.value ?? '');
    byLocale.set(locale, names);
  }
  return names;
}

const NAME_RANKS = slot<Map<string, Int32Array>>('name-ranks');

/**
 * Per locale, each document's rank in name order, when known: `createFinder`
 * sorts a large feed's names in the background (see {@link NameSorter}) and
 * keeps them here; without ranks, the page is found by comparing names.
 */
export function nameRanks(index: SearchIndex): Map<string, Int32Array> {
  return index.state.get(NAME_RANKS, () => new Map());
}

/**
 * Name order for a locale: by the locale's collation, then feed order. Only
 * the page asked for is ever put in order (see {@link topK}), so a list of
 * 20,000 resources costs one comparison per resource, not a full sort.
 */
export function nameComparator(index: SearchIndex, locale: string): (a: number, b: number) => number {
  const ranks = nameRanks(index).get(locale);
  if (ranks) return (a, b) => ranks[a]! - ranks[b]!;
  const names = namesIn(index, locale);
  const byName = collator(locale);
  return (a, b) => byName.compare(names[a]!, names[b]!) || a - b;
}

/**
 * Sorts documents by name in slices (a bottom-up merge sort that can stop
 * anywhere), so that a feed of 50,000 records gets its name order in the
 * background, a few milliseconds at a time, then lists in order with no
 * comparison of names at all.
 */
export class NameSorter {
  private src: Int32Array;
  private dst: Int32Array;
  private width = 0;
  /** Merge cursor: the pair being merged and where each side stands. */
  private lo = 0;
  private i = 0;
  private j = 0;
  private k = 0;
  private readonly n: number;

  constructor(private readonly before: (a: number, b: number) => number, n: number) {
    this.n = n;
    this.src = new Int32Array(n);
    for (let d = 0; d < n; d++) this.src[d] = d;
    this.dst = new Int32Array(n);
  }

  /** Sorts for about `budgetMs`; returns whether the order is complete. */
  step(budgetMs = Infinity): boolean {
    const { n, before } = this;
    const until = budgetMs === Infinity ? Infinity : now() + budgetMs;
    const RUN = 16;
    let ops = 0;
    // First, runs of 16 by insertion.
    while (this.width === 0) {
      const start = this.lo;
      const end = Math.min(n, start + RUN);
      const a = this.src;
      for (let x = start + 1; x < end; x++) {
        const v = a[x]!;
        let y = x - 1;
        while (y >= start && before(a[y]!, v) > 0) {
          a[y + 1] = a[y]!;
          y--;
        }
        a[y + 1] = v;
      }
      this.lo = end;
      if (end >= n) {
        this.width = RUN;
        this.startPair(0);
      }
      if ((ops += RUN) >= 512) {
        ops = 0;
        if (now() >= until) return false;
      }
    }
    // Then merges of ever wider runs, from src into dst.
    while (this.width < n) {
      const { src, dst } = this;
      const mid = Math.min(this.lo + this.width, n);
      const hi = Math.min(this.lo + 2 * this.width, n);
      let { i, j, k } = this;
      while (k < hi) {
        if (i < mid && (j >= hi || before(src[i]!, src[j]!) <= 0)) dst[k++] = src[i++]!;
        else dst[k++] = src[j++]!;
        if ((++ops & 1023) === 0 && now() >= until) {
          this.i = i;
          this.j = j;
          this.k = k;
          return false;
        }
      }
      if (hi >= n) {
        this.src = dst;
        this.dst = src;
        this.width *= 2;
        this.startPair(0);
      } else this.startPair(hi);
    }
    return true;
  }

  private startPair(lo: number): void {
    this.lo = lo;
    this.i = lo;
    this.j = Math.min(lo + this.width, this.n);
    this.k = lo;
  }

  /** Each document's position in the order (once `step` returned true). */
  ranks(): Int32Array {
    const ranks = new Int32Array(this.n);
    for (let p = 0; p < this.n; p++) ranks[this.src[p]!] = p;
    return ranks;
  }
}

