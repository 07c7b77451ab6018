/**
 * A needs report's figures, from the ndjson a collector wrote: what residents
 * looked for by category, region, week and language, the words of searches
 * that found nothing (only those in at least `k` separate batches), distress
 * searches per week, and the gaps — places and needs where residents search
 * and the feed lists nothing local. Lines that are not valid batches are
 * counted and left out, never trusted.
 */
import { readFileSync } from 'node:fs';
import { checkNeedsBatch, createFinder, localize, NEEDS_LIMITS, RESULT_BUCKETS, type Feed, type NeedsBatch, type ResultBucket } from '@repere/sdk';
import type { Lang } from '../messages.js';

export interface Counted {
  readonly id: string;
  /** The feed's name for it, in the report's language; the id when the feed does not know it. */
  readonly name: string;
  readonly searches: number;
}

export interface WeekFigures {
  /** The Monday of the week, `YYYY-MM-DD`. */
  readonly week: string;
  readonly searches: number;
  readonly distress: number;
  readonly nothingFound: number;
  /** Searches per category id (the report's top categories). */
  readonly categories: Readonly<Record<string, number>>;
  /** Searches per region id (the report's top regions). */
  readonly regions: Readonly<Record<string, number>>;
}

export interface UnfoundWord {
  readonly word: string;
  /** Separate batches that hold it (at least `k`). */
  readonly batches: number;
  /** The category most often read in the same searches, to group words by need. */
  readonly category?: string;
}

export interface Gap {
  readonly region: Counted;
  readonly category: Counted;
  /** Searches for this need in this place. */
  readonly searches: number;
  /** `nothing`: the feed lists nothing there; `only-wide`: only services without a region (shown everywhere). */
  readonly kind: 'nothing' | 'only-wide';
  /** Records of this category elsewhere in the feed. */
  readonly elsewhere: number;
}

export interface NeedsFigures {
  readonly k: number;
  readonly batches: number;
  readonly searches: number;
  /** Lines that were not valid batches, left out. */
  readonly skipped: number;
  readonly from?: string;
  readonly to?: string;
  readonly results: Readonly<Record<ResultBucket, number>>;
  readonly categories: readonly Counted[];
  readonly regions: readonly Counted[];
  readonly languages: readonly Counted[];
  readonly weeks: readonly WeekFigures[];
  readonly unfound: readonly UnfoundWord[];
  /** Absent without a feed. */
  readonly gaps?: readonly Gap[];
}

/** Categories, and regions, followed week by week in the report. */
const TOP_WEEKLY = 6;

/** The Monday of a day's week. */
export function weekOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);
const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1);

/** The valid batches of an ndjson text, and how many lines were not. */
export function readBatches(text: string): { batches: NeedsBatch[]; skipped: number } {
  const batches: NeedsBatch[] = [];
  let skipped = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      skipped++;
      continue;
    }
    const check = checkNeedsBatch(value);
    if (check.ok) batches.push(check.batch);
    else skipped++;
  }
  return { batches, skipped };
}

/** {@link needsFigures} of an ndjson file. */
export async function needsFiguresOfFile(path: string, feed: Feed | undefined, lang: Lang, k: number = NEEDS_LIMITS.k): Promise<NeedsFigures> {
  const { batches, skipped } = readBatches(readFileSync(path, 'utf8'));
  return needsFigures(batches, feed, lang, k, skipped);
}

