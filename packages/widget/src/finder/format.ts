/**
 * Numbers, distances, dates, times, lists and language names, through `Intl`
 * (no strings to translate, no hand-written plural or number logic).
 *
 * Haitian Creole is the one UI language without `Intl` data in browsers (ICU
 * has no `ht` locale: weekdays and language names would come out in
 * English). Numbers and times follow Haiti's French (`fr-HT`), and the two
 * tables below give weekday names and the usual feed languages' names in
 * Creole itself; any other language falls back to its own name (autonym).
 */
import { baseLanguage, type Day } from '@repere/sdk';
import { countText, formatter, intlLocale, type UiLocale } from '../i18n.js';
import { remembered } from './remembered.js';

const HT_DAYS: Readonly<Record<Day, string>> = { mo: 'lendi', tu: 'madi', we: 'mèkredi', th: 'jedi', fr: 'vandredi', sa: 'samdi', su: 'dimanch' };
const HT_LANGUAGES: Readonly<Record<string, string>> = {
  fr: 'fransè',
  en: 'angle',
  es: 'panyòl',
  ht: 'kreyòl ayisyen',
  ar: 'arab',
  zh: 'chinwa',
  fa: 'pès',
  uk: 'ikrenyen',
  vi: 'vyetnamyen',
  pt: 'pòtigè',
  it: 'italyen',
  ru: 'ris',
  iu: 'inouktitout',
  cr: 'kri',
};

/** `08:30` → "8 h 30" (fr-CA) or "8:30 a.m." (en-CA). */
export function formatTime(hhmm: string, locale: UiLocale): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const f = formatter(`time:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(2024, 0, 1, h % 24, m)));
}

const DAY_INDEX: Record<Day, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
/** `mo` → "lundi" / "Monday". */
export function weekdayName(day: Day, locale: UiLocale, weekday: 'long' | 'short' = 'long'): string {
  if (locale === 'ht') return weekday === 'long' ? HT_DAYS[day] : HT_DAYS[day].slice(0, 3);
  // 2024-01-01 was a Monday.
  const f = formatter(`weekday:${weekday}:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { weekday, timeZone: 'UTC' }));
  return f.format(new Date(Date.UTC(2024, 0, 1 + DAY_INDEX[day])));
}

/** `fr` → "français" / "French" / "الفرنسية" / "fransè"; unknown tags are returned as they are. */
export function languageName(tag: string, locale: UiLocale): string {
  return languageNames(`${locale} ${tag}`, () => {
    try {
      if (locale === 'ht') {
        const base = baseLanguage(tag);
        // Else the language's own name (autonym): a formatter per tag, once.
        return HT_LANGUAGES[base] ?? formatter(`language:${tag}`, () => new Intl.DisplayNames([tag], { type: 'language' })).of(tag) ?? tag;
      }
      return formatter(`language:${locale}`, () => new Intl.DisplayNames([intlLocale(locale)], { type: 'language' })).of(tag) ?? tag;
    } catch {
      return tag;
    }
  });
}

const languageNames = remembered<string>();

/** `['français', 'anglais']` → "français et anglais", "الفرنسية والإنجليزية", "fransè ak angle"… */
export function formatList(items: readonly string[], locale: UiLocale): string {
  // No Creole in Intl (fr-HT would say "et"): Creole joins the last item with "ak".
  if (locale === 'ht') return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ak ${items.at(-1)}`;
  return formatter(`list:${locale}`, () => new Intl.ListFormat(intlLocale(locale), { type: 'conjunction', style: 'long' })).format(items);
}

/**
 * A list inside a sentence: "À domicile et par téléphone", "In person and by
 * phone". The names of the feed's delivery modes begin with a capital, as
 * filter options; after the first, they take the lower case inside a sentence.
 */
/**
 * The languages a service is given in, after "in": Haitian Creole repeats its
 * preposition before each one ("Sèvis an fransè ak an angle"); other
 * languages list them as {@link formatList} does.
 */
export function formatLanguageList(items: readonly string[], locale: UiLocale): string {
  return locale === 'ht' ? formatList(items.map((item, i) => (i ? `an ${item}` : item)), locale) : formatList(items, locale);
}

export function formatSentenceList(items: readonly string[], locale: UiLocale): string {
  return formatList(items.map((item, i) => (i ? item.charAt(0).toLocaleLowerCase(intlLocale(locale)) + item.slice(1) : item)), locale);
}

/** A date as the UI language writes it in full ("22 novembre 2025"). */
export function formatDate(date: Date, locale: UiLocale): string {
  return formatter(`date:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long' })).format(date);
}

/** `YYYY-MM-DD` as a UTC instant, for formatting a calendar date. */
const utcDate = (date: string): Date => new Date(`${date}T12:00:00Z`);

/**
 * The month a season starts in ("mars", "March"), with its year when it is
 * almost a year away or more. Gregorian months in every language: a season
 * is given by Gregorian dates.
 */
export function formatMonth(date: string, today: string, locale: UiLocale): string {
  const far = utcDate(date).getTime() - utcDate(today).getTime() > 330 * 86400000;
  const key = `month:${far}:${locale}`;
  return formatter(key, () => new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', calendar: 'gregory', timeZone: 'UTC', ...(far ? { year: 'numeric' } : {}) })).format(utcDate(date));
}

/** A season of hours, "1 mars – 30 avril"; an open end is left blank ("1 mars –"). */
export function formatSeason(from: string | undefined, to: string | undefined, locale: UiLocale): string {
  const f = formatter(`season:${locale}`, () => new Intl.DateTimeFormat(intlLocale(locale), { day: 'numeric', month: 'long', calendar: 'gregory', timeZone: 'UTC' }));
  if (from && to) return f.formatRange(utcDate(from), utcDate(to));
  return from ? `${f.format(utcDate(from))} –` : `– ${f.format(utcDate(to!))}`;
}

/** A number as the UI language writes it: one home, in `i18n.ts` (the status line's counts use it too). */
export { formatCount } from '../i18n.js';

/** `2.34` → "2,3 km" / "2.3 km"; whole kilometres from 10 km. */
export function formatKm(km: number, locale: UiLocale): string {
  const digits = km < 10 ? 1 : 0;
  return formatter(`km:${digits}:${locale}`, () => new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: 'kilometer', maximumFractionDigits: digits })).format(km);
}

/**
 * Makes the formatters a first page of cards uses, in an idle moment before
 * it comes: a browser loads each kind's locale data on first use, tens of
 * milliseconds in all on a phone, which would otherwise fall on the first draw.
 */
export function warmFormatters(locale: UiLocale): void {
  countText(1, locale);
  formatTime('09:00', locale);
  weekdayName('mo', locale);
  formatList(['a', 'b'], locale);
  languageName('en', locale);
}
