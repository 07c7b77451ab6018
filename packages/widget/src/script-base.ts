/**
 * The address of the single-file bundle itself (`repere-finder.bundle.js` or
 * `repere-finder.iife.js`), which fetches its engine and its other languages
 * from beside itself, whatever page includes it.
 *
 * Captured while the script first runs: in the classic (IIFE) script,
 * `document.currentScript` is only set at that moment (rollup turns
 * `import.meta.url` into it); in the module bundle it is `import.meta.url`.
 */
export const SCRIPT_BASE: string = (() => {
  try {
    const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
    return script?.src || import.meta.url;
  } catch {
    return '';
  }
})();
