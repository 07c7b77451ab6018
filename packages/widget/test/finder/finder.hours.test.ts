import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(toolsFeed))));
afterEach(() => net.reset());

const at = (iso: string) => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`, (el) => (el.now = new Date(iso)));
const badge = async (el: RepereFinder, query: string) => {
  await typeQuery(el, query);
  return text($(el, '.card [part="open-status"]'));
};

describe('<repere-finder>: open now, open at', () => {
  it('reads hours past midnight: open Saturday at 1 a.m. from Friday evening', async () => {
    // Saturday 18 January 2025, 01:00 in Québec (EST).
    const el = await at('2025-01-18T06:00:00Z');
    expect(await badge(el, 'halte nuit')).to.match(/^Ouvert maintenant, jusqu’à 2 h/);
  });

  it('says « Ouvert maintenant » for all-day hours', async () => {
    const el = await at('2025-01-18T06:00:00Z');
    expect(await badge(el, 'ecoute')).to.equal('Ouvert maintenant');
  });

  it('keeps a closed date closed, and says when it opens next', async () => {
    // Friday 25 December 2026, 21:00 (EST): closed for Christmas; opens Saturday at 20:00.
    const el = await at('2026-12-26T02:00:00Z');
    expect(await badge(el, 'halte nuit')).to.equal('Fermé, ouvre demain à 20 h 00');
  });

  it('follows daylight-saving time in the feed’s time zone', async () => {
    // 12:45 UTC is 7:45 EST on Friday 7 March 2025, and 8:45 EDT on Monday 10 March 2025.
    const before = await at('2025-03-07T12:45:00Z');
    expect(await badge(before, 'popote')).to.equal('Fermé, ouvre à 8 h 30');
    const after = await at('2025-03-10T12:45:00Z');
    expect(await badge(after, 'popote')).to.equal('Ouvert maintenant, jusqu’à 16 h 30');
  });

  it('says « ouvre demain à 8 h 30 » in the evening', async () => {
    // Tuesday 14 January 2025, 22:00 (EST).
    const el = await at('2025-01-15T03:00:00Z');
    expect(await badge(el, 'popote')).to.equal('Fermé, ouvre demain à 8 h 30');
  });

  it('filters on a chosen day and time (Saturday 21:00), with a removable chip', async () => {
    const el = await at('2025-01-15T12:00:00Z');
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await el.updateComplete;
    const radios = $$<HTMLInputElement>(el, 'input[name="open"]');
    expect(radios.map((r) => text(r.closest('label')).replace(/\s*\(\d+\)$/, ''))).to.deep.equal(['N’importe quand', 'Ouvert maintenant', 'Ouvert au moment que je choisis']);
    radios[2]!.click();
    await settle(el);
    const day = $<HTMLSelectElement>(el, '.open-at select')!;
    expect(day.options[0]!.text).to.equal('Aujourd’hui (mercredi)');
    expect(day.options[1]!.text).to.equal('Demain (jeudi)');
    day.value = 'sa';
    day.dispatchEvent(new Event('change'));
    await settle(el);
    const time = $<HTMLInputElement>(el, '.open-at input[type="time"]')!;
    time.value = '21:00';
    time.dispatchEvent(new Event('change'));
    await settle(el);
    expect(cardNames(el).sort()).to.deep.equal(['Halte de nuit', "Ligne d'écoute en santé mentale"]);
    const chip = $$<HTMLButtonElement>(el, '.active-filters .chip').find((c) => text(c).includes('samedi'))!;
    expect(text(chip)).to.contain('Ouvert samedi à 21 h 00');
    await expectAccessible(el);
    chip.click();
    await settle(el);
    expect(cardNames(el)).to.have.length(6);
  });
});
