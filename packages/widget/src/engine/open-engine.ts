/**
 * The page's search engine: one per page, shared by every finder on it.
 *
 * Loading, validating and indexing a feed of thousands of records takes
 * hundreds of milliseconds of script; run on the page's thread, that freezes
 * the page that embeds the finder. So the engine runs in a module Web Worker
 * whenever one can start:
 *
 * 1. from `repere-engine.js` (or `engine.worker.js`) itself, when it is on the
 *    page's origin;
 * 2. for a bundle on another origin (a CDN), from a one-line `blob:` module
 *    that imports it (the CDN must allow CORS, as for any module script);
 * 3. else (a CSP without `blob:` for workers, Trusted Types without a policy
 *    for scripts, no `Worker`), on the page's thread behind a
 *    `MessageChannel`: slower pages, the same answers.
 */
import { connectEngine, FeedError, UNREADABLE, type EngineClient } from '@repere/sdk';
import { engineUrl, importEngine, startWorker } from './engine-url.js';

/**
 * The engine module itself, on the page's thread: for the needs facts
 * (`needs.controller.ts`). Re-exported from here so that the single-file
 * builds' swap of `engine-url.js` (rollup.config.mjs) applies to it too.
 */
export { importEngine, type EngineModule } from './engine-url.js';

let shared: Promise<EngineClient> | undefined;

/** The engine, started on first use. A start that fails entirely is tried again next time. */
export function openEngine(): Promise<EngineClient> {
  shared ??= start().then(deepRetry, (error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}

async function start(): Promise<EngineClient> {
  if (typeof Worker === 'function') {
    for (const make of [startWorker, blobWorker]) {
      let worker: Worker | undefined;
      try {
        worker = make();
      } catch {
        continue; // Cross-origin script, Trusted Types, blocked by CSP…
      }
      const client = await handshake(worker);
      if (client) return client;
    }
  }
  let serveEngine: typeof import('@repere/sdk').serveEngine;
  try {
    ({ serveEngine } = await importEngine());
  } catch (cause) {
    // For the webmaster (residents see the element's own message): the usual
    // cause is a bundle copied without the file beside it.
    console.error(`<repere-finder>: its search engine could not be loaded from ${engineUrl().href}; copy repere-engine.js beside the script.`);
    throw new FeedError('network', {}, { cause });
  }
  const { port1, port2 } = new MessageChannel();
  serveEngine(port1);
  const client = connectEngine(port2);
  await client.ready;
  return client;
}

/** For a bundle served from another origin than the page's. */
function blobWorker(): Worker {
  const url = engineUrl();
  if (url.origin === location.origin) throw new Error('already tried from its own address');
  const blob = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  try {
    return new Worker(blob, { type: 'module', name: 'repere-engine' });
  } finally {
    // Not at once: a browser may fetch the worker's script after the
    // constructor returns.
    setTimeout(() => URL.revokeObjectURL(blob), 30_000);
  }
}

/** The client once the worker says it listens; `undefined` if its script cannot run. */
function handshake(worker: Worker): Promise<EngineClient | undefined> {
  return new Promise((resolve) => {
    const client = connectEngine(worker);
    const failed = (): void => {
      worker.terminate();
      resolve(undefined);
    };
    worker.addEventListener('error', failed, { once: true });
    void client.ready.then(() => {
      worker.removeEventListener('error', failed);
      resolve(client);
    });
  });
}

/**
 * The client, with a second try for a feed object nested too deep to be
 * copied to the engine (about 1,500 levels in Chromium): sent again without
 * its deep values, as the engine would have removed them. The code that
 * removes them comes with the engine's module, loaded only then.
 */
function deepRetry(client: EngineClient): EngineClient {
  return {
    ...client,
    load: (source, options) =>
      client.load(source, options).catch(async (error: FeedError) => {
        // (Only a feed object can be too deep; a cancelled load stays cancelled: load checks its signal first.)
        if (error?.params?.detail !== UNREADABLE) throw error;
        const { withoutDeepValues } = await importEngine().catch(() => Promise.reject(error));
        return client.load(withoutDeepValues(source) as object, options);
      }),
  };
}
