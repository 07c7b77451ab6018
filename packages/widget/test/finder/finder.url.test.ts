import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
let original: string;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => {
  net.use(http.get(FEED_URL, () => HttpResponse.json(toolsFeed)));
  original = location.href;
  // The host's own state: a parameter, a hash route and a history state object.
  history.replaceState({ host: 'router' }, '', `${location.pathname}?page=2#/aide/services`);
});
afterEach(() => {
  net.reset();
  history.replaceState(null, '', original);
});

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);
const params = () => Object.fromEntries(new URLSearchParams(location.search));
const option = (el: Element, label: string) =>
  $$<HTMLLabelElement>(el, '.filters label.option').find((l) => text(l.querySelector('.option-label > span')) === label)!;
const popstate = async (el: RepereFinder) => {
  await new Promise<void>((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true });
    history.back();
  });
  await settle(el);
};

describe('<repere-finder>: sync-url', () => {
  it('writes nothing to the address without sync-url', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    expect(params()).to.deep.equal({ page: '2' });
  });

  it('replaces the entry while typing, pushes one for a filter; keeps the host’s parameters, hash and state', async () => {
    const el = await finder('sync-url');
    await typeQuery(el, 'sante');
    expect(params()).to.deep.equal({ page: '2', 'repere-q': 'sante' });
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    option(el, 'Kamouraska').querySelector('input')!.click();
    await settle(el);
    expect(params()).to.deep.equal({ page: '2', 'repere-q': 'sante', 'repere-region': 'kamouraska' });
    expect(location.hash).to.equal('#/aide/services');
    expect(history.state).to.deep.equal({ host: 'router' });
    // One Back step undoes the filter and lands on the whole word: typing
    // replaced the entry at each keystroke (history.length cannot tell: the
    // browser caps it at 50 in a long-lived test tab).
    await popstate(el);
    expect(params()).to.deep.equal({ page: '2', 'repere-q': 'sante' });
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('sante');
  });

  it('writes the opened resource, and Back restores the previous search', async () => {
    const el = await finder('sync-url');
    await typeQuery(el, 'popote');
    $<HTMLButtonElement>(el, '[part="details-button"]')!.click();
    await el.updateComplete;
    expect(params()['repere-id']).to.equal('popote');
    await popstate(el);
    expect(params()['repere-id']).to.equal(undefined);
    expect($(el, '[part="details-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('popote');
  });

  it('reads a shared search on load: query, filters, open-now and the opened resource', async () => {
    history.replaceState(null, '', `${location.pathname}?repere-q=popote&repere-region=riviere-du-loup&repere-id=popote#/aide`);
    const el = await finder('sync-url');
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('popote');
    expect(cardNames(el)).to.deep.equal(['Popote roulante']);
    expect(text($(el, '.active-filters'))).to.contain('Rivière-du-Loup');
    expect($(el, '[part="details-button"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(location.hash).to.equal('#/aide');
  });

  it('namespaces the parameters by the element’s id, so two finders do not mix', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder id="aines" feed="${FEED_URL}" lang="fr" sync-url></repere-finder>`);
    await typeQuery(el, 'popote');
    expect(params()).to.deep.equal({ page: '2', 'repere-aines-q': 'popote' });
  });

  it('with quick-exit, never adds a history entry to come Back to', async () => {
    const el = await finder('sync-url quick-exit');
    const length = history.length;
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    option(el, 'Kamouraska').querySelector('input')!.click();
    await settle(el);
    expect(params()['repere-region']).to.equal('kamouraska');
    expect(history.length).to.equal(length);
  });
});

describe('<repere-finder>: report an error', () => {
  it('offers « Signaler une erreur » with the feed’s mailto: template and the record’s id', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    $<HTMLButtonElement>(el, '[part="details-button"]')!.click();
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '[part="report-link"]')!;
    expect(text(link)).to.equal('Signaler une erreur');
    expect(link.getAttribute('href')).to.equal('mailto:corrections@example.org?subject=Correction%20popote');
    expect(link.hasAttribute('target')).to.equal(false);
    await expectAccessible(el);
  });

  it('fills an https: template (new tab, said so), encodes the id, and offers nothing without corrections', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder lang="en"></repere-finder>`, (f) => {
      f.feedData = { ...toolsFeed, corrections: 'https://example.org/fix?record={id}' };
    });
    await typeQuery(el, 'popote');
    $<HTMLButtonElement>(el, '[part="details-button"]')!.click();
    await el.updateComplete;
    const link = $<HTMLAnchorElement>(el, '[part="report-link"]')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/fix?record=popote');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(text(link)).to.equal('Report an error (opens in a new tab)');

    const none = await fixture<RepereFinder>(`<repere-finder lang="en"></repere-finder>`, (f) => {
      f.feedData = { ...toolsFeed, corrections: undefined };
    });
    await typeQuery(none, 'popote');
    $<HTMLButtonElement>(none, '[part="details-button"]')!.click();
    await none.updateComplete;
    expect($(none, '[part="report-link"]')).to.equal(null);
  });
});

describe('correctionHref', () => {
  it('refuses what is not http(s) or mailto:, and keeps a mailto: query free of raw spaces and quotes', async () => {
    const { correctionHref } = await import('../../src/finder/result-card.js');
    expect(correctionHref('javascript:alert({id})', 'x')).to.equal(undefined);
    expect(correctionHref('data:text/html,{id}', 'x')).to.equal(undefined);
    expect(correctionHref(undefined, 'x')).to.equal(undefined);
    expect(correctionHref('mailto:fix@example.org?subject=Fix "{id}"', 'a.b')).to.equal('mailto:fix@example.org?subject=Fix%20%22a.b%22');
  });
});

describe('<repere-finder>: a mangled shared link', () => {
  const BAD_OPEN = ['sa-21', 'sa-', 'sa', 'xx-21:00', 'zz-99:99', 'now ', '-', 'sa-24:00', ''];
  for (const value of BAD_OPEN) {
    it(`ignores repere-open=${JSON.stringify(value)}, shows the resources and takes it out of the address`, async () => {
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(String(e.message));
      const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
      try {
        history.replaceState(null, '', `${location.pathname}?page=2&repere-open=${encodeURIComponent(value)}&repere-q=popote#/aide`);
        const el = await finder('sync-url');
        expect(cardNames(el)).to.deep.equal(['Popote roulante']);
        expect(text($(el, '.active-filters'))).not.to.contain('Ouvert');
        expect(params()).to.deep.equal({ page: '2', 'repere-q': 'popote' });
        expect(location.hash).to.equal('#/aide');
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
        window.removeEventListener('unhandledrejection', onRejection);
      }
    });
  }

  it('ignores a repere-lang that is no interface language, and takes it out of the address', async () => {
    history.replaceState(null, '', `${location.pathname}?repere-lang=${encodeURIComponent('zz"><x')}&repere-q=popote`);
    const el = await finder('sync-url');
    expect(cardNames(el)).to.deep.equal(['Popote roulante']);
    expect(el.getAttribute('lang')).to.equal('fr');
    expect(params()).to.deep.equal({ 'repere-q': 'popote' });
  });

  it('still reads a well-formed open-at time from a link', async () => {
    history.replaceState(null, '', `${location.pathname}?repere-open=we-09:00`);
    const el = await finder('sync-url');
    expect(text($(el, '.active-filters'))).to.contain('mercredi');
    expect(params()).to.deep.equal({ 'repere-open': 'we-09:00' });
  });

  it('ignores an opened-resource id no feed could have, and takes it out of the address', async () => {
    history.replaceState(null, '', `${location.pathname}?repere-id=${encodeURIComponent('<script>')}&repere-q=popote`);
    const el = await finder('sync-url');
    expect(cardNames(el)).to.deep.equal(['Popote roulante']);
    expect($(el, '[part="details-button"]')!.getAttribute('aria-expanded')).to.equal('false');
    expect(params()).to.deep.equal({ 'repere-q': 'popote' });
  });
});

describe('<repere-finder>: the host’s own parameters', () => {
  const HOST = '?utm_source=news%20letter&flag&x=a;b&y=%7E+z';
  it('keeps them byte for byte while writing its own', async () => {
    history.replaceState(null, '', `${location.pathname}${HOST}#/aide`);
    const el = await finder('sync-url');
    expect(location.search).to.equal(HOST);
    await typeQuery(el, 'sante');
    expect(location.search).to.equal(`${HOST}&repere-q=sante`);
    await typeQuery(el, '');
    expect(location.search).to.equal(HOST);
    expect(location.hash).to.equal('#/aide');
  });

  it('keeps them byte for byte in the copied link to a list', async () => {
    history.replaceState(null, '', `${location.pathname}${HOST}#/aide`);
    const { urlWith } = await import('../../src/finder/url.js');
    const link = new URL(urlWith('repere-', { dims: {}, list: ['popote', 'halte-nuit'] }));
    expect(link.search).to.equal(`${HOST}&repere-list=popote%2Chalte-nuit`);
    expect(link.hash).to.equal('#/aide');
  });
});
