import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, expectAccessible, fixture, settle, text, typeQuery } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import { templates } from '../../src/generated/locales/fr.js';
import { UI_LOCALES, autonym, countText, inLocale, loadUiLocale, negotiate, type UiLocale } from '../../src/i18n.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

// Module loads are counted through Resource Timing: room for every entry.
performance.setResourceTimingBufferSize(10000);

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(feed))));
afterEach(() => net.reset());

/** Every French UI string that is plain text and differs from English. */
const frenchStrings = Object.values(templates as Record<string, unknown>).filter(
  (t): t is string => typeof t === 'string' && t.length > 3,
);

/** Opens everything a resident can open: filters and a card's details. */
async function openEverything(el: RepereFinder): Promise<void> {
  $$<HTMLButtonElement>(el, '[part="filters-toggle"]')[0]!.click();
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="details-button"]')!.click();
  await el.updateComplete;
}

/** Picks a language in the widget's menu, as a resident does. */
async function choose(el: RepereFinder, code: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, '[part="language-switch"]')!;
  select.value = code;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

const locales = async (): Promise<string[]> => (await (await fetch('/packages/widget/lit-localize.json')).json()).targetLocales;

async function xliff(locale: string): Promise<Document> {
  const xml = await (await fetch(`/packages/widget/xliff/${locale}.xlf`)).text();
  return new DOMParser().parseFromString(xml, 'application/xml');
}

/** Each unit's source and target, with placeholders as `{0}`. */
function units(doc: Document): Map<string, { source: string; target?: string; placeholders: string[]; targetPlaceholders: string[] }> {
  const out = new Map();
  const flat = (node: Element | undefined) =>
    node ? [...node.childNodes].map((n) => (n.nodeType === 3 ? n.textContent : `{${(n as Element).getAttribute('id')}}`)).join('') : undefined;
  for (const unit of doc.getElementsByTagName('trans-unit')) {
    const source = unit.getElementsByTagName('source')[0];
    const target = unit.getElementsByTagName('target')[0];
    const ids = (node: Element | undefined) => (node ? [...node.getElementsByTagName('x')].map((x) => x.getAttribute('id')!).sort() : []);
    out.set(unit.getAttribute('id')!, { source: flat(source)!, target: flat(target), placeholders: ids(source), targetPlaceholders: ids(target) });
  }
  return out;
}

