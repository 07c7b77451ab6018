import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, emptyFeed, feed } from '../fixtures/feed.js';
import { addFinder, holdFeed } from '../support/held-feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import type { RepereSearchEvent } from '../../src/events/repere-search.js';
import type { RepereErrorEvent } from '../../src/events/repere-error.js';
import type { RepereSelectEvent } from '../../src/events/repere-select.js';

// Wednesday 15 January 2025, 07:00 in Québec (12:00 UTC): before the Popote opens at 8:30.
const WEDNESDAY_7AM = new Date('2025-01-15T12:00:00Z');

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(feed))));
afterEach(() => net.reset());

/**
 * The fixture feed with its resources in the table form (docs/feed-format.md):
 * one column per field, and the categories shared, as `repere pack` would.
 */
function asTable(doc: typeof feed) {
  const records = doc.resources as unknown as Record<string, unknown>[];
  const columns = [...new Set(records.flatMap((r) => Object.keys(r)))];
  const categories = [...new Set(records.map((r) => JSON.stringify(r.categories)))];
  const rows = records.map((r) => columns.map((c) => (c === 'categories' ? categories.indexOf(JSON.stringify(r.categories)) : (r[c] ?? null))));
  return { ...doc, resources: { columns, shared: { categories: categories.map((c) => JSON.parse(c) as unknown) }, rows } };
}

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`, (el) => (el.now = WEDNESDAY_7AM));
const status = (el: Element) => text($(el, '[role="status"]'));
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(label));
const option = (el: Element, label: string) =>
  $$<HTMLLabelElement>(el, '.filters label.option').find((l) => text(l.querySelector('.option-label > span')) === label);

describe('<repere-finder>: what a resident sees', () => {
  it('passes axe with results on screen', async () => {
    const el = await finder();
    await expectAccessible(el);
  });

  it('lists every resource and announces the count in a status region', async () => {
    const el = await finder();
    expect(status(el)).to.equal('5 ressources');
    expect(cardNames(el)).to.have.length(5);
    expect(text($(el, 'label[for="q"]'))).to.equal('Rechercher un service');
  });

  it('finds « santé mentale » when typed without accents, and highlights the words', async () => {
    const el = await finder();
    await typeQuery(el, 'sante mentale');
    expect(cardNames(el)[0]).to.equal("Ligne d'écoute en santé mentale");
    expect($$(el, '.card')[0]!.querySelector('mark')?.textContent?.toLowerCase()).to.match(/santé|mentale/);
    expect(status(el)).to.match(/^\d+ ressources?$/);
  });

  it('says « 1 ressource » for one result and « Aucun résultat » for none', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    expect(status(el)).to.equal('1 ressource');
    await typeQuery(el, 'zzzqqq');
    expect(status(el)).to.equal('Aucun résultat');
    expect(text($(el, '[part="empty"]'))).to.contain('Aucune ressource ne correspond');
  });

  it('narrows the results with a filter, and the other counts change', async () => {
    const el = await finder();
    button(el, 'Filtres')!.click();
    await el.updateComplete;
    expect(text(option(el, 'Enfants'))).to.equal('Enfants (2)');
    option(el, 'Kamouraska')!.querySelector('input')!.click();
    await settle(el);
    expect(status(el)).to.equal('3 ressources');
    expect(cardNames(el)).to.not.include('Popote roulante');
    expect(text(option(el, 'Enfants'))).to.equal('Enfants (1)');
    expect(text(button(el, 'Filtres'))).to.equal('Filtres (1)');
  });

  it('shows the category tree with children under their parent', async () => {
    const el = await finder();
    button(el, 'Filtres')!.click();
    await el.updateComplete;
    const sante = option(el, 'Santé')!.closest('li')!;
    expect(text(sante.querySelector('ul.nested .option-label'))).to.equal('Santé mentale (1)');
    expect(text(option(el, 'Santé'))).to.equal('Santé (2)');
  });

  it('starts on the preset region, which the resident can remove', async () => {
    const el = await finder('region="kamouraska"');
    expect(status(el)).to.equal('3 ressources');
    const chip = $$<HTMLButtonElement>(el, '.chip')[0]!;
    expect(text(chip)).to.contain('Kamouraska');
    chip.click();
    await settle(el);
    expect(status(el)).to.equal('5 ressources');
  });

  it('suggests clearing the filters when they leave nothing', async () => {
    const el = await finder('region="kamouraska"');
    await typeQuery(el, 'popote');
    expect(status(el)).to.equal('Aucun résultat');
    const clear = $$<HTMLButtonElement>(el, '[part="empty"] button')[0]!;
    expect(text(clear)).to.equal('Retirer tous les filtres');
    clear.click();
    await settle(el);
    expect(cardNames(el)).to.deep.equal(['Popote roulante']);
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
  });

  it('honours the limit and shows more on request', async () => {
    const el = await finder('limit="2"');
    expect(cardNames(el)).to.have.length(2);
    expect(status(el)).to.equal('5 ressources');
    $<HTMLButtonElement>(el, '[part="more-button"]')!.click();
    await settle(el);
    expect(cardNames(el)).to.have.length(4);
  });

  it('hides the filters with no-filters', async () => {
    const el = await finder('no-filters');
    expect(button(el, 'Filtres')).to.equal(undefined);
    expect(cardNames(el)).to.have.length(5);
  });
});

describe('<repere-finder>: result cards', () => {
  it('shows name, organization, categories, region, open status, languages and contacts', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    const card = $(el, '.card')!;
    expect(text(card.querySelector('.organization'))).to.equal('Centre d’action bénévole');
    expect(text(card.querySelector('[part="open-status"]'))).to.equal('Fermé, ouvre à 8 h 30');
    expect(text(card.querySelector('.chips'))).to.contain('Alimentation');
    expect(text(card.querySelector('.chips.regions'))).to.contain('Rivière-du-Loup');
    expect(text(card.querySelector('.languages'))).to.equal('Services en : français');
    const hrefs = [...card.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('tel:4185550199,2');
    expect(hrefs).to.include('mailto:popote@example.org');
    expect(hrefs).to.include('https://cab.example.org/popote');
    expect(text(card.querySelector('.address'))).to.contain('12, rue Lafontaine');
    expect(hrefs.some((h) => h!.startsWith('https://www.google.com/maps/dir/'))).to.equal(true);
  });

  it('says « Ouvert maintenant » for a line open around the clock', async () => {
    const el = await finder();
    await typeQuery(el, 'écoute');
    expect(text($(el, '.card [part="open-status"]'))).to.equal('Ouvert maintenant');
  });

  it('never renders the address of a confidential location', async () => {
    const el = await finder();
    await typeQuery(el, 'hébergement');
    const card = $(el, '.card')!;
    expect(text(card)).to.contain('Adresse confidentielle');
    expect(el.shadowRoot!.textContent).to.not.contain('Secret');
    expect(el.shadowRoot!.textContent).to.not.contain('G0R 1Z0');
    expect([...card.querySelectorAll('a')].some((a) => a.href.includes('maps'))).to.equal(false);
  });

  it('opens details with the hours table, eligibility and fees, and fires repere-select', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    const selected: string[] = [];
    document.addEventListener('repere-select', (e: RepereSelectEvent) => selected.push(e.detail.id), { once: true });
    const more = $<HTMLButtonElement>(el, '[part="details-button"]')!;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    more.click();
    await el.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    const details = $(el, `#${more.getAttribute('aria-controls')}`)!;
    expect(details.hidden).to.equal(false);
    const rows = [...details.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows[0]).to.equal('lundi 8 h 30 – 16 h 30');
    expect(rows[6]).to.equal('dimanche Fermé');
    expect(text(details)).to.contain('Personnes de 65 ans et plus');
    expect(text(details)).to.contain('6 $ par repas');
    expect(text(details)).to.contain('Entrée de plain-pied');
    expect(selected).to.deep.equal(['popote']);
  });

  it('shows text missing in the UI language in another, with a note and the right lang', async () => {
    const el = await finder();
    await typeQuery(el, 'homework');
    const name = $(el, '.card .name')!;
    expect(name.querySelector('span')!.getAttribute('lang')).to.equal('en');
    expect(text(name.querySelector('.fallback'))).to.equal('(En anglais seulement)');
  });
});

