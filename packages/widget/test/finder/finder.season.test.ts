import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

/** A tax clinic open on Saturdays in March and April 2027 only. */
const taxClinic = {
  id: 'impots',
  name: { fr: 'Clinique d’impôts bénévole', en: 'Volunteer tax clinic' },
  description: { fr: 'Déclarations de revenus gratuites pour les personnes à faible revenu.', en: 'Free tax returns for people with a low income.' },
  categories: ['sante'],
  regions: ['kamouraska'],
  phones: [{ number: '418 555-0160' }],
  hours: [{ days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01', validTo: '2027-04-30' }],
};
const seasonalFeed = { ...toolsFeed, resources: [...toolsFeed.resources, taxClinic] };

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(seasonalFeed))));
afterEach(() => net.reset());
after(() => setViewport({ width: 800, height: 600 }));

const at = (iso: string, lang = 'fr') =>
  fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="${lang}"></repere-finder>`, (el) => (el.now = new Date(iso)));
const clinicStatus = async (el: RepereFinder) => {
  await typeQuery(el, 'impôts');
  expect(cardNames(el)[0]).to.equal('Clinique d’impôts bénévole');
  return text($(el, '.card [part="open-status"]'));
};

/** Opens the filters and picks « Ouvert maintenant » or « Ouvert au moment que je choisis ». */
async function chooseOpen(el: RepereFinder, which: 'now' | 'at'): Promise<void> {
  $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
  await el.updateComplete;
  $$<HTMLInputElement>(el, 'input[name="open"]')[which === 'now' ? 1 : 2]!.click();
  await settle(el);
}

describe('<repere-finder>: seasonal hours', () => {
  it('tells a resident in December that the tax clinic opens in March, at phone width', async () => {
    await setViewport({ width: 390, height: 844 });
    // Saturday 5 December 2026, 10:00 in Québec: a Saturday, but out of season.
    const el = await at('2026-12-05T15:00:00Z');
    expect(await clinicStatus(el)).to.equal('Fermé, ouvre en mars');
    const status = $(el, '.card [part="open-status"]')!.getBoundingClientRect();
    expect(status.right, 'on screen').to.be.at.most(390);
    // Its details show the season beside the hours.
    $<HTMLButtonElement>(el, '.card [part="details-button"]')!.click();
    await el.updateComplete;
    const saturday = $$(el, '.card table.hours tr').find((row) => text(row.querySelector('th')) === 'samedi')!;
    expect(text(saturday.querySelector('td'))).to.equal('9 h 00 – 17 h 00 (1 mars – 30 avril)');
    await expectAccessible(el);
  });

  it('says it in English too', async () => {
    const el = await at('2026-12-05T15:00:00Z', 'en');
    await typeQuery(el, 'tax clinic');
    expect(text($(el, '.card [part="open-status"]'))).to.equal('Closed, opens in March');
  });

  it('is open on a Saturday in season, and « Ouvert maintenant » keeps it only then', async () => {
    await setViewport({ width: 390, height: 844 });
    // Saturday 6 March 2027, 10:00.
    const inSeason = await at('2027-03-06T15:00:00Z');
    expect(await clinicStatus(inSeason)).to.equal('Ouvert maintenant, jusqu’à 17 h 00');

    for (const [iso, kept] of [['2027-03-06T15:00:00Z', true], ['2026-12-05T15:00:00Z', false]] as const) {
      const el = await at(iso);
      await chooseOpen(el, 'now');
      expect(cardNames(el).includes('Clinique d’impôts bénévole'), iso).to.equal(kept);
    }
  });

  it('counts the season in « open at »: not on a December Saturday, yes on a March one', async () => {
    for (const [iso, kept] of [['2026-12-02T15:00:00Z', false], ['2027-03-03T15:00:00Z', true]] as const) {
      const el = await at(iso);
      await chooseOpen(el, 'at');
      const day = $<HTMLSelectElement>(el, '.open-at select')!;
      day.value = 'sa';
      day.dispatchEvent(new Event('change'));
      await settle(el);
      const time = $<HTMLInputElement>(el, '.open-at input[type="time"]')!;
      time.value = '10:00';
      time.dispatchEvent(new Event('change'));
      await settle(el);
      expect(cardNames(el).includes('Clinique d’impôts bénévole'), iso).to.equal(kept);
    }
  });
});
