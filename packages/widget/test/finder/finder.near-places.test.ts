import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, expectAccessible, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import { restoreGeolocation } from '../support/geolocation.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

/** The tools feed with municipalities under its MRCs, as a feed adds them: regions with a parent and a centroid. */
const withMunicipalities = {
  ...toolsFeed,
  regions: [
    ...toolsFeed.regions,
    { id: 'la-pocatiere', name: 'La Pocatière', parent: 'kamouraska', centroid: { lat: 47.3653, lon: -70.0356 } },
    { id: 'saint-pascal', name: 'Saint-Pascal', parent: 'kamouraska', centroid: { lat: 47.5297, lon: -69.8031 } },
    { id: 'cacouna', name: 'Cacouna', parent: 'riviere-du-loup', centroid: { lat: 47.9167, lon: -69.5 } },
    { id: 'riviere-du-loup-ville', name: 'Rivière-du-Loup', parent: 'riviere-du-loup', centroid: { lat: 47.8336, lon: -69.5364 } },
  ],
};

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => {
  net.reset();
  restoreGeolocation();
});
after(() => setViewport({ width: 800, height: 600 }));

const open = async (feed: object, lang = 'fr') => {
  net.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
  const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="${lang}"></repere-finder>`);
  $<HTMLButtonElement>(el, '[part="near-button"]')!.click();
  await el.updateComplete;
  return el;
};
const select = (el: Element) => $<HTMLSelectElement>(el, '#near-region')!;
/** The picker as a resident reads it: each group's label and its options (indentation shown as "· "). */
const picker = (el: Element) =>
  [...select(el).children].map((child) =>
    child instanceof HTMLOptGroupElement
      ? { group: child.label, places: [...child.children].map((o) => o.textContent!.replace(/\u2003/g, '· ')) }
      : child.textContent,
  );
const filterBy = async (el: RepereFinder, typed: string) => {
  const field = $<HTMLInputElement>(el, '#near-filter')!;
  field.focus();
  field.value = typed;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
};

describe('<repere-finder>: near me, the places people live in', () => {
  it('groups the places: region, then each MRC followed by its municipalities, at phone width', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await open(withMunicipalities);
    expect(picker(el)).to.deep.equal([
      '—',
      { group: 'Bas-Saint-Laurent', places: ['Kamouraska', '· La Pocatière', '· Saint-Pascal', 'Rivière-du-Loup', '· Cacouna', '· Rivière-du-Loup'] },
    ]);
    const box = select(el).getBoundingClientRect();
    expect(box.right, 'the list fits the phone').to.be.at.most(390);
    await expectAccessible(el);
  });

  it('narrows the list as the resident types, accents and case aside, then sorts from the chosen town', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await open(withMunicipalities);
    await filterBy(el, 'POCA');
    expect(picker(el)).to.deep.equal(['—', { group: 'Bas-Saint-Laurent', places: ['La Pocatière'] }]);
    // From the keyboard: Tab to the list, pick the town.
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(select(el));
    select(el).value = 'la-pocatiere';
    select(el).dispatchEvent(new Event('change'));
    await settle(el);
    expect(text($(el, '[part="chip"]'))).to.contain('Les plus proches de La Pocatière');
    // Opened again: the whole list, the chosen town selected.
    $<HTMLButtonElement>(el, '[part="near-button"]')!.click();
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#near-filter')!.value).to.equal('');
    expect(select(el).value).to.equal('la-pocatiere');
    expect(select(el).options).to.have.length(7);
  });

  it('says when nothing matches what was typed', async () => {
    const el = await open(withMunicipalities, 'en');
    await filterBy(el, 'Montréal');
    expect(picker(el)).to.deep.equal(['—']);
    expect(text($(el, '#near p.hint[role="status"]'))).to.equal('No municipality matches.');
  });

  it('offers La Pocatière and Saint-Pascal in the demo feed, under Kamouraska', async () => {
    const demo = await (await fetch('/examples/data/demo-feed.json')).json();
    const el = await open(demo);
    const bsl = picker(el).find((g) => typeof g === 'object' && g?.group === 'Bas-Saint-Laurent') as { places: string[] };
    const kamouraska = bsl.places.indexOf('Kamouraska');
    expect(bsl.places.slice(kamouraska, kamouraska + 5)).to.deep.equal(['Kamouraska', '· Kamouraska', '· La Pocatière', '· Saint-Alexandre-de-Kamouraska', '· Saint-Pascal']);
    await filterBy(el, 'rimouski');
    expect(picker(el)).to.deep.equal(['—', { group: 'Bas-Saint-Laurent', places: ['Rimouski-Neigette', 'Rimouski'] }]);
  });
});
