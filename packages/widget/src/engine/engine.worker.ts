/**
 * The search engine's module: the SDK's loading, validation, index and
 * fuse.js. Started as a module Web Worker it serves the page at once; imported
 * on the page's own thread (where no worker can start) it only exports
 * `serveFinder`, for `open-engine.ts` to serve over a `MessageChannel`, and
 * `needSearch` and `needsBatch`, for `needs-endpoint` (`needs.controller.ts`).
 *
 * The single-file builds ship it as `repere-engine.js`, beside the bundle.
 */
import { needSearch, needsBatch, serveFinder, type EnginePort } from '@repere/sdk';

// The needs facts ride here, lazily, rather than in the element's bundle: they
// need the needs vocabulary, which the engine already carries.
export { needSearch, needsBatch, serveFinder };

const scope = globalThis as { WorkerGlobalScope?: new () => unknown };
if (typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope) {
  serveFinder(globalThis as unknown as EnginePort);
}
