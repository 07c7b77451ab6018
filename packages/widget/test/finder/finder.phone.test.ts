import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys, sendMouse, resetMouse, setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import type { RepereExitEvent } from '../../src/events/repere-exit.js';

const NOW = new Date('2025-01-15T12:00:00Z');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(toolsFeed))));
afterEach(async () => {
  net.reset();
  window.scrollTo(0, 0);
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
});

const finder = (attrs = '') =>
  fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`, (el) => (el.now = NOW));
const active = (el: RepereFinder) => el.shadowRoot!.activeElement as HTMLElement | null;
/** Waits for the element's size to be observed (the sheet follows it) and for the render that follows. */
const layout = async (el: RepereFinder) => {
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
};
const inViewport = (node: Element, vp: { width: number; height: number }) => {
  const r = node.getBoundingClientRect();
  return r.top >= 0 && r.left >= 0 && r.bottom <= vp.height && r.right <= vp.width && r.height > 0;
};

for (const vp of [PHONE, DESKTOP]) {
  describe(`<repere-finder> at ${vp.width}×${vp.height}: quick exit stays in reach`, () => {
    beforeEach(() => setViewport(vp));

    it('keeps « Quitter rapidement » on screen after scrolling past three cards, and a tap there leaves', async () => {
      const el = await finder('quick-exit="https://www.google.com/search?q=meteo"');
      const urls: string[] = [];
      el.addEventListener('repere-exit', (e: RepereExitEvent) => {
        urls.push(e.detail.url);
        e.preventDefault();
      });
      const cards = $$(el, '.card');
      expect(cards.length).to.be.at.least(4);
      // The fourth card at the top of the screen: the heading and three cards are above it.
      window.scrollBy(0, cards[3]!.getBoundingClientRect().top);
      expect($(el, '.title')!.getBoundingClientRect().bottom, 'the heading scrolled away').to.be.below(0);
      const exit = $<HTMLButtonElement>(el, '[part="quick-exit"]')!;
      expect(inViewport(exit, vp), 'the button is on screen').to.equal(true);
      const box = exit.getBoundingClientRect();
      expect(box.height).to.be.at.least(44);
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      // Nothing covers it: what is under the finger is the button.
      expect(el.shadowRoot!.elementFromPoint(x, y)?.closest('[part="quick-exit"]')).to.equal(exit);
      await sendMouse({ type: 'click', position: [x, y] });
      expect(urls).to.deep.equal(['https://www.google.com/search?q=meteo']);
    });
  });
}

describe('<repere-finder> at 390×844: filters as a sheet', () => {
  beforeEach(() => setViewport(PHONE));

  const openFilters = async (el: RepereFinder) => {
    await layout(el);
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await layout(el);
    return $<HTMLDialogElement>(el, 'dialog#filters')!;
  };

  it('opens the filters as a dialog on screen, with « Voir 4 ressources » in reach', async () => {
    const el = await finder();
    const sheet = await openFilters(el);
    expect(sheet, 'a dialog').to.not.equal(null);
    expect(sheet.open).to.equal(true);
    expect(sheet.matches(':modal')).to.equal(true);
    expect($(el, '[part="filters-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(sheet.querySelector('.sheet-title'))).to.equal('Filtres');
    const show = sheet.querySelector<HTMLButtonElement>('.sheet-close')!;
    expect(text(show)).to.equal(`Voir ${text($(el, '[role="status"]'))}`);
    expect(inViewport(sheet, PHONE), 'the sheet fits the screen').to.equal(true);
    expect(inViewport(show, PHONE), 'its button is on screen').to.equal(true);
    await expectAccessible(el);
  });

  it('ticks a filter, then « Voir 3 ressources » closes the sheet on the results, focus back on Filtres', async () => {
    const el = await finder();
    const sheet = await openFilters(el);
    const kamouraska = $$<HTMLInputElement>(el, 'dialog input[type="checkbox"]').find((i) => text(i.closest('label')).startsWith('Kamouraska'))!;
    kamouraska.click();
    await settle(el);
    const show = sheet.querySelector<HTMLButtonElement>('.sheet-close')!;
    expect(text(show)).to.equal('Voir 3 ressources');
    show.focus();
    await sendKeys({ press: 'Enter' });
    await layout(el);
    expect(sheet.open).to.equal(false);
    const toggle = $(el, '[part="filters-toggle"]')!;
    expect(active(el)).to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('Filtres (1)');
  });

  it('closes the sheet with Escape, focus back on Filtres', async () => {
    const el = await finder();
    const sheet = await openFilters(el);
    await sendKeys({ press: 'Tab' });
    expect(sheet.contains(active(el)), 'focus is in the sheet').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await layout(el);
    expect(sheet.open).to.equal(false);
    expect(active(el)?.getAttribute('part')).to.equal('filters-toggle');
    expect(active(el)?.getAttribute('aria-expanded')).to.equal('false');
  });

  it('keeps the filters a panel in the page on a desktop', async () => {
    await setViewport(DESKTOP);
    const el = await finder();
    await layout(el);
    $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
    await layout(el);
    expect($(el, 'dialog')).to.equal(null);
    expect($(el, '#filters')!.hidden).to.equal(false);
    expect($(el, '#filters')!.getAttribute('role')).to.equal('group');
  });
});

for (const vp of [PHONE, DESKTOP]) {
  describe(`<repere-finder> at ${vp.width}×${vp.height}: Escape closes « Près de moi » and « Ma liste »`, () => {
    beforeEach(() => setViewport(vp));

    for (const [name, part, panel] of [
      ['Près de moi', 'near-button', '#near'],
      ['Ma liste', 'list-toggle', '#mylist'],
    ] as const) {
      it(`${name}: Escape in the panel closes it, aria-expanded false, focus on its button`, async () => {
        const el = await finder();
        const toggle = $<HTMLButtonElement>(el, `[part="${part}"]`)!;
        toggle.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggle.getAttribute('aria-expanded')).to.equal('true');
        expect($(el, panel)).to.not.equal(null);
        await expectAccessible(el);
        // Into the panel, then Escape.
        $(el, panel)!.querySelector<HTMLElement>('button, select, a')?.focus();
        await sendKeys({ press: 'Escape' });
        await el.updateComplete;
        expect($(el, panel)).to.equal(null);
        expect(active(el)).to.equal(toggle);
        expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      });
    }
  });
}

for (const vp of [PHONE, DESKTOP]) {
  describe(`<repere-finder> at ${vp.width}×${vp.height}: « Afficher plus de résultats »`, () => {
    beforeEach(() => setViewport(vp));

    it('moves focus to the first new card and announces which results are shown', async () => {
      const el = await finder('limit="2"');
      expect($$(el, '.card').length).to.equal(2);
      const total = Number(/\d+/.exec(text($(el, '[role="status"]')))![0]);
      const more = $<HTMLButtonElement>(el, '[part="more-button"]')!;
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      const cards = $$(el, '.card');
      expect(cards.length).to.equal(4);
      const focused = active(el)!;
      expect(focused.localName).to.equal('article');
      expect(cards[2]!.contains(focused), 'the third card, the first new one, has focus').to.equal(true);
      expect(focused.getAttribute('aria-labelledby')).to.equal('r2-name');
      expect(inViewport(focused.querySelector('.name')!, vp), 'its name is on screen').to.equal(true);
      expect(text($(el, '[role="status"]'))).to.equal(`Résultats 3 à 4 sur ${total}`);
      await expectAccessible(el);
      // A new search says the count again.
      $<HTMLButtonElement>(el, '[part="filters-toggle"]')!.click();
      await el.updateComplete;
      await layout(el);
      $$<HTMLInputElement>(el, '#filters input[type="checkbox"]').find((i) => text(i.closest('label')).startsWith('Kamouraska'))!.click();
      await settle(el);
      expect(text($(el, '[role="status"]'))).to.equal('3 ressources');
    });
  });
}
