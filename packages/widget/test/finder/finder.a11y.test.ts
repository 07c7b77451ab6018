import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, typeQuery } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import { addFinder, holdFeed } from '../support/held-feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(feed))));
afterEach(() => net.reset());

const finder = (attrs = 'lang="fr"') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" ${attrs}></repere-finder>`);

describe('<repere-finder>: accessibility (axe-core, WCAG 2.2 AA)', () => {
  it('results', async () => {
    await expectAccessible(await finder());
  });

  it('results in English, dark theme', async () => {
    const el = await finder('lang="en" theme="dark"');
    await expectAccessible(el);
    expect(getComputedStyle($(el, '.root')!).backgroundColor, 'the dark palette applies').to.equal('rgb(18, 20, 23)');
  });

  it('filters open', async () => {
    const el = await finder('lang="fr" region="kamouraska"');
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    expect($(el, '#filters')!.hidden).to.equal(false);
    await expectAccessible(el);
  });

  it('details open', async () => {
    const el = await finder();
    for (const b of $$<HTMLButtonElement>(el, '[part="details-button"]')) b.click();
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('no results', async () => {
    const el = await finder('lang="fr" region="kamouraska"');
    await typeQuery(el, 'zzzqqq');
    expect($(el, '[part="empty"]')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('loading', async () => {
    const release = holdFeed(net);
    const el = addFinder();
    try {
      await el.updateComplete;
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      await expectAccessible(el);
    } finally {
      release();
      await settle(el);
      el.remove();
    }
  });

  it('error', async () => {
    net.use(http.get(FEED_URL, () => HttpResponse.error()));
    const el = await finder();
    expect($(el, '[role="alert"]')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('gives buttons, links and checkboxes targets of at least 24 px (44 px for controls)', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    const controls = $$(el, 'button, a, label.option, input[type="search"]');
    expect(controls.length).to.be.greaterThan(10);
    for (const c of controls) {
      const box = c.getBoundingClientRect();
      expect(box.height, c.outerHTML.slice(0, 60)).to.be.at.least(44);
      expect(box.width, c.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });

  it('labels the search field and points to the status region', async () => {
    const el = await finder();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Rechercher un service');
    expect($(el, '[role="status"]')).to.not.equal(null);
    expect($(el, 'form')!.getAttribute('role')).to.equal('search');
  });
});
