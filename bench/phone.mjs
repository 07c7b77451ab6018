// The phone part of `npm run bench` (issue 22): <repere-finder> as a
// webmaster ships it (packages/widget/dist, served gzipped from 127.0.0.1),
// from navigation to the first cards of a Bas-Saint-Laurent resident, on
// this machine's CPU and with the CPU slowed 4× (CDP
// Emulation.setCPUThrottlingRate, a mid-range phone's stand-in), for a feed
// as a list, as a table (`repere pack`) and as region shards
// (`repere pack --split region`); then the first query's results; and the
// bytes (gzip) the page received before its first cards. The first cards are
// measured by bench/first-cards.mjs (`measureFirstCards`), shared with the
// start-up bench of issue 22.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { generateLargeFeed } from '../scripts/generate/large-feed.mjs';
import { measureFirstCards } from './first-cards.mjs';

/** The resident's region (preset with `region=`), and what they type first. */
const REGION = 'bas-saint-laurent';
const QUERY = 'aide alimentaire';
/** One record in 50 serves the whole province (811, provincial lines): each shard repeats them. */
const PROVINCE_WIDE_EVERY = 50;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };

/** packFeed, splitFeed and validateFeed from the sources, built for Node: the files a maintainer would publish (`repere pack`, `repere pack --split region`). */
export async function feedTools(root) {
  const dir = mkdtempSync(join(os.tmpdir(), 'repere-phone-'));
  try {
    const out = join(dir, 'tools.mjs');
    await esbuild.build({
      stdin: {
        contents: `export { packFeed } from './packages/feed-tools/src/pack.ts'; export { splitFeed } from './packages/feed-tools/src/shard.ts'; export { validateFeed } from '@repere/sdk';`,
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      nodePaths: [join(root, 'node_modules')],
      conditions: ['development'],
      logLevel: 'silent',
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The three forms of one generated feed, as files: path → gzipped body. */
function publish(tools, size) {
  const feed = generateLargeFeed({ count: size, seed: 42, provinceWide: PROVINCE_WIDE_EVERY });
  const files = new Map();
  const put = (path, text) => files.set(path, gzipSync(Buffer.from(text), { level: 6 }));
  put(`/feeds/${size}/list.json`, JSON.stringify(feed));
  put(`/feeds/${size}/table.json`, JSON.stringify(tools.packFeed(feed).feed));
  const split = tools.splitFeed(feed, tools.validateFeed(feed, { warnings: false }));
  for (const f of split.files) put(`/feeds/${size}/shards/${f.name}`, f.text);
  put(`/feeds/${size}/shards/manifest.json`, JSON.stringify(split.manifest));
  const shard = split.manifest.shards.find((s) => s.region === REGION);
  return { files, shardRecords: shard?.records ?? 0, shards: split.manifest.shards.length };
}

const page = (feed) =>
  `<!doctype html><html lang="fr"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>Ressources</title>` +
  `<script type="module" src="/dist/repere-finder.bundle.js"></script>` +
  `<h1>Ressources</h1><repere-finder feed="${feed}" lang="fr" region="${REGION}" no-cache max-bytes="524288000"></repere-finder>`;

/**
 * Once the first cards show: the resident's first query, submitted (Enter,
 * not the typing pause), until its cards are drawn, with the CPU slowed as
 * for the load. Milliseconds.
 */
async function firstQuery(page, query, throttle) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  try {
    return await page.evaluate(async (q) => {
      const el = document.querySelector('repere-finder');
      const input = el.shadowRoot.querySelector('input[type="search"]');
      const t = performance.now();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.form.requestSubmit();
      await el.searchComplete;
      await el.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
      return performance.now() - t;
    }, query);
  } finally {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs the phone measurements with a browser the caller launched.
 *
 * @returns {Promise<{ rows: object[], skipped?: string }>}
 */
export async function runPhone({ root, browser, sizes = [20, 2000, 20_000], throttles = [1, 4], runs = 3, forms = ['list', 'table', 'shards'], log = () => {}, deadline = Infinity, dist = join(root, 'packages/widget/dist') }) {
  if (!existsSync(join(dist, 'repere-finder.bundle.js'))) return { rows: [], skipped: 'packages/widget/dist is not built: run `npm run build` first' };
  const tools = await feedTools(root);
  const feeds = new Map();
  /** Responses sent, in order: when, which, how many bytes (gzip). */
  let sent = [];
  const server = http.createServer((req, res) => {
    const path = decodeURI((req.url ?? '/').split('?')[0]);
    let body;
    let type = TYPES[extname(path)] ?? 'application/octet-stream';
    if (path === '/page') {
      body = gzipSync(Buffer.from(page(new URL(req.url, 'http://x').searchParams.get('feed'))));
      type = 'text/html';
    } else if (path.startsWith('/dist/')) {
      const file = normalize(join(dist, path.slice('/dist/'.length)));
      if (file.startsWith(dist) && existsSync(file)) body = gzipSync(readFileSync(file), { level: 6 });
    } else body = feeds.get(path);
    if (process.env.REPERE_BENCH_DEBUG) log(`phone: ${path} ${body ? body.length : 404}`);
    if (!body) {
      res.writeHead(404).end();
      return;
    }
    sent.push({ at: Date.now(), path, bytes: body.length });
    res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'cache-control': 'no-store' }).end(body);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const rows = [];
  try {
    for (const size of sizes) {
      const published = publish(tools, size);
      feeds.clear();
      for (const [path, body] of published.files) feeds.set(path, body);
      log(`phone ${size}: ${published.shards} shards, ${published.shardRecords} records in the ${REGION} shard`);
      for (const form of forms) {
        const feed = form === 'shards' ? `/feeds/${size}/shards/manifest.json` : `/feeds/${size}/${form}.json`;
        const row = { size, form, shardRecords: form === 'shards' ? published.shardRecords : size, byThrottle: {} };
        for (const throttle of throttles) {
          const samples = [];
          for (let i = 0; i < runs; i++) {
            if (Date.now() > deadline) break;
            const tab = await browser.newPage();
            await tab.setViewport({ width: 390, height: 844, deviceScaleFactor: 1, isMobile: true, hasTouch: true });
            tab.on('pageerror', (e) => log(`phone ${size} ${form}: page error: ${e.message}`));
            tab.on('console', (m) => m.type() === 'error' && log(`phone ${size} ${form}: console: ${m.text()}`));
            sent = [];
            try {
              const m = await measureFirstCards(tab, `${origin}/page?feed=${encodeURIComponent(feed)}`, { throttle, timeoutMs: 90_000 });
              // Bytes counted by this server (gzip bodies), up to the first cards on the page's clock.
              const firstCardsEpoch = (await tab.evaluate(() => performance.timeOrigin)) + m.firstCardsMs;
              const query = await firstQuery(tab, QUERY, throttle);
              const before = sent.filter((s) => s.at <= firstCardsEpoch);
              samples.push({ firstCardsMs: m.firstCardsMs, queryMs: query, bytesBefore: before.reduce((a, s) => a + s.bytes, 0), requestsBefore: before.length });
            } catch (error) {
              log(`phone ${size} ${form} ${throttle}×: ${String(error.message).split('\n')[0]}`);
            } finally {
              await tab.close();
            }
          }
          if (!samples.length) continue;
          row.byThrottle[throttle] = {
            runs: samples.map((s) => Math.round(s.firstCardsMs)),
            firstCardsMs: median(samples.map((s) => s.firstCardsMs)),
            queryMs: median(samples.map((s) => s.queryMs ?? NaN)),
            bytesBefore: median(samples.map((s) => s.bytesBefore)),
            requestsBefore: median(samples.map((s) => s.requestsBefore)),
          };
          log(`phone ${size} ${form} ${throttle}×: first cards ${row.byThrottle[throttle].firstCardsMs.toFixed(0)} ms (${row.byThrottle[throttle].runs.join(', ')}), query ${row.byThrottle[throttle].queryMs.toFixed(0)} ms, ${(row.byThrottle[throttle].bytesBefore / 1e3).toFixed(0)} kB before`);
        }
        rows.push(row);
      }
    }
  } finally {
    server.close();
  }
  return { rows };
}

const kB = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(2)} MB` : `${(b / 1e3).toFixed(0)} kB`);
const ms = (x) => (x === undefined || Number.isNaN(x) ? '–' : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);

/** The phone tables, in Markdown. */
export function renderPhone({ rows, skipped }, info) {
  if (skipped) return `### A phone: navigation → first cards\n\nNot measured: ${skipped}.\n`;
  const lines = [
    '### A phone: navigation → first cards (the element as shipped, 390 px, CPU 1× and 4× slower)',
    '',
    `Run ${info.date.slice(0, 16).replace('T', ' ')} UTC, load average at start ${info.load}. <repere-finder feed="…" region="${REGION}" lang="fr"> from \`packages/widget/dist\`, every file served gzipped (level 6) from 127.0.0.1 (no network time); a fresh tab per run, median of the runs shown (each run in the next column). "4×" is CDP \`Emulation.setCPUThrottlingRate\` 4, a mid-range phone's stand-in. First cards: the first frame with result cards of the resident's region; the query: "${QUERY}" submitted once they show, until its cards are drawn. Bytes: gzip bodies the page received before its first cards (page, bundle, engine, locale, feed or manifest and shard). Feeds: \`generateLargeFeed({count, seed: 42, provinceWide: ${PROVINCE_WIDE_EVERY}})\`; shards: \`repere pack --split region\`.`,
    '',
    '| Records | form | records loaded | gzip before first cards | first cards 1× | runs | first cards 4× | runs | first query 1× | first query 4× |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const r of rows) {
    const a = r.byThrottle[1];
    const b = r.byThrottle[4];
    lines.push(`| ${r.size.toLocaleString('en')} | ${r.form} | ${r.shardRecords.toLocaleString('en')} | ${kB((b ?? a)?.bytesBefore ?? 0)} | ${ms(a?.firstCardsMs)} | ${a?.runs.join(', ') ?? '–'} | **${ms(b?.firstCardsMs)}** | ${b?.runs.join(', ') ?? '–'} | ${ms(a?.queryMs)} | ${ms(b?.queryMs)} |`);
  }
  return `${lines.join('\n')}\n`;
}
