/**
 * Residents' words for services' words: the built-in needs lexicon
 * (`lexicon/needs.ts`) and the feed's own `synonyms`, compiled into index
 * terms. A query term (or phrase) found here is also looked up as each of
 * its targets, with a quality below a literal match: the feed's own
 * synonyms count more than the built-in ones, which speak of every feed.
 */
import type { Synonym } from '../feed/model.js';
import { NEEDS } from './lexicon/needs.js';
import { terms } from './normalize.js';

/** A term a query term also stands for, and how much. */
export interface Target {
  readonly term: string;
  readonly quality: number;
  /** Found through a phrase of residents' words ("seule toute la journée"), not one word nor a service's name. */
  readonly phrase?: boolean;
}

/** How much a built-in expansion counts against a literal match (1). */
export const NEEDS_QUALITY = 0.5;
/** How much a feed's own synonym counts. */
export const FEED_SYNONYM_QUALITY = 0.8;

/** Residents' words (or services' words) → what they stand for. */
export interface Table {
  /** One term → its targets. */
  readonly single: ReadonlyMap<string, readonly Target[]>;
  /** First term of a phrase → the phrases starting with it. */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
}

/** A phrase of several terms, and what it stands for. */
export interface Phrase {
  readonly terms: readonly string[];
  readonly targets: readonly Target[];
  /** Also a service's own words ("popote roulante", "violence conjugale"), not only a resident's. */
  readonly named: boolean;
}

export interface SynonymTable {
  /** Residents' words for needs, and the feed's own synonyms. */
  readonly needs: Table;
  /**
   * Services' words for each other, across languages ("banque alimentaire",
   * "food bank"): used only for a word the feed does not use itself, where
   * they bridge a language; where it does, they would only widen the list.
   */
  readonly services: Table;
}

/**
 * Words too general to stand for a need on their own: a target phrase such as
 * "legal aid" or "clinique d'impôts" keeps only its specific words.
 */
const GENERAL = new Set(
  terms(
    'aide aid help information info droit droits right rights centre center service services soutien support clinique clinic ' +
      'maison house home groupe group ligne line care soins ressource resource comité committee office bureau programme program ' +
      'public personnes people communautaire community',
  ),
);

class Builder {
  readonly single = new Map<string, Map<string, number>>();
  readonly phrases = new Map<string, Map<string, number>>();
  /** Phrases that are also services' words ("popote roulante"): a feed that uses them means the service. */
  readonly named = new Set<string>();

  add(words: readonly string[], means: readonly string[], quality: number): void {
    const targets = new Set<string>();
    const named = new Set<string>();
    for (const m of means) {
      const ts = terms(m);
      named.add(ts.join(' '));
      for (const t of ts) if (ts.length === 1 || !GENERAL.has(t)) targets.add(t);
    }
    for (const w of words) {
      const ts = terms(w);
      if (!ts.length) continue;
      const into = ts.length === 1 ? this.single : this.phrases;
      const key = ts.join(' ');
      if (ts.length > 1 && named.has(key)) this.named.add(key);
      let map = into.get(key);
      if (!map) into.set(key, (map = new Map()));
      for (const t of targets) if (!ts.includes(t) && (map.get(t) ?? 0) < quality) map.set(t, quality);
    }
  }

  table(): Table {
    const toTargets = (m: Map<string, number>) => [...m].map(([term, quality]) => ({ term, quality }));
    const single = new Map([...this.single].map(([k, m]) => [k, toTargets(m)] as const));
    const phrases = new Map<string, Phrase[]>();
    for (const [key, m] of this.phrases) {
      const ts = key.split(' ');
      const list = phrases.get(ts[0]!) ?? [];
      list.push({ terms: ts, targets: toTargets(m), named: this.named.has(key) });
      // Longest first: "nothing to eat" before "nothing".
      list.sort((a, b) => b.terms.length - a.terms.length);
      phrases.set(ts[0]!, list);
    }
    return { single, phrases };
  }
}

let builtIn: { needs: Builder; services: Table } | undefined;
function builtInBuilders(): { needs: Builder; services: Table } {
  if (!builtIn) {
    const needs = new Builder();
    const services = new Builder();
    for (const [words, means] of NEEDS) {
      needs.add(words.split('|'), means.split('|'), NEEDS_QUALITY);
      services.add(means.split('|'), means.split('|'), NEEDS_QUALITY);
    }
    builtIn = { needs, services: services.table() };
  }
  return builtIn;
}

/** The built-in needs lexicon, with a feed's own synonyms over it. */
export function synonymTable(feedSynonyms: readonly Synonym[]): SynonymTable {
  const base = builtInBuilders();
  if (!feedSynonyms.length) return (builtInTable ??= { needs: base.needs.table(), services: base.services });
  const b = new Builder();
  for (const [k, m] of base.needs.single) b.single.set(k, new Map(m));
  for (const [k, m] of base.needs.phrases) b.phrases.set(k, new Map(m));
  for (const k of base.needs.named) b.named.add(k);
  for (const s of feedSynonyms) b.add(s.words, s.means, FEED_SYNONYM_QUALITY);
  return { needs: b.table(), services: base.services };
}
let builtInTable: SynonymTable | undefined;

/**
 * For each query term, the targets it stands for: those of every phrase of
 * the table that the query's terms spell out around it or, when no phrase
 * covers it, its own. A phrase wins over its words: in « un seul repas »,
 * "seul" is a meal, not loneliness; in « parent seul », a family. Targets
 * that come from a phrase of residents' words (not a service's name, such as
 * "popote roulante") are marked `phrase`: the resident's words say the need,
 * even where the feed uses one of them in another sense.
 */
export function synonymsOf(table: Table, queryTerms: readonly string[]): Target[][] {
  const own: Map<string, number>[] = queryTerms.map(() => new Map());
  const fromPhrases: Map<string, number>[] = queryTerms.map(() => new Map());
  const resident: boolean[] = queryTerms.map(() => false);
  const put = (into: Map<string, number>, targets: readonly Target[]) => {
    for (const { term, quality } of targets) if ((into.get(term) ?? 0) < quality) into.set(term, quality);
  };
  queryTerms.forEach((t, i) => {
    const single = table.single.get(t);
    if (single) put(own[i]!, single);
    for (const phrase of table.phrases.get(t) ?? []) {
      const n = phrase.terms.length;
      if (i + n > queryTerms.length || phrase.terms.some((p, k) => queryTerms[i + k] !== p)) continue;
      for (let k = 0; k < n; k++) {
        put(fromPhrases[i + k]!, phrase.targets);
        if (!phrase.named) resident[i + k] = true;
      }
    }
  });
  return queryTerms.map((_, i) =>
    fromPhrases[i]!.size
      ? [...fromPhrases[i]!].map(([term, quality]) => (resident[i] ? { term, quality, phrase: true } : { term, quality }))
      : [...own[i]!].map(([term, quality]) => ({ term, quality })),
  );
}
