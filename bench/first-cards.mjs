#!/usr/bin/env node
// Navigation → first cards: how long a resident waits, from the page's
// navigation to the first result cards on screen, for the built embed bundle.
//
//   node bench/first-cards.mjs [--before path/to/old/widget/dist] [--also name=path …] [--runs 5] [--sizes 20,300] [--throttle 1,4]
//
// `measureFirstCards(page, url, { throttle })` is the reusable part (the full
// bench, `npm run bench`, can call it with its own pages): it loads `url` in a
// puppeteer page, optionally with CDP CPU throttling (4× is a phone-class
// stand-in), and returns when the first `.card` of the page's
// `<repere-finder>` is drawn, with where the milliseconds went.
//
// Run directly, it serves the built bundle (packages/widget/dist, and the
// `--before` one in the same run) and seeded fictional feeds from a private
// 127.0.0.1 server, and prints medians. Debian's Chromium, through
// puppeteer-core: no browser is downloaded.
import http from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Installed before the page's own scripts: records, on the page's clock
 * (milliseconds since navigation start), when the element is defined, when
 * its search field is first drawn, and when its first result card is.
 */
function watchFirstCards() {
  const marks = {};
  window.__repereMarks = marks;
  const finder = () => document.querySelector('repere-finder');
  customElements.whenDefined('repere-finder').then(() => (marks.defined ??= performance.now()));
  const frame = () => {
    const root = finder()?.shadowRoot;
    if (root?.querySelector('input[type="search"]')) marks.field ??= performance.now();
    if (root?.querySelector('.card')) {
      marks.cards = performance.now();
      // A task queued from the frame's callback runs once that frame's style,
      // layout and paint are done: the cards are on screen.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (marks.painted = performance.now());
      channel.port2.postMessage(null);
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/**
 * Loads `url` in `page` and resolves when its finder shows its first cards.
 *
 * @param {import('puppeteer-core').Page} page a fresh page (a fresh browser context, for a cold cache)
 * @param {string} url the page to load
 * @param {{ throttle?: number, timeoutMs?: number }} [options] `throttle`: CDP CPU slow-down (1: none)
 * @returns {Promise<{ firstCardsMs: number, definedMs?: number, fieldMs?: number, requests: Array<{ url: string, startMs: number, endMs: number, bytes: number }> }>}
 *   every time on the page's clock, from navigation start; `requests`: the
 *   page's and its workers' requests (bundle, engine, locale, feed)
 */
export async function measureFirstCards(page, url, { throttle = 1, timeoutMs = 30_000 } = {}) {
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // Requests on the page's clock: CDP timestamps are seconds on the same
  // monotonic clock as the navigation's start (read from the page afterwards).
  const seen = new Map();
  const onRequest = (event) => seen.set(event.requestId, { url: event.request.url, start: event.timestamp });
  const onDone = (event) => {
    const r = seen.get(event.requestId);
    if (r) Object.assign(r, { end: event.timestamp, bytes: event.encodedDataLength ?? 0 });
  };
  // A response's headers, for a request whose end is reported to another target (a worker's script).
  const onResponse = (event) => {
    const r = seen.get(event.requestId);
    if (r) r.headers = event.timestamp;
  };
  const listen = (session) => {
    session.on('Network.requestWillBeSent', onRequest);
    session.on('Network.responseReceived', onResponse);
    session.on('Network.loadingFinished', onDone);
    return session.send('Network.enable');
  };
  await listen(cdp);
  // Workers' requests (the engine's feed request, when it makes it).
  const onWorker = (worker) => void listen(worker.client).catch(() => {});
  page.on('workercreated', onWorker);
  const watcher = await page.evaluateOnNewDocument(watchFirstCards);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForFunction(() => window.__repereMarks?.painted !== undefined, { timeout: timeoutMs, polling: 50 });
    const marks = await page.evaluate(() => window.__repereMarks);
    // CDP's monotonic seconds → the page's clock: the navigation request went out at about navigationStart.
    const navigation = [...seen.values()].find((r) => r.url === url);
    const zero = navigation?.start ?? 0;
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0]?.fetchStart ?? 0);
    const toPage = (seconds) => Math.round((seconds - zero) * 1000 + nav);
    const requests = [...seen.values()]
      .filter((r) => r.url !== url && !r.url.startsWith('data:'))
      .map((r) => ({ url: new URL(r.url).pathname, startMs: toPage(r.start), endMs: toPage(r.end ?? r.headers ?? r.start), bytes: r.bytes ?? 0 }))
      .sort((a, b) => a.startMs - b.startMs);
    return { firstCardsMs: Math.round(marks.cards), paintedMs: Math.round(marks.painted), definedMs: round(marks.defined), fieldMs: round(marks.field), requests };
  } finally {
    page.off('workercreated', onWorker);
    await page.removeScriptToEvaluateOnNewDocument(watcher.identifier).catch(() => {});
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 }).catch(() => {});
    await cdp.detach().catch(() => {});
  }
}

