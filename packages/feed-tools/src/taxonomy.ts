/**
 * Taxonomy terms of a source (AIRS/211 terms and codes, HSDS taxonomy terms)
 * as feed categories. The codes are kept on the categories (`codes`), so that
 * a feed can be matched again to the source's taxonomy. With a `--base` feed,
 * a term goes to the base category that lists its code (or the code of an
 * ancestor: `BD-1800` takes `BD-1800.2000`), else the one with its name; the
 * terms that match nothing are counted, to be reported most frequent first.
 */
import type { CategoryInput } from '@repere/sdk';
import { fold, isId, slug, Vocabulary } from './base.js';
import type { Notes } from './notes.js';

/** One taxonomy term as a source gives it: a name, a code, or both. */
export interface SourceTerm {
  readonly name?: string;
  readonly code?: string;
}

/** Whether `code` is `prefix` or lies below it in a dotted or dashed code tree. */
function under(code: string, prefix: string): boolean {
  return code === prefix || (code.startsWith(prefix) && /[.\-]/.test(code.charAt(prefix.length)));
}

/** The categories made from a source's taxonomy. */
export class Taxonomy {
  readonly categories: Vocabulary<CategoryInput>;
  private readonly baseCodes: [string, string][] = [];
  private readonly baseIds: ReadonlySet<string>;
  private readonly made = new Map<string, CategoryInput>();
  private readonly misses = new Map<string, { name?: string; code?: string; count: number }>();

  constructor(
    private readonly base: readonly CategoryInput[] | undefined,
    private readonly locale: string,
  ) {
    this.categories = new Vocabulary<CategoryInput>(base, locale);
    this.baseIds = new Set((base ?? []).map((c) => c.id));
    for (const category of base ?? []) {
      const codes = (category as { codes?: unknown }).codes;
      if (Array.isArray(codes)) for (const code of codes) if (typeof code === 'string') this.baseCodes.push([fold(code), category.id]);
    }
    // Longest code first: the most specific base category wins.
    this.baseCodes.sort((a, b) => b[0].length - a[0].length);
  }

  /** The base category for a term, by code then by name; `undefined` when there is no base or no match. */
  match(term: SourceTerm): string | undefined {
    if (term.code) {
      const code = fold(term.code);
      const hit = this.baseCodes.find(([prefix]) => under(code, prefix));
      if (hit) return hit[1];
    }
    // Only the base's own categories: a term must not match a category made from another term.
    const named = term.name ? this.categories.find(term.name) : undefined;
    return named !== undefined && this.baseIds.has(named) ? named : undefined;
  }

  /**
   * The category ids for a record's terms. With a base, the matched base
   * categories; the terms that match nothing are counted and, only when none
   * matched, made into categories so that the record stays findable. Without
   * a base, one category per term, keeping its code.
   */
  resolve(terms: readonly SourceTerm[]): { ids: string[]; created: { id: string; name: string }[] } {
    const ids: string[] = [];
    const created: { id: string; name: string }[] = [];
    const missed: SourceTerm[] = [];
    for (const term of terms) {
      const id = this.base ? this.match(term) : undefined;
      if (id) {
        if (!ids.includes(id)) ids.push(id);
      } else missed.push(term);
    }
    if (this.base) for (const term of missed) this.miss(term);
    if (ids.length === 0 || !this.base) {
      for (const term of missed) {
        const made = this.make(term);
        if (!made) continue;
        if (!ids.includes(made.id)) ids.push(made.id);
        if (made.created && !created.some((c) => c.id === made.id)) created.push({ id: made.id, name: term.name ?? term.code ?? made.id });
      }
    }
    return { ids, created };
  }

  /** A category for a term that no base category takes: id from the name (or code), the code kept. */
  private make(term: SourceTerm): { id: string; created: boolean } | undefined {
    const name = term.name?.trim() || term.code?.trim();
    if (!name) return undefined;
    const id = slug(name) || (term.code && isId(term.code) ? term.code : '');
    if (!id) return undefined;
    let category = this.made.get(id);
    const created = category === undefined && !this.categories.has(id);
    if (!category && created) {
      category = { id, name: { [this.locale]: name } };
      this.categories.define(category);
      this.made.set(id, category);
    }
    if (category && term.code) {
      const codes = ((category as { codes?: string[] }).codes ??= []);
      if (!codes.includes(term.code)) codes.push(term.code);
    }
    return { id, created };
  }

  /** Counts a term that matched no base category, for {@link reportUnmatched}. */
  miss(term: SourceTerm): void {
    const key = `${term.code ?? ''}\u0000${fold(term.name ?? '')}`;
    const miss = this.misses.get(key);
    if (miss) miss.count++;
    else this.misses.set(key, { ...term, count: 1 });
  }

  /** One warning per term that matched no base category, most frequent first. */
  reportUnmatched(notes: Notes): void {
    const misses = [...this.misses.values()].sort((a, b) => b.count - a.count || (a.name ?? a.code ?? '').localeCompare(b.name ?? b.code ?? ''));
    for (const miss of misses) {
      notes.warning('taxonomy-unmatched', { term: miss.name ?? miss.code ?? '', code: miss.code && miss.name ? miss.code : '', count: miss.count });
    }
  }
}
