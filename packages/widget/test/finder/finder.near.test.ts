import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import { mockGeolocation, restoreGeolocation } from '../support/geolocation.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import type { RepereSearchEvent } from '../../src/events/repere-search.js';

let net: MockNetwork;
const requests: string[] = [];
before(async () => {
  net = await startNetwork();
});
beforeEach(() => {
  requests.length = 0;
  net.use(
    http.get(FEED_URL, () => HttpResponse.json(toolsFeed)),
    http.all('*', ({ request }) => void requests.push(request.url)),
  );
});
afterEach(() => {
  net.reset();
  restoreGeolocation();
});

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);
const nearButton = (el: Element) => $<HTMLButtonElement>(el, '[part="near-button"]')!;
const panelButton = (el: Element, label: string) => $$<HTMLButtonElement>(el, '#near button').find((b) => text(b) === label)!;
const distances = (el: Element) => $$(el, '.card').map((c) => text(c.querySelector('[part="distance"]')) || null);
const tick = () => new Promise((r) => setTimeout(r, 20));

describe('<repere-finder>: near me', () => {
  it('explains before the browser asks, and asks only on Continue', async () => {
    const geo = mockGeolocation({ lat: 47.831, lon: -69.531 });
    const el = await finder();
    nearButton(el).click();
    await el.updateComplete;
    const panel = $(el, '#near')!;
    expect(nearButton(el).getAttribute('aria-expanded')).to.equal('true');
    expect(text(panel)).to.contain('Votre position reste sur cet appareil');
    expect(text(panel)).to.contain("n’est jamais envoyée ni enregistrée");
    expect(geo.calls).to.equal(0);
    await expectAccessible(el);
    panelButton(el, 'Continuer').click();
    await tick();
    await settle(el);
    expect(geo.calls).to.equal(1);
    expect($(el, '#near')).to.equal(null);
    // Rivière-du-Loup first; the confidential shelter and places without coordinates last, with no distance.
    expect(cardNames(el).slice(0, 2)).to.deep.equal(['Popote roulante', 'Halte de nuit']);
    expect(distances(el)[0]).to.match(/^À \d+,\d km$/);
    const havre = $$(el, '.card').find((c) => text(c).includes('Le Havre'))!;
    expect(havre.querySelector('[part="distance"]')).to.equal(null);
    expect(text($(el, '.toolbar'))).to.contain('Les plus proches de vous');
    expect(el.shadowRoot!.activeElement).to.equal(nearButton(el));
    await expectAccessible(el);
  });

  it('never sends the position: no request, nothing in the address or in repere-search', async () => {
    mockGeolocation({ lat: 47.831, lon: -69.531 });
    const el = await finder('sync-url');
    const details: unknown[] = [];
    el.addEventListener('repere-search', (e: RepereSearchEvent) => details.push(e.detail));
    const before = location.href;
    requests.length = 0;
    nearButton(el).click();
    await el.updateComplete;
    panelButton(el, 'Continuer').click();
    await tick();
    await settle(el);
    expect(requests).to.deep.equal([]);
    expect(JSON.stringify(details)).to.not.match(/47\.8|69\.5|lat|lon/);
    expect(location.href).to.not.match(/47\.8|69\.5/);
    history.replaceState(history.state, '', before);
  });

  it('says clearly when the resident refuses, and leaves the order alone', async () => {
    const geo = mockGeolocation({ code: 1 });
    const el = await finder();
    const order = cardNames(el);
    nearButton(el).click();
    await el.updateComplete;
    panelButton(el, 'Continuer').click();
    await tick();
    await el.updateComplete;
    expect(geo.calls).to.equal(1);
    expect(text($(el, '#near [role="status"]'))).to.equal("Votre position n’a pas été partagée. Vous pouvez plutôt choisir votre municipalité.");
    expect(cardNames(el)).to.deep.equal(order);
    expect(distances(el).every((d) => d === null)).to.equal(true);
    await expectAccessible(el);
  });

  it('says so when the position cannot be found (in English)', async () => {
    mockGeolocation({ code: 3 });
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    nearButton(el).click();
    await el.updateComplete;
    panelButton(el, 'Continue').click();
    await tick();
    await el.updateComplete;
    expect(text($(el, '#near [role="status"]'))).to.equal('Your position could not be found. You can choose your municipality instead.');
  });

  it('sorts from a municipality’s centroid without asking the browser', async () => {
    const geo = mockGeolocation({ lat: 0, lon: 0 });
    const el = await finder();
    nearButton(el).click();
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#near select')!;
    expect([...select.options].map((o) => o.text)).to.deep.equal(['—', 'Kamouraska', 'Rivière-du-Loup']);
    select.value = 'kamouraska';
    select.dispatchEvent(new Event('change'));
    await settle(el);
    expect(geo.calls).to.equal(0);
    expect(cardNames(el)[0]).to.equal('Clinique jeunesse');
    expect(text($(el, '.toolbar'))).to.contain('Les plus proches de Kamouraska');
    // The chip stops sorting by distance.
    $$<HTMLButtonElement>(el, '.toolbar .chip').find((c) => text(c).includes('Kamouraska'))!.click();
    await settle(el);
    expect(distances(el).every((d) => d === null)).to.equal(true);
  });

  it('Cancel closes the explanation, asks nothing and returns focus', async () => {
    const geo = mockGeolocation({ lat: 0, lon: 0 });
    const el = await finder();
    nearButton(el).click();
    await el.updateComplete;
    panelButton(el, 'Annuler').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#near')).to.equal(null);
    expect(geo.calls).to.equal(0);
    expect(el.shadowRoot!.activeElement).to.equal(nearButton(el));
  });

  it('works from the keyboard: Enter on « Près de moi », Tab to Continuer, Enter', async () => {
    mockGeolocation({ lat: 47.56, lon: -69.87 });
    const el = await finder();
    nearButton(el).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let i = 0; i < 6 && text(el.shadowRoot!.activeElement) !== 'Continuer'; i++) await sendKeys({ press: 'Tab' });
    expect(text(el.shadowRoot!.activeElement)).to.equal('Continuer');
    await sendKeys({ press: 'Enter' });
    await tick();
    await settle(el);
    expect(cardNames(el)[0]).to.equal('Clinique jeunesse');
  });
});
