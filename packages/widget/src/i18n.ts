/**
 * UI strings and languages.
 *
 * Every UI string goes through `msg()` from @lit/localize, in *runtime* mode:
 * the French templates (`generated/locales/fr.ts`, built from `xliff/fr.xlf`)
 * are compiled into the package, so both languages are always present and a
 * switch needs no network.
 *
 * Per-instance language: @lit/localize's `configureLocalization` keeps ONE
 * global locale, which would force two finders on a page (one `fr`, one `en`)
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
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import * as fr from './generated/locales/fr.js';

/** The languages the widget's interface speaks. */
export type UiLocale = 'fr' | 'en';
export const UI_LOCALES: readonly UiLocale[] = ['fr', 'en'];

let active: string = sourceLocale;
let configured = false;

function configure(): void {
  if (configured) return;
  configured = true;
  try {
    configureReentrantLocalization({
      sourceLocale,
      targetLocales: [...targetLocales],
      getLocale: () => active,
      loadLocaleSync: (locale) => (locale === 'fr' ? fr : undefined),
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

/** `fr`, `fr-CA` → `fr`; `en-US` → `en`; anything else → `undefined`. */
export function toUiLocale(tag: string | null | undefined): UiLocale | undefined {
  const base = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base === 'fr' || base === 'en' ? base : undefined;
}

/** "Aucun résultat", "1 ressource", "12 ressources": plural forms from `Intl.PluralRules`. */
export function countText(n: number, locale: UiLocale): string {
  if (n === 0) return msg('No results', { id: 'count.none' });
  const count = new Intl.NumberFormat(locale === 'fr' ? 'fr-CA' : 'en-CA').format(n);
  return new Intl.PluralRules(locale).select(n) === 'one'
    ? msg(str`${count} resource`, { id: 'count.one' })
    : msg(str`${count} resources`, { id: 'count.other' });
}
