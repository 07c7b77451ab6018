// `needs-endpoint`: the finder sends what residents look for as countable
// facts, and nothing a resident could be recognized by.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { checkNeedsBatch, type NeedsBatch } from '@repere/sdk';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { fixture, typeQuery } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import { needsUrl } from '../../src/finder/needs-beacon.js';

const ENDPOINT = 'https://needs.example.org/collect';

/** Hostile queries: names, phone numbers, addresses, e-mails, a disclosure with an address. */
const HOSTILE = [
  'Jean Tremblay',
  'chez Marie-Ève Gagnon',
  '418-555-0199',
  'jean.tremblay@example.org',
  'mon mari me bat à 12 rue des Érables',
  '45 rang Saint-Joseph',
  'rue Principale',
  'G0R 1Z0',
];
/** Words of those queries that must never leave the page. */
const NEVER = /\d|@|\b(?:jean|tremblay|marie|eve|gagnon|mari|bat|rue|rang|saint|joseph|erables|principale|example|org|chez|des)\b/i;

let net: MockNetwork;
let beacons: { url: string; body: string }[];
const realBeacon = navigator.sendBeacon;
before(async () => {
  net = await startNetwork();
  // Loaded once beforehand, as a page would have it by the time the resident leaves.
  await import('../../src/engine/engine.worker.js');
});
beforeEach(() => {
  net.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
  beacons = [];
  navigator.sendBeacon = (url: string | URL, body?: BodyInit | null) => {
    beacons.push({ url: String(url), body: String(body) });
    return true;
  };
});
afterEach(() => {
  net.reset();
  navigator.sendBeacon = realBeacon;
  delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
});

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);
/** Lets the lazily loaded facts be computed, then leaves the page. */
async function leave(): Promise<void> {
  await new Promise((r) => setTimeout(r, 50));
  window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
}
/** Each query as its own search, as a resident who clears the field and types again. */
async function searchEach(el: RepereFinder, queries: readonly string[]): Promise<void> {
  for (const q of queries) {
    await typeQuery(el, '');
    await typeQuery(el, q);
  }
}

describe('<repere-finder needs-endpoint>: what residents look for, privately', () => {
  it('sends nothing when the host did not set needs-endpoint', async () => {
    const el = await finder();
    await searchEach(el, ['popote', 'dentiste']);
    await leave();
    expect(beacons).to.deep.equal([]);
  });

  it('sends one batch when the page is left: the day, the language and the food a resident looked for', async () => {
    const el = await finder(`needs-endpoint="${ENDPOINT}"`);
    await searchEach(el, ['popote']);
    await leave();
    expect(beacons).to.have.length(1);
    expect(beacons[0]!.url).to.equal(ENDPOINT);
    const batch = JSON.parse(beacons[0]!.body) as NeedsBatch;
    expect(checkNeedsBatch(batch).ok).to.equal(true);
    expect(batch.day).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(batch.searches.find((s) => s.categories.includes('alimentation'))).to.include({ lang: 'fr', results: '1-5', distress: false });
    expect(beacons[0]!.body).not.to.contain('popote');
  });

  it('sends no raw text, identifier or position for hostile queries', async () => {
    const el = await finder(`needs-endpoint="${ENDPOINT}"`);
    await searchEach(el, HOSTILE);
    await leave();
    expect(beacons).to.have.length(1);
    const { body } = beacons[0]!;
    const batch = JSON.parse(body) as NeedsBatch;
    expect(checkNeedsBatch(batch).ok).to.equal(true);
    expect(batch.searches.length).to.be.greaterThan(0);
    expect(batch.searches).to.have.length(HOSTILE.length);
    for (const s of batch.searches) expect([...s.regions, ...s.categories, ...(s.tokens ?? [])].join(' '), body).not.to.match(NEVER);
    expect(body).not.to.match(/lat|lon|cookie|id"/i);
    // The disclosure is counted as distress, without its words.
    expect(batch.searches.some((s) => s.distress)).to.equal(true);
  });

  it('sends the safe words of a search that found nothing, for the directory\'s keepers', async () => {
    const el = await finder(`needs-endpoint="${ENDPOINT}"`);
    await searchEach(el, ['orthophoniste']);
    await leave();
    const batch = JSON.parse(beacons[0]!.body) as NeedsBatch;
    expect(batch.searches).to.deep.include({ lang: 'fr', regions: [], categories: [], results: '0', distress: false, filters: [], tokens: ['orthophoniste'] });
  });

  it('counts a word typed letter by letter once, not once per pause', async () => {
    const el = await finder(`needs-endpoint="${ENDPOINT}"`);
    await typeQuery(el, 'popo');
    await typeQuery(el, 'popote');
    await leave();
    expect(JSON.parse(beacons[0]!.body).searches).to.have.length(1);
  });

  it('sends nothing when the browser sends Global Privacy Control', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    const el = await finder(`needs-endpoint="${ENDPOINT}"`);
    await searchEach(el, ['popote']);
    await leave();
    expect(beacons).to.deep.equal([]);
  });

  it('sends only to https: or to this machine', () => {
    expect(needsUrl('https://needs.example.org/c', location.href)).to.equal('https://needs.example.org/c');
    expect(needsUrl('http://localhost:8123/needs', location.href)).to.equal('http://localhost:8123/needs');
    for (const bad of ['http://tracker.example.com/c', 'javascript:alert(1)', 'https://user:pw@example.org/', '', null])
      expect(needsUrl(bad, 'https://city.example.org/'), String(bad)).to.equal(undefined);
  });
});
