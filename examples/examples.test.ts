// Loads every example page, as `npm start` serves it, in an iframe, and checks
// that it renders results from the demo feed with no console error.
//
// Needs the build (`npm run build`, which CI runs before `npm test`): the pages
// load packages/widget/dist/*.js, and the React page loads
// examples/react/dist/app.js (`node examples/react/build.mjs`).
//
// How errors are caught from the very first script: a service worker
// (console-guard.sw.js, scope /examples/) serves each page's real HTML with
// test-support/console-guard.js added first in <head>; the guard records
// uncaught errors, failed resources, unhandled rejections, CSP violations and
// console.error. A page broken on purpose proves that each kind is reported.
import { expect } from 'chai';
import { waitFor } from '../packages/widget/test/support/wait-for.js';

interface Problem {
  kind: string;
  text: string;
}

type GuardedWindow = Window & typeof globalThis & { __repereConsoleGuard?: { problems: Problem[] } };

interface Loaded {
  iframe: HTMLIFrameElement;
  win: GuardedWindow;
  doc: Document;
  problems: Problem[];
}

let registration: ServiceWorkerRegistration | undefined;
const frames: HTMLIFrameElement[] = [];

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

async function load(path: string): Promise<Loaded> {
  const iframe = document.createElement('iframe');
  iframe.width = '1200';
  iframe.height = '900';
  iframe.title = path;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = `${path}?console-guard`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as GuardedWindow;
  const guard = win.__repereConsoleGuard;
  if (!guard) throw new Error(`The console guard did not load in ${path}: is the service worker active?`);
  return { iframe, win, doc: win.document, problems: guard.problems };
}

function finderIn(page: Loaded, selector = 'repere-finder'): HTMLElement {
  const el = page.doc.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`no ${selector} in the page`);
  return el;
}

/** Waits until the finder in the page shows result cards; returns their titles. */
async function cardTitles(page: Loaded, finder: HTMLElement, atLeast = 1): Promise<string[]> {
  await waitFor(
    `<repere-finder> to be defined in ${page.win.location.pathname}: is packages/widget/dist built (\`npm run build\`), and does the bundle register the element?`,
    () => page.win.customElements.get('repere-finder'),
  );
  return waitFor(`result cards in ${page.win.location.pathname}`, () => {
    const titles = [...(finder.shadowRoot?.querySelectorAll('[part~="card-title"]') ?? [])].map((t) => squash(t.textContent));
    return titles.length >= atLeast ? titles : undefined;
  });
}

/** Types into the finder's search field as a resident would (one input event). */
function typeInFinder(page: Loaded, finder: HTMLElement, text: string): void {
  const input = finder.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = text;
  input.dispatchEvent(new page.win.Event('input', { bubbles: true, composed: true }));
}

function expectNoProblems(page: Loaded): void {
  const list = page.problems.map((p) => `${p.kind}: ${p.text}`);
  expect(list, `problems in ${page.win.location.pathname}`).to.deep.equal([]);
}

before(async function () {
  this.timeout(20_000);
  registration = await navigator.serviceWorker.register('/examples/console-guard.sw.js', { scope: '/examples/' });
  const worker = registration.installing ?? registration.waiting ?? registration.active;
  if (worker && worker.state !== 'activated') {
    await new Promise<void>((resolve) => {
      worker.addEventListener('statechange', () => worker.state === 'activated' && resolve());
    });
  }
});

after(async () => {
  for (const f of frames.splice(0)) f.remove();
  await registration?.unregister();
});

afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

describe('examples: the console guard', () => {
  it('reports every kind of problem on a page broken on purpose (negative check)', async function () {
    this.timeout(15_000);
    const page = await load('/examples/test-support/broken-page.html');
    const expected = ['console.error', 'csp', 'error', 'resource', 'unhandledrejection'];
    const kinds = () => [...new Set(page.problems.map((p) => p.kind))].sort();
    await waitFor('the broken page to report every kind of problem', () => kinds().length === expected.length || undefined).catch(() => {});
    const all = page.problems.map((p) => `${p.kind}: ${p.text}`).join('\n');
    expect(kinds(), all).to.deep.equal(expected);
    expect(all).to.contain('deliberate console.error from the first script');
    expect(all).to.contain('deliberate uncaught error in the first script');
    expect(all).to.contain('deliberate unhandled rejection');
    expect(all).to.contain('<img> failed to load');
    expect(all).to.contain('style-src');
  });
});

