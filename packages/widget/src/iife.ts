/**
 * `dist/repere-finder.iife.js`: for a page that can only add a classic
 * `<script src>` (no `type="module"`). It loads the module bundle beside it,
 * `repere-finder.bundle.js`, which registers `<repere-finder>` and fetches
 * what it needs on demand (its engine, other languages, the parts in
 * `parts/`) from beside itself. Every browser that runs the finder runs
 * dynamic `import()` in a classic script.
 */
const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
if (script?.src) void import(/* @vite-ignore */ /* webpackIgnore: true */ new URL('repere-finder.bundle.js', script.src).href);
