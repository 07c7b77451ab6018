// Straightforward versions of what the SDK does fast, kept as oracles: the
// optimized index, tokenizer and cleaner must give exactly what these give.
import { fold, type Feed } from '@repere/sdk';
import { STOP_WORDS } from '../../src/search/normalize.js';
import { stem } from '../../src/search/stem.js';

const WORD = /[\p{L}\p{N}]+/gu;
// The stop words and the stemmer are rules with one home each; what this
// oracle checks is the fast path's plumbing (runs, hashing, reuse) around them.
const STOP = STOP_WORDS;

/** The terms of a text, the whole text folded at once. */
export function referenceTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of fold(text).match(WORD) ?? []) {
    if (STOP.has(word)) continue;
    const t = stem(word);
    if (t.length < 2 && !(t.length === 1 && t >= '0' && t <= '9')) continue;
    if (STOP.has(t)) continue;
    out.push(t);
  }
  return out;
}

const WEIGHTS = { name: 10, keywords: 7, category: 6, categoryKeywords: 5, organization: 4, parentCategory: 3, region: 2, city: 2, description: 1.5 };

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
const allTexts = (t: Readonly<Record<string, string>> | undefined) => (t ? Object.values(t).join(' \n ') : '');
const allListed = (l: Readonly<Record<string, readonly string[]>> | undefined) => (l ? Object.values(l).flat().join(' \n ') : '');

/** Term → [document, weight] pairs, each document's categories with their ancestors, and the places it serves. */
export function referenceIndex(feed: Feed): { postings: Map<string, [number, number][]>; categories: string[][]; regions: string[][] } {
  const categoriesById = new Map(feed.categories.map((c) => [c.id, c]));
  const regionsById = new Map(feed.regions.map((r) => [r.id, r]));
  const postings = new Map<string, [number, number][]>();
  const categories: string[][] = [];
  const regions: string[][] = [];
  feed.resources.forEach((doc, d) => {
    const weights = new Map<string, number>();
    const add = (list: readonly string[], weight: number) => {
      for (const t of new Set(list)) {
        const prev = weights.get(t);
        weights.set(t, prev === undefined ? weight : Math.max(prev, weight) + Math.min(prev, weight) * 0.1);
      }
    };
    add(referenceTerms(allTexts(doc.name)), WEIGHTS.name);
    add(referenceTerms(allListed(doc.keywords)), WEIGHTS.keywords);
    if (doc.organization) add(referenceTerms(allTexts(doc.organization)), WEIGHTS.organization);
    const cats = new Set<string>();
    for (const c of doc.categories) {
      for (const a of ancestors(c, categoriesById)) cats.add(a);
      const category = categoriesById.get(c);
      if (!category) continue;
      add(referenceTerms(allTexts(category.name)), WEIGHTS.category);
      add(referenceTerms(allListed(category.keywords)), WEIGHTS.categoryKeywords);
      const parents = ancestors(c, categoriesById).slice(1);
      add(referenceTerms(parents.map((p) => allTexts(categoriesById.get(p)?.name)).join(' \n ')), WEIGHTS.parentCategory);
    }
    categories.push([...cats]);
    const regs = new Set<string>();
    // The places a record serves: its regions, what contains them and what they contain; everywhere without any.
    if (!doc.regions.length) for (const r of feed.regions) regs.add(r.id);
    for (const r of doc.regions) {
      for (const a of ancestors(r, regionsById)) regs.add(a);
      for (const other of feed.regions) if (ancestors(other.id, regionsById).includes(r)) regs.add(other.id);
      add(referenceTerms(allTexts(regionsById.get(r)?.name)), WEIGHTS.region);
    }
    regions.push([...regs]);
    const cities = doc.locations.map((l) => l.address?.city ?? '').join(' ');
    if (cities.trim()) add(referenceTerms(cities), WEIGHTS.city);
    if (doc.description) add(referenceTerms(allTexts(doc.description)), WEIGHTS.description);
    for (const [t, w] of weights) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([d, Math.fround(w)]);
    }
  });
  return { postings, categories, regions };
}
