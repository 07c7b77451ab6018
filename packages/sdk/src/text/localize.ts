import type { LocalizedText } from '../feed/model.js';

/** Text picked in one language, with the language it is actually in. */
export interface LocalizedResult {
  /** The text. */
  readonly value: string;
  /** The language of `value` (a key of the localized text), for a `lang` attribute. */
  readonly lang: string;
  /** True when `value` is not in the asked language, so a UI can say "in French only". */
  readonly isFallback: boolean;
  /**
   * With `isFallback`: true when the text exists in no other language, so a
   * UI says "only in French" rather than just "in French".
   */
  readonly isOnlyLanguage?: boolean;
}

/** A language tag's base language: `fr-CA` → `fr`, `zh-Hans` → `zh`. */
export function baseLanguage(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}

/**
 * A record's text in the asked language, else in the first fallback that
 * exists (typically the feed's default language), else in any language it
 * has. Region subtags are matched loosely: `fr-CA` finds `fr`, `fr` finds
 * `fr-CA`.
 *
 * @example
 * localize({ fr: 'Santé', en: 'Health' }, 'en') // { value: 'Health', lang: 'en', isFallback: false }
 * localize({ fr: 'Santé' }, 'en', ['fr'])        // { value: 'Santé', lang: 'fr', isFallback: true, isOnlyLanguage: true }
 * localize({ fr: 'Santé', en: 'Health' }, 'es', ['en', 'fr']) // { value: 'Health', lang: 'en', isFallback: true, isOnlyLanguage: false }
 */
export function localize(
  text: LocalizedText | string | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): LocalizedResult | undefined {
  if (text === undefined || text === null) return undefined;
  if (typeof text === 'string') return text ? { value: text, lang: fallbacks[0] ?? locale, isFallback: false } : undefined;
  // The usual case, asked on every card of every render: the text has the
  // asked language under that very key.
  const exact = Object.prototype.hasOwnProperty.call(text, locale) ? text[locale] : undefined;
  if (exact) return { value: exact, lang: locale, isFallback: false };
  const keys = Object.keys(text).filter((k) => text[k]);
  if (keys.length === 0) return undefined;
  const find = (wanted: string): string | undefined => {
    const lower = wanted.toLowerCase();
    return (
      keys.find((k) => k.toLowerCase() === lower) ??
      keys.find((k) => baseLanguage(k) === baseLanguage(wanted))
    );
  };
  const asked = find(locale);
  if (asked) return { value: text[asked]!, lang: asked, isFallback: false };
  const isOnlyLanguage = keys.length === 1;
  for (const fallback of fallbacks) {
    const key = find(fallback);
    if (key) return { value: text[key]!, lang: key, isFallback: true, isOnlyLanguage };
  }
  const key = keys[0]!;
  return { value: text[key]!, lang: key, isFallback: true, isOnlyLanguage };
}
