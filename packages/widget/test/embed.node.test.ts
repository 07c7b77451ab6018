// The iframe embed as a CMS page uses it: the host page on one origin
// (127.0.0.1, one port), the built embed.html and its files on another
// (localhost, another port), in Chromium, at phone and desktop widths.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { fileIn, startServer } from '../../../scripts/static-server.mjs';

type Answer = ReturnType<typeof fileIn>;

const widget = fileURLToPath(new URL('..', import.meta.url));
const dist = join(widget, 'dist');
const FEED = readFileSync(join(widget, 'test/pages/small-feed.json'));
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The iframe's height before the embed says anything (its `height` attribute). */
const INITIAL = 150;

/** The embed's site: packages/widget/dist as a webmaster uploads it, and a feed. */
const embedSite = (url: URL): Answer | undefined =>
  url.pathname === '/feed.json' ? { body: FEED, type: 'application/json' } : fileIn(dist, url.pathname);

describe('embed.html in an iframe on another origin', function () {
  this.timeout(60_000);
  let browser: Browser;
  let host: Awaited<ReturnType<typeof startServer>>;
  let embed: Awaited<ReturnType<typeof startServer>>;
  let hostOrigin: string;
  let embedOrigin: string;

  /** The host's site: a CMS page with the iframe (and the snippet), and a neutral page to leave to. */
  function hostSite(url: URL): Answer | undefined {
    if (url.pathname === '/left.html') return { body: '<!doctype html><title>Météo</title><p>Météo' };
    if (url.pathname !== '/page.html') return undefined;
    const src = url.searchParams.get('src')!;
    const listed = url.searchParams.get('listed') ?? embedOrigin;
    const snippet = url.searchParams.has('no-snippet') ? '' : `<script src="${embedOrigin}/repere-embed.js"></script>`;
    return {
      // As strict as a careful CMS: no inline script or style at all.
      headers: { 'content-security-policy': `default-src 'self'; script-src 'self' ${embedOrigin}; frame-src ${embedOrigin}; style-src 'self'` },
      body: `<!doctype html><html lang="fr"><title>Ville fictive</title>
<main><h1>Trouver de l’aide</h1>
<iframe src="${src.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" data-repere-origin="${listed}" title="Répertoire des ressources" width="100%" height="${INITIAL}"></iframe>
<p id="after">Pied de page</p></main>${snippet}</html>`,
    };
  }

  const embedUrl = (params: Record<string, string>) => `${embedOrigin}/embed.html?${new URLSearchParams(params)}`;
  const hostPage = (src: string, extra = '') => `${hostOrigin}/page.html?src=${encodeURIComponent(src)}${extra}`;

  before(async function () {
    if (!existsSync(join(dist, 'embed.html')) || !existsSync(join(dist, 'repere-finder.bundle.js'))) this.skip(); // before any build
    if (!existsSync(chromium)) this.skip();
    embed = await startServer(embedSite);
    host = await startServer(hostSite);
    hostOrigin = `http://127.0.0.1:${host.port}`;
    embedOrigin = `http://localhost:${embed.port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  });

  after(async () => {
    await browser?.close();
    await host?.close();
    await embed?.close();
  });

  async function open(url: string, width: number): Promise<{ page: Page; frame: Frame }> {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 800 });
    await page.goto(url);
    const handle = await page.waitForSelector('iframe');
    const frame = (await handle!.contentFrame())!;
    await frame.waitForFunction(() => document.querySelector('repere-finder')?.shadowRoot?.querySelector('[part~="status"], [part~="error"]'));
    return { page, frame };
  }

  /** Waits until the finder shows the three cards of the small feed. */
  const allCards = (frame: Frame) =>
    frame.waitForFunction(() => document.querySelector('repere-finder')!.shadowRoot!.querySelectorAll('[part~="card-title"]').length === 3);
  const cardTitles = (frame: Frame) =>
    frame.evaluate(() => [...document.querySelector('repere-finder')!.shadowRoot!.querySelectorAll('[part~="card-title"]')].map((t) => t.textContent!.trim()));
  // Inside its border: the height the snippet sets.
  const iframeHeight = (page: Page) => page.$eval('iframe', (f) => f.clientHeight);
  const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

  /** Waits until the iframe is as tall as the content inside it (the last size message landed); that height. */
  async function fitted(page: Page, frame: Frame): Promise<number> {
    let seen = '';
    for (let i = 0; i < 50; i++) {
      const [outer, inner] = [await iframeHeight(page), await contentHeight(frame)];
      if (Math.abs(outer - inner) <= 1) return inner;
      seen = `iframe ${outer} px, content ${inner} px`;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the iframe never fitted its content: ${seen}`);
  }

  for (const width of [390, 1280]) {
    it(`grows to show every card of the Kamouraska directory, then fits a narrower search (${width} px)`, async () => {
      const { page, frame } = await open(hostPage(embedUrl({ feed: 'feed.json', lang: 'fr', region: 'kamouraska', parent: hostOrigin })), width);
      try {
        await allCards(frame);
        await page.waitForFunction((min) => document.querySelector('iframe')!.clientHeight > min, {}, INITIAL + 200);
        const full = await fitted(page, frame);
        // Nothing scrolls inside the iframe: every card is in its own box, the page scrolls instead.
        expect(await frame.evaluate(() => document.scrollingElement!.scrollHeight <= innerHeight + 1)).to.equal(true);
        expect(await cardTitles(frame)).to.have.members([
          'Popote roulante du Littoral (fictif)',
          'Comptoir alimentaire des Aboiteaux (fictif)',
          'Clinique d’impôts bénévole (fictif)',
        ]);
        expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).to.equal(true);

        const input = await frame.waitForSelector('repere-finder >>> input[type="search"]');
        await input!.type('impôts');
        await frame.waitForFunction(() => document.querySelector('repere-finder')!.shadowRoot!.querySelectorAll('[part~="card-title"]').length === 1);
        await page.waitForFunction((before) => document.querySelector('iframe')!.clientHeight < before - 50, {}, full);
        await fitted(page, frame);
        expect(await cardTitles(frame)).to.deep.equal(['Clinique d’impôts bénévole (fictif)']);
      } finally {
        await page.close();
      }
    });
  }

  it('speaks the language of the address, and is clean for axe (WCAG 2.2 AA) at 390 px', async () => {
    const { page, frame } = await open(hostPage(embedUrl({ feed: 'feed.json', lang: 'en', parent: hostOrigin })), 390);
    try {
      await allCards(frame);
      expect(await frame.evaluate(() => document.documentElement.lang)).to.equal('en');
      expect(await cardTitles(frame)).to.include('Volunteer Tax Clinic (fictional)');
      // Evaluated through DevTools: the embed page's CSP allows no injected script.
      await frame.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const violations = await frame.evaluate(async () => {
        const { violations } = await (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
          resultTypes: ['violations'],
          // A framed document's headings continue the host page's, which has the <h1>.
          rules: { 'page-has-heading-one': { enabled: false } },
        });
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join('; ')}`);
      });
      expect(violations).to.deep.equal([]);
    } finally {
      await page.close();
    }
  });

  /** Opens a finder with a quick exit to the host's neutral page, does what a resident does, and expects the whole tab there. */
  async function expectTabLeft(width: number, act: (page: Page, frame: Frame) => Promise<unknown>): Promise<void> {
    const { page, frame } = await open(hostPage(embedUrl({ feed: 'feed.json', lang: 'fr', 'quick-exit': `${hostOrigin}/left.html`, parent: hostOrigin })), width);
    try {
      // Once the page is still, as a resident would see it.
      await allCards(frame);
      await fitted(page, frame);
      await Promise.all([page.waitForNavigation(), act(page, frame)]);
      expect(page.url()).to.equal(`${hostOrigin}/left.html`);
      expect(await page.title()).to.equal('Météo');
    } finally {
      await page.close();
    }
  }

  it('"Leave quickly" replaces the whole tab, not just the iframe', () =>
    expectTabLeft(390, async (_page, frame) => (await frame.waitForSelector('repere-finder >>> [part~="quick-exit"]'))!.click()));

  it('Escape pressed twice in the finder leaves the whole tab too', () =>
    expectTabLeft(1280, async (page, frame) => {
      await (await frame.waitForSelector('repere-finder >>> input[type="search"]'))!.type('popote');
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    }));

  it('a snippet that runs after the finder is on screen asks for its size, and gets it', async () => {
    const { page, frame } = await open(hostPage(embedUrl({ feed: 'feed.json', lang: 'fr', parent: hostOrigin }), '&no-snippet'), 1280);
    try {
      await allCards(frame);
      await new Promise((r) => setTimeout(r, 300));
      expect(await iframeHeight(page), 'no snippet yet: the height the page gave').to.equal(INITIAL);
      await page.addScriptTag({ url: `${embedOrigin}/repere-embed.js` });
      expect(await fitted(page, frame)).to.be.greaterThan(INITIAL + 200);
    } finally {
      await page.close();
    }
  });

  /** The iframe's height once the finder shows every card, and a moment for a size message to land. */
  async function settledHeight(url: string): Promise<number> {
    const { page, frame } = await open(url, 1280);
    try {
      await allCards(frame);
      await new Promise((r) => setTimeout(r, 300));
      return await iframeHeight(page);
    } finally {
      await page.close();
    }
  }

  it('the host ignores size messages from an origin it does not list', async () => {
    // The page lists 127.0.0.1 for an iframe that is served from localhost.
    const listed = `&listed=${encodeURIComponent(`http://127.0.0.1:${embed.port}`)}`;
    expect(await settledHeight(hostPage(embedUrl({ feed: 'feed.json', lang: 'fr', parent: hostOrigin }), listed))).to.equal(INITIAL);
  });

  it('the embed posts its size only to the parent origin its address names', async () => {
    expect(await settledHeight(hostPage(embedUrl({ feed: 'feed.json', lang: 'fr', parent: 'http://elsewhere.example' })))).to.equal(INITIAL);
  });

  it('loads no feed from an origin embed.html does not list, and says so in the resident’s language', async () => {
    const { page, frame } = await open(hostPage(embedUrl({ feed: `${hostOrigin}/feed.json`, lang: 'fr', parent: hostOrigin })), 390);
    try {
      const error = await frame.waitForFunction(() => document.querySelector('repere-finder')!.shadowRoot!.querySelector('[part~="error"]')?.textContent ?? '').then((h) => h.jsonValue());
      expect(error).to.contain('Aucun répertoire n’est configuré pour cet outil de recherche.');
      expect(await cardTitles(frame)).to.deep.equal([]);
    } finally {
      await page.close();
    }
  });
});