describe('<repere-finder>: states', () => {
  it('keeps the host’s fallback content in view until the first results, then shows the finder with them', async () => {
    const release = holdFeed(net);
    const el = addFinder((el) => {
      el.now = WEDNESDAY_7AM;
      el.setAttribute('quick-exit', '');
      el.innerHTML = '<p>Composez le 211</p>';
    });
    const fallback = el.querySelector('p')!;
    const visible = (e: Element | null | undefined) => !!e?.checkVisibility();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(visible(fallback)).to.equal(true);
      expect(visible($(el, 'input'))).to.equal(false);
      // Leaving quickly stays in reach all along, and keeps the focus of a resident who moved to it.
      expect($$(el, '[part="quick-exit"]').filter(visible)).to.have.length(1);
      await expectAccessible(el);
      $<HTMLButtonElement>(el, '[part="quick-exit"]')!.focus();
      release();
      await settle(el);
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('quick-exit');
      expect(visible($(el, 'input'))).to.equal(true);
      expect(cardNames(el)).to.have.length(5);
      expect(status(el)).to.equal('5 ressources');
      expect(visible(fallback)).to.equal(false);
      expect($$(el, '[part="quick-exit"]').filter(visible)).to.have.length(1);
      await expectAccessible(el);
    } finally {
      release();
      el.remove();
    }
  });

  it('shows a skeleton and « Chargement » while the feed loads, without layout jump', async () => {
    const release = holdFeed(net);
    const el = addFinder();
    try {
      await el.updateComplete;
      expect($(el, '[part="skeleton"]')).to.not.equal(null);
      expect(status(el)).to.equal('Chargement des ressources…');
      expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
      const before = [$(el, 'input')!, $(el, '.results')!].map((e) => e.getBoundingClientRect().top);
      await expectAccessible(el);
      release();
      await settle(el);
      expect([$(el, 'input')!, $(el, '.results')!].map((e) => e.getBoundingClientRect().top)).to.deep.equal(before);
      expect(status(el)).to.equal('5 ressources');
    } finally {
      release();
      el.remove();
    }
  });

  it('shows a clear message and a retry button for an HTTP 500, and retry recovers', async () => {
    net.use(http.get(FEED_URL, () => new HttpResponse('oops', { status: 500 }), { once: true }));
    const errors: string[] = [];
    const listener = (e: RepereErrorEvent) => errors.push(e.detail.code);
    document.addEventListener('repere-error', listener);
    try {
      const el = await finder('retries="0"'); // one 500, no automatic retry: see finder.trust.test.ts
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.contain('Le répertoire n’est pas disponible pour le moment.');
      expect(errors).to.deep.equal(['http']);
      await expectAccessible(el);
      const retry = $<HTMLButtonElement>(el, '[part="retry-button"]')!;
      expect(text(retry)).to.equal('Réessayer');
      retry.click();
      await settle(el);
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(status(el)).to.equal('5 ressources');
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'input[type="search"]'));
    } finally {
      document.removeEventListener('repere-error', listener);
    }
  });

  it('shows the error state for a feed that is not JSON', async () => {
    net.use(http.get(FEED_URL, () => new HttpResponse('<html>Not found</html>', { headers: { 'Content-Type': 'text/html' } })));
    const el = await finder();
    expect(text($(el, '[role="alert"]'))).to.contain('Le répertoire n’a pas pu être lu.');
    expect($(el, '[part="retry-button"]')).to.not.equal(null);
  });

  it('shows the same resources from a feed whose resources are a table', async () => {
    net.use(http.get(FEED_URL, () => HttpResponse.json(asTable(feed))));
    const el = await finder();
    expect(status(el)).to.equal('5 ressources');
    expect(cardNames(el)).to.have.length(5);
    await typeQuery(el, 'sante mentale');
    expect(cardNames(el)[0]).to.equal("Ligne d'écoute en santé mentale");
  });

  it('shows the error state, with a retry button, for a table without rows', async () => {
    const { rows: _rows, ...broken } = asTable(feed).resources;
    net.use(http.get(FEED_URL, () => HttpResponse.json({ ...feed, resources: broken })));
    const el = await finder();
    expect(text($(el, '[role="alert"]'))).to.contain('Le répertoire n’a pas pu être lu.');
    expect($(el, '[part="retry-button"]')).to.not.equal(null);
  });

  it('says so when the feed has no resources', async () => {
    net.use(http.get(FEED_URL, () => HttpResponse.json(emptyFeed)));
    const el = await finder();
    expect(text($(el, '[part="empty"]'))).to.equal('Ce répertoire ne contient encore aucune ressource.');
    await expectAccessible(el);
  });

  it('takes a feed object through feedData', async () => {
    const el = await fixture<RepereFinder>('<repere-finder lang="en"></repere-finder>', (e) => (e.feedData = feed));
    expect(text($(el, '[role="status"]'))).to.equal('5 resources');
  });
});

