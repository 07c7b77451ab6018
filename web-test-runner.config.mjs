// Browser tests: every package's *.test.ts that is not Node-only, in Debian's
// headless Chromium. No test tool may download a browser here, so the launcher
// is pointed at the system one.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { countingReporter } from './scripts/wtr-counting-reporter.mjs';

const trustLog = [];
/** For the abort tests: each held request's tag, `open` once it arrived. */
const held = new Map();
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * For finder.release.test.ts: the search engine worker's heap, in bytes,
 * after a full garbage collection (through the DevTools protocol, which
 * the page cannot reach itself); `null` when the page has no engine worker.
 */
function workerHeapCommand() {
  return {
    name: 'repere-worker-heap',
    async executeCommand({ command, session }) {
      if (command !== 'repere-worker-heap') return undefined;
      const page = session.browser.getPage(session.id);
      const worker = page.workers().find((w) => /engine(\.worker)?\.(js|ts)/.test(w.url()));
      if (!worker) return null;
      await worker.client.send('HeapProfiler.enable');
      for (let i = 0; i < 3; i++) await worker.client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await worker.client.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}

/**
 * Tests that run in both Node and the browser (the SDK's) import the shared
 * mock network as test-support/network.js, msw's Node server: in the browser
 * run, its service-worker twin, network.browser.ts, is served in its place.
 * Test-only, so nothing about it ships in a package.json.
 */
function browserNetwork() {
  return {
    name: 'repere-browser-network',
    resolveImport({ source }) {
      return /(^|\/)test-support\/network\.js$/.test(source) ? source.replace(/network\.js$/, 'network.browser.ts') : undefined;
    },
  };
}

export default {
  rootDir: '.',
  files: [
    'packages/sdk/test/**/*.test.ts',
    'packages/widget/test/**/*.test.ts',
    'examples/**/*.test.ts',
    '!**/*.node.test.ts',
    '!**/node_modules/**',
  ],
  nodeResolve: { exportConditions: ['development', 'browser'] },
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [browserNetwork(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.base.json' }), workerHeapCommand()],
  middleware: [
    // A worker started from the sources (`new Worker(new URL('./engine.worker.js',
    // import.meta.url))`) asks for the .js that tsc would emit: serve the .ts,
    // which the esbuild plugin then compiles, as it does for imports.
    function tsForJs(ctx, next) {
      const [path, search = ''] = ctx.url.split('?');
      if (/^\/packages\/[^/]+\/src\/.+\.js$/.test(path) && !existsSync(`.${path}`) && existsSync(`.${path.slice(0, -3)}.ts`)) {
        ctx.url = `${path.slice(0, -3)}.ts${search ? `?${search}` : ''}`;
      }
      return next();
    },
    // For the SRI test with a matching hash: the built files byte for byte
    // (no transform, which would change the hash) under /__repere-raw/, and
    // a page that pins the bundle to the hash dist/integrity.json gives.
    function rawBundles(ctx, next) {
      if (ctx.path.startsWith('/__repere-raw/')) {
        const file = `packages/widget/dist/${ctx.path.slice('/__repere-raw/'.length)}`;
        if (!/^[\w./-]+\.js$/.test(file) || file.includes('..') || !existsSync(file)) {
          ctx.status = 404;
          return undefined;
        }
        ctx.type = 'text/javascript';
        ctx.set('access-control-allow-origin', '*');
        ctx.body = readFileSync(file);
        return undefined;
      }
      if (ctx.path === '/packages/widget/test/pages/sri-match.html') {
        // The hash the build printed and wrote to integrity.json: the one a webmaster copies.
        const integrity = JSON.parse(readFileSync('packages/widget/dist/integrity.json', 'utf8')).files['repere-finder.bundle.js'];
        ctx.type = 'text/html';
        ctx.body = readFileSync('packages/widget/test/pages/sri-match.template.html', 'utf8').replace('{{integrity}}', integrity);
        return undefined;
      }
      return next();
    },
    // For no-engine.html: the built bundle copied to a folder where its
    // engine, repere-engine.js, was forgotten.
    function bundleWithoutEngine(ctx, next) {
      if (ctx.path === '/__repere-no-engine/repere-finder.bundle.js') {
        ctx.url = '/packages/widget/dist/repere-finder.bundle.js';
      } else if (ctx.path.startsWith('/__repere-no-engine/')) {
        ctx.status = 404;
        return undefined;
      }
      return next();
    },
    // The built bundles answer any origin, as a CDN does (cdn.html opens them
    // from the server's other name).
    async function bundlesForAnyOrigin(ctx, next) {
      await next();
      if (ctx.path.startsWith('/packages/widget/dist/')) ctx.set('access-control-allow-origin', '*');
    },
    // msw's install script does not run under npm 11, so its service worker is
    // served straight from the package, at the root so that its scope covers
    // every test page.
    function mockServiceWorker(ctx, next) {
      if (ctx.url.split('?')[0] === '/mockServiceWorker.js') {
        ctx.url = '/node_modules/msw/lib/mockServiceWorker.js';
      }
      return next();
    },
    // For the abort tests in packages/widget/test/finder/finder.trust.test.ts: a
    // feed whose first request (per tag) never answers, and whether it has
    // reached the server (the finder's engine fetches from a worker, where the
    // page cannot watch). Later requests get a 9-record feed.
    function heldFeed(ctx, next) {
      const [path, search = ''] = ctx.url.split('?');
      if (path === '/__repere-held/feed.json') {
        const tag = new URLSearchParams(search).get('tag') ?? '';
        if (held.has(tag)) {
          ctx.type = 'application/json';
          ctx.body = readFileSync('packages/widget/test/pages/hostile-feed.json', 'utf8');
          return undefined;
        }
        held.set(tag, 'open');
        // Headers now, a body never: the load stays in flight, and, the answer
        // being no-store, a second request for the same address is not made to
        // wait behind this one by the browser's cache.
        const body = new PassThrough();
        ctx.req.once('close', () => body.destroy());
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.set('cache-control', 'no-store');
        ctx.body = body;
        body.write('{');
        return undefined;
      }
      if (path === '/__repere-held/state') {
        ctx.set('cache-control', 'no-store');
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(Object.fromEntries(held));
        return undefined;
      }
      return next();
    },
    // For packages/widget/test/finder/finder.trust-pages.test.ts: a feed whose
    // requests are logged as the server received them (Cookie, Referer,
    // Origin), served with no CORS header, and the log (read once, then cleared).
    function trustFeedLog(ctx, next) {
      const path = ctx.url.split('?')[0];
      if (path === '/__repere-trust/feed.json') {
        trustLog.push({ cookie: ctx.get('cookie') || null, referer: ctx.get('referer') || null, origin: ctx.get('origin') || null, host: ctx.get('host') });
        ctx.type = 'application/json';
        ctx.body = readFileSync('packages/widget/test/pages/hostile-feed.json', 'utf8');
        return undefined;
      }
      if (path === '/__repere-trust/log') {
        ctx.set('cache-control', 'no-store');
        ctx.body = JSON.stringify(trustLog.splice(0));
        ctx.type = 'application/json';
        return undefined;
      }
      return next();
    },
  ],
  reporters: [defaultReporter(), countingReporter()],
};
