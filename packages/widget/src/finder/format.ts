/** Dates, times and language names, through `Intl` (no strings to translate). */
import type { Day } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';

const intlLocale = (locale: UiLocale) => (locale === 'fr' ? 'fr-CA' : 'en-CA');

const timeFormats = new Map<UiLocale, Intl.DateTimeFormat>();
/** `08:30` → "8 h 30" (fr-CA) or "8:30 a.m." (en-CA). */
export function formatTime(hhmm: string, locale: UiLocale): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  let f = timeFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(locale, f);
  }
  return f.format(new Date(Date.UTC(2024, 0, 1, h % 24, m)));
}

const DAY_INDEX: Record<Day, number> = { mo: 0, tu: 1, we: 2, th: 3, fr: 4, sa: 5, su: 6 };
/** `mo` → "lundi" / "Monday". */
export function weekdayName(day: Day, locale: UiLocale): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + DAY_INDEX[day])),
  );
}

/** `fr` → "français" / "French"; unknown tags are returned as they are. */
export function languageName(tag: string, locale: UiLocale): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** A number as the UI language writes it. */
export function formatCount(n: number, locale: UiLocale): string {
  return new Intl.NumberFormat(intlLocale(locale)).format(n);
}
