/**
 * The module bundle's entry (`dist/repere-finder.bundle.js`; `dist/repere-finder.iife.js` loads it):
 * registers `<repere-finder>` with lit, the SDK and the French and English
 * strings inside. Loading it twice on a page does not throw.
 */
export * from './index.js';
