// The WordPress plugin in a real WordPress (Debian's packages, started by
// support/site.ts): installed from dist/repere.zip, activated, its shortcode
// and block opened in Chromium and searched as a resident would, at phone and
// desktop widths; a page saved by an editor without unfiltered_html; the
// settings page's checks. Skips, saying why, when PHP, MariaDB or WordPress
// are missing on a developer's machine; fails instead under CI=true.
//
// REPERE_SCREENSHOTS=1 also writes docs/images/wordpress.png.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { missingRequirement, PLUGIN_ZIP, ROOT, startSite, type Site } from './support/site.js';

const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const NBSP = '\u00a0';

describe('WordPress plugin in a real WordPress', function () {
  this.timeout(60_000);
  let site: Site | undefined;
  let browser: Browser | undefined;

  before(async function () {
    this.timeout(120_000);
    const missing =
      missingRequirement() ??
      (existsSync(CHROMIUM) ? undefined : `Chromium, not found at ${CHROMIUM} (set CHROME_PATH)`) ??
      (existsSync(PLUGIN_ZIP) ? undefined : `the plugin's zip, ${PLUGIN_ZIP} (run \`npm run build\`)`);
    if (missing) {
      if (process.env.CI === 'true') throw new Error(`WordPress tests cannot run under CI: ${missing}. .ci/run installs these packages.`);
      console.log(`    (skipped: the WordPress tests need ${missing})`);
      this.skip();
    }
    site = await startSite(readFileSync(join(ROOT, 'examples/data/demo-feed.json'), 'utf8'));
    browser = await puppeteer.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  after(async function () {
    this.timeout(30_000);
    await browser?.close();
    await site?.stop();
  });

  const pageUrl = (name: string) => `${site!.url}/?page_id=${site!.setup.pages[name]}`;

  /** A fresh browser context (no cookies) with one tab. */
  async function newTab(viewport = DESKTOP): Promise<Page> {
    const context = await browser!.createBrowserContext();
    const tab = await context.newPage();
    await tab.setViewport(viewport);
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    (tab as Page & { errors?: string[] }).errors = errors;
    return tab;
  }

  /** Types a query into the finder as a resident would, and returns the card titles that appear. */
  async function search(tab: Page, query: string, expected: string): Promise<string[]> {
    await tab.waitForFunction(() => customElements.get('repere-finder') && document.querySelector('repere-finder')?.shadowRoot?.querySelector('input[type="search"]'), { timeout: 20_000 });
    await tab.type('repere-finder >>> input[type="search"]', query);
    const handle = await tab.waitForFunction(
      async (text) => {
        const finder = document.querySelector('repere-finder') as HTMLElement & { searchComplete: Promise<void> };
        // The results of the whole query, not of its first letters.
        await finder.searchComplete;
        const titles = [...(finder.shadowRoot?.querySelectorAll('[part~="card-title"]') ?? [])].map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim());
        return titles.some((t) => t.includes(text)) ? titles : undefined;
      },
      { timeout: 20_000 },
      expected,
    );
    return (await handle.jsonValue()) as string[];
  }

  const visibleText = (tab: Page) => tab.evaluate(() => document.body.innerText);

  async function logIn(tab: Page, user: 'admin' | 'editor'): Promise<void> {
    const { login, password } = site!.setup.users[user];
    await tab.goto(`${site!.url}/wp-login.php`);
    await tab.$eval('#user_login', (input, value) => ((input as HTMLInputElement).value = value), login);
    await tab.$eval('#user_pass', (input, value) => ((input as HTMLInputElement).value = value), password);
    await Promise.all([tab.waitForNavigation(), tab.click('#wp-submit')]);
    if (!new URL(tab.url()).pathname.startsWith('/wp-admin')) {
      throw new Error(`${login} could not log in: ${tab.url()}\n${await visibleText(tab)}`);
    }
  }

  /** The `<repere-finder …>…</repere-finder>` markup a page's HTML holds. */
  async function finderMarkup(name: string): Promise<string[]> {
    const html = await (await fetch(pageUrl(name))).text();
    return html.match(/<repere-finder[\s\S]*?<\/repere-finder>/g) ?? [];
  }

  for (const [label, viewport] of [
    ['on a phone (390 px)', PHONE],
    ['on a desktop', DESKTOP],
  ] as const) {
    it(`shows the Kamouraska meals on wheels to a resident who searches the shortcode page, in French, ${label}`, async () => {
      const tab = await newTab(viewport);
      await tab.goto(pageUrl('shortcode'));
      const titles = await search(tab, 'popote', 'Popote roulante du Kamouraska');
      expect(titles[0]).to.equal('Popote roulante du Kamouraska');
      // The shortcode's lang="fr" and region="kamouraska" reached the element.
      const state = await tab.evaluate(() => {
        const finder = document.querySelector('repere-finder') as HTMLElement & { renderedLocale: string };
        return { locale: finder.renderedLocale, region: finder.getAttribute('region') };
      });
      expect(state).to.deep.equal({ locale: 'fr', region: 'kamouraska' });
      // The bare quick-exit flag gives the "Leave quickly" button.
      expect(await tab.$eval('repere-finder >>> [part~="quick-exit"]', (button) => button.textContent?.trim())).to.equal('Quitter rapidement');
      const width = await tab.evaluate(() => document.querySelector('repere-finder')!.getBoundingClientRect().width);
      expect(width).to.be.at.most(viewport.width);
      expect((tab as Page & { errors?: string[] }).errors).to.deep.equal([]);
      if (process.env.REPERE_SCREENSHOTS === '1' && viewport === DESKTOP) {
        // Tall enough to show the result card below the crisis lines.
        await tab.setViewport({ width: 1280, height: 1500 });
        await tab.screenshot({ path: join(ROOT, 'docs/images/wordpress.png') as `${string}.png` });
      }
      await tab.browserContext().close();
    });

    it(`shows the block's finder in English and finds "meals on wheels", ${label}`, async () => {
      const tab = await newTab(viewport);
      await tab.goto(pageUrl('block'));
      const titles = await search(tab, 'meals on wheels', 'Kamouraska Meals on Wheels');
      expect(titles).to.include('Kamouraska Meals on Wheels');
      expect((tab as Page & { errors?: string[] }).errors).to.deep.equal([]);
      await tab.browserContext().close();
    });
  }

  it('writes the same markup for the block as for the shortcode with the same settings', async () => {
    const [block] = await finderMarkup('block');
    const shortcode = site!.php(`echo do_shortcode('[repere_finder lang="en" no-filters limit="5"]');`);
    expect(block).to.equal(shortcode.trim());
    expect(block).to.equal(`<repere-finder feed="${site!.url}/wp-content/uploads/repere/feed.json" lang="en" limit="5" no-filters></repere-finder>`);
  });

  it("loads the finder's script as a module only on pages that show a finder, from the plugin itself", async () => {
    const withFinder = await (await fetch(pageUrl('shortcode'))).text();
    const assets = `${site!.url}/wp-content/plugins/repere/assets/`;
    expect(withFinder).to.include(`<script type="module" src="${assets}repere-finder.bundle.js?ver=0.1.0"`);
    expect(withFinder).to.include(`<script nomodule src="${assets}repere-finder.iife.js?ver=0.1.0"`);
    const without = await (await fetch(pageUrl('plain'))).text();
    expect(without).to.include('No finder here.');
    expect(without).not.to.include('repere-finder');
    // The files the bundle fetches from beside itself are there too.
    for (const file of ['repere-engine.js', 'locales/es.js']) {
      expect((await fetch(`${assets}${file}`)).status, file).to.equal(200);
    }
  });

  it('keeps unsafe values of shortcode attributes off the page, and tells only editors that the feed is not a web address', async () => {
    const html = await (await fetch(pageUrl('hostile'))).text();
    const content = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(content).not.to.match(/javascript:|<script|\son\w+=|alert\(/i);
    // The shortcode with a javascript: feed writes no finder; the other keeps only what is valid.
    expect(await finderMarkup('hostile')).to.deep.equal([
      `<repere-finder feed="${site!.url}/wp-content/uploads/repere/feed.json" region="kamouraskaonmouseoveralert3" category="aines,food-banks" no-filters></repere-finder>`,
    ]);
    // Quotes and angle brackets in a value (a block's attributes arrive as JSON) stay inside it.
    expect(
      site!.php(`echo repere_render_finder(['feed' => 'https://example.org/a.json?x="><script>alert(6)</script>', 'region' => '"><b>', 'quick-exit' => 'https://example.org/"onfocus="alert(7)']);`),
    ).to.equal('<repere-finder feed="https://example.org/a.json?x=scriptalert(6)/script" region="b" quick-exit="https://example.org/onfocus=alert(7)"></repere-finder>');
    // A visitor sees nothing; an editor sees why.
    expect(content).not.to.include('Repère:');
    const tab = await newTab();
    await logIn(tab, 'editor');
    await tab.goto(pageUrl('hostile'));
    expect(await visibleText(tab)).to.include('Repère: the feed URL must start with http:// or https://');
    await tab.browserContext().close();
  });

  it('renders the finder from a page an editor without unfiltered_html saved through the block editor API, where a pasted <repere-finder> and <script> are stripped', async () => {
    const tab = await newTab(PHONE);
    await logIn(tab, 'editor');
    const saved = await tab.evaluate(async () => {
      const nonce = await (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
      const response = await fetch('/?rest_route=/wp/v2/pages', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
        body: JSON.stringify({
          title: 'Aide alimentaire',
          status: 'publish',
          content:
            '<!-- wp:shortcode -->\n[repere_finder lang="fr" region="kamouraska"]\n<!-- /wp:shortcode -->\n\n' +
            '<!-- wp:repere/finder {"lang":"en","compact":true} /-->\n\n' +
            '<!-- wp:html -->\n<repere-finder feed="https://example.org/pasted.json"></repere-finder><script>window.pasted = 1</script>\n<!-- /wp:html -->',
        }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(saved.status, JSON.stringify(saved.body)).to.equal(201);
    expect(site!.php(`echo user_can(get_user_by('login', 'redaction'), 'unfiltered_html') ? 'yes' : 'no';`)).to.equal('no');
    const stored: string = saved.body.content.raw;
    expect(stored).not.to.include('<script');
    expect(stored).not.to.include('pasted.json');

    await tab.goto(saved.body.link);
    const titles = await search(tab, 'popote', 'Popote roulante du Kamouraska');
    expect(titles[0]).to.equal('Popote roulante du Kamouraska');
    const finders = await tab.evaluate(() => [...document.querySelectorAll('repere-finder')].map((f) => [f.getAttribute('lang'), f.hasAttribute('compact')]));
    expect(finders).to.deep.equal([
      ['fr', false],
      ['en', true],
    ]);
    expect(await tab.evaluate(() => (window as Window & { pasted?: number }).pasted)).to.equal(undefined);
    await tab.browserContext().close();
  });

  describe('Settings > Repère', () => {
    const option = () => site!.php(`echo get_option('repere_default_feed');`);

    it('refuses a feed URL that is not http(s), in French for a French-speaking administrator, and keeps the previous feed', async () => {
      const before = option();
      const tab = await newTab();
      await logIn(tab, 'admin');
      await tab.goto(`${site!.url}/wp-admin/options-general.php?page=repere`);
      expect(await visibleText(tab)).to.include(`Repère${NBSP}: répertoire de ressources`);
      // A url field would refuse it in the browser first; the server must refuse it too.
      await tab.$eval('#repere_default_feed', (input) => {
        input.setAttribute('type', 'text');
        (input as HTMLInputElement).value = 'javascript:alert(1)';
      });
      await Promise.all([tab.waitForNavigation(), tab.click('#submit')]);
      const text = await visibleText(tab);
      expect(text).to.include('L’adresse du flux doit commencer par http:// ou https://');
      expect(option()).to.equal(before);

      await tab.$eval('#repere_default_feed', (input) => {
        input.setAttribute('type', 'text');
        (input as HTMLInputElement).value = '/wp-content/uploads/repere/feed.json';
      });
      await Promise.all([tab.waitForNavigation(), tab.click('#submit')]);
      expect(option()).to.equal('/wp-content/uploads/repere/feed.json');
      site!.php(`update_option('repere_default_feed', ${JSON.stringify(before)});`);
      await tab.browserContext().close();
    });

    it('refuses a save without the nonce, and an editor cannot open or post the page', async () => {
      const before = option();
      const admin = await newTab();
      await logIn(admin, 'admin');
      const withoutNonce = await admin.evaluate(async () => {
        const body = new URLSearchParams({ option_page: 'repere', action: 'update', repere_default_feed: 'https://example.org/other.json' });
        const response = await fetch('/wp-admin/options.php', { method: 'POST', body });
        return response.status;
      });
      expect(withoutNonce).to.equal(403);
      expect(option()).to.equal(before);
      await admin.browserContext().close();

      const editor = await newTab();
      await logIn(editor, 'editor');
      const page = await editor.goto(`${site!.url}/wp-admin/options-general.php?page=repere`);
      expect(page!.status()).to.equal(403);
      expect(await visibleText(editor)).to.include('Sorry, you are not allowed to access this page.');
      const posted = await editor.evaluate(async () => {
        const body = new URLSearchParams({ option_page: 'repere', action: 'update', repere_default_feed: 'https://example.org/other.json' });
        return (await fetch('/wp-admin/options.php', { method: 'POST', body })).status;
      });
      expect(posted).to.equal(403);
      expect(option()).to.equal(before);
      await editor.browserContext().close();
    });
  });


  describe('the block in the editor', () => {
    it('shows its settings in the sidebar, in French for a French-speaking administrator, and a region typed there reaches the page', async () => {
      const tab = await newTab();
      await logIn(tab, 'admin');
      await tab.goto(`${site!.url}/wp-admin/post.php?post=${site!.setup.pages.block}&action=edit`);
      type EditorWindow = Window & { wp: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
      await tab.waitForFunction(() => (window as unknown as EditorWindow).wp?.data?.select('core/block-editor')?.getBlocks().length > 0, { timeout: 30_000 });
      await tab.evaluate(() => {
        const { wp } = window as unknown as EditorWindow;
        wp.data.dispatch('core/block-editor').selectBlock(wp.data.select('core/block-editor').getBlocks()[0].clientId);
      });
      const labels = await tab.waitForFunction(() => {
        const found = [...document.querySelectorAll('.block-editor-block-inspector label')].map((l) => l.textContent);
        return found.length > 10 ? found : undefined;
      });
      expect(await labels.jsonValue()).to.include.members(['Adresse du flux', 'Langue', 'Région', 'Masquer les filtres', `Bouton «${NBSP}Quitter rapidement${NBSP}»`]);
      /** The sidebar's control whose label says `text`. */
      const control = async (text: string) =>
        (await tab.evaluateHandle((label) => {
          const found = [...document.querySelectorAll<HTMLLabelElement>('.block-editor-block-inspector label')].find((l) => l.textContent === label);
          return found ? document.getElementById(found.htmlFor) : null;
        }, text)) as unknown as import('puppeteer-core').ElementHandle<HTMLInputElement>;
      // The saved attributes show as set: the block's noFilters is on, its language English.
      expect(await (await control('Masquer les filtres')).evaluate((toggle) => toggle.checked)).to.equal(true);
      expect(await (await control('Langue')).evaluate((select) => select.value)).to.equal('en');

      await (await control('Région')).type('kamouraska');
      // Turning "Leave quickly" on offers a neutral address, optional.
      await (await control(`Bouton «${NBSP}Quitter rapidement${NBSP}»`)).click();
      await tab.waitForFunction(() => [...document.querySelectorAll('.block-editor-block-inspector label')].some((l) => l.textContent === 'Adresse neutre'));
      if (process.env.REPERE_SCREENSHOTS === '1') await tab.screenshot({ path: join(ROOT, 'docs/images/wordpress-block.png') as `${string}.png` });
      await tab.click('.editor-post-publish-button');
      await tab.waitForFunction(() => {
        const editor = (window as unknown as EditorWindow).wp.data.select('core/editor');
        return !editor.isSavingPost() && !editor.isEditedPostDirty() && editor.didPostSaveRequestSucceed();
      });
      expect(await finderMarkup('block')).to.deep.equal([
        `<repere-finder feed="${site!.url}/wp-content/uploads/repere/feed.json" lang="en" region="kamouraska" limit="5" no-filters quick-exit></repere-finder>`,
      ]);
      await tab.browserContext().close();
    });
  });

  // Last, once every page above has been rendered.
  describe('afterwards', () => {
    it('leaves no PHP error, warning or notice from the plugin in the debug log', () => {
      const lines = site!.debugLog().split('\n').filter((line) => line.includes('plugins/repere'));
      expect(lines).to.deep.equal([]);
    });
  });
});
