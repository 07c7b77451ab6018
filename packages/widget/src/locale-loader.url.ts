/**
 * How a non-inline language's strings are fetched by the single-file bundles
 * (`repere-finder.bundle.js`, `repere-finder.iife.js`): from `locales/<code>.js`
 * beside the script itself, whatever page includes it. rollup.config.mjs puts
 * this module in place of `locale-loader.ts` for those two builds, and emits
 * the chunks into `dist/locales/`.
 *
 * The base address is captured while the script first runs: in the classic
 * (IIFE) script, `document.currentScript` is only set at that moment (rollup
 * turns `import.meta.url` into it); in the module bundle it is
 * `import.meta.url`.
 */
const BASE: string = (() => {
  try {
    const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
    return script?.src || import.meta.url;
  } catch {
    return '';
  }
})();

/** Only these names are ever requested (never a value from the page). */
const CHUNKS: ReadonlySet<string> = new Set(['es', 'ar', 'ht', 'zh-Hans', 'fa', 'uk', 'vi', 'pt']);

export function importLocale(locale: string): Promise<{ templates: Record<string, unknown> } | undefined> {
  if (!CHUNKS.has(locale) || !BASE) return Promise.resolve(undefined);
  const url = new URL(`locales/${locale}.js`, BASE).href;
  return import(/* @vite-ignore */ /* webpackIgnore: true */ url);
}
