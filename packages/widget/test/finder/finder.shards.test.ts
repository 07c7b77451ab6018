// <repere-finder> pointed at a directory published as region shards
// (`repere pack --split region`): a Kamouraska resident's page downloads the
// manifest and the Bas-Saint-Laurent's shard, nothing else; looking in
// another place, or in the whole province, brings the shards it needs. The
// element carries no shard code: its engine loads each search's shards.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { waitFor } from '../support/wait-for.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import { serveShards, type ServedShards } from '../support/shards.js';
import { mockGeolocation, restoreGeolocation } from '../support/geolocation.js';
import { provinceRecord } from '../../../sdk/test/support/province.js';

// A folder per test: the page's engine keeps the shards it loaded, per manifest address.
let BASE = '';
let folder = 0;

const record = provinceRecord;
const POPOTE = record('popote-kamouraska', 'Popote roulante du Kamouraska', ['kamouraska']);
const CPS = record('cps-bsl', 'Centre de prévention du suicide du Bas-Saint-Laurent', ['bas-saint-laurent']);
const IMPOTS = record('impots-gatineau', 'Clinique d’impôts de Gatineau', ['gatineau']);
const CLUB = record('club-estrie', 'Club des aînés de l’Estrie', ['estrie']);
const LIGNE = record('ligne-aines', 'Ligne Aide Abus Aînés');
const SHARDS: Record<string, unknown[]> = { 'bas-saint-laurent': [POPOTE, CPS, LIGNE], outaouais: [IMPOTS, LIGNE], estrie: [CLUB, LIGNE] };

let net: MockNetwork;
let served: ServedShards;
before(async () => {
  net = await startNetwork();
});
beforeEach(async () => {
  BASE = `https://bottin.example.org/shards-${++folder}/`;
  served = await serveShards(net, BASE, SHARDS);
});
afterEach(() => {
  net.reset();
  restoreGeolocation();
});

const finder = (region: string, lang = 'fr') => fixture<RepereFinder>(`<repere-finder feed="${BASE}manifest.json" lang="${lang}" region="${region}" no-cache></repere-finder>`);
const status = (el: RepereFinder) => text(el.shadowRoot!.querySelector('[part="status"]'));
/** The status line as written, no-break spaces and all. */
const statusAsWritten = (el: RepereFinder) => el.shadowRoot!.querySelector('[part="status"]')!.textContent!.trim();
/** A fictional map where the Estrie's box starts 8 km east of the Outaouais' (boxes in the manifest, for near me). */
const BORDER_BBOX = { 'bas-saint-laurent': [47.3, -70.1, 48.9, -67.4], outaouais: [45.4, -76.5, 46.4, -75], estrie: [45, -74.9, 45.8, -73.5] };
const BY_THE_BORDER: Record<string, unknown[]> = {
  'bas-saint-laurent': [POPOTE, CPS, LIGNE],
  outaouais: [record('impots-est', 'Clinique d’impôts de l’Est de l’Outaouais', ['outaouais'], { locations: [{ lat: 45.5, lon: -75.05 }] }), LIGNE],
  estrie: [record('banque-frontiere', 'Banque alimentaire de la Frontière', ['estrie'], { locations: [{ lat: 45.45, lon: -74.8 }] }), LIGNE],
};
const busy = (el: RepereFinder) => el.shadowRoot!.querySelector('.results')!.getAttribute('aria-busy');

