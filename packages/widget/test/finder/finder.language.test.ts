import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import { DOWNLOADED_LOCALES, INLINE_LOCALES, LANGUAGES, UI_LOCALES } from '../../src/languages.js';
import { importLocale } from '../../src/locale-loader.js';
import { sourceLocale, targetLocales } from '../../src/generated/locale-codes.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
let original: string;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => {
  net.use(http.get(FEED_URL, () => HttpResponse.json(feed)));
  original = location.href;
  // The host's own parameter, which the finder leaves alone.
  history.replaceState(null, '', `${location.pathname}?page=2`);
});
afterEach(() => {
  net.reset();
  history.replaceState(null, '', original);
  delete (navigator as { languages?: unknown }).languages;
});
after(() => setViewport({ width: 800, height: 600 }));

/** The browser's languages, as a resident set them. */
const browserSpeaks = (...languages: string[]) => Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
const offer = (el: Element) => $<HTMLButtonElement>(el, '[part="language-offer"]');
const params = () => Object.fromEntries(new URLSearchParams(location.search));

describe('<repere-finder>: the offer to switch to the browser’s language', () => {
  for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]] as const) {
    it(`offers French, in French, to a French browser on an English page, and switches only when asked (${label})`, async () => {
      await setViewport({ width, height });
      browserSpeaks('fr-CA', 'en');
      const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
      expect(el.renderedLocale, 'the page’s language stays').to.equal('en');
      expect(text($(el, 'label[for="q"]'))).to.equal('Search for a service');
      const button = offer(el)!;
      expect(text(button)).to.equal('Afficher en français');
      expect(button.getAttribute('lang')).to.equal('fr');
      const box = button.getBoundingClientRect();
      expect(box.height, 'a finger-sized target').to.be.at.least(44);
      expect(box.right, 'on screen').to.be.at.most(width);
      await expectAccessible(el);

      button.click();
      await settle(el);
      expect(text($(el, 'label[for="q"]'))).to.equal('Rechercher un service');
      expect(el.getAttribute('lang')).to.equal('fr');
      expect(offer(el), 'offered once: the choice is made').to.equal(null);
      expect(el.shadowRoot!.activeElement?.getAttribute('part'), 'focus is not lost').to.equal('language-switch');
    });
  }

  it('offers Arabic in Arabic, right to left, on a French page, from the keyboard', async () => {
    await setViewport({ width: 390, height: 844 });
    browserSpeaks('ar-MA', 'fr');
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    const button = offer(el)!;
    expect(text(button)).to.equal('عرض بالعربية');
    expect(button.getAttribute('dir')).to.equal('rtl');
    // Just before the search field in Tab order.
    $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(button);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    expect(el.renderedLocale).to.equal('ar');
  });

  it('offers nothing when the browser’s first language is the page’s, or one the finder does not speak', async () => {
    browserSpeaks('fr-FR', 'en');
    expect(offer(await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`))).to.equal(null);
    browserSpeaks('de-DE', 'en');
    expect(offer(await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`))).to.equal(null);
  });

  it('stops offering once the resident picked a language in the menu', async () => {
    browserSpeaks('es-MX');
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    expect(text(offer(el))).to.equal('Ver en español');
    const select = $<HTMLSelectElement>(el, '[part="language-switch"]')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(el);
    expect(offer(el)).to.equal(null);
  });

  it('remembers the choice in the address only with sync-url, and restores it from there', async () => {
    browserSpeaks('en-CA');
    const quiet = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    offer(quiet)!.click();
    await settle(quiet);
    expect(params()).to.deep.equal({ page: '2' });

    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" sync-url></repere-finder>`);
    offer(el)!.click();
    await settle(el);
    expect(params()).to.deep.equal({ page: '2', 'repere-lang': 'en' });
    await typeQuery(el, 'popote');
    expect(params()).to.deep.equal({ page: '2', 'repere-lang': 'en', 'repere-q': 'popote' });

    // A shared link, or a reload: the chosen language, and no offer.
    browserSpeaks('fr-CA');
    const again = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" sync-url></repere-finder>`);
    expect(again.renderedLocale).to.equal('en');
    expect(offer(again)).to.equal(null);
  });
});

describe('<repere-finder>: the language note tells the truth', () => {
  /** Each card's name, the language it is in, and its note, as shown. */
  const names = (el: Element) =>
    Object.fromEntries(
      $$(el, '.card .name').map((n) => {
        const span = n.querySelector('span[lang]')!;
        return [text(span), { lang: span.getAttribute('lang'), note: text(n.querySelector('.fallback')) }];
      }),
    );

  it('shows a Spanish reader who also reads English the English text, noted “En inglés”, at phone width', async () => {
    await setViewport({ width: 390, height: 844 });
    browserSpeaks('es-MX', 'en');
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="es"></repere-finder>`);
    const shown = names(el);
    expect(shown['Mental health listening line']).to.deep.equal({ lang: 'en', note: '(En inglés)' });
    // Only in French: says so.
    expect(shown['Popote roulante']).to.deep.equal({ lang: 'fr', note: '(Solo en francés)' });
    const note = $$(el, '.card .name .fallback')[0]!.getBoundingClientRect();
    expect(note.right, 'the note is on screen').to.be.at.most(390);
  });

  it('falls back on the feed’s own language for an Arabic reader, naming it', async () => {
    await setViewport({ width: 390, height: 844 });
    browserSpeaks('ar');
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="ar"></repere-finder>`);
    const shown = names(el);
    expect(shown['Ligne d\'écoute en santé mentale']).to.deep.equal({ lang: 'fr', note: '(باللغة الفرنسية)' });
    expect(shown['Homework help']!.note).to.equal('(متوفر باللغة الإنجليزية فقط)');
  });

  it('gives a reader of Spanish only the feed’s default language, noted « En francés »', async () => {
    browserSpeaks('es-MX');
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="es"></repere-finder>`);
    expect(names(el)['Ligne d\'écoute en santé mentale']).to.deep.equal({ lang: 'fr', note: '(En francés)' });
  });
});

describe('the interface languages', () => {
  it('have one table that names every language lit-localize.json translates to, and only those', async () => {
    const config = (await (await fetch('/packages/widget/lit-localize.json')).json()) as { sourceLocale: string; targetLocales: string[] };
    expect([...UI_LOCALES].sort()).to.deep.equal([config.sourceLocale, ...config.targetLocales].sort());
    expect([...UI_LOCALES].sort()).to.deep.equal([sourceLocale, ...targetLocales].sort());
    expect(INLINE_LOCALES).to.deep.equal(['fr', 'en']);
    for (const code of UI_LOCALES) {
      const { name, intl, offer } = LANGUAGES[code];
      expect(name && intl && offer, code).to.be.a('string');
      expect(Intl.getCanonicalLocales(intl), code).to.have.length(1);
    }
  });

  it('download each language that is not inline: the bundlers’ loader has a chunk for every one', async () => {
    expect([...DOWNLOADED_LOCALES]).to.deep.equal(UI_LOCALES.filter((l) => !INLINE_LOCALES.includes(l)));
    for (const code of DOWNLOADED_LOCALES) {
      const module = await importLocale(code);
      expect(module?.templates, code).to.be.an('object');
    }
    expect(await importLocale('xx')).to.equal(undefined);
  });
});
