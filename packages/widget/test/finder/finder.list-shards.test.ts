// "My list" over a directory published as region shards: a Kamouraska
// resident's page loads her region's shard only, so a service she saved after
// searching the whole province (the Québec food bank) is in a shard the page
// has not read. It stays in her list (the count says so), and is looked for in
// the other regions, politely announced, only when she opens her list; a
// shared list link from a relative elsewhere opens the list and does the same.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, text } from '../support/fixture.js';
import { waitFor } from '../support/wait-for.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import { storageKey } from '../../src/finder/list-store.js';
import { serveShards, type ServedShards } from '../support/shards.js';
import { SAVED_ACROSS_REGIONS } from '../../../sdk/test/support/province.js';

const { SHARDS } = SAVED_ACROSS_REGIONS;

// A folder per test: the page's engine keeps the shards it loaded, per manifest address.
let BASE = '';
let folder = 0;
let net: MockNetwork;
let served: ServedShards;
const key = () => storageKey(`${BASE}manifest.json`);

before(async () => {
  net = await startNetwork();
});
beforeEach(async () => {
  BASE = `https://bottin.example.org/list-shards-${++folder}/`;
  served = await serveShards(net, BASE, SHARDS);
});
afterEach(() => {
  net.reset();
  localStorage.removeItem(key());
});

const finder = (attrs: string, lang = 'fr') =>
  fixture<RepereFinder>(`<repere-finder feed="${BASE}manifest.json" lang="${lang}" region="kamouraska" no-cache ${attrs}></repere-finder>`);
/** Her list as she saved it on an earlier visit (the page's engine, new, holds no shard). */
const savedEarlier = (ids: string[]) => localStorage.setItem(key(), JSON.stringify(ids));
const stored = () => JSON.parse(localStorage.getItem(key()) ?? '[]') as string[];
const toggle = (el: RepereFinder) => $<HTMLButtonElement>(el, '[part="list-toggle"]')!;
const openList = async (el: RepereFinder) => {
  toggle(el).focus();
  toggle(el).click();
  await el.updateComplete;
};
const listNames = (el: Element) => $$(el, '#mylist h4').map((h) => text(h));
const panelTitle = (el: Element) => text($(el, '#mylist-title'));
/** The panel's status line, as written (no-break spaces and all). */
const listStatus = (el: Element) => ($(el, '#mylist [role="status"]')?.textContent ?? '').trim();
const focused = (el: RepereFinder) => el.shadowRoot!.activeElement;

