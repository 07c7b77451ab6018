// Hostile pages: the BUILT bundle (packages/widget/dist/repere-finder.bundle.js,
// from `npm run build`, which CI runs before the tests) in real pages, in
// iframes: a strict CSP, Trusted Types, a wrong SRI hash, two copies of the
// bundle, a network log read from the server's side, and a feed on another
// origin without CORS headers. Pages: packages/widget/test/pages/.
import { expect } from 'chai';
import { waitFor } from '../support/wait-for.js';

const PAGES = '/packages/widget/test/pages';
const BUNDLE = '/packages/widget/dist/repere-finder.bundle.js';
const ENGINE = '/packages/widget/dist/repere-engine.js';
const FEED = '/packages/widget/test/pages/hostile-feed.json';

type TrustWindow = Window & typeof globalThis & { __trust?: { problems: string[]; workers: Array<{ url: string; failed: boolean }> } };

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const f of frames.splice(0)) f.remove();
});

before(async () => {
  const built = await fetch(BUNDLE, { method: 'HEAD', cache: 'no-store' });
  if (!built.ok) throw new Error(`${BUNDLE} is missing: run \`npm run build\` before the tests.`);
});

async function open(page: string, width = 800): Promise<{ win: TrustWindow; doc: Document; problems: string[] }> {
  const iframe = document.createElement('iframe');
  iframe.width = String(width);
  iframe.height = '900';
  iframe.title = page;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = `${PAGES}/${page}`;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  const win = iframe.contentWindow as TrustWindow;
  if (!win.__trust) throw new Error(`trust-guard.js did not run in ${page}`);
  return { win, doc: win.document, problems: win.__trust.problems };
}

const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/** Waits for result cards in the page's finder; returns the finder. */
async function rendered(page: { win: TrustWindow; doc: Document }): Promise<HTMLElement> {
  await waitFor('<repere-finder> to be defined', () => page.win.customElements.get('repere-finder'));
  const el = page.doc.querySelector<HTMLElement>('repere-finder')!;
  await waitFor('result cards', () => (el.shadowRoot?.querySelectorAll('[part~="card"]').length ?? 0) > 0);
  return el;
}

/** The paths a page's own thread fetched, but for its scripts and the test tooling. */
function pageRequests(page: { win: TrustWindow }): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => !p.endsWith('/trust-guard.js') && p !== BUNDLE && !p.startsWith('/__web-dev-server'));
}

function expectSafeHrefs(el: HTMLElement): void {
  const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
  expect(hrefs.length).to.be.greaterThan(0);
  for (const href of hrefs) {
    expect(href, href).to.match(/^(https:\/\/popote\.example\.org\/|tel:[+\d,]+|mailto:a@b\.example)$/);
  }
}