const round = (n) => (n === undefined ? undefined : Math.round(n));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

// ------------------------------------------------------------ run directly
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.map': 'application/json' };

/** A private server: /<variant>/… from each dist folder, /feed-<n>.json, /<variant>/page.html?feed=…. */
function serve(dists, feeds) {
  const server = http.createServer((req, res) => {
    const { pathname, searchParams } = new URL(req.url, 'http://x');
    const feed = feeds.get(pathname);
    if (feed) {
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      return res.end(feed);
    }
    const [, variant, ...rest] = pathname.split('/');
    const dist = dists.get(variant);
    if (!dist) return res.writeHead(404).end();
    if (rest.join('/') === 'page.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(`<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>First cards</title><script type="module" src="/${variant}/repere-finder.bundle.js"></script></head>
<body><h1>Ressources</h1><repere-finder feed="${searchParams.get('feed')}" lang="fr"><p>Composez le 211.</p></repere-finder></body></html>`);
    }
    const file = resolve(dist, rest.join('/'));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const argv = process.argv.slice(2);
  const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
  const runs = Number(arg('--runs', '5'));
  const sizes = arg('--sizes', '20,300').split(',').map(Number);
  const throttles = arg('--throttle', '1,4').split(',').map(Number);
  const dists = new Map([['after', join(root, 'packages/widget/dist')]]);
  if (arg('--before')) dists.set('before', resolve(arg('--before')));
  // More builds side by side: --also name=path (repeatable).
  argv.forEach((a, i) => {
    if (a !== '--also') return;
    const [name, path] = argv[i + 1].split('=');
    dists.set(name, resolve(path));
  });
  for (const [name, dir] of dists) if (!existsSync(join(dir, 'repere-finder.bundle.js'))) throw new Error(`${name}: no built bundle in ${dir} (npm run build)`);

  const { generateLargeFeed } = await import('../scripts/generate/large-feed.mjs');
  const feeds = new Map(sizes.map((n) => [`/feed-${n}.json`, JSON.stringify(generateLargeFeed({ count: n, seed: 42 }))]));
  const server = await serve(dists, feeds);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const rows = [];
  try {
    // A new browser spends its first seconds loading its own pages (the
    // omnibox's, in another renderer) on the same two cores: not measured.
    const warm = await browser.newPage();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await warm.close();
    for (const size of sizes) {
      for (const throttle of throttles) {
        const byVariant = new Map([...dists.keys()].map((v) => [v, []]));
        // Variants interleaved, run after run, so that a busy moment of the machine hits both.
        for (let run = 0; run < runs; run++) {
          for (const variant of dists.keys()) {
            const context = await browser.createBrowserContext();
            try {
              const page = await context.newPage();
              await page.setViewport({ width: 390, height: 844 });
              byVariant.get(variant).push(await measureFirstCards(page, `${origin}/${variant}/page.html?feed=/feed-${size}.json`, { throttle }));
            } finally {
              await context.close();
            }
          }
        }
        for (const [variant, results] of byVariant) {
          const at = (pick) => median(results.map(pick).filter((v) => v !== undefined));
          const request = (pattern, key) => at((r) => r.requests.find((q) => pattern.test(q.url))?.[key]);
          const row = {
            size,
            throttle,
            variant,
            firstCards: at((r) => r.firstCardsMs),
            range: `${Math.min(...results.map((r) => r.firstCardsMs))}–${Math.max(...results.map((r) => r.firstCardsMs))}`,
            painted: at((r) => r.paintedMs),
            defined: at((r) => r.definedMs),
            field: at((r) => r.fieldMs),
            engineStart: request(/repere-engine\.js$/, 'startMs'),
            engineEnd: request(/repere-engine\.js$/, 'endMs'),
            feedStart: request(/feed-\d+\.json$/, 'startMs'),
            feedEnd: request(/feed-\d+\.json$/, 'endMs'),
          };
          rows.push(row);
          console.log(JSON.stringify(row));
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('\n| records | CPU | build | first cards (median) | range | painted | defined | field drawn | engine requested → received | feed requested → received |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| ${r.size} | ${r.throttle}× | ${r.variant} | **${r.firstCards} ms** | ${r.range} | ${r.painted} | ${r.defined} | ${r.field} | ${r.engineStart} → ${r.engineEnd} | ${r.feedStart} → ${r.feedEnd} |`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
