#!/usr/bin/env node
// The screenshots of docs/embedding.md's ways to embed, taken in Debian's
// Chromium (puppeteer-core; CHROME_PATH to use another) from the BUILT files
// (`npm run build` first), on fictional pages with the fictional demo feed:
//
//   docs/images/embed-iframe.png   a CMS page with embed.html in an iframe (another origin), grown by repere-embed.js
//   docs/images/embed-bundler.png  an app bundled with Rollup from `import '@repere/widget'`
//   docs/images/embed-cdn.png      a page loading the bundle from a "CDN" origin, pinned by its SRI hash
//
// Run: node scripts/screenshots.mjs
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { cdnUrl } from './integrity.mjs';
import { fileIn, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'packages/widget/dist');
const images = join(root, 'docs/images');
const FEED = readFileSync(join(root, 'examples/data/demo-feed.json'));
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const WIDTH = 1000;
const HEIGHT = 900;

if (!existsSync(join(dist, 'embed.html')) || !existsSync(join(dist, 'integrity.json'))) {
  console.error('The widget is not built: run `npm run build` first.');
  process.exit(1);
}

/** A fictional site's page around the finder. */
const page = (title, body, head = '') => `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title>
<style>
  body { margin: 0; font: 16px/1.5 Georgia, serif; color: #222; background: #f4f1ea; }
  header { background: #1d4e5f; color: #fff; padding: 12px 32px; font: bold 20px system-ui, sans-serif; }
  main { max-width: 920px; margin: 0 auto; padding: 8px 32px 32px; background: #fff; }
  iframe { width: 100%; border: 0; display: block; }
  pre { background: #f6f6f6; border: 1px solid #ddd; padding: 8px 12px; font-size: 13px; white-space: pre-wrap; }
</style>${head}</head><body>${body}</body></html>`;

/** Builds a small app with Rollup from `import '@repere/widget'` (the workspace's built package, as npm would install it). */
async function bundleApp(dir) {
  writeFileSync(join(dir, 'main.js'), "import '@repere/widget';\n");
  const bundle = await rollup({
    input: { main: join(dir, 'main.js'), 'engine.worker': '@repere/widget/engine.worker.js' },
    // The app lives in a temporary folder: its packages are the workspace's.
    plugins: [nodeResolve({ browser: true, modulePaths: [join(root, 'node_modules')] })],
    onwarn: (warning, warn) => {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      if (warning.code !== 'CIRCULAR_DEPENDENCY') warn(warning);
    },
  });
  await bundle.write({ dir: join(dir, 'www'), format: 'es' });
  await bundle.close();
}

const work = mkdtempSync(join(tmpdir(), 'repere-shots-'));
const servers = [];
const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
try {
  await bundleApp(work);
  // The finder's own site (the embed, the "CDN"): dist/ as uploaded, and the feed; CORS open, as a CDN's.
  const embed = await startServer((url) => {
    const found = url.pathname === '/data/feed.json' ? { body: FEED, type: 'application/json' } : fileIn(dist, url.pathname);
    return found && { ...found, headers: { 'access-control-allow-origin': '*' } };
  });
  servers.push(embed);
  const finderOrigin = `http://localhost:${embed.port}`;
  const integrity = JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8')).files['repere-finder.bundle.js'];

  let siteOrigin = '';
  const site = await startServer((url) => {
    if (url.pathname === '/iframe.html') {
      const src = `${finderOrigin}/embed.html?feed=/data/feed.json&lang=fr&region=kamouraska&parent=${encodeURIComponent(siteOrigin)}`;
      return {
        body: page(
          'Ville de Saint-Exemple (fictif)',
          `<header>Ville de Saint-Exemple (fictif)</header><main><h1>Trouver de l’aide près de chez vous</h1>
<p>Banques alimentaires, transport, soutien aux proches aidants : cherchez dans le répertoire régional.</p>
<iframe src="${src.replace(/&/g, '&amp;')}" data-repere-origin="${finderOrigin}" title="Répertoire des ressources communautaires" height="800"></iframe></main>
<script src="${finderOrigin}/repere-embed.js"></script>`,
        ),
      };
    }
    if (url.pathname === '/app.html') {
      return {
        body: page(
          'Helpdesk app (fictional)',
          `<header>Community helpdesk (fictional app)</header><main><h1>Find a service</h1>
<repere-finder feed="${finderOrigin}/data/feed.json" lang="en" limit="3"></repere-finder></main>`,
          '<script type="module" src="/www/main.js"></script>',
        ),
      };
    }
    if (url.pathname === '/cdn.html') {
      const tag = (src) => `<script type="module" src="${src}"\n        integrity="${integrity}"\n        crossorigin="anonymous" referrerpolicy="no-referrer"></script>`;
      // The page shows the CDN address; the same bytes come from the local "CDN".
      const shown = tag(cdnUrl(JSON.parse(readFileSync(join(dist, 'integrity.json'), 'utf8')).version, 'repere-finder.bundle.js'));
      return {
        body: page(
          'L’Écho (fictif)',
          `<header>L’Écho du Littoral (fictif)</header><main><h1>Ressources communautaires</h1>
<pre>${shown.replace(/</g, '&lt;')}</pre>
<repere-finder feed="${finderOrigin}/data/feed.json" lang="fr" limit="2" compact></repere-finder></main>`,
          tag(`${finderOrigin}/repere-finder.bundle.js`),
        ),
      };
    }
    if (url.pathname.startsWith('/www/')) return fileIn(join(work, 'www'), url.pathname.slice('/www'.length));
    return undefined;
  });
  servers.push(site);
  siteOrigin = `http://127.0.0.1:${site.port}`;

  const cards = () => document.querySelector('repere-finder')?.shadowRoot?.querySelectorAll('[part~="card-title"]').length > 0;
  for (const [name, path, query] of [
    ['embed-iframe.png', '/iframe.html'],
    ['embed-bundler.png', '/app.html', 'tax'],
    ['embed-cdn.png', '/cdn.html'],
  ]) {
    const tab = await browser.newPage();
    await tab.setViewport({ width: WIDTH, height: HEIGHT });
    await tab.goto(`${siteOrigin}${path}`);
    const frame = path === '/iframe.html' ? await (await tab.waitForSelector('iframe')).contentFrame() : tab.mainFrame();
    await frame.waitForFunction(cards, { timeout: 20_000 });
    if (query) {
      const input = await frame.waitForSelector('repere-finder >>> input[type="search"]');
      await input.type(query);
      await new Promise((r) => setTimeout(r, 800));
    }
    if (path === '/iframe.html') {
      await tab.waitForFunction(() => document.querySelector('iframe').clientHeight !== 800, { timeout: 10_000 });
    }
    await new Promise((r) => setTimeout(r, 300));
    await tab.screenshot({ path: join(images, name), clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
    console.log(`docs/images/${name}`);
    await tab.close();
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
  rmSync(work, { recursive: true, force: true });
}
