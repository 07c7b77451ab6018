import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

const NOW = new Date('2025-01-15T12:00:00Z');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const NBSP = '\u00a0';

/** A housing service whose description is cut on the card right after a sentence. */
const housing = {
  id: 'logement',
  name: { fr: 'Comptoir logement', en: 'Housing desk' },
  description: {
    fr: 'Aide pour trouver un logement, accompagnement dans les démarches auprès des propriétaires et soutien à la relocalisation. https://logement.example.org/relocalisation/aide-aux-menages-locataires-et-relogement-temporaire',
  },
  categories: ['sante'],
  regions: ['kamouraska'],
  languages: ['fr', 'en'],
  delivery: ['home-visit', 'phone'],
  cost: 'free',
  phones: [{ number: '418 555-0155' }],
};
const cardsFeed = {
  ...toolsFeed,
  interpretation: { phone: '211', label: { fr: '211 avec interprètes', en: '211 with interpreters' } },
  resources: [...toolsFeed.resources, housing],
};

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(cardsFeed))));
afterEach(async () => {
  net.reset();
  await setViewport({ width: 800, height: 600 });
});

const finder = (attrs = 'lang="fr"') =>
  fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" ${attrs} limit="50"></repere-finder>`, (el) => (el.now = NOW));
const card = (el: Element, name: string) => $$(el, '.card').find((c) => text(c.querySelector('.name')).startsWith(name))!;
/** How many lines an inline element is laid out on. */
const lines = (node: Element) => {
  const tops = new Set([...node.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
};

for (const vp of [PHONE, DESKTOP]) {
  describe(`<repere-finder> at ${vp.width}×${vp.height}: labels and values on cards and in the crisis banner`, () => {
    beforeEach(() => setViewport(vp));

    it('writes « Téléphone : 418 555-0199 » with its space, each label whole and each number on one line', async () => {
      const el = await finder();
      const popote = card(el, 'Popote roulante');
      const pairs = [...popote.querySelectorAll('.contacts .pair')];
      expect(pairs.map((p) => p.textContent)).to.deep.equal([
        `Téléphone${NBSP}: 418 555-0199 poste 2`,
        `Site Web${NBSP}: cab.example.org`,
        `Courriel${NBSP}: popote@example.org`,
      ]);
      for (const label of $$(el, '.pair-label')) expect(lines(label), `${label.textContent} on one line`).to.equal(1);
      for (const number of $$(el, '.number')) {
        expect(lines(number), `${number.textContent} on one line`).to.equal(1);
        expect(number.getBoundingClientRect().right).to.be.at.most(vp.width);
      }
    });

    it('names each crisis link in full (« Urgence : 911 »), its hours after it, never a line starting with the colon', async () => {
      const el = await finder();
      const links = $$<HTMLAnchorElement>(el, '.crisis a');
      expect(links.map((a) => a.textContent)).to.deep.equal([`Urgence${NBSP}: 911`, `Info-Social (option 2)${NBSP}: 811`, `Ligne de crise suicide${NBSP}: 988`]);
      expect(text($(el, '.crisis-title'))).to.equal('Besoin d’aide maintenant ?');
      expect($(el, '.crisis-title')!.textContent).to.contain(`maintenant${NBSP}?`);
      const items = $$(el, '.crisis li');
      items.forEach((li, i) => {
        const label = li.querySelector('.pair-label')!;
        // The colon belongs to the label's line: it can never start one.
        expect(label.textContent!.endsWith(`${NBSP}:`)).to.equal(true);
        expect(lines(label)).to.equal(1);
        const hours = li.querySelector('.muted')!;
        expect(hours.getBoundingClientRect().top).to.be.at.least(li.querySelector('a')!.getBoundingClientRect().top - 1);
        if (items[i + 1]) expect(items[i + 1]!.getBoundingClientRect().top, 'the next line starts below').to.be.at.least(li.getBoundingClientRect().bottom - 1);
      });
      expect($(el, '.root')!.scrollWidth).to.be.at.most($(el, '.root')!.clientWidth + 1);
      await expectAccessible(el);
    });
  });
}

describe('<repere-finder>: French typography on screen', () => {
  it('cuts a long description without « relocalisation.… »', async () => {
    const el = await finder();
    const description = text(card(el, 'Comptoir logement').querySelector('.description'));
    expect(description).to.match(/relocalisation…$/);
    expect(description).to.not.contain('.…');
  });

  it('writes how a service is given as a sentence: « À domicile et par téléphone »', async () => {
    const el = await finder();
    card(el, 'Comptoir logement').querySelector<HTMLButtonElement>('[part="details-button"]')!.click();
    await el.updateComplete;
    const dts = $$(el, '.details dt');
    const how = dts.find((d) => text(d) === 'Comment')!;
    expect(text(how.nextElementSibling)).to.equal('À domicile et par téléphone');
  });

  it('keeps the space before « (En anglais seulement) » and « (0) »', async () => {
    const el = await finder();
    await typeQuery(el, 'homework');
    expect($(el, '.card .name')!.textContent!.replace(/\s+/g, ' ')).to.match(/Homework help \(En anglais seulement\)/);
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    const now = $$(el, '#filters label.option').find((l) => text(l).startsWith('Ouvert maintenant'))!;
    expect(text(now)).to.match(/^Ouvert maintenant \(\d+\)$/);
  });

  it('lists languages in Haitian Creole with « ak »', async () => {
    const el = await finder('lang="ht"');
    // The record's English or French name, whichever the browser reads best: its languages line is the point.
    const housing = card(el, 'Comptoir logement') ?? card(el, 'Housing desk');
    expect(text(housing.querySelector('.languages'))).to.equal('Sèvis an fransè ak an angle');
  });
});

describe('<repere-finder> in Arabic: French and English feed text isolated', () => {
  beforeEach(() => setViewport(PHONE));

  it('isolates every feed text and number, and puts « only in French » after the name, reading right to left', async () => {
    const el = await finder('lang="ar"');
    await settle(el);
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    // Every text in another language than the interface's is isolated from the Arabic around it.
    const foreign = $$(el, '[lang]').filter((n) => n !== root && n.getAttribute('lang') !== 'ar' && n.localName !== 'option');
    expect(foreign.length).to.be.greaterThan(10);
    for (const node of foreign) {
      const isolated = node.localName === 'bdi' || node.hasAttribute('dir') || getComputedStyle(node).unicodeBidi === 'isolate';
      expect(isolated, node.outerHTML.slice(0, 80)).to.equal(true);
    }
    // Phone numbers read left to right, isolated, in the banner, the cards and the interpretation hint.
    const numbers = $$(el, 'a[href^="tel:"] .number');
    expect(numbers.length).to.be.at.least(5);
    for (const n of numbers) {
      expect(n.localName).to.equal('bdi');
      expect(n.getAttribute('dir')).to.equal('ltr');
    }
    const hint = $(el, '[part="interpretation"] a')!;
    expect(hint.querySelector('.number')!.textContent).to.equal('211');
    // The note, in Arabic and right to left, comes after the French name: to its left.
    const name = card(el, 'Popote roulante').querySelector('.name')!;
    const french = name.querySelector('span[lang="fr"]')!;
    const note = name.querySelector('.fallback')!;
    expect(note.getAttribute('lang')).to.equal('ar');
    expect(note.getAttribute('dir')).to.equal('rtl');
    // The note's first line box against the name's last.
    const [noteBox, frenchBox] = [note.getClientRects()[0]!, [...french.getClientRects()].at(-1)!];
    const after = noteBox.top >= frenchBox.bottom - 1 || (Math.abs(noteBox.top - frenchBox.top) < 4 && noteBox.right <= frenchBox.left + 1);
    expect(after, 'to the left of the name, or on the next line').to.equal(true);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    await expectAccessible(el);
  });
});
