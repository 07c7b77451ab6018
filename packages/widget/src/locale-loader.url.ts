/**
 * How a non-inline language's strings are fetched by the single-file bundles
 * (`repere-finder.bundle.js`, `repere-finder.iife.js`): from `locales/<code>.js`
 * beside the script itself, whatever page includes it. rollup.config.mjs puts
 * this module in place of `locale-loader.ts` for those two builds, and emits
 * the chunks into `dist/locales/`.
 */
import { DOWNLOADED_LOCALES } from './languages.js';
import { SCRIPT_BASE as BASE } from './script-base.js';

export function importLocale(locale: string): Promise<{ templates: Record<string, unknown> } | undefined> {
  // Only these names are ever requested (never a value from the page).
  if (!(DOWNLOADED_LOCALES as readonly string[]).includes(locale) || !BASE) return Promise.resolve(undefined);
  const url = new URL(`locales/${locale}.js`, BASE).href;
  return import(/* @vite-ignore */ /* webpackIgnore: true */ url);
}
