/**
 * The address of the module bundle itself (`repere-finder.bundle.js`, whether
 * a page loads it or `repere-finder.iife.js` loads it), which fetches its
 * engine, its other languages and its parts from beside itself, whatever
 * page includes it: `import.meta.url`. (`document.currentScript`, set only
 * while a classic script first runs, stays as a fallback for a classic build
 * a host might make of the sources.)
 */
export const SCRIPT_BASE: string = (() => {
  try {
    const script = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null) : null;
    return script?.src || import.meta.url;
  } catch {
    return '';
  }
})();