for (const width of [390, 1024]) {
  describe(`<repere-finder> over region shards, ${width} px wide`, () => {
    before(() => setViewport({ width, height: 800 }));

    it('shows a Kamouraska resident their services and the province-wide line, from the Bas-Saint-Laurent shard alone', async () => {
      const el = await finder('kamouraska');
      expect(cardNames(el)).to.have.members(['Popote roulante du Kamouraska', 'Centre de prévention du suicide du Bas-Saint-Laurent', 'Ligne Aide Abus Aînés']);
      expect(status(el)).to.equal('3 ressources');
      expect(served.fetched).to.deep.equal(['bas-saint-laurent.json']);
      await expectAccessible(el);
    });

    it('brings the Outaouais shard when the place becomes Gatineau, and every shard for the whole province', async () => {
      const el = await finder('kamouraska');
      el.region = 'gatineau';
      await settle(el);
      expect(cardNames(el)).to.have.members(['Clinique d’impôts de Gatineau', 'Ligne Aide Abus Aînés']);
      expect(served.fetched).to.deep.equal(['bas-saint-laurent.json', 'outaouais.json']);
      // The resident removes the place: the whole province, each record once.
      $$<HTMLButtonElement>(el, '.chip')[0]!.click();
      await settle(el);
      expect(status(el)).to.equal('5 ressources');
      expect(cardNames(el).filter((n) => n === 'Ligne Aide Abus Aînés')).to.have.length(1);
      expect([...served.fetched].sort()).to.deep.equal(['bas-saint-laurent.json', 'estrie.json', 'outaouais.json']);
      await expectAccessible(el);
    });

    it('says the other regions are loading, and how many are ready, while the whole province loads, keeping the Kamouraska cards on screen until every service is there', async () => {
      const el = await finder('kamouraska');
      const kamouraska = cardNames(el);
      const release = served.hold('estrie.json');
      // The resident removes the place: the whole province, the Estrie's shard slow to come.
      $$<HTMLButtonElement>(el, '.chip')[0]!.click();
      await waitFor('the progress of the other regions', () => status(el).startsWith('Chargement des autres régions'));
      await waitFor('two regions of three ready', () => statusAsWritten(el) === 'Chargement des autres régions… 2\u00a0sur\u00a03');
      expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
      expect(busy(el)).to.equal('true');
      expect(cardNames(el)).to.deep.equal(kamouraska);
      await expectAccessible(el);
      release();
      await settle(el);
      expect(status(el)).to.equal('5 ressources');
      expect(busy(el)).to.equal('false');
      expect(cardNames(el)).to.include.members(['Club des aînés de l’Estrie', 'Clinique d’impôts de Gatineau', 'Popote roulante du Kamouraska']);
    });

    it('says the directory is unavailable, rather than a count, when another region\'s shard fails, and keeps the Kamouraska cards; the next search tries again', async () => {
      const el = await finder('kamouraska');
      const kamouraska = cardNames(el);
      net.use(http.get(`${BASE}estrie.json`, () => new HttpResponse(null, { status: 404 }), { once: true }));
      $$<HTMLButtonElement>(el, '.chip')[0]!.click();
      await settle(el);
      expect(status(el)).to.equal('Le répertoire n’est pas disponible pour le moment.');
      expect(busy(el)).to.equal('false');
      expect(cardNames(el)).to.deep.equal(kamouraska);
      await expectAccessible(el);
      // The resident searches again: the Estrie's shard answers this time.
      await typeQuery(el, 'club');
      expect(cardNames(el)).to.deep.equal(['Club des aînés de l’Estrie']);
      expect(status(el)).to.equal('1 ressource');
    });

    it('shows a Gatineau resident by the Estrie\'s border, after Near me without a place, the food bank just across it, nearest first, without the far regions\' shard', async () => {
      served = await serveShards(net, (BASE = `https://bottin.example.org/shards-${++folder}/`), BY_THE_BORDER, BORDER_BBOX);
      mockGeolocation({ lat: 45.5, lon: -75.1 });
      const el = await finder('gatineau');
      expect(cardNames(el)).to.have.members(['Clinique d’impôts de l’Est de l’Outaouais', 'Ligne Aide Abus Aînés']);
      $<HTMLButtonElement>(el, '[part="near-button"]')!.click();
      await el.updateComplete;
      $$<HTMLButtonElement>(el, '#near button').find((b) => text(b) === 'Continuer')!.click();
      await waitFor('sorted by distance', () => text($(el, '.toolbar')).includes('Les plus proches de vous'));
      await settle(el);
      // The resident removes the place: near me alone, the shards within reach of their position.
      $$<HTMLButtonElement>(el, '.chip').find((c) => text(c).includes('Gatineau'))!.click();
      await settle(el);
      expect(cardNames(el)).to.deep.equal(['Clinique d’impôts de l’Est de l’Outaouais', 'Banque alimentaire de la Frontière', 'Ligne Aide Abus Aînés']);
      expect(text($$(el, '.card')[1]!.querySelector('[part="distance"]'))).to.match(/^À 2\d km$/);
      expect(served.fetched).to.deep.equal(['outaouais.json', 'estrie.json']);
      await expectAccessible(el);
    });

    it('says it in English to an English reader: "Loading other regions… 2 of 3"', async () => {
      const el = await finder('kamouraska', 'en');
      const release = served.hold('outaouais.json');
      $$<HTMLButtonElement>(el, '.chip')[0]!.click();
      await waitFor('two regions of three ready', () => status(el) === 'Loading other regions… 2 of 3');
      expect(cardNames(el)).to.have.length(3);
      release();
      await settle(el);
      expect(status(el)).to.equal('5 resources');
    });
  });
}
