/**
 * Where the engine comes from in the single-file builds
 * (`repere-finder.bundle.js`, `repere-finder.iife.js`): `repere-engine.js`
 * beside the script itself, whatever page includes it, as for the language
 * chunks (see `locale-loader.url.ts`). rollup.config.mjs puts this module in
 * place of `engine-url.ts` for those two builds.
 */
import { SCRIPT_BASE as BASE } from '../script-base.js';
import type { EngineModule } from './engine-url.js';
import { trustedScriptUrl } from './trusted.js';

export const engineUrl = (): URL => new URL('repere-engine.js', BASE);

export const startWorker = (): Worker => new Worker(trustedScriptUrl(engineUrl().href), { type: 'module', name: 'repere-engine' });

export const importEngine = (): Promise<EngineModule> =>
  import(/* @vite-ignore */ /* webpackIgnore: true */ engineUrl().href);
