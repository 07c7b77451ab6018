#!/usr/bin/env node
// Serves the examples (examples/) with the demo feed, from the repository root,
// the way a webmaster's site would serve them: every page loads BUILT files
// (packages/widget/dist/…, examples/data/demo-feed.json). Run `npm start`
// (build, then this) or, after `npm run build`, `npm run serve`.
//
// - Port 8000, or the next free one; `PORT=9000 npm start` forces one.
// - `/` redirects to `/examples/`.
// - On start, the React example is bundled with esbuild (examples/react/build.mjs).
// - Only examples/sdk-custom-ui imports packages by name (`@repere/sdk`) and is
//   written in TypeScript: bare imports resolve through node_modules to the
//   packages' published entry points (the `default` export condition, i.e.
//   packages/sdk/dist/index.js, never src/), and .ts files are compiled on
//   the fly by @web/dev-server-esbuild, as a bundler's dev server would.
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { buildReactExample } from '../examples/react/build.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The example pages, in the order the landing page lists them. */
export const EXAMPLES = [
  ['city-site', 'Ville de La Pocatière (fictif): the finder in French, script tag, city colours, strict CSP'],
  ['health-centre', 'CISSS du Bas-Saint-Laurent (fictif): preset to the region, for volunteers'],
  ['news-portal', "L'Écho du Kamouraska: the compact finder in a sidebar, beside aggressive site CSS"],
  ['sdk-custom-ui', 'The SDK alone driving a plain TypeScript interface, without Lit'],
  ['react', 'The element in a React 19 app: properties and events'],
];

/** Redirects `/` to the examples' landing page. */
function redirectRoot(ctx, next) {
  if (ctx.path === '/' || ctx.path === '/index.html') {
    ctx.redirect('/examples/');
    return undefined;
  }
  return next();
}

/** Where the news-portal example's anonymous needs batches go (`needs-endpoint="/needs"`). */
export const NEEDS_FILE = join(root, 'examples/data/needs.ndjson');

/**
 * Starts the reference needs collector (`repere needs collect`) on a free
 * port of 127.0.0.1, and forwards `POST /needs` to it with its body and
 * content type only, as a site's reverse proxy would.
 */
async function needsCollector(log) {
  const tools = join(root, 'packages/feed-tools/dist/index.js');
  if (!existsSync(tools)) {
    log('⚠ packages/feed-tools/dist is missing: the news-portal needs report is off until `npm run build`.');
    return { middleware: (ctx, next) => next(), stop: async () => {} };
  }
  const { startCollector } = await import(tools);
  const collector = await startCollector({ out: NEEDS_FILE, port: 0, host: '127.0.0.1' });
  const middleware = async (ctx, next) => {
    if (ctx.path !== '/needs') return next();
    if (ctx.method !== 'POST') {
      ctx.status = 405;
      return undefined;
    }
    const status = await new Promise((resolve) => {
      const forward = request(collector.url, { method: 'POST', headers: { 'content-type': ctx.get('content-type') || 'text/plain' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 502);
      });
      forward.on('error', () => resolve(502));
      ctx.req.pipe(forward);
    });
    ctx.status = status;
    return undefined;
  };
  return { middleware, stop: () => collector.close(), url: collector.url };
}

/** Whether a port can be listened on (as the dev server will, on every interface). */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

/**
 * Builds the React example, then starts the server.
 * @param {{ port?: number, buildReact?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<{ server: import('@web/dev-server-core').DevServer, url: string, needsCollector?: string, stop: () => Promise<void> }>}
 */
export async function startExamplesServer({ port, buildReact = true, log = console.log } = {}) {
  if (!existsSync(join(root, 'packages/widget/dist/repere-finder.bundle.js'))) {
    log('⚠ packages/widget/dist/repere-finder.bundle.js is missing: run `npm run build` (or `npm start`, which builds).');
  }
  if (buildReact) {
    try {
      await buildReactExample();
    } catch (error) {
      log(`⚠ React example not built: ${error instanceof Error ? error.message : error}`);
    }
  }
  const needs = await needsCollector(log);
  const server = await startDevServer({
    config: {
      rootDir: root,
      ...(port !== undefined ? { port } : {}),
      // Published entry points only: `default` picks packages/*/dist/, never src/.
      nodeResolve: { exportConditions: ['browser', 'import', 'default'] },
      // target 'esnext': TypeScript is compiled, and JavaScript is never
      // transformed, so the built bundles are served byte for byte (minified,
      // matching an SRI hash) whatever the browser. ('auto' still rewrote them
      // for a client it could not identify, and failed on their syntax.)
      plugins: [esbuildPlugin({ ts: true, target: 'esnext' })],
      middleware: [redirectRoot, needs.middleware],
      watch: false,
      open: false,
    },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
    autoExitProcess: true,
  });
  const url = `http://localhost:${server.config.port}`;
  return { server, url, needsCollector: needs.url, stop: async () => (await server.stop(), await needs.stop()) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const fromEnv = process.env.PORT ? Number(process.env.PORT) : undefined;
  if (fromEnv !== undefined && !(Number.isInteger(fromEnv) && fromEnv > 0 && fromEnv < 65536)) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(2);
  }
  if (fromEnv !== undefined && !(await isFree(fromEnv))) {
    console.error(`Port ${fromEnv} is in use: stop what uses it, or choose another (PORT=9000 npm start), or leave PORT unset to take the next free port from 8000.`);
    process.exit(1);
  }
  const { url, needsCollector: collectorUrl } = await startExamplesServer({ port: fromEnv });
  const width = Math.max(...EXAMPLES.map(([name]) => name.length));
  console.log(`\nRepère demo: ${url}/examples/\n`);
  for (const [name, what] of EXAMPLES) {
    console.log(`  ${`${url}/examples/${name}/`.padEnd(url.length + width + 12)}  ${what}`);
  }
  console.log(`\n  Demo feed (fictional): ${url}/examples/data/demo-feed.json`);
  if (collectorUrl) {
    console.log(`  Needs collector (news-portal, needs-endpoint="/needs"): ${collectorUrl}, forwarded from ${url}/needs, appending to examples/data/needs.ndjson`);
    console.log('  Its report: npx repere needs report examples/data/needs.ndjson --feed examples/data/demo-feed.json -o needs.html --k 1');
  }
  console.log('\nPress Ctrl+C to stop.');
}