/** The report's figures. Without a feed, names are ids and there are no gaps. */
export async function needsFigures(batches: readonly NeedsBatch[], feed: Feed | undefined, lang: Lang, k: number = NEEDS_LIMITS.k, skipped = 0): Promise<NeedsFigures> {
  const nameOf = (list: readonly { id: string; name: unknown }[] | undefined) => {
    const names = new Map((list ?? []).map((x) => [x.id, localize(x.name as string, lang)?.value ?? x.id]));
    return (id: string) => names.get(id) ?? id;
  };
  const categoryName = nameOf(feed?.categories);
  const regionName = nameOf(feed?.regions);

  const categories = new Map<string, number>();
  const regions = new Map<string, number>();
  const languages = new Map<string, number>();
  const pairs = new Map<string, number>();
  const results = Object.fromEntries(RESULT_BUCKETS.map((b) => [b, 0])) as Record<ResultBucket, number>;
  const weeks = new Map<string, { searches: number; distress: number; nothingFound: number; categories: Map<string, number>; regions: Map<string, number> }>();
  const wordBatches = new Map<string, number>();
  const wordCategories = new Map<string, Map<string, number>>();
  let searches = 0;
  let from: string | undefined;
  let to: string | undefined;

  for (const batch of batches) {
    if (!from || batch.day < from) from = batch.day;
    if (!to || batch.day > to) to = batch.day;
    const w = weekOf(batch.day);
    let week = weeks.get(w);
    if (!week) weeks.set(w, (week = { searches: 0, distress: 0, nothingFound: 0, categories: new Map(), regions: new Map() }));
    const words = new Set<string>();
    for (const s of batch.searches) {
      searches++;
      week.searches++;
      results[s.results]++;
      add(languages, s.lang);
      if (s.distress) week.distress++;
      if (s.results === '0') week.nothingFound++;
      for (const c of s.categories) {
        add(categories, c);
        add(week.categories, c);
        for (const r of s.regions) add(pairs, `${r}\n${c}`);
      }
      for (const r of s.regions) {
        add(regions, r);
        add(week.regions, r);
      }
      for (const t of s.tokens ?? []) {
        words.add(t);
        const cats = wordCategories.get(t) ?? new Map<string, number>();
        for (const c of s.categories) add(cats, c);
        wordCategories.set(t, cats);
      }
    }
    // A word counts once per batch: k separate batches, not k searches by one person.
    for (const t of words) add(wordBatches, t);
  }

  const counted = (map: Map<string, number>, name: (id: string) => string): Counted[] =>
    [...map].sort(byCount).map(([id, n]) => ({ id, name: name(id), searches: n }));
  const topCategories = [...categories].sort(byCount).slice(0, TOP_WEEKLY).map(([id]) => id);
  const topRegions = [...regions].sort(byCount).slice(0, TOP_WEEKLY).map(([id]) => id);

  const unfound: UnfoundWord[] = [...wordBatches]
    .filter(([, n]) => n >= k)
    .sort(byCount)
    .map(([word, n]) => {
      const top = [...(wordCategories.get(word) ?? [])].sort(byCount)[0]?.[0];
      return { word, batches: n, ...(top ? { category: top } : {}) };
    });

  return {
    k,
    batches: batches.length,
    searches,
    skipped,
    ...(from ? { from, to } : {}),
    results,
    categories: counted(categories, categoryName),
    regions: counted(regions, regionName),
    languages: counted(languages, (id) => id),
    weeks: [...weeks]
      .sort((a, b) => (a[0] < b[0] ? -1 : 1))
      .map(([week, f]) => ({
        week,
        searches: f.searches,
        distress: f.distress,
        nothingFound: f.nothingFound,
        categories: Object.fromEntries(topCategories.map((c) => [c, f.categories.get(c) ?? 0])),
        regions: Object.fromEntries(topRegions.map((r) => [r, f.regions.get(r) ?? 0])),
      })),
    unfound,
    ...(feed ? { gaps: await gapsOf(feed, pairs, k, categoryName, regionName) } : {}),
  };
}

/**
 * Places and needs that at least `k` searches asked for and the feed serves
 * with nothing local, as the finder itself would answer (the SDK's region and
 * category filters: a region includes its towns and the region around it).
 */
async function gapsOf(
  feed: Feed,
  pairs: Map<string, number>,
  k: number,
  categoryName: (id: string) => string,
  regionName: (id: string) => string,
): Promise<Gap[]> {
  const finder = createFinder(feed);
  const gaps: Gap[] = [];
  const elsewhere = new Map<string, number>();
  for (const [key, n] of [...pairs].sort(byCount)) {
    if (n < k) break;
    const [region, category] = key.split('\n') as [string, string];
    const here = await finder.search('', { filters: { regions: [region], categories: [category] }, limit: feed.resources.length || 1 });
    const local = here.items.filter((i) => i.resource.regions.length > 0).length;
    if (local > 0) continue;
    if (!elsewhere.has(category)) elsewhere.set(category, (await finder.search('', { filters: { categories: [category] }, limit: 0 })).total);
    gaps.push({
      region: { id: region, name: regionName(region), searches: n },
      category: { id: category, name: categoryName(category), searches: n },
      searches: n,
      kind: here.total === 0 ? 'nothing' : 'only-wide',
      elsewhere: elsewhere.get(category)! - here.total,
    });
  }
  return gaps;
}