for (const width of [390, 1024]) {
  describe(`<repere-finder>: My list over region shards, ${width} px wide`, () => {
    before(() => setViewport({ width, height: 800 }));

    it('keeps the Québec food bank a Kamouraska resident saved, and shows it when she opens her list', async () => {
      // Her first visit: she searches the whole province and saves the Québec food bank beside her popote.
      const first = await finder('persist-list');
      $$<HTMLButtonElement>(first, '.chip')[0]!.click();
      await settle(first);
      for (const name of ['Banque alimentaire de Québec', 'Popote roulante du Kamouraska']) {
        $$(first, '.card').find((c) => text(c.querySelector('.name')).startsWith(name))!.querySelector<HTMLButtonElement>('[part="list-button"]')!.click();
        await first.updateComplete;
      }
      expect(stored()).to.deep.equal(['banque-alimentaire-quebec', 'popote-kamouraska']);
      first.remove();
      // She comes back (the page opens at her region again): her list still holds both.
      const el = await finder('persist-list');
      expect(text(toggle(el))).to.equal('Ma liste (2)');
      await openList(el);
      await waitFor('the Québec food bank in her list', () => listNames(el).length === 2);
      expect(listNames(el)).to.deep.equal(['Banque alimentaire de Québec', 'Popote roulante du Kamouraska']);
      expect(panelTitle(el)).to.equal('Ma liste (2)');
      expect(stored()).to.deep.equal(['banque-alimentaire-quebec', 'popote-kamouraska']);
      await expectAccessible(el);
    });

    it('on the next visit, loads only her region at page load, then, when she opens her list, says it looks in the other regions, and shows the food bank', async () => {
      savedEarlier(['banque-alimentaire-quebec', 'popote-kamouraska']);
      const release = served.hold('capitale-nationale.json');
      const el = await finder('persist-list');
      // Page load: her region's shard only, and the saved food bank kept (not dropped, not saved back shorter).
      expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);
      expect(text(toggle(el))).to.equal('Ma liste (2)');
      expect(stored()).to.deep.equal(['banque-alimentaire-quebec', 'popote-kamouraska']);
      await openList(el);
      await waitFor('the other regions being looked in', () => listStatus(el) === 'Recherche de vos services enregistrés dans les autres régions… 2\u00a0sur\u00a03');
      // What she sees meanwhile: her popote, the count of both, and focus still on the button she pressed.
      expect(listNames(el)).to.deep.equal(['Popote roulante du Kamouraska']);
      expect(panelTitle(el)).to.equal('Ma liste (2)');
      expect(text($(el, '#mylist'))).to.not.contain('Votre liste est vide');
      expect(focused(el)).to.equal(toggle(el));
      await expectAccessible(el);
      release();
      await waitFor('the Québec food bank in her list', () => listNames(el).length === 2);
      expect(listNames(el)).to.deep.equal(['Banque alimentaire de Québec', 'Popote roulante du Kamouraska']);
      expect(listStatus(el)).to.equal('');
      expect(stored()).to.deep.equal(['banque-alimentaire-quebec', 'popote-kamouraska']);
    });

    it('opens a shared list link from a relative in another region, and shows its service once found, in English', async () => {
      const original = location.href;
      history.replaceState(history.state, '', `${location.pathname}?repere-list=banque-alimentaire-quebec`);
      const release = served.hold('estrie.json');
      try {
        const el = await finder('', 'en');
        expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
        await waitFor('the other regions being looked in', () => listStatus(el) === 'Looking for your saved services in the other regions… 2 of 3');
        expect(panelTitle(el)).to.equal('My list (1)');
        await expectAccessible(el);
        release();
        await waitFor('the shared service', () => listNames(el).length === 1);
        expect(listNames(el)).to.deep.equal(['Banque alimentaire de Québec']);
        expect(text(toggle(el))).to.equal('My list (1)');
      } finally {
        release();
        history.replaceState(history.state, '', original);
      }
    });

    it('keeps the saved ids and says so when a region cannot be loaded; "Try again" finds the food bank', async () => {
      savedEarlier(['banque-alimentaire-quebec', 'popote-kamouraska']);
      net.use(http.get(`${BASE}capitale-nationale.json`, () => new HttpResponse(null, { status: 503 }), { once: true }));
      const el = await finder('persist-list');
      await openList(el);
      await waitFor('the failure said', () => listStatus(el).startsWith('Des services de votre liste'));
      expect(listStatus(el)).to.equal('Des services de votre liste n’ont pas pu être chargés pour le moment. Ils restent dans votre liste.');
      expect(panelTitle(el)).to.equal('Ma liste (2)');
      expect(text(toggle(el))).to.equal('Ma liste (2)');
      expect(stored()).to.deep.equal(['banque-alimentaire-quebec', 'popote-kamouraska']);
      await expectAccessible(el);
      const retry = $$<HTMLButtonElement>(el, '#mylist button').find((b) => text(b) === 'Réessayer')!;
      retry.focus();
      retry.click();
      await waitFor('the Québec food bank in her list', () => listNames(el).length === 2);
      // The button gone, focus is on the panel's title, not lost to the page.
      expect(focused(el)).to.equal($(el, '#mylist-title'));
      expect(listStatus(el)).to.equal('');
    });

    it('drops a saved service that no region has any more, only once every region has been looked in', async () => {
      savedEarlier(['service-ferme', 'popote-kamouraska']);
      const el = await finder('persist-list');
      expect(text(toggle(el))).to.equal('Ma liste (2)');
      await openList(el);
      await waitFor('every region looked in', () => text(toggle(el)) === 'Ma liste (1)');
      expect(listNames(el)).to.deep.equal(['Popote roulante du Kamouraska']);
      expect(panelTitle(el)).to.equal('Ma liste (1)');
      expect(stored()).to.deep.equal(['popote-kamouraska']);
    });
  });
}
