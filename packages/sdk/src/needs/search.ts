/**
 * One search as aggregable facts (a {@link NeedSearch}): what a city may
 * count about what residents look for without learning who looked. Used by
 * `<repere-finder>` with `needs-endpoint`, and by any SDK user who wants the
 * same.
 */
import type { Category } from '../feed/model.js';
import type { SearchFilters, SearchResults } from '../search/finder.js';
import { queryTerms, terms } from '../search/normalize.js';
import { synonymTable, synonymsOf } from '../search/synonyms.js';
import { NEEDS_LIMITS, type NeedFilter, type ResultBucket } from './limits.js';
import { safeTokens } from './tokens.js';

/** One search, as facts a report can count. No text but feed ids and, for a search that found nothing, safe words. */
export interface NeedSearch {
  /** The interface language's primary subtag: `fr`, `en`, `es`… */
  readonly lang: string;
  /** Region ids of the feed: the region filter, and places named in the query. */
  readonly regions: readonly string[];
  /** Category ids of the feed that the results and the needs vocabulary point to. */
  readonly categories: readonly string[];
  /** How many resources matched, as a bucket. */
  readonly results: ResultBucket;
  /** Whether the query was read as distress (`SearchResults.distress`). */
  readonly distress: boolean;
  /** Which filters were used, by name. */
  readonly filters: readonly NeedFilter[];
  /** Only for a search that found nothing and was not distress: its safe words ({@link safeTokens}). */
  readonly tokens?: readonly string[];
}

/** What {@link needSearch} reads. A `Feed` or the element's `FeedSummary` is a `feed`. */
export interface NeedSearchInput {
  readonly query: string;
  readonly results: Pick<SearchResults, 'total' | 'distress' | 'places'> & {
    readonly items: readonly { readonly resource: { readonly categories: readonly string[] } }[];
  };
  readonly feed: { readonly categories: readonly Category[]; readonly regions: readonly { readonly id: string }[] };
  /** The interface language (`fr-CA` counts as `fr`). */
  readonly lang: string;
  readonly filters?: SearchFilters;
  /** Whether results were sorted by distance ("Near me"): only that, never the position. */
  readonly near?: boolean;
}

/** Each category's index terms (its id, names and keywords), once per category list. */
const categoryTerms = new WeakMap<readonly Category[], readonly (readonly [string, ReadonlySet<string>])[]>();

function termsOfCategories(categories: readonly Category[]): readonly (readonly [string, ReadonlySet<string>])[] {
  let table = categoryTerms.get(categories);
  if (!table) {
    table = categories.map((c) => {
      const text = [c.id.replace(/[-_.:]/g, ' '), ...Object.values(c.name), ...Object.values(c.keywords).flat()].join(' \n ');
      return [c.id, new Set(terms(text))] as const;
    });
    categoryTerms.set(categories, table);
  }
  return table;
}

/** The categories whose words the query's words, or what the needs vocabulary reads in them, name. */
function vocabularyCategories(query: string, categories: readonly Category[]): string[] {
  const own = queryTerms(query);
  if (!own.length) return [];
  const wanted = new Set(own);
  // Residents' words for needs only: services' words for each other would widen "popote" to every food category.
  for (const targets of synonymsOf(synonymTable([]).needs, own)) for (const t of targets) wanted.add(t.term);
  return termsOfCategories(categories)
    .filter(([, ts]) => [...wanted].some((t) => ts.has(t)))
    .map(([id]) => id);
}

function bucket(total: number): ResultBucket {
  return total <= 0 ? '0' : total <= 5 ? '1-5' : '6+';
}

function usedFilters(filters: SearchFilters, near: boolean): NeedFilter[] {
  const used: NeedFilter[] = [];
  const some = (list: readonly unknown[] | undefined) => !!list && list.length > 0;
  if (some(filters.categories)) used.push('category');
  if (some(filters.regions)) used.push('region');
  if (some(filters.audiences)) used.push('audience');
  if (some(filters.languages)) used.push('language');
  if (some(filters.delivery)) used.push('delivery');
  if (some(filters.cost)) used.push('cost');
  if (filters.openNow) used.push('open-now');
  if (near) used.push('near');
  return used;
}

/**
 * One search as facts that can be sent and counted: the language, regions
 * and categories (ids of the feed only), a result bucket, whether it was
 * read as distress, the filters used by name, and — only when it found
 * nothing and was not distress — the words {@link safeTokens} lets through.
 * Never the query, a position, a count, a record id or a time.
 *
 * @example
 * const results = await finder.search(query, { filters });
 * pending.push(needSearch({ query, results, feed: finder.feed, lang: 'fr', filters }));
 */
export function needSearch(input: NeedSearchInput, limits: Readonly<typeof NEEDS_LIMITS> = NEEDS_LIMITS): NeedSearch {
  const { feed, results } = input;
  const filters = input.filters ?? {};
  const knownRegions = new Set(feed.regions.map((r) => r.id));
  const knownCategories = new Set(feed.categories.map((c) => c.id));
  const regions = [...new Set([...(filters.regions ?? []), ...results.places])].filter((id) => knownRegions.has(id));

  // The categories the resident chose, then those most of the results share, then those the words name.
  const counts = new Map<string, number>();
  for (const item of results.items) for (const c of item.resource.categories) counts.set(c, (counts.get(c) ?? 0) + 1);
  const fromResults = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  const categories = [
    ...new Set([...(filters.categories ?? []), ...fromResults.slice(0, 2), ...vocabularyCategories(input.query, feed.categories)]),
  ].filter((id) => knownCategories.has(id));

  const distress = results.distress.length > 0;
  const fact: NeedSearch = {
    lang: (/^[a-z]{2,3}/i.exec(input.lang)?.[0] ?? 'und').toLowerCase(),
    regions: regions.slice(0, limits.regions).sort(),
    categories: categories.slice(0, limits.categories).sort(),
    results: bucket(results.total),
    distress,
    filters: usedFilters(filters, !!input.near),
  };
  if (results.total > 0 || distress) return fact;
  const tokens = safeTokens(input.query, limits);
  return tokens.length ? { ...fact, tokens } : fact;
}
