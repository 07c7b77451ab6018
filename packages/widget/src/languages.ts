/**
 * The interface languages: the one table every other list of them comes
 * from (the language menu, right-to-left, `Intl` tags, which ones are
 * downloaded). `lit-localize.json` must name the same ones, as a test checks;
 * `locale-loader.ts` keeps one literal `import()` per downloaded language for
 * bundlers, also checked against this table.
 *
 * Each entry, in the order of the language menu (the feeds' two languages
 * first):
 * - `name`: the language named in itself;
 * - `intl`: the tag given to `Intl`: Canadian French and English,
 *   Latin-American Spanish (most Spanish-speaking residents), Brazilian
 *   Portuguese. `Intl` has no Haitian Creole data (it would answer in
 *   English): numbers and times are written as in Haiti's French (`fr-HT`),
 *   and `format.ts` names weekdays and languages in Creole itself;
 * - `offer`: "Show in this language", written in that language, offered to a
 *   resident whose browser prefers it (machine-drafted beyond French and
 *   English: see docs/translations.md);
 * - `rtl`: written right to left;
 * - `inline`: compiled into every build, no download to switch to it.
 */
export const LANGUAGES = {
  fr: { name: 'Français', intl: 'fr-CA', offer: 'Afficher en français', inline: true },
  en: { name: 'English', intl: 'en-CA', offer: 'Show in English', inline: true },
  es: { name: 'Español', intl: 'es-419', offer: 'Ver en español' },
  ar: { name: 'العربية', intl: 'ar', offer: 'عرض بالعربية', rtl: true },
  ht: { name: 'Kreyòl ayisyen', intl: 'fr-HT', offer: 'Afiche an kreyòl' },
  'zh-Hans': { name: '简体中文', intl: 'zh-Hans', offer: '以简体中文显示' },
  fa: { name: 'فارسی', intl: 'fa', offer: 'نمایش به فارسی', rtl: true },
  uk: { name: 'Українська', intl: 'uk', offer: 'Показати українською' },
  vi: { name: 'Tiếng Việt', intl: 'vi', offer: 'Hiển thị bằng tiếng Việt' },
  pt: { name: 'Português', intl: 'pt-BR', offer: 'Ver em português' },
} as const satisfies Record<string, { name: string; intl: string; offer: string; rtl?: true; inline?: true }>;

/** The languages the widget's interface speaks. */
export type UiLocale = keyof typeof LANGUAGES;

/** In the order of the language menu: the feeds' two languages, then the others. */
export const UI_LOCALES = Object.keys(LANGUAGES) as readonly UiLocale[];

const entry = (locale: UiLocale): { name: string; intl: string; offer: string; rtl?: true; inline?: true } => LANGUAGES[locale];

/** Compiled into every build: no download to switch between them. */
export const INLINE_LOCALES: readonly UiLocale[] = UI_LOCALES.filter((l) => entry(l).inline);

/** Downloaded when an element is about to speak them. */
export const DOWNLOADED_LOCALES: readonly UiLocale[] = UI_LOCALES.filter((l) => !entry(l).inline);

/** The language named in itself ("Español", "العربية"). */
export const autonym = (locale: UiLocale): string => entry(locale).name;

/** "Show in this language", in that language. */
export const offerText = (locale: UiLocale): string => entry(locale).offer;

/** `rtl` for Arabic and Persian, else `ltr`. */
export const directionOf = (locale: UiLocale): 'rtl' | 'ltr' => (entry(locale).rtl ? 'rtl' : 'ltr');

/** The tag given to `Intl` for a UI language. */
export const intlLocale = (locale: UiLocale): string => entry(locale).intl;