describe('<repere-finder>: languages', () => {
  afterEach(() => {
    // Undo a test's navigator.languages (an own property shadowing the browser's).
    delete (navigator as { languages?: unknown }).languages;
  });

  it('has every UI string in every language: each xliff has a non-empty target, with the same placeholders, for each message of the sources', async () => {
    const codes = await locales();
    expect(codes).to.include.members(['fr', 'es', 'ar', 'ht', 'zh-Hans', 'fa', 'uk', 'vi', 'pt']);
    // The message ids used in the sources.
    const sources = [
      'i18n.ts',
      ...['chips', 'crisis', 'filters', 'filters-panel', 'finder.component', 'interpretation', 'labels', 'language', 'localized-text']
        .concat(['my-list', 'near', 'near-places', 'quick-exit', 'result-card', 'sheet', 'status-line', 'trust'])
        .map((name) => `finder/${name}.ts`),
    ];
    const used = new Set<string>();
    for (const file of sources) {
      const code = await (await fetch(`/packages/widget/src/${file}`)).text();
      for (const m of code.matchAll(/\{\s*id:\s*['"]([^'"]+)['"]\s*\}/g)) used.add(m[1]!);
    }
    expect(used.size).to.be.greaterThan(100);
    const reference = units(await xliff('fr'));
    for (const id of used) expect(reference.has(id), `fr.xlf has ${id}`).to.equal(true);
    for (const code of codes) {
      const all = units(await xliff(code));
      expect([...all.keys()].sort(), `${code}.xlf has the same messages as fr.xlf`).to.deep.equal([...reference.keys()].sort());
      for (const [id, u] of all) {
        expect(u.target?.trim(), `${code}: target of ${id}`).to.be.a('string').and.not.equal('');
        expect(u.targetPlaceholders, `${code}: placeholders of ${id}`).to.deep.equal(u.placeholders);
      }
    }
    expect(templates, 'the generated French module is up to date').to.include.keys([...used]);
  });

  it('offers a language menu: each language named in itself, with its lang, keyboard reachable', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    const select = $<HTMLSelectElement>(el, 'select[part="language-switch"]')!;
    const options = [...select.options];
    expect(options.map((o) => o.value)).to.deep.equal([...UI_LOCALES]);
    expect(options.map((o) => text(o))).to.deep.equal(UI_LOCALES.map((c) => autonym(c)));
    expect(options.map((o) => o.getAttribute('lang'))).to.deep.equal([...UI_LOCALES]);
    expect(options.find((o) => o.value === 'ar')!.getAttribute('dir')).to.equal('rtl');
    expect(select.value).to.equal('fr');
    expect(text(select.labels![0]!.querySelector('.visually-hidden'))).to.equal('Langue');
    select.focus();
    expect(el.shadowRoot!.activeElement).to.equal(select);
  });

  it('switches from French to English inside the widget, re-rendering every string', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" region="kamouraska"></repere-finder>`);
    await openEverything(el);
    expect(el.shadowRoot!.textContent!).to.contain('Rechercher un service');
    await choose(el, 'en');

    expect(el.getAttribute('lang')).to.equal('en');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    expect($(el, '.root')!.getAttribute('dir')).to.equal('ltr');
    expect(text($(el, 'label[for="q"]'))).to.equal('Search for a service');
    expect(text($(el, '[role="status"]'))).to.equal('3 resources');
    expect(text($(el, '[part="filters-toggle"]'))).to.equal('Filters (1)');
    expect(text($(el, '[part="details-button"][aria-expanded="true"]'))).to.equal('Fewer details');
    const after = el.shadowRoot!.textContent!;
    const leftovers = frenchStrings.filter((s) => after.includes(s));
    expect(leftovers, 'French UI strings still on screen').to.deep.equal([]);
    // Feed texts follow too: the category is now in English.
    expect(after).to.contain('Mental health');
  });

  it('switching to Spanish downloads its strings and re-renders every one of them', async () => {
    // A resident whose browser reads French, on a French page.
    Object.defineProperty(navigator, 'languages', { value: ['fr-CA'], configurable: true });
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" region="kamouraska"></repere-finder>`);
    await openEverything(el);
    await choose(el, 'es');

    expect(el.getAttribute('lang')).to.equal('es');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('es');
    expect(text($(el, 'label[for="q"]'))).to.equal('Buscar un servicio');
    expect(text($(el, '[role="status"]'))).to.equal('3 recursos');
    expect(text($(el, '[part="filters-toggle"]'))).to.equal('Filtros (1)');
    expect(text($(el, '[part="details-button"][aria-expanded="true"]'))).to.equal('Menos detalles');
    expect($<HTMLSelectElement>(el, '[part="language-switch"]')!.value).to.equal('es');
    const after = el.shadowRoot!.textContent!;
    expect(frenchStrings.filter((s) => after.includes(s)), 'French UI strings still on screen').to.deep.equal([]);
    // No English UI string either (those that Spanish writes differently).
    const es = units(await xliff('es'));
    const english = [...es.values()].filter((u) => !u.placeholders.length && u.source.length > 3 && u.source !== u.target).map((u) => u.source);
    const onScreen = (s: string) => new RegExp(`(^|[^\\p{L}])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(after);
    expect(english.filter(onScreen), 'English UI strings still on screen').to.deep.equal([]);
    // Feed text without Spanish: in French, which this browser reads, marked, with the note in Spanish:
    // "En francés" since the record has English too, not "Solo en francés".
    expect(after).to.contain('(En francés)');
    expect(after).not.to.contain('Solo en');
    expect($(el, '.card .name span[lang="fr"]')).to.not.equal(null);
  });

  it('downloads only the chosen language: exactly one request, for its chunk', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    const before = performance.getEntriesByType('resource').map((e) => e.name);
    expect(before.some((n) => /\/generated\/locales\/vi\./.test(n)), 'vi not loaded yet').to.equal(false);
    performance.clearResourceTimings();
    await choose(el, 'vi');
    const requests = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(/\/generated\/locales\/vi\.(js|ts)(\?|$)/);
    expect(text($(el, 'label[for="q"]'))).to.equal('Tìm một dịch vụ');
    // Back to French and to Vietnamese again: nothing more to download.
    performance.clearResourceTimings();
    await choose(el, 'fr');
    await choose(el, 'vi');
    expect(performance.getEntriesByType('resource')).to.have.length(0);
  });

  it('keeps French or English when a language cannot be downloaded, and says so', async () => {
    net.use(http.get(/\/generated\/locales\/pt\.(js|ts)/, () => new HttpResponse('nope', { status: 503 })));
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    await choose(el, 'pt');
    expect(el.locale).to.equal('pt');
    expect(el.renderedLocale).to.equal('fr');
    expect(text($(el, 'label[for="q"]'))).to.equal('Rechercher un service');
    expect(text($(el, '.lang-failed'))).to.contain('Português');
    expect(text($(el, '[part="status"]'))).to.equal('5 ressources');
  });

  it('negotiates: the lang attribute, then navigator.languages, then the feed’s default', async () => {
    Object.defineProperty(navigator, 'languages', { value: ['es-MX', 'en'], configurable: true });
    const fromBrowser = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}"></repere-finder>`);
    expect(fromBrowser.locale).to.equal('es');
    expect(text($(fromBrowser, 'label[for="q"]'))).to.equal('Buscar un servicio');

    const fromAttribute = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="uk"></repere-finder>`);
    expect(fromAttribute.locale).to.equal('uk');
    expect(text($(fromAttribute, 'label[for="q"]'))).to.equal('Пошук послуги');

    const fromPage = await fixture<RepereFinder>(`<div lang="zh-CN"><repere-finder feed="${FEED_URL}"></repere-finder></div>`);
    expect(fromPage.querySelector('repere-finder') ?? fromPage).to.exist;
    const inner = fromPage.tagName === 'REPERE-FINDER' ? fromPage : (fromPage.querySelector('repere-finder') as RepereFinder);
    await settle(inner);
    expect(inner.locale).to.equal('zh-Hans');

    Object.defineProperty(navigator, 'languages', { value: ['de-DE', 'it'], configurable: true });
    const fromFeed = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}"></repere-finder>`);
    expect(fromFeed.locale).to.equal('fr');
    expect(text($(fromFeed, 'label[for="q"]'))).to.equal('Rechercher un service');

    expect(negotiate(['de', 'pt-PT', 'zh-Hant-TW', 'prs', 'fr-CA'])).to.deep.equal(['pt', 'zh-Hans', 'fa', 'fr']);
  });

  it('pluralizes through Intl.PluralRules: Arabic has six forms', async () => {
    expect(await loadUiLocale('ar')).to.equal(true);
    const forms = [0, 1, 2, 3, 11, 100].map((n) => inLocale('ar', () => countText(n, 'ar')));
    expect(forms).to.deep.equal(['لا توجد موارد (0)', 'مورد واحد (1)', 'موردان (2)', '3 موارد', '11 موردًا', '100 مورد']);
    expect(new Set(forms.map((f) => f.replace(/\d+/g, '#'))).size, 'six distinct messages').to.equal(6);
  });

  it('pluralizes through Intl.PluralRules: French takes the singular for 0 and 1', async () => {
    const fr = (n: number) => inLocale('fr', () => countText(n, 'fr'));
    expect([fr(0), fr(1), fr(2), fr(1.5)]).to.deep.equal(['0 ressource', '1 ressource', '2 ressources', '1,5 ressource']);
    expect(fr(1000000).replace(/\s/g, ' ')).to.equal('1 000 000 de ressources');
    const en = (n: number) => inLocale('en', () => countText(n, 'en'));
    expect([en(0), en(1), en(2)]).to.deep.equal(['0 resources', '1 resource', '2 resources']);
    expect(await loadUiLocale('uk')).to.equal(true);
    const uk = (n: number) => inLocale('uk', () => countText(n, 'uk'));
    expect([uk(1), uk(3), uk(5), uk(21)]).to.deep.equal(['1 ресурс', '3 ресурси', '5 ресурсів', '21 ресурс']);
  });

  it('pluralizes the status line, with "No results" for none', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    await typeQuery(el, 'popote');
    expect(text($(el, '[role="status"]'))).to.equal('1 resource');
    await typeQuery(el, 'zzzqqq');
    expect(text($(el, '[role="status"]'))).to.equal('No results');
    await choose(el, 'ar');
    await typeQuery(el, 'popote');
    expect(text($(el, '[role="status"]'))).to.equal('مورد واحد (1)');
    await choose(el, 'fr');
    expect(text($(el, '[role="status"]'))).to.equal('1 ressource');
  });

  it('lays out right to left in Arabic, isolating French resource names, without overflow at 320 px', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="ar" style="width: 320px"></repere-finder>`);
    const root = $(el, '.root')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(text($(el, 'label[for="q"]'))).to.equal('ابحث عن خدمة');
    // The label sits at the inline start: the right.
    const range = document.createRange();
    range.selectNodeContents($(el, 'label[for="q"]')!);
    const label = range.getBoundingClientRect();
    const input = $(el, '#q')!.getBoundingClientRect();
    expect(Math.abs(label.right - input.right)).to.be.lessThan(2);
    expect(label.left).to.be.greaterThan(input.left);
    // Nothing wider than the element.
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    // French names, isolated and marked as French, with the note in Arabic.
    const name = $(el, '.card .name span[lang="fr"]')!;
    expect(name.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(name).unicodeBidi).to.equal('isolate');
    expect(el.shadowRoot!.textContent).to.contain('متوفر باللغة الفرنسية فقط');
    // Phone numbers read left to right.
    expect($(el, '.crisis a.phone bdi.number')!.getAttribute('dir')).to.equal('ltr');
    await openEverything(el);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    await expectAccessible(el);
  });

  it('formats numbers, lists and times through Intl in the UI language', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fa"></repere-finder>`);
    expect($(el, '.root')!.getAttribute('dir')).to.equal('rtl');
    // Persian digits in the count, an Arabic-script list of languages.
    expect(text($(el, '[role="status"]'))).to.match(/^[۰-۹]+ منبع$/);
    expect($$(el, '.card .languages').map((p) => text(p))).to.include('زبان\u200cهای خدمات: فرانسوی و انگلیسی');
  });

  it('localizes the error message and the retry button', async () => {
    net.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en" retries="0" no-cache></repere-finder>`);
    expect(text($(el, '[role="alert"] p'))).to.equal('The directory is unavailable at the moment.');
    expect(text($(el, '[part="retry-button"]'))).to.equal('Try again');
    await choose(el, 'fr');
    expect(text($(el, '[role="alert"] p'))).to.equal('Le répertoire n’est pas disponible pour le moment.');
  });
});

// Every UI language renders: a quick smoke test, one finder per language.
describe('<repere-finder>: each language', () => {
  for (const code of UI_LOCALES) {
    it(`renders in ${code}`, async () => {
      const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="${code}"></repere-finder>`);
      expect(el.renderedLocale).to.equal(code as UiLocale);
      expect($(el, '.root')!.getAttribute('lang')).to.equal(code);
      expect(text($(el, 'label[for="q"]'))).to.not.equal(code === 'en' ? '' : 'Search for a service');
    });
  }
});
