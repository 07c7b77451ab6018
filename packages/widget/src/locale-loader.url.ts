/**
 * How a non-inline language's strings are fetched by the single-file bundles
 * (`repere-finder.bundle.js`, `repere-finder.iife.js`): from `locales/<code>.js`
 * beside the script itself, whatever page includes it. rollup.config.mjs puts
 * this module in place of `locale-loader.ts` for those two builds, and emits
 * the chunks into `dist/locales/`.
 */
import { SCRIPT_BASE as BASE } from './script-base.js';

/** Only these names are ever requested (never a value from the page). */
const CHUNKS: ReadonlySet<string> = new Set(['es', 'ar', 'ht', 'zh-Hans', 'fa', 'uk', 'vi', 'pt']);

export function importLocale(locale: string): Promise<{ templates: Record<string, unknown> } | undefined> {
  if (!CHUNKS.has(locale) || !BASE) return Promise.resolve(undefined);
  const url = new URL(`locales/${locale}.js`, BASE).href;
  return import(/* @vite-ignore */ /* webpackIgnore: true */ url);
}