describe('trust: hostile pages (built bundle in iframes)', function () {
  this.timeout(20_000);

  it('runs under a strict CSP (no inline script or style) with no securitypolicyviolation', async () => {
    const page = await open('csp.html');
    const el = await rendered(page);
    expect(squash(el.shadowRoot!.querySelector('[part~="status"]')?.textContent)).to.match(/^9 ressources$/);
    expectSafeHrefs(el);
    expect(el.shadowRoot!.querySelectorAll('script, img, svg:not([aria-hidden="true"]), iframe, object, b, [onerror], [style]').length).to.equal(0);
    // The fallback content is no longer shown once results are on screen.
    expect(page.doc.querySelector('.fallback')!.getClientRects().length).to.equal(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.problems).to.deep.equal([]);
  });

  it('runs with Trusted Types required (trusted-types lit-html repere-finder) with no violation, searching in its worker', async () => {
    const page = await open('trusted-types.html');
    const el = await rendered(page);
    expect(squash(el.shadowRoot!.textContent)).to.contain('<script>alert(1)</script>Ligne d\'aide');
    // Switching language and opening details re-render through lit's policy only.
    for (const b of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="details-button"]')) b.click();
    await new Promise((r) => setTimeout(r, 100));
    expectSafeHrefs(el);
    expect(page.problems).to.deep.equal([]);
    // The engine runs in its worker (started from its script, which the page
    // did not import); the page's thread asked for the feed once, for it.
    expect(page.win.__trust!.workers).to.deep.equal([{ url: `${location.origin}${ENGINE}`, failed: false }]);
    expect(pageRequests(page).sort()).to.deep.equal([ENGINE, FEED].sort());
  });

  it('still works under Trusted Types without its policy, on the page’s thread; the refused policy is the only report', async () => {
    const page = await open('trusted-types-page-thread.html');
    const el = await rendered(page);
    expect(squash(el.shadowRoot!.querySelector('[part~="status"]')?.textContent)).to.match(/^9 ressources$/);
    expectSafeHrefs(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.problems).to.have.length(1);
    expect(page.problems[0]).to.match(/^csp: trusted-types blocked .*repere-finder/);
    // No worker: the engine was imported on the page's thread, which asked for the feed itself.
    expect(page.win.__trust!.workers).to.deep.equal([]);
    expect(pageRequests(page).sort()).to.deep.equal([ENGINE, FEED].sort());
  });

  it('works with the bundle on another origin (a CDN): its engine starts in a worker, with no error', async () => {
    const page = await open('cdn.html');
    const el = await rendered(page);
    expect(squash(el.shadowRoot!.querySelector('[part~="status"]')?.textContent)).to.match(/^9 ressources$/);
    expectSafeHrefs(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.problems).to.deep.equal([]);
    const fetched = page.win.performance.getEntriesByType('resource').map((e) => e.name);
    expect(fetched.some((u) => new URL(u).host !== location.host && u.endsWith(BUNDLE)), 'the bundle came from the other origin').to.equal(true);
    // The engine runs in a worker started from a blob: module (its script is on another origin),
    // which did not fail; the page's thread asked for the feed once, for it.
    expect(page.win.__trust!.workers.map((w) => [w.url.slice(0, 5), w.failed])).to.deep.equal([['blob:', false]]);
    expect(fetched.filter((u) => u.includes('hostile-feed.json'))).to.have.length(1);
  });

  it('says so clearly, with the fallback content, when the bundle was copied without its engine', async () => {
    const page = await open('no-engine.html');
    await waitFor('<repere-finder> to be defined', () => page.win.customElements.get('repere-finder'));
    const el = page.doc.querySelector<HTMLElement>('repere-finder')!;
    await waitFor('the error', () => el.shadowRoot?.querySelector('[role="alert"]'));
    expect(squash(el.shadowRoot!.querySelector('[role="alert"]')!.textContent)).to.match(/injoignable/);
    expect(el.shadowRoot!.querySelector('[part="retry-button"]')).to.not.equal(null);
    expect(page.doc.querySelector('.fallback')!.getClientRects().length, 'fallback visible').to.be.greaterThan(0);
    expect(page.problems, 'nothing thrown on the page').to.deep.equal([]);
  });

  it('runs when pinned with the right SRI hash, its engine fetched beside it', async () => {
    const page = await open('sri-match.html');
    const el = await rendered(page);
    expect(squash(el.shadowRoot!.querySelector('[part~="status"]')?.textContent)).to.match(/^9 ressources$/);
    await new Promise((r) => setTimeout(r, 100));
    expect(page.problems).to.deep.equal([]);
    const fetched = page.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
    expect(fetched).to.include('/__repere-raw/repere-engine.js');
  });

  it('shows the page’s fallback content when the script is refused (SRI mismatch)', async () => {
    const page = await open('sri-mismatch.html');
    await waitFor('the refused script to be reported', () => page.problems.some((p) => p.startsWith('resource: <script>')));
    expect(page.win.customElements.get('repere-finder')).to.equal(undefined);
    const fallback = page.doc.querySelector<HTMLElement>('.fallback')!;
    expect(fallback.getClientRects().length, 'visible').to.be.greaterThan(0);
    expect(squash(fallback.innerText)).to.equal('Besoin d’aide? Composez le 211.');
  });

  it('works with two copies of the bundle on one page: one definition, no error', async () => {
    const page = await open('two-copies.html');
    const el = await rendered(page);
    await waitFor('both copies to run', () =>
      page.win.performance.getEntriesByType('resource').filter((e) => e.name.includes('repere-finder.bundle.js?copy=')).length === 2,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(page.doc.querySelectorAll('repere-finder')).to.have.length(1);
    expect(el).to.be.instanceOf(page.win.customElements.get('repere-finder')!);
    expect(page.problems).to.deep.equal([]);
  });

  it('makes the feed its only request but its own engine script, with no cookie and no Referer (as the server saw it)', async () => {
    await fetch('/__repere-trust/log'); // clears the log
    document.cookie = 'tracking=1; path=/';
    try {
      const page = await open('network.html');
      await rendered(page);
      await new Promise((r) => setTimeout(r, 200));
      // The page itself fetched only the finder's engine script (beside the
      // bundle) and the feed, once: its response went to the engine's worker.
      expect(pageRequests(page).sort()).to.deep.equal([ENGINE, '/__repere-trust/feed.json'].sort());
      const log = (await (await fetch('/__repere-trust/log')).json()) as Array<{ cookie: string | null; referer: string | null }>;
      expect(log).to.have.length(1);
      expect(log[0]!.cookie, 'no cookie although the page has one').to.equal(null);
      expect(log[0]!.referer, 'no Referer').to.equal(null);
      // The same request with credentials would have carried the cookie: the check is not vacuous.
      await fetch('/__repere-trust/feed.json?control', { credentials: 'include', cache: 'no-store' });
      const control = (await (await fetch('/__repere-trust/log')).json()) as Array<{ cookie: string | null }>;
      expect(control[0]!.cookie).to.contain('tracking=1');
    } finally {
      document.cookie = 'tracking=; max-age=0; path=/';
    }
  });

  it('reports a clear network error for a feed on another origin without CORS headers', async () => {
    expect(location.hostname).to.equal('localhost');
    await fetch('/__repere-trust/log');
    const page = await open('network.html');
    const el = await rendered(page);
    const errors: string[] = [];
    el.addEventListener('repere-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
    el.setAttribute('retries', '0');
    el.setAttribute('no-cache', '');
    el.setAttribute('feed', `http://127.0.0.1:${location.port}/__repere-trust/feed.json`);
    const alert = await waitFor('the error message', () => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(squash(alert.textContent)).to.contain('Le répertoire est injoignable');
    expect(errors).to.deep.equal(['network']);
    // The server did answer (so this is CORS, not a refused connection), to a cross-origin request.
    const log = (await (await fetch('/__repere-trust/log')).json()) as Array<{ origin: string | null; host: string }>;
    expect(log.map((l) => l.host)).to.include(`127.0.0.1:${location.port}`);
    expect(log.find((l) => l.host.startsWith('127.0.0.1'))!.origin).to.equal(location.origin);
  });
});
