/**
 * UI strings and languages.
 *
 * Every UI string goes through `msg()` from @lit/localize, in *runtime* mode.
 * English is the source; French (`generated/locales/fr.ts`, built from
 * `xliff/fr.xlf`) is compiled in, so the two languages of the feeds are always
 * present and a switch between them needs no network. The other languages
 * (`es`, `ar`, `ht`, `zh-Hans`, `fa`, `uk`, `vi`, `pt`) are separate chunks,
 * downloaded only when an element is about to speak them: see
 * `locale-loader.ts` (dynamic `import()` for bundlers) and
 * `locale-loader.url.ts` (the single-file bundles: `./locales/<code>.js`
 * beside the script).
 *
 * Per-instance language: @lit/localize's `configureLocalization` keeps ONE
 * global locale, which would force two finders on a page (one `fr`, one `ar`)
 * into the same language. We use its *reentrant* configuration instead:
 * `getLocale()` is called before every `msg()`, and returns the locale of the
 * element that is rendering right now. Each `<repere-finder>` wraps its
 * (synchronous) `render()` in {@link inLocale}, so its strings are resolved in
 * its own language, whatever the other instances use.
 *
 * Configuration is lazy (no side effect at import). If the host app has
 * already configured @lit/localize on a shared copy (the bundler build shares
 * lit and @lit/localize), the host's configuration wins and the widget's
 * strings follow the host's msg implementation; the single-file bundles carry
 * their own copy and are never affected.
 */
import { msg, str } from '@lit/localize';
import { baseLanguage } from '@repere/sdk';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as fr from './generated/locales/fr.js';
import { importLocale } from './locale-loader.js';
import { UI_LOCALES, intlLocale, type UiLocale } from './languages.js';

export { INLINE_LOCALES, UI_LOCALES, autonym, directionOf, intlLocale, offerText, type UiLocale } from './languages.js';

const formatters = new Map<string, unknown>();
/**
 * One `Intl` object per kind and locale (`key`), made on first use: building
 * one costs far more than using it, and each render formats many counts,
 * days and names (about 45 ms of the first render without this, measured in
 * Chromium).
 */
export function formatter<T>(key: string, make: () => T): T {
  let f = formatters.get(key) as T | undefined;
  if (f === undefined) formatters.set(key, (f = make()));
  return f;
}

interface LocaleModule {
  readonly templates: Record<string, unknown>;
}

let active: string = sourceLocale;
let configured = false;
/** The target locales whose strings are here: French from the start, the others once downloaded. */
const loaded = new Map<string, LocaleModule>([['fr', fr]]);
const loading = new Map<string, Promise<boolean>>();

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => active,
      loadLocaleSync: (locale) => loaded.get(locale) as never,
    });
  } catch {
    // A host app configured @lit/localize first (shared copy): leave it be.
  }
}

/** Runs `fn` (a render) with `msg()` answering in `locale`. */
export function inLocale<T>(locale: UiLocale, fn: () => T): T {
  configure();
  const previous = active;
  active = locale;
  try {
    return fn();
  } finally {
    active = previous;
  }
}

/** Whether `locale`'s strings can be rendered right now, without a download. */
export const isLocaleReady = (locale: UiLocale): boolean => locale === sourceLocale || loaded.has(locale);

/**
 * Downloads `locale`'s strings once (every element shares them). Resolves to
 * `false`, without throwing, when the chunk cannot be loaded (offline, a
 * blocked file): the element keeps its French or English.
 */
export function loadUiLocale(locale: UiLocale): Promise<boolean> {
  if (isLocaleReady(locale)) return Promise.resolve(true);
  let pending = loading.get(locale);
  if (!pending) {
    pending = importLocale(locale).then(
      (module) => {
        if (!module || typeof module.templates !== 'object') return false;
        loaded.set(locale, module);
        return true;
      },
      () => false,
    );
    loading.set(locale, pending);
    // A failure is not remembered: a later switch may try again.
    void pending.then((ok) => ok || loading.delete(locale));
  }
  return pending;
}

/**
 * `fr-CA` → `fr`; `ar-MA` → `ar`; `zh`, `zh-CN`, `zh-Hant-TW` → `zh-Hans`
 * (the only Chinese script translated); `pt-PT` → `pt`; `prs` (Dari) → `fa`;
 * anything else → `undefined`.
 */
export function toUiLocale(tag: string | null | undefined): UiLocale | undefined {
  // Browsers and attributes may write `fr_CA`: read as `fr-CA`.
  const base = baseLanguage((tag ?? '').trim().replace(/_/g, '-'));
  if (base === 'zh') return 'zh-Hans';
  if (base === 'prs') return 'fa';
  return (UI_LOCALES as readonly string[]).includes(base) ? (base as UiLocale) : undefined;
}

/**
 * The languages an element may speak, best first, from its candidates (its
 * `lang`, the page's, `navigator.languages`, the feed's default): each one
 * mapped to a UI language, duplicates and unknown tags left out.
 */
export function negotiate(candidates: readonly (string | null | undefined)[]): UiLocale[] {
  const out: UiLocale[] = [];
  for (const tag of candidates) {
    const ui = toUiLocale(tag);
    if (ui && !out.includes(ui)) out.push(ui);
  }
  return out;
}

/** A number as the UI language writes it (Persian digits in `fa`). */
export function formatCount(n: number, locale: UiLocale): string {
  return formatter(`count:${locale}`, () => new Intl.NumberFormat(intlLocale(locale))).format(n);
}

/**
 * "No results" on its own; any other count as "1 ressource", "2 ressources",
 * "١١ موردًا"…: the form is chosen by `Intl.PluralRules` among the six CLDR
 * categories (ids `count.zero` … `count.other`), so that each language
 * declines the noun its own way. French: 0 and 1 take the singular
 * ("0 ressource", "1 ressource"); Arabic has a distinct form for each of
 * 0, 1, 2, 3–10, 11–99 and 100.
 */
export function countText(n: number, locale: UiLocale): string {
  const count = formatCount(n, locale);
  switch (formatter(`plural:${locale}`, () => new Intl.PluralRules(intlLocale(locale))).select(n)) {
    case 'zero': return msg(str`${count} resources`, { id: 'count.zero' });
    case 'one': return msg(str`${count} resource`, { id: 'count.one' });
    case 'two': return msg(str`${count} resources`, { id: 'count.two' });
    case 'few': return msg(str`${count} resources`, { id: 'count.few' });
    case 'many': return msg(str`${count} resources`, { id: 'count.many' });
    default: return msg(str`${count} resources`, { id: 'count.other' });
  }
}

/** The status line: "No results" when nothing matches (an empty state, not a count), else {@link countText}. */
export function resultsText(n: number, locale: UiLocale): string {
  return n ? countText(n, locale) : msg('No results', { id: 'count.none' });
}

/** After "Show more": "Results 21 to 40 of 57", the numbers as the UI language writes them. */
export function moreText(from: number, to: number, total: number, locale: UiLocale): string {
  return msg(str`Results ${formatCount(from, locale)} to ${formatCount(to, locale)} of ${formatCount(total, locale)}`, { id: 'count.range' });
}

/** While a search waits for the shards of other regions: "Loading other regions… 2 of 5" (`loaded` of `total` ready). */
export function regionsText(loaded: number, total: number, locale: UiLocale): string {
  return msg(str`Loading other regions… ${formatCount(loaded, locale)} of ${formatCount(total, locale)}`, { id: 'status.regions' });
}
