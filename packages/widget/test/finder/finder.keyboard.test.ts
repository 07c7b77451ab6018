import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(feed))));
afterEach(() => net.reset());

const active = (el: RepereFinder) => el.shadowRoot!.activeElement as HTMLElement | null;

/** Presses Tab until `done` holds (at most `max` times); returns the presses. */
async function tabUntil(el: RepereFinder, done: (focused: HTMLElement | null) => boolean, max = 30): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await sendKeys({ press: 'Tab' });
    const focused = active(el);
    // Every stop shows a visible focus indicator.
    if (focused) expect(focused.matches(':focus-visible'), `${focused.outerHTML.slice(0, 80)} shows focus`).to.equal(true);
    if (done(focused)) return i;
  }
  throw new Error('not reached by keyboard');
}

describe('<repere-finder>: keyboard only', () => {
  it('goes from the search field to a phone link, by typing and Tab', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'popote' });
    await settle(el);
    expect(text($(el, '[role="status"]'))).to.equal('1 ressource');
    // The crisis banner's lines come first; then the card's phone.
    await tabUntil(el, (f) => f?.getAttribute('part') === 'phone-link');
    expect(active(el)!.getAttribute('href')).to.equal('tel:4185550199,2');
    expect(text(active(el))).to.contain('418 555-0199');
  });

  it('opens a card’s details with Enter', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ type: 'popote' });
    await settle(el);
    await tabUntil(el, (f) => f?.getAttribute('part') === 'details-button');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '.details table'))).to.contain('8 h 30');
  });

  it('opens the filters, ticks one with Space, and closes them with Escape', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await tabUntil(el, (f) => f?.getAttribute('part') === 'filters-toggle');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('true');
    await tabUntil(el, (f) => f instanceof HTMLInputElement && text(f.closest('label')).startsWith('Kamouraska'));
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(text($(el, '[role="status"]'))).to.equal('3 ressources');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(active(el)!.getAttribute('part')).to.equal('filters-toggle');
    expect(active(el)!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('switches language from the keyboard', async () => {
    // A French browser on a French page: no offer to switch sits between the menu and the field.
    Object.defineProperty(navigator, 'languages', { value: ['fr-CA'], configurable: true });
    try {
      const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(active(el)!.getAttribute('part')).to.equal('language-switch');
      // The language menu is a native select: the arrow keys pick the next language (English, after Français).
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(text($(el, 'label[for="q"]'))).to.equal('Search for a service');
      expect(active(el)!.getAttribute('part')).to.equal('language-switch');
    } finally {
      delete (navigator as { languages?: unknown }).languages;
    }
  });
});
