import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $$, fixture, settle } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => net.reset());

const SAFE = /^(https?:\/\/[^/]|tel:\+?[\d,]+$|mailto:[^<>"\s]+$)/;

const hostile = {
  ...feed,
  crisis: [{ label: 'Crise', phone: 'javascript:alert(1)' }],
  resources: [
    ...feed.resources,
    {
      id: 'evil',
      name: '<img src=x onerror="alert(1)">Evil <b>bold</b>',
      description: '<script>alert(1)</script> Aide',
      categories: ['sante'],
      website: ' JaVaScRiPt:alert(1)',
      email: 'mailto:a@b.co?bcc=<script>',
      phones: [{ number: 'tel:javascript:alert(1)' }, { number: 'data:text/html,<script>alert(1)</script>' }],
      locations: [{ address: { street: '"><svg onload=alert(1)>', city: 'Ville' } }],
    },
    { id: 'evil2', name: 'Evil 2', categories: ['sante'], website: '//evil.example/phish', email: 'javascript:alert(1)//@x.co' },
    { id: 'evil3', name: 'Evil 3', categories: ['sante'], website: 'https://trusted.example@evil.example/' },
  ],
};

async function openAll(el: RepereFinder): Promise<void> {
  for (const b of $$<HTMLButtonElement>(el, '[part="details-button"]')) b.click();
  $$<HTMLButtonElement>(el, '[part="filters-toggle"]')[0]?.click();
  await el.updateComplete;
}

describe('<repere-finder>: security', () => {
  it('passes axe with hostile feed content on screen', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="en"></repere-finder>', (e) => (e.feedData = hostile));
    await openAll(el);
    const { expectAccessible } = await import('../support/fixture.js');
    await expectAccessible(el);
  });

  it('lets no hostile URL reach an href', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="en" limit="50"></repere-finder>', (e) => (e.feedData = hostile));
    await openAll(el);
    const hrefs = $$(el, '[href]').map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(5);
    for (const href of hrefs) {
      expect(href, href).to.match(SAFE);
      expect(href.toLowerCase()).to.not.contain('javascript');
      expect(href).to.not.contain('evil.example');
    }
    // The attributes that could run script or load things were never created.
    expect($$(el, 'img, script, svg, iframe, object, [onerror], [onload]')).to.deep.equal([]);
  });

  it('renders feed markup as text, never as HTML', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="en" limit="50"></repere-finder>', (e) => (e.feedData = hostile));
    expect(el.shadowRoot!.textContent).to.contain('<img src=x onerror="alert(1)">Evil <b>bold</b>');
    expect($$(el, 'b')).to.deep.equal([]);
  });

  it('writes no inline style attribute (strict CSP: style-src self)', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="fr" limit="50"></repere-finder>', (e) => (e.feedData = hostile));
    await openAll(el);
    expect($$(el, '[style]').map((n) => n.outerHTML.slice(0, 60))).to.deep.equal([]);
    expect($$(el, 'style').length, 'styles are adopted stylesheets, not <style> elements').to.equal(0);
  });

  it('requests the feed without cookies or referrer', async () => {
    const seen: Request[] = [];
    const url = new URL('/repere-test-feed.json', location.href).href;
    document.cookie = 'session=secret; path=/';
    net.use(
      http.get(url, ({ request }) => {
        seen.push(request.clone());
        return HttpResponse.json(feed);
      }),
    );
    try {
      const el = await fixture<RepereFinder>(`<repere-finder lang="fr" feed="/repere-test-feed.json"></repere-finder>`);
      await settle(el);
      expect(seen).to.have.length(1);
      expect(seen[0]!.credentials).to.equal('omit');
      expect(seen[0]!.headers.get('cookie')).to.equal(null);
      expect(seen[0]!.referrerPolicy).to.equal('no-referrer');
      expect(seen[0]!.referrer).to.be.oneOf(['', 'about:client', undefined]);
    } finally {
      document.cookie = 'session=; max-age=0; path=/';
    }
  });

  it('makes no request but the feed’s', async () => {
    const urls: string[] = [];
    net.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
    // Handlers added last run first: this one sees every request, then lets it through.
    net.use(http.all('*', ({ request }) => { urls.push(request.url); return undefined; }));
    const el = await fixture<RepereFinder>(`<repere-finder lang="fr" feed="${FEED_URL}"></repere-finder>`);
    await openAll(el);
    await new Promise((r) => setTimeout(r, 100));
    expect(urls.filter((u) => !u.includes('/node_modules/') && !u.includes('/packages/') && !u.includes('/__'))).to.deep.equal([FEED_URL]);
  });
});
