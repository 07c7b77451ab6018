/**
 * `repere stats`: the report a coordinator reads before publishing. What is
 * in the feed, per category, region and language, and what is missing.
 */
import { languageName } from './languages.js';
import type { Feed, LocalizedText } from '@repere/sdk';
import type { Lang } from './messages.js';

export interface Count {
  readonly id: string;
  readonly name: string;
  readonly count: number;
}

/** Translation coverage for one locale. */
export interface Coverage {
  readonly locale: string;
  /** Resources whose name exists in this locale. */
  readonly names: number;
  /** Resources with a description, and how many of those have one in this locale. */
  readonly descriptions: number;
  readonly withDescription: number;
}

/** The numbers behind `repere stats`. */
export interface FeedStats {
  readonly title: string;
  readonly resources: number;
  readonly defaultLocale: string;
  readonly categories: readonly Count[];
  readonly regions: readonly Count[];
  /** Resources with no region. */
  readonly withoutRegion: number;
  /** Languages of service (`languages` of resources), most frequent first. */
  readonly languages: readonly Count[];
  readonly translation: readonly Coverage[];
  readonly missing: { readonly hours: number; readonly phone: number; readonly location: number };
  readonly updated: { readonly feed?: string; readonly newest?: string; readonly oldest?: string; readonly undated: number };
  readonly problems: { readonly errors: number; readonly warnings: number };
}

function name(text: LocalizedText, lang: string, fallback: string): string {
  return text[lang] ?? Object.entries(text).find(([l]) => l.startsWith(lang))?.[1] ?? Object.values(text)[0] ?? fallback;
}

/**
 * Computes the statistics of a validated feed. Categories and regions are
 * named in `lang` when the feed has that translation, and listed even when no
 * resource uses them (an empty category is worth noticing).
 */
export function feedStats(feed: Feed, lang: Lang = 'en'): FeedStats {
  const perCategory = new Map<string, number>();
  const perRegion = new Map<string, number>();
  const perLanguage = new Map<string, number>();
  let withoutRegion = 0;
  const dates: string[] = [];
  for (const r of feed.resources) {
    for (const c of r.categories) perCategory.set(c, (perCategory.get(c) ?? 0) + 1);
    for (const g of r.regions) perRegion.set(g, (perRegion.get(g) ?? 0) + 1);
    if (r.regions.length === 0) withoutRegion++;
    for (const l of r.languages) perLanguage.set(l, (perLanguage.get(l) ?? 0) + 1);
    if (r.updated) dates.push(r.updated);
  }
  const byCount = (a: Count, b: Count) => b.count - a.count || a.name.localeCompare(b.name, lang);
  dates.sort();
  const withDescription = feed.resources.filter((r) => r.description).length;
  return {
    title: name(feed.meta.title, lang, ''),
    resources: feed.resources.length,
    defaultLocale: feed.meta.defaultLocale,
    categories: feed.categories.map((c) => ({ id: c.id, name: name(c.name, lang, c.id), count: perCategory.get(c.id) ?? 0 })).sort(byCount),
    regions: feed.regions.map((g) => ({ id: g.id, name: name(g.name, lang, g.id), count: perRegion.get(g.id) ?? 0 })).sort(byCount),
    withoutRegion,
    languages: [...perLanguage].map(([id, count]) => ({ id, name: languageName(id, lang), count })).sort(byCount),
    translation: feed.meta.locales.map((locale) => ({
      locale,
      names: feed.resources.filter((r) => locale in r.name).length,
      descriptions: feed.resources.filter((r) => r.description && locale in r.description).length,
      withDescription,
    })),
    missing: {
      hours: feed.resources.filter((r) => r.hours.length === 0).length,
      phone: feed.resources.filter((r) => r.phones.length === 0).length,
      location: feed.resources.filter((r) => r.locations.length === 0).length,
    },
    updated: {
      ...(feed.meta.updated ? { feed: feed.meta.updated } : {}),
      ...(dates.length ? { newest: dates.at(-1)!, oldest: dates[0]! } : {}),
      undated: feed.resources.length - dates.length,
    },
    problems: {
      errors: feed.problems.filter((p) => p.severity === 'error').length,
      warnings: feed.problems.filter((p) => p.severity === 'warning').length,
    },
  };
}

const WORDS = {
  en: {
    resources: 'resources', categories: 'Categories', regions: 'Regions', noRegion: '(no region)', languages: 'Languages of service',
    none: '(none)', translation: 'Translation coverage', names: 'names', descriptions: 'descriptions', missing: 'Missing',
    hours: 'without hours', phone: 'without a phone', location: 'without a location', updated: 'Last update',
    feed: 'feed', newest: 'newest resource', oldest: 'oldest resource', undated: 'resources without a date',
    problems: 'Validation', errors: 'error(s)', warnings: 'warning(s)', hint: 'run "repere validate" for details',
  },
  fr: {
    resources: 'fiches', categories: 'Catégories', regions: 'Régions', noRegion: '(sans région)', languages: 'Langues de service',
    none: '(aucune)', translation: 'Couverture des traductions', names: 'noms', descriptions: 'descriptions', missing: 'Manques',
    hours: 'sans horaire', phone: 'sans téléphone', location: 'sans lieu', updated: 'Dernière mise à jour',
    feed: 'flux', newest: 'fiche la plus récente', oldest: 'fiche la plus ancienne', undated: 'fiches sans date',
    problems: 'Validation', errors: 'erreur(s)', warnings: 'avertissement(s)', hint: 'faites « repere validate » pour le détail',
  },
} as const;

function pct(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)} %`;
}

/** The statistics as the plain-text report `repere stats` prints. */
export function formatStats(s: FeedStats, lang: Lang = 'en'): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  const colon = lang === 'fr' ? ' :' : ':';
  lines.push(`${s.title} — ${s.resources} ${w.resources}`, '');
  const section = (title: string, items: readonly Count[], extra?: string) => {
    lines.push(`${title}${colon}`);
    if (items.length === 0 && !extra) lines.push(`  ${w.none}`);
    const width = Math.max(0, ...items.map((i) => String(i.count).length));
    for (const i of items) lines.push(`  ${String(i.count).padStart(width)}  ${i.name} [${i.id}]`);
    if (extra) lines.push(extra);
    lines.push('');
  };
  section(w.categories, s.categories);
  section(w.regions, s.regions, s.withoutRegion ? `  ${s.withoutRegion}  ${w.noRegion}` : undefined);
  section(w.languages, s.languages);
  lines.push(`${w.translation}${colon}`);
  for (const t of s.translation) {
    lines.push(`  ${t.locale}${colon} ${w.names} ${t.names}/${s.resources} (${pct(t.names, s.resources)}), ${w.descriptions} ${t.descriptions}/${t.withDescription} (${pct(t.descriptions, t.withDescription)})`);
  }
  lines.push('', `${w.missing}${colon}`);
  lines.push(`  ${s.missing.hours} ${w.hours}`, `  ${s.missing.phone} ${w.phone}`, `  ${s.missing.location} ${w.location}`, '');
  lines.push(`${w.updated}${colon}`);
  if (s.updated.feed) lines.push(`  ${w.feed}${colon} ${s.updated.feed}`);
  if (s.updated.newest) lines.push(`  ${w.newest}${colon} ${s.updated.newest}`, `  ${w.oldest}${colon} ${s.updated.oldest}`);
  lines.push(`  ${s.updated.undated} ${w.undated}`, '');
  lines.push(`${w.problems}${colon} ${s.problems.errors} ${w.errors}, ${s.problems.warnings} ${w.warnings} (${w.hint})`);
  return lines.join('\n');
}
