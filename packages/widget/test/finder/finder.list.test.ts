import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';
import { storageKey } from '../../src/finder/list-store.js';

// Wednesday 15 January 2025, 07:00 in Québec.
const NOW = new Date('2025-01-15T12:00:00Z');
const KEY = storageKey(FEED_URL);

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(toolsFeed))));
afterEach(() => {
  net.reset();
  localStorage.removeItem(KEY);
});

const finder = (attrs = '') =>
  fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`, (el) => (el.now = NOW));
const button = (el: Element, label: string) => $$<HTMLButtonElement>(el, 'button').find((b) => text(b).startsWith(label));
const card = (el: Element, name: string) => $$(el, '.card').find((c) => text(c.querySelector('.name')).startsWith(name))!;
const addToList = async (el: RepereFinder, name: string) => {
  card(el, name).querySelector<HTMLButtonElement>('[part="list-button"]')!.click();
  await el.updateComplete;
};
const openList = async (el: RepereFinder) => {
  $<HTMLButtonElement>(el, '[part="list-toggle"]')!.click();
  await el.updateComplete;
};
const listNames = (el: Element) => $$(el, '#mylist h4').map((h) => text(h));

describe('<repere-finder>: My list', () => {
  it('adds and removes resources from the cards, with the count on the toolbar', async () => {
    const el = await finder();
    expect(text($(el, '[part="list-toggle"]'))).to.equal('Ma liste (0)');
    await addToList(el, 'Popote roulante');
    await addToList(el, "Ligne d'écoute");
    expect(text($(el, '[part="list-toggle"]'))).to.equal('Ma liste (2)');
    expect(text(card(el, 'Popote roulante').querySelector('[part="list-button"]'))).to.equal('Retirer de ma liste');
    await addToList(el, 'Popote roulante');
    expect(text($(el, '[part="list-toggle"]'))).to.equal('Ma liste (1)');
    expect(text(card(el, 'Popote roulante').querySelector('[part="list-button"]'))).to.equal('Ajouter à ma liste');
  });

  it('shows phones, addresses, hours and the date in the list, never a confidential address', async () => {
    const el = await finder();
    await addToList(el, 'Popote roulante');
    await addToList(el, 'Maison d’hébergement');
    await openList(el);
    const panel = $(el, '#mylist')!;
    expect(listNames(el)).to.deep.equal(['Popote roulante', 'Maison d’hébergement Le Havre']);
    expect(text(panel)).to.contain('Liste du 15 janvier 2025');
    expect(text(panel)).to.contain('418 555-0199 poste 2');
    expect(text(panel)).to.contain('12, rue Lafontaine, Rivière-du-Loup (QC), G5R 3A1');
    expect(text(panel)).to.contain('lun., mar., mer., jeu., ven. : 8 h 30 – 16 h 30');
    expect(text(panel)).to.contain('Adresse confidentielle');
    expect(text(panel)).to.not.contain('Secret');
    expect(panel.querySelector('a[href="tel:18005550111"]')).to.not.equal(null);
    expect(text(panel)).to.contain('disparaît quand vous fermez ou rechargez la page');
    await expectAccessible(el);
  });

  it('is kept in memory only by default: nothing in storage, and a new finder starts empty', async () => {
    const before = Object.keys(localStorage).length;
    const el = await finder();
    await addToList(el, 'Popote roulante');
    expect(Object.keys(localStorage).length).to.equal(before);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('repere'))).to.deep.equal([]);
    const other = await finder();
    expect(text($(other, '[part="list-toggle"]'))).to.equal('Ma liste (0)');
  });

  it('with persist-list, keeps the list in localStorage under a namespaced key, for the next visit', async () => {
    const el = await finder('persist-list');
    await addToList(el, 'Popote roulante');
    expect(KEY).to.match(/^repere:list:[0-9a-z]+$/);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['popote']);
    const next = await finder('persist-list');
    expect(text($(next, '[part="list-toggle"]'))).to.equal('Ma liste (1)');
    await openList(next);
    expect(text($(next, '#mylist'))).to.contain('gardée dans ce navigateur');
    button(next, 'Vider ma liste')!.click();
    await next.updateComplete;
    expect(localStorage.getItem(KEY)).to.equal(null);
  });

  it('with persist-list, ignores junk in storage and keeps working when storage throws', async () => {
    localStorage.setItem(KEY, '{"not":"a list"}');
    const el = await finder('persist-list');
    expect(text($(el, '[part="list-toggle"]'))).to.equal('Ma liste (0)');
    const { getItem, setItem } = Storage.prototype;
    const fail = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Storage.prototype.getItem = fail;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const blocked = await finder('persist-list');
      await addToList(blocked, 'Popote roulante');
      expect(text($(blocked, '[part="list-toggle"]'))).to.equal('Ma liste (1)');
    } finally {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    }
  });

  it('removes a resource from the open list, and says when the list is empty', async () => {
    const el = await finder();
    await addToList(el, 'Popote roulante');
    await openList(el);
    $<HTMLButtonElement>(el, '#mylist .list-item button')!.click();
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal([]);
    expect(text($(el, '#mylist'))).to.contain('Votre liste est vide.');
    await expectAccessible(el);
  });

  it('copies the list as plain text', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const el = await finder('lang="en"');
      el.lang = 'en';
      await settle(el);
      await addToList(el, 'Popote roulante');
      await openList(el);
      button(el, 'Copy as text')!.click();
      await settle(el);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.have.length(1);
      expect(copied[0]).to.contain('My list — Bas-Saint-Laurent resources');
      expect(copied[0]).to.contain('List of January 15, 2025');
      expect(copied[0]).to.contain('Popote roulante\nCentre d’action bénévole\n418 555-0199 poste 2');
      expect(copied[0]).to.contain('Mon, Tue, Wed, Thu, Fri: 8:30 a.m. – 4:30 p.m.');
      expect(copied[0]).to.not.match(/<[a-z]/);
      expect(text($(el, '#mylist [role="status"]'))).to.equal('The list is copied.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
  });

  it('falls back to selected text in a field when the clipboard is refused', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) } });
    try {
      const el = await finder();
      await addToList(el, 'Popote roulante');
      await openList(el);
      button(el, 'Copier en texte')!.click();
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      const area = $<HTMLTextAreaElement>(el, '#mylist textarea')!;
      expect(area.value).to.contain('Popote roulante');
      expect(area.value).to.contain('Ma liste — Ressources du Bas-Saint-Laurent\n\nListe du 15 janvier 2025');
      expect(el.shadowRoot!.activeElement).to.equal(area);
      expect(area.selectionEnd - area.selectionStart).to.equal(area.value.length);
      await expectAccessible(el);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('copies a link with the ids, keeping the host page’s path, parameters and hash route', async () => {
    const original = location.href;
    history.replaceState(history.state, '', `${location.pathname}?page=2#/services/aide`);
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    try {
      const el = await finder();
      await addToList(el, 'Popote roulante');
      await addToList(el, 'Halte de nuit');
      await openList(el);
      button(el, 'Copier un lien')!.click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      const url = new URL(copied[0]!);
      expect(url.searchParams.get('repere-list')).to.equal('popote,halte-nuit');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.hash).to.equal('#/services/aide');
      expect(location.hash).to.equal('#/services/aide');
      expect(text($(el, '#mylist [role="status"]'))).to.equal('Le lien est copié.');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      history.replaceState(history.state, '', original);
    }
  });

  it('opens a shared list from the link, dropping ids the feed does not have', async () => {
    const original = location.href;
    history.replaceState(history.state, '', `${location.pathname}?repere-list=halte-nuit,inconnu,popote`);
    try {
      const el = await finder();
      expect($(el, '#mylist')).to.not.equal(null);
      expect(listNames(el)).to.deep.equal(['Halte de nuit', 'Popote roulante']);
      expect($(el, '[part="list-toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('prints only the list (print media): phones, addresses, hours and date, no buttons', async () => {
    let printed = 0;
    const print = window.print;
    window.print = () => void printed++;
    try {
      const el = await finder();
      await addToList(el, 'Popote roulante');
      await openList(el);
      button(el, 'Imprimer ma liste')!.click();
      await settle(el);
      expect(printed).to.equal(1);
      await emulateMedia({ media: 'print' });
      const shown = (sel: string) => getComputedStyle($(el, sel)!).display !== 'none';
      expect(shown('#mylist')).to.equal(true);
      expect(shown('form[role="search"]')).to.equal(false);
      expect(shown('.results')).to.equal(false);
      expect(shown('.toolbar')).to.equal(false);
      expect(shown('#mylist .list-actions')).to.equal(false);
      expect(shown('#mylist .list-item button')).to.equal(false);
      expect(shown('.list-date')).to.equal(true);
      expect(shown('.hours-lines')).to.equal(true);
      await emulateMedia({ media: 'screen' });
      expect(shown('form[role="search"]')).to.equal(true);
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
  });

  it('works from the keyboard: add with Enter, open the list, remove', async () => {
    const el = await finder();
    await typeQuery(el, 'popote');
    expect(cardNames(el)).to.deep.equal(['Popote roulante']);
    card(el, 'Popote roulante').querySelector<HTMLButtonElement>('[part="list-button"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    $<HTMLButtonElement>(el, '[part="list-toggle"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal(['Popote roulante']);
    $<HTMLButtonElement>(el, '#mylist .list-item button')!.focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(listNames(el)).to.deep.equal([]);
  });
});

describe('<repere-finder>: My list, sent to a phone', () => {
  /** A resource whose name holds what a link would otherwise cut: & ? # and a line of its own. */
  const tricky = { ...toolsFeed.resources[1]!, id: 'tricky', name: { fr: 'Popote & repas? #2' } };
  const withTricky = { ...toolsFeed, resources: [...toolsFeed.resources, tricky] };

  it('offers « Envoyer par courriel »: a mailto: link with the list as its text, every character encoded, no server', async () => {
    net.use(http.get(FEED_URL, () => HttpResponse.json(withTricky)));
    const el = await finder();
    await addToList(el, 'Popote & repas');
    await addToList(el, 'Halte de nuit');
    await openList(el);
    const mail = $$<HTMLAnchorElement>(el, '#mylist a').find((a) => text(a) === 'Envoyer par courriel')!;
    expect(mail, 'the e-mail link').to.not.equal(undefined);
    const href = mail.getAttribute('href')!;
    expect(href).to.match(/^mailto:\?subject=[^&?#]*&body=[^&?#\s]*$/);
    const url = new URL(href);
    const params = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    expect(params.get('subject')).to.equal('Ma liste — Ressources du Bas-Saint-Laurent');
    const body = params.get('body')!;
    expect(body).to.contain('\r\nPopote & repas? #2\r\n');
    expect(body).to.contain('Halte de nuit\r\n418 555-0188');
    expect(body).to.contain('Liste du 15 janvier 2025');
    await expectAccessible(el);
  });

  it('offers « Envoyer par texto » where the device can send one: an sms: link with the same text', async () => {
    const { listPanel, listText, smsHref } = await import('../../src/finder/my-list.js');
    const { render, html } = await import('lit');
    const { inLocale } = await import('../../src/i18n.js');
    const el = await finder();
    await addToList(el, 'Popote roulante');
    const feed = el.loadedFeed!;
    const resources = [toolsFeed.resources[1]!].map((r) => ({ ...r })) as unknown as Parameters<typeof listText>[0];
    const host = document.createElement('div');
    document.body.append(host);
    try {
      const panel = (canText: boolean) =>
        inLocale('fr', () => listPanel({ locale: 'fr', feed, resources: [...resources], now: NOW, persisted: false, message: '', onRemove: () => {}, onAction: () => {}, canText }));
      render(html`${panel(true)}`, host);
      const sms = [...host.querySelectorAll('a')].find((a) => text(a) === 'Envoyer par texto')!;
      const textBody = inLocale('fr', () => listText(resources, feed, 'fr', NOW));
      expect(sms.getAttribute('href')).to.equal(smsHref(textBody));
      expect(sms.getAttribute('href')).to.match(/^sms:\?body=[^&?#\s]+$/);
      expect(decodeURIComponent(sms.getAttribute('href')!.slice('sms:?body='.length))).to.equal(textBody);
      expect(textBody).to.contain('Popote roulante\nCentre d’action bénévole');
      // A computer with a mouse only: no text-message link to a missing app.
      render(html`${panel(false)}`, host);
      expect([...host.querySelectorAll('a')].map((a) => text(a))).to.not.include('Envoyer par texto');
      expect([...host.querySelectorAll('a')].map((a) => text(a))).to.include('Envoyer par courriel');
    } finally {
      host.remove();
    }
  });
});
