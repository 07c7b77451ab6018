/**
 * Where the engine comes from in the build for bundlers (`import '@repere/widget'`)
 * and in the sources: `engine.worker.js` beside this module, in the
 * `new Worker(new URL(…, import.meta.url))` form that Vite, webpack and
 * Parcel turn into a worker chunk. rollup.config.mjs swaps this module for
 * `engine-url.bundle.ts` in the single-file builds.
 */
export const engineUrl = (): URL => new URL('./engine.worker.js', import.meta.url);

// Bundlers look for this exact form to emit the worker chunk. (Under Trusted
// Types it throws, and the engine runs on the page's thread.)
export const startWorker = (): Worker => new Worker(new URL('./engine.worker.js', import.meta.url), { type: 'module', name: 'repere-engine' });

/** What the engine module exports: serving a finder, the deep-value clean-up for feed objects too deep to copy (`open-engine.ts`), and `needs-endpoint`'s work (`needs.controller.ts`), which only it carries. */
export type EngineModule = Pick<typeof import('./engine.worker.js'), 'serveEngine' | 'withoutDeepValues' | 'NeedsBeacon'>;

export const importEngine = (): Promise<EngineModule> => import('./engine.worker.js');
