#!/usr/bin/env node
// `npm run bench`: the scale benchmark, in headless Chromium, against plain
// fuse.js over every field (the naive baseline) in the same run.
//
//   node bench/run.mjs [--sizes 1000,5000,20000,50000] [--no-write] [--save file.json]
//                      [--sdk path/to/sdk/src] [--label text] [--no-element] [--no-table]
//   node bench/run.mjs --phone [--phone-sizes 20,2000,20000] [--phone-runs 3] [--phone-forms list,table,shards]
//                      [--phone-dist path/to/other/widget/dist]   (the phone part alone)
//
// It generates seeded bilingual feeds (scripts/generate/large-feed.mjs) in
// Node, serves them with the bundled bench page from a private 127.0.0.1
// server, drives Debian's Chromium through puppeteer-core (no browser is ever
// downloaded), prints tables and writes them to docs/performance.md.
// Bounded: the whole run stops itself after 12 minutes.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { generateLargeFeed } from '../scripts/generate/large-feed.mjs';
import { QUERIES, TYPED } from './queries.mjs';
import { renderReport, summarize } from './report.mjs';
import { feedTools, renderPhone, runPhone } from './phone.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '1000,5000,20000,50000').split(',').map(Number);
const sdkDir = resolve(arg('--sdk', join(root, 'packages/sdk/src')));
// The SDK under test, by both its entries (an older SDK may have no internal one).
const sdkAliases = {
  '@repere/sdk': join(sdkDir, 'index.ts'),
  ...(existsSync(join(sdkDir, 'internal.ts')) ? { '@repere/sdk/internal': join(sdkDir, 'internal.ts') } : {}),
};
const label = arg('--label', 'current');
const write = !argv.includes('--no-write');
const withElement = !argv.includes('--no-element');
const withTable = !argv.includes('--no-table');
const savePath = arg('--save');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUN_LIMIT_MS = 12 * 60 * 1000;
/** Loads measured per size (fresh tab each); the median is reported. */
const LOAD_RUNS = 3;

const log = (...a) => console.error('[bench]', ...a);

