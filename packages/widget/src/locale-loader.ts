/**
 * How a non-inline language's strings are fetched, for the ES module build
 * (`dist/index.js`) and the dev server: one literal dynamic `import()` per
 * language, so that bundlers (rollup, Vite, webpack, esbuild) split each one
 * into its own chunk, fetched only when an element speaks it.
 *
 * The single-file bundles replace this module with `locale-loader.url.ts`
 * (see rollup.config.mjs).
 */
export function importLocale(locale: string): Promise<{ templates: Record<string, unknown> } | undefined> {
  switch (locale) {
    case 'es': return import('./generated/locales/es.js');
    case 'ar': return import('./generated/locales/ar.js');
    case 'ht': return import('./generated/locales/ht.js');
    case 'zh-Hans': return import('./generated/locales/zh-Hans.js');
    case 'fa': return import('./generated/locales/fa.js');
    case 'uk': return import('./generated/locales/uk.js');
    case 'vi': return import('./generated/locales/vi.js');
    case 'pt': return import('./generated/locales/pt.js');
    default: return Promise.resolve(undefined);
  }
}
