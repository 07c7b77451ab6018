import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import type { RepereExitEvent } from '../../src/events/repere-exit.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(toolsFeed))));
afterEach(() => net.reset());

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);
const banner = (el: Element) => $(el, '[part~="crisis"]')!;
const crisisFirst = (el: RepereFinder) => {
  const kinds = $$(el, '.card').map((c) => (c.querySelector('a[href^="tel:"]') && text(c).includes('Ligne de crise') ? 0 : 1));
  return kinds.every((k, i) => i === 0 || kinds[i - 1]! <= k);
};

describe('<repere-finder>: crisis help', () => {
  it('shows the feed’s crisis lines in a banner before the results, with phone links', async () => {
    const el = await finder();
    const aside = banner(el);
    expect(aside.tagName).to.equal('ASIDE');
    expect([...aside.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['tel:911', 'tel:811', 'tel:988']);
    expect(text(aside)).to.contain('Ligne de crise suicide');
    // First in the results area, before every card, and never an alert.
    const results = $(el, '.results')!;
    expect(results.firstElementChild).to.equal(aside);
    expect(aside.compareDocumentPosition($(el, '.card')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(aside.closest('[role="alert"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('emphasizes the banner and puts crisis lines first for « idées noires », announced politely', async () => {
    const el = await finder();
    expect(banner(el).classList.contains('urgent')).to.equal(false);
    await typeQuery(el, 'idees noires');
    expect(banner(el).classList.contains('urgent')).to.equal(true);
    expect(banner(el).getAttribute('part')).to.equal('crisis crisis-urgent');
    expect(text(banner(el))).to.contain('Vous n’êtes pas seul');
    const status = $(el, '[role="status"]')!;
    expect(text(status)).to.match(/^Les lignes d’aide sont affichées en premier, au-dessus des résultats\./);
    expect($(el, '[role="alert"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('puts results with a crisis phone first for « violence conjugale » and « suicide »', async () => {
    const el = await finder();
    await typeQuery(el, 'violence conjugale');
    expect(cardNames(el)[0]).to.equal('Maison d’hébergement Le Havre');
    await typeQuery(el, 'suicide');
    expect(cardNames(el)[0]).to.equal("Ligne d'écoute en santé mentale");
    await typeQuery(el, 'detresse sante');
    const names = cardNames(el);
    expect(names[0]).to.equal("Ligne d'écoute en santé mentale");
    expect(crisisFirst(el)).to.equal(true);
  });

  it('in English too: « overdose » emphasizes the banner', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    await typeQuery(el, 'overdose');
    expect(text(banner(el))).to.contain('You are not alone');
    expect(text($(el, '[role="status"]'))).to.match(/^Help lines are shown first/);
    await expectAccessible(el);
  });

  it('reaches the first crisis line with one Tab after the toolbar', async () => {
    const el = await finder();
    $<HTMLButtonElement>(el, '[part="list-toggle"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('href')).to.equal('tel:911');
  });
});

describe('<repere-finder>: quick exit', () => {
  const exits = (el: RepereFinder, cancel = true) => {
    const urls: string[] = [];
    el.addEventListener('repere-exit', (e: RepereExitEvent) => {
      urls.push(e.detail.url);
      if (cancel) e.preventDefault();
    });
    return urls;
  };

  it('has no button without the attribute', async () => {
    const el = await finder();
    expect($(el, '[part="quick-exit"]')).to.equal(null);
  });

  it('« Quitter rapidement » goes to the host’s neutral address (cancelable repere-exit)', async () => {
    const el = await finder('quick-exit="https://www.google.com/search?q=meteo"');
    const urls = exits(el);
    const button = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
    expect(text(button)).to.equal('Quitter rapidement');
    button.click();
    expect(urls).to.deep.equal(['https://www.google.com/search?q=meteo']);
    await expectAccessible(el);
  });

  it('replaces the page with location.replace when not cancelled, and clears the query', async () => {
    const el = await finder('quick-exit="https://www.google.com/search?q=meteo"');
    await typeQuery(el, 'violence');
    const went: string[] = [];
    (el as unknown as { navigate(url: string): void }).navigate = (url) => went.push(url);
    $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
    await el.updateComplete;
    expect(went).to.deep.equal(['https://www.google.com/search?q=meteo']);
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
  });

  it('uses https://www.google.ca/ when the attribute is empty or not a web address', async () => {
    for (const value of ['', 'javascript:alert(1)', '//evil.example']) {
      const el = await finder(`quick-exit="${value}"`);
      const urls = exits(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.click();
      expect(urls, value).to.deep.equal(['https://www.google.ca/']);
    }
  });

  it('leaves when Escape is pressed twice in the widget, not once', async () => {
    const el = await finder('quick-exit="https://www.google.com/search?q=meteo"');
    const urls = exits(el);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(urls).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    expect(urls).to.deep.equal(['https://www.google.com/search?q=meteo']);
  });

  it('ignores Escape twice without quick-exit', async () => {
    const el = await finder();
    const urls = exits(el);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    expect(urls).to.deep.equal([]);
  });
});