// ------------------------------------------------------------ the machine
function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.+)/)?.[1] ?? os.cpus()[0]?.model;
  let chromiumVersion = '?';
  try {
    chromiumVersion = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return {
    date: new Date().toISOString(),
    cores: os.availableParallelism?.() ?? os.cpus().length,
    cpu,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    chromium: chromiumVersion,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

/** Waits up to `--quiet-wait` seconds (default 60) for the 1-minute load average to fall to 1.5. */
async function quietEnough() {
  const limit = Number(arg('--quiet-wait', '60')) * 1000;
  const start = Date.now();
  let load = os.loadavg()[0];
  if (load <= 1.5) return { load, waited: false };
  log(`load average ${load.toFixed(2)} > 1.5: waiting up to ${limit / 1000} s for the machine to quieten`);
  while (load > 1.5 && Date.now() - start < limit) {
    await new Promise((r) => setTimeout(r, 10_000));
    load = os.loadavg()[0];
  }
  return { load, waited: true };
}

// ------------------------------------------------------------ the page
async function buildPage() {
  const result = await esbuild.build({
    entryPoints: [join(root, 'bench/page.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: false,
    sourcemap: false,
    alias: sdkAliases,
    nodePaths: [join(root, 'node_modules')],
    conditions: ['browser', 'development'],
    logLevel: 'warning',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

/** Generated files that only the full build makes (lit-localize's other locales): stubbed for the bench. */
const missingGenerated = {
  name: 'missing-generated',
  setup(build) {
    build.onResolve({ filter: /\/generated\// }, (args) => {
      const path = resolve(args.resolveDir, args.path);
      return existsSync(path) || existsSync(path.replace(/\.js$/, '.ts')) ? undefined : { path, namespace: 'stub' };
    });
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export const templates = {};', loader: 'js' }));
  },
};

/**
 * The element for the typing test, as the single-file bundle ships it (its
 * engine fetched from `repere-engine.js` beside it and started as a module
 * worker), both built from the widget's sources with the SDK under test (the
 * dist bundle may predate the SDK's changes).
 */
async function buildElement() {
  const common = {
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: true,
    alias: sdkAliases,
    nodePaths: [join(root, 'node_modules')],
    tsconfig: join(root, 'packages/widget/tsconfig.json'),
    conditions: ['browser'],
    logLevel: 'silent',
  };
  // As rollup.config.mjs does for the single-file bundles: the engine from beside the script.
  const besideTheBundle = {
    name: 'engine-beside-the-bundle',
    setup(build) {
      build.onResolve({ filter: /^\.\/engine-url\.js$/ }, (args) => ({ path: join(args.resolveDir, 'engine-url.bundle.ts') }));
    },
  };
  try {
    const [element, engine] = await Promise.all([
      esbuild.build({ ...common, entryPoints: [join(root, 'packages/widget/src/bundle.ts')], plugins: [missingGenerated, besideTheBundle] }),
      esbuild.build({ ...common, entryPoints: [join(root, 'packages/widget/src/engine/engine.worker.ts')] }),
    ]);
    return {
      code: Buffer.from(element.outputFiles[0].contents),
      engine: Buffer.from(engine.outputFiles[0].contents),
      from: 'built from `packages/widget/src` with the SDK under test; its engine in a module worker',
    };
  } catch (error) {
    log(`could not build the element from packages/widget/src (${String(error.message).split('\n')[0]}): typing is measured through the SDK only`);
    return undefined;
  }
}

/**
 * `packFeed` from the feed tools' sources (what `repere pack` runs), built
 * for Node, so that the table-form feed is the one a maintainer would publish.
 */
async function loadPackFeed() {
  try {
    return (await feedTools(root)).packFeed;
  } catch (error) {
    log(`could not build packFeed (${String(error.message).split('\n')[0]}): the table form is not measured`);
    return undefined;
  }
}

async function bundleSizes() {
  const out = [];
  // The SDK on its own, as a bundler would ship it inside an app (minified, with fuse.js and valibot).
  try {
    const sdk = await esbuild.build({
      entryPoints: [join(sdkDir, 'index.ts')],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      minify: true,
      nodePaths: [join(root, 'node_modules')],
      conditions: ['browser'],
      logLevel: 'silent',
    });
    const bytes = Buffer.from(sdk.outputFiles[0].contents);
    out.push({ file: `${sdkDir.replace(root + '/', '')}/index.ts`, what: 'the SDK alone, every export (esbuild, minified, with fuse.js and valibot)', bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  } catch {}
  const files = [
    ['packages/widget/dist/repere-finder.bundle.js', 'embed bundle (`repere-finder.bundle.js`)'],
    ['packages/widget/dist/repere-engine.js', 'its search engine, fetched beside it and run in a worker (`repere-engine.js`)'],
  ];
  for (const [file, what] of files) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const bytes = readFileSync(path);
    out.push({ file, what, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
  }
  return out;
}

// ------------------------------------------------------------ main
function launch() {
  return puppeteer.launch({
    executablePath: chromium,
    headless: true,
    protocolTimeout: 480_000,
    args: [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--enable-precise-memory-info', '--js-flags=--expose-gc',
      '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows',
    ],
  });
}

/** Bounded in time: past 12 minutes, the browser is killed and the bench ends (exit 2). Returns the timer, to clear. */
function stopAfterLimit(browser, what) {
  return setTimeout(() => {
    log(`${what} took over 12 minutes: stopping`);
    browser.process()?.kill('SIGKILL');
    process.exit(2);
  }, RUN_LIMIT_MS);
}

/** Replaces the text between `<!-- NAME:start -->` and `<!-- NAME:end -->` in docs/performance.md (added at the end when missing). */
function writeSection(name, text) {
  const docPath = join(root, 'docs/performance.md');
  const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n';
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  if (!doc.includes(start)) {
    writeFileSync(docPath, `${doc.trimEnd()}\n\n${start}\n${text}\n${end}\n`);
    return;
  }
  const [head, rest] = doc.split(start);
  const tail = rest?.split(end)[1] ?? '\n';
  writeFileSync(docPath, `${head}${start}\n${text}\n${end}${tail}`);
}

/**
 * The phone part (bench/phone.mjs): navigation → first cards at 1× and 4×
 * CPU, list, table and shards. Alone with `--phone`; after the rest otherwise
 * (`--no-phone` leaves it out).
 */
async function phone() {
  const quiet = await quietEnough();
  const info = { ...machine(), loadAtStart: quiet.load.toFixed(2) };
  const browser = await launch();
  const watchdog = stopAfterLimit(browser, 'the phone part');
  let result;
  try {
    result = await runPhone({
      root,
      browser,
      sizes: arg('--phone-sizes', '20,2000,20000').split(',').map(Number),
      runs: Number(arg('--phone-runs', '3')),
      // Another build (an older one, for before/after): --phone-dist path/to/widget/dist.
      ...(arg('--phone-dist') ? { dist: resolve(arg('--phone-dist')) } : {}),
      ...(arg('--phone-forms') ? { forms: arg('--phone-forms').split(',') } : {}),
      log,
      deadline: Date.now() + RUN_LIMIT_MS - 60_000,
    });
  } finally {
    clearTimeout(watchdog);
    await browser.close();
  }
  const text = renderPhone(result, info);
  console.log(text);
  if (write) {
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/phone.json'), JSON.stringify({ info, ...result }, null, 1));
    writeSection('bench-phone', text);
    log('wrote the phone tables to docs/performance.md and bench/results/phone.json');
  }
}

async function main() {
  if (argv.includes('--phone')) return phone();
  const quiet = await quietEnough();
  // The time limit counts from here: waiting for a quiet machine is not the run.
  const started = Date.now();
  const info = { ...machine(), loadAtStart: quiet.load.toFixed(2), waitedForQuiet: quiet.waited, label, sdk: sdkDir.replace(root + '/', '') };
  log(`machine: ${info.cores} cores, ${info.cpu}, ${info.ramGiB} GiB, ${info.chromium}, Node ${info.node}, load ${info.load}`);

  const page = await buildPage();
  const packFeed = withTable ? await loadPackFeed() : undefined;
  const elementCode = withElement ? await buildElement() : undefined;
  const files = new Map([
    ['/', { type: 'text/html', body: Buffer.from('<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="/page.js"></script>') }],
    ['/page.js', { type: 'text/javascript', body: page }],
  ]);
  if (elementCode) {
    files.set('/element.js', { type: 'text/javascript', body: elementCode.code });
    files.set('/repere-engine.js', { type: 'text/javascript', body: elementCode.engine });
  }
  info.element = elementCode?.from ?? 'not available';
  const server = http.createServer((req, res) => {
    const file = files.get((req.url ?? '/').split('?')[0]);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;

  const browser = await launch();
  const watchdog = stopAfterLimit(browser, 'the run');

  async function inPage(fn, options, timeoutMs = 240_000) {
    const tab = await browser.newPage();
    tab.setDefaultTimeout(timeoutMs);
    if (argv.includes('--verbose')) tab.on('console', (m) => log('page:', m.text()));
    tab.on('pageerror', (e) => log('page error:', e.message));
    try {
      await tab.goto(`${origin}/`);
      await tab.waitForFunction(() => document.title === 'ready');
      return await tab.evaluate((name, opts) => window.bench[name](opts), fn, options);
    } finally {
      await tab.close();
    }
  }

  const results = [];
  try {
    for (const size of sizes) {
      const t = Date.now();
      const generated = generateLargeFeed({ count: size, seed: 42 });
      const json = Buffer.from(JSON.stringify(generated));
      const url = `/feed-${size}.json`;
      files.set(url, { type: 'application/json', body: json });
      const wire = { json: json.length, gzip: gzipSync(json, { level: 6 }).length };
      log(`${size}: feed ${(json.length / 1e6).toFixed(1)} MB, gzip ${(wire.gzip / 1e6).toFixed(2)} MB (${Date.now() - t} ms to generate)`);
      // The same records in the table form, as `repere pack` writes them.
      const tableUrl = `/feed-${size}.table.json`;
      if (packFeed) {
        const packed = Buffer.from(JSON.stringify(packFeed(generated).feed));
        files.set(tableUrl, { type: 'application/json', body: packed });
        wire.table = { json: packed.length, gzip: gzipSync(packed, { level: 6 }).length };
        log(`${size}: table form ${(packed.length / 1e6).toFixed(1)} MB, gzip ${(wire.table.gzip / 1e6).toFixed(2)} MB`);
      }

      const ours = argv.includes('--only-element') ? undefined : await inPage('ours', { url, queries: QUERIES, repeats: size >= 50_000 ? 3 : 5, typed: TYPED });
      if (ours) {
        // One load is one sample: two more, each in a fresh tab, and the
        // median run (by bytes → first results) is the one reported.
        const runs = [ours.load];
        for (let i = 0; i < LOAD_RUNS - 1; i++) runs.push(await inPage('load', { url }));
        runs.sort((a, b) => a.toFirstResults - b.toFirstResults);
        ours.loadRuns = runs.map((r) => r.toFirstResults);
        ours.load = { ...runs[Math.floor(runs.length / 2)], complete: ours.load.complete };
        log(`${size}: ours loaded in ${ours.load.toFirstResults.toFixed(0)} ms (median of ${runs.length}), search p95 ${summarize(ours.searches).p95.toFixed(1)} ms`);
      }

      // The baseline takes seconds per query at scale: a subset there.
      const all = QUERIES.filter((q) => !q.browse);
      const subset = QUERIES.filter((q) => q.baseline);
      const baselineQueries = size <= 5_000 ? all : size <= 20_000 ? subset : subset.slice(0, 6);
      const baseline = argv.includes("--only-element") ? undefined : await inPage('baseline', { url, queries: baselineQueries, repeats: size <= 1_000 ? 3 : 1 }, 420_000);
      if (baseline) log(`${size}: baseline loaded in ${baseline.load.toFirstQueryResults.toFixed(0)} ms, search p95 ${summarize(baseline.searches).p95.toFixed(0)} ms`);

      let element;
      if (files.has('/element.js')) {
        element = await inPage('element', { url, bundle: '/element.js', typed: TYPED, delayMs: 250 });
        if (element.unavailable) element = undefined;
        else log(`${size}: element loaded in ${element.loadMs.toFixed(0)} ms; ${element.longTasks.length} long tasks while typing`);
      }

      // The table form: the same loads (median of as many fresh tabs), its
      // heap, and the element loading it from its URL.
      let table;
      if (files.has(tableUrl) && !argv.includes('--only-element')) {
        const runs = [];
        for (let i = 0; i < LOAD_RUNS; i++) runs.push(await inPage('load', { url: tableUrl, heap: i === 0 }));
        const heapBytes = runs[0].heapBytes;
        runs.sort((a, b) => a.toFirstResults - b.toFirstResults);
        table = { load: runs[Math.floor(runs.length / 2)], loadRuns: runs.map((r) => r.toFirstResults), heapBytes };
        if (files.has('/element.js')) {
          const loaded = await inPage('element', { url: tableUrl, bundle: '/element.js', typed: [], delayMs: 250 });
          if (!loaded.unavailable) table.element = loaded;
        }
        log(`${size}: table form loaded in ${table.load.toFirstResults.toFixed(0)} ms (median of ${runs.length})${table.element ? `, element ${table.element.loadMs.toFixed(0)} ms` : ''}`);
      }
      files.delete(url);
      files.delete(tableUrl);

      const names = new Set(baselineQueries.map((q) => q.q));
      results.push({
        size,
        wire,
        ours,
        baseline,
        element,
        table,
        baselineQueries: baselineQueries.length,
        stats: {
          ours: summarize(ours.searches),
          oursOnSubset: summarize(ours.searches, (s) => names.has(s.q)),
          baseline: summarize(baseline.searches),
        },
      });
      if (Date.now() - started > RUN_LIMIT_MS - 60_000) {
        log('close to the time limit: skipping the remaining sizes');
        break;
      }
    }
  } finally {
    clearTimeout(watchdog);
    await browser.close();
    server.close();
  }

  const report = { info: { ...info, seconds: Math.round((Date.now() - started) / 1000) }, bundles: await bundleSizes(), results };
  if (savePath) writeFileSync(savePath, JSON.stringify(report, null, 1));
  const before = existsSync(join(root, 'bench/results/before.json')) ? JSON.parse(readFileSync(join(root, 'bench/results/before.json'), 'utf8')) : undefined;
  const tables = renderReport(report, before);
  console.log(tables);
  if (write) {
    mkdirSync(join(root, 'bench/results'), { recursive: true });
    writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(report, null, 1));
    const docPath = join(root, 'docs/performance.md');
    const doc = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Performance\n\n<!-- bench:start -->\n<!-- bench:end -->\n';
    const [head, rest] = doc.split('<!-- bench:start -->');
    const tail = rest?.split('<!-- bench:end -->')[1] ?? '\n';
    writeFileSync(docPath, `${head}<!-- bench:start -->\n${tables}\n<!-- bench:end -->${tail}`);
    log('wrote docs/performance.md and bench/results/latest.json');
  }
  if (!argv.includes('--no-phone')) await phone();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