describe('<repere-finder>: events', () => {
  it('fires repere-search after typing, with the query, filters and total only', async () => {
    const el = await finder('region="kamouraska"');
    const events: RepereSearchEvent[] = [];
    document.addEventListener('repere-search', (e) => events.push(e), { once: true });
    await typeQuery(el, 'clinique');
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.equal(true);
    expect(Object.keys(events[0]!.detail).sort()).to.deep.equal(['filters', 'query', 'total']);
    expect(events[0]!.detail).to.deep.equal({ query: 'clinique', filters: { regions: ['kamouraska'] }, total: 1 });
  });

  it('fires nothing on load, nor when a property changes', async () => {
    const events: string[] = [];
    const listener = (e: Event) => events.push(e.type);
    document.addEventListener('repere-search', listener);
    document.addEventListener('repere-select', listener);
    try {
      const el = await finder();
      el.region = 'kamouraska';
      await settle(el);
      expect(status(el)).to.equal('3 ressources');
      expect(events).to.deep.equal([]);
    } finally {
      document.removeEventListener('repere-search', listener);
      document.removeEventListener('repere-select', listener);
    }
  });
});

describe('<repere-finder>: on a page', () => {
  it('does not throw when its module is loaded twice', async () => {
    const first = customElements.get('repere-finder');
    // A second copy of the module (another URL), as when a page includes the script twice.
    await import(/* @vite-ignore */ `../../src/finder/finder.ts?copy=${Date.now()}`);
    expect(customElements.get('repere-finder')).to.equal(first);
  });

  it('runs two finders independently, each in its own language', async () => {
    const a = await finder();
    const b = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    await typeQuery(a, 'popote');
    expect(status(a)).to.equal('1 ressource');
    expect(status(b)).to.equal('5 resources');
    expect(text($(b, 'label[for="q"]'))).to.equal('Search for a service');
    expect(text($(a, 'label[for="q"]'))).to.equal('Rechercher un service');
  });

  it('takes its language from the page when it has none', async () => {
    const el = await fixture<RepereFinder>(`<div lang="en-CA"><repere-finder feed="${FEED_URL}"></repere-finder></div>`);
    const finderEl = el.querySelector('repere-finder')!;
    await settle(finderEl);
    expect(text($(finderEl, '[role="status"]'))).to.equal('5 resources');
  });

  it('keeps its own font size and colours under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 10px } * { color: white !important; font-size: 0.5rem }';
    document.head.append(style);
    try {
      const el = await finder();
      const label = $(el, 'label[for="q"]')!;
      expect(getComputedStyle(label).fontSize).to.equal('16px');
      expect(getComputedStyle(label).color).to.equal('rgb(27, 27, 27)');
      expect(getComputedStyle($(el, '.card .name')!).color).to.equal('rgb(27, 27, 27)');
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide screen without horizontal scrolling, filters open', async () => {
    const wrap = await fixture<HTMLDivElement>(`<div class="narrow"><repere-finder feed="${FEED_URL}" lang="fr" compact></repere-finder></div>`);
    wrap.style.width = '320px';
    const el = wrap.querySelector('repere-finder')!;
    await settle(el);
    button(el, 'Filtres')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    const root = $(el, '.root')!;
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
    await expectAccessible(el);
  });
});