describe('examples: each page renders results from the demo feed, with no console error', function () {
  this.timeout(20_000);

  it('landing page links every example', async () => {
    const page = await load('/examples/');
    const links = [...page.doc.querySelectorAll<HTMLAnchorElement>('.examples a')].map((a) => new URL(a.href).pathname);
    expect(links).to.deep.equal([
      '/examples/city-site/',
      '/examples/health-centre/',
      '/examples/news-portal/',
      '/examples/sdk-custom-ui/',
      '/examples/react/',
    ]);
    expectNoProblems(page);
  });

  it('city-site: French, preset to Kamouraska, in the city colours, under a strict CSP', async () => {
    const page = await load('/examples/city-site/');
    const finder = finderIn(page);
    const titles = await cardTitles(page, finder);
    expect(titles).to.include('Association des locataires de La Pocatière');
    expect(squash(finder.shadowRoot!.querySelector('[part~="status"]')?.textContent)).to.match(/^\d+ ressources?$/);
    const accent = page.win.getComputedStyle(finder).getPropertyValue('--repere-color-accent').trim();
    expect(accent, 'themed through --repere-color-accent').to.not.equal('');
    expect(page.doc.querySelector('meta[http-equiv="Content-Security-Policy"]')).to.exist;
    expectNoProblems(page);
  });

  it('city-site: the filters panel is fetched beside the built bundle only when Filtres is first opened, and works under the CSP', async () => {
    const page = await load('/examples/city-site/');
    const finder = finderIn(page);
    await cardTitles(page, finder);
    const parts = () => page.win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\/parts\/filters-panel-/.test(n));
    expect(parts(), 'no filters panel before it is opened').to.deep.equal([]);
    finder.shadowRoot!.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!.click();
    const legends = await waitFor('the filters panel', () => {
      const l = [...finder.shadowRoot!.querySelectorAll('#filters legend')].map((x) => squash(x.textContent));
      return l.length ? l : undefined;
    });
    expect(legends).to.include.members(['Heures', 'Catégorie', 'Région']);
    expect(parts()).to.have.length(1);
    expectNoProblems(page);
  });

  it('health-centre: preset to bas-saint-laurent; a search finds the Kamouraska meals on wheels', async () => {
    const page = await load('/examples/health-centre/');
    const finder = finderIn(page);
    expect(finder.getAttribute('region')).to.equal('bas-saint-laurent');
    await cardTitles(page, finder);
    typeInFinder(page, finder, 'popote');
    const titles = await waitFor('"popote" results', () => {
      const t = [...finder.shadowRoot!.querySelectorAll('[part~="card-title"]')].map((x) => squash(x.textContent));
      return t.some((x) => x.startsWith('Popote roulante du Kamouraska')) ? t : undefined;
    });
    // Only the region's resources: none from the Outaouais or Estrie.
    expect(titles.join(' | ')).to.not.match(/Petite-Nation|Haute-Gatineau|Lac-Mégantic|Val-des-Sources|Val-Saint-François/);
    expect(page.doc.getElementById('feed-down')!.hidden, 'the fallback stays hidden').to.equal(true);
    expectNoProblems(page);
  });

  it('news-portal: the compact finder (4 results) keeps its own font and colours beside hostile CSS', async () => {
    const page = await load('/examples/news-portal/');
    const finder = finderIn(page);
    expect(finder.hasAttribute('compact')).to.equal(true);
    const titles = await cardTitles(page, finder);
    expect(titles.length).to.equal(4);
    const title = finder.shadowRoot!.querySelector<HTMLElement>('[part~="card-title"]')!;
    const style = page.win.getComputedStyle(title);
    expect(style.fontFamily).to.not.match(/comic/i);
    expect(style.color).to.not.equal('rgb(255, 255, 255)');
    expect(parseFloat(page.win.getComputedStyle(finder.shadowRoot!.querySelector('[part~="search-input"]')!).fontSize)).to.be.at.least(14);
    // The page's own rules do apply outside the widget.
    expect(page.win.getComputedStyle(page.doc.querySelector('h1')!).fontFamily).to.match(/comic/i);
    expectNoProblems(page);
  });

  it('news-portal: the built bundle sends one needs batch when the page is left, without the words typed', async () => {
    const page = await load('/examples/news-portal/');
    const finder = finderIn(page);
    expect(finder.getAttribute('needs-endpoint')).to.equal('/needs');
    await cardTitles(page, finder);
    const sent: { url: string; body: string }[] = [];
    page.win.navigator.sendBeacon = (url: string | URL, body?: BodyInit | null) => (sent.push({ url: String(url), body: String(body) }), true);
    typeInFinder(page, finder, 'orthophoniste Jean Tremblay 418-555-0199');
    await waitFor('"no result" for the hostile query', () => (finder.shadowRoot!.querySelectorAll('[part~="card-title"]').length === 0 ? true : undefined));
    typeInFinder(page, finder, '');
    await new Promise((r) => setTimeout(r, 300));
    typeInFinder(page, finder, 'orthophoniste');
    // The facts come from repere-engine.js, imported beside the bundle on the page's thread.
    await new Promise((r) => setTimeout(r, 1500));
    page.win.dispatchEvent(new page.win.PageTransitionEvent('pagehide'));
    await waitFor('the needs beacon', () => sent.length || undefined);
    expect(sent).to.have.length(1);
    expect(new URL(sent[0]!.url).pathname).to.equal('/needs');
    const batch = JSON.parse(sent[0]!.body);
    expect(batch).to.include({ format: 'repere-needs', version: 1 });
    expect(batch.searches.some((s: { tokens?: string[] }) => s.tokens?.includes('orthophoniste'))).to.equal(true);
    expect(sent[0]!.body).not.to.match(/jean|tremblay|418|555/i);
    expectNoProblems(page);
  });

  it('sdk-custom-ui: the SDK alone lists and searches, with highlights', async () => {
    const page = await load('/examples/sdk-custom-ui/');
    await waitFor('the plain UI to list resources', () => page.doc.querySelectorAll('#results li').length >= 1 || undefined);
    expect(squash(page.doc.getElementById('status')!.textContent)).to.equal('184 ressources');
    expect(page.doc.querySelector('repere-finder'), 'no widget on this page').to.equal(null);
    const input = page.doc.querySelector<HTMLInputElement>('#q')!;
    input.value = 'popote';
    input.dispatchEvent(new page.win.Event('input', { bubbles: true }));
    await waitFor('"popote" results in the plain UI', () =>
      squash(page.doc.querySelector('#results li .name')?.textContent) === 'Popote roulante du Kamouraska' || undefined,
    );
    expect(squash(page.doc.querySelector('#results mark')?.textContent).toLowerCase()).to.equal('popote');
    expectNoProblems(page);
  });

  it('react: properties (limit, feedData) and events (repere-search, repere-select) through React 19', async () => {
    const built = await fetch('/examples/react/dist/app.js', { method: 'HEAD', cache: 'no-store' });
    if (!built.ok) {
      throw new Error('examples/react/dist/app.js is missing: run `npm run build` then `node examples/react/build.mjs` (npm start does both).');
    }
    const page = await load('/examples/react/');
    const finder = await waitFor('React to render <repere-finder>', () => page.doc.querySelector<HTMLElement>('#root repere-finder'));
    expect((finder as HTMLElement & { feedData?: unknown }).feedData, 'feedData set as a property').to.be.an('object');
    expect(finder.hasAttribute('feedData') || finder.hasAttribute('feeddata')).to.equal(false);
    expect(await cardTitles(page, finder)).to.have.length(5); // limit={5}

    const limit = page.doc.querySelector<HTMLSelectElement>('#limit')!;
    limit.value = '3';
    limit.dispatchEvent(new page.win.Event('change', { bubbles: true }));
    await waitFor('3 cards after limit={3}', () => finder.shadowRoot!.querySelectorAll('[part~="card"]').length === 3 || undefined);

    typeInFinder(page, finder, 'popote');
    const searchLog = await waitFor('React to show the repere-search event', () => {
      const text = squash(page.doc.getElementById('events')?.textContent);
      return text.includes('repere-search') && text.includes('"query": "popote"') ? text : undefined;
    });
    expect(searchLog).to.match(/"total": \d+/);

    const card = await waitFor('"popote" results', () =>
      [...finder.shadowRoot!.querySelectorAll('[part~="card"]')].find((c) =>
        squash(c.querySelector('[part~="card-title"]')?.textContent).startsWith('Kamouraska Meals on Wheels'),
      ),
    );
    card.querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    await waitFor('React to show the repere-select event', () =>
      squash(page.doc.getElementById('events')?.textContent).includes('"id": "popote-roulante-kamouraska"') || undefined,
    );
    expectNoProblems(page);
  });
});
