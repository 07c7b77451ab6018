import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $$, fixture, text } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(feed))));
afterEach(() => net.reset());
after(() => setViewport({ width: 800, height: 600 }));

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);
/** Each card's name and its "Itinéraire" link, as a resident finds them. */
const directions = (el: Element) =>
  $$(el, '.card').map((card) => {
    const link = [...card.querySelectorAll('a')].find((a) => text(a).startsWith('Itinéraire'));
    return { name: text(card.querySelector('.name > span')), href: link?.getAttribute('href') ?? null };
  });

const OSM = 'https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}';

describe('<repere-finder>: directions links', () => {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]] as const) {
    it(`takes the host's OpenStreetMap template for the meal delivery's address (${label})`, async () => {
      await setViewport({ width, height });
      const el = await finder(`directions="${OSM}"`);
      const popote = directions(el).find((c) => c.name === 'Popote roulante')!;
      expect(popote.href).to.equal('https://www.openstreetmap.org/directions?route=%3B47.83%2C-69.53');
      const link = $$(el, 'a').find((a) => a.getAttribute('href') === popote.href)!;
      const box = link.getBoundingClientRect();
      expect(box.width, 'the link is on screen').to.be.greaterThan(0);
      expect(box.right, 'within the phone width').to.be.at.most(width);
      // The youth clinic has an address but no coordinates: a template that needs them gives no link.
      expect(directions(el).find((c) => c.name === 'Clinique jeunesse')!.href).to.equal(null);
    });
  }

  it('keeps Google Maps by default, to coordinates or else to the address', async () => {
    const el = await finder();
    const byName = Object.fromEntries(directions(el).map((c) => [c.name, c.href]));
    expect(byName['Popote roulante']).to.equal('https://www.google.com/maps/dir/?api=1&destination=47.83%2C-69.53');
    expect(byName['Clinique jeunesse']).to.equal(
      'https://www.google.com/maps/dir/?api=1&destination=575%2C%20avenue%20Martin%2C%20Saint-Pascal%20(QC)',
    );
  });

  it('URL-encodes the address it puts in a template', async () => {
    const el = await finder('directions="https://maps.example.org/search?q={address}&near={destination}"');
    const clinic = directions(el).find((c) => c.name === 'Clinique jeunesse')!;
    expect(clinic.href).to.equal(
      'https://maps.example.org/search?q=575%2C%20avenue%20Martin%2C%20Saint-Pascal%20(QC)&near=575%2C%20avenue%20Martin%2C%20Saint-Pascal%20(QC)',
    );
  });

  it('never puts an unsafe template in an href, and never shows the shelter', async () => {
    const el = await finder('directions="javascript:alert(\'{lat}\')"');
    expect(directions(el).map((c) => c.href).filter(Boolean)).to.deep.equal([]);
    expect($$(el, 'a').some((a) => /^javascript:/i.test(a.getAttribute('href') ?? ''))).to.equal(false);
    const shelter = await finder(`directions="${OSM}"`);
    expect(directions(shelter).find((c) => c.name.startsWith('Maison'))!.href).to.equal(null);
  });
});
