/**
 * The search engine's module: the SDK's loading, validation, index and
 * fuse.js. Started as a module Web Worker it serves the page at once; imported
 * on the page's own thread (where no worker can start) it only exports
 * `serveEngine`, for `open-engine.ts` to serve over a `MessageChannel`, and
 * `NeedsBeacon`, for `needs-endpoint` (`needs.controller.ts`).
 *
 * The single-file builds ship it as `repere-engine.js`, beside the bundle.
 */
import { serveEngine, withoutDeepValues, type EnginePort } from '@repere/sdk';

// withoutDeepValues: for the page, which loads this module for it only when a
// feed object is too deep to be copied to the worker (open-engine.ts).
// `needs-endpoint`'s work rides here, lazily, rather than in the element's
// bundle: it needs the needs vocabulary, which the engine already carries.
export { NeedsBeacon } from '../finder/needs-beacon.js';
export { serveEngine, withoutDeepValues };

const scope = globalThis as { WorkerGlobalScope?: new () => unknown };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  serveEngine(globalThis as unknown as EnginePort);
}
