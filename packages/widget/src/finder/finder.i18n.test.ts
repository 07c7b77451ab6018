import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../test/support/network.js';
import { $, $$, fixture, settle, text, typeQuery } from '../../test/support/fixture.js';
import { FEED_URL, feed } from '../../test/fixtures/feed.js';
import { templates } from '../generated/locales/fr.js';
import type { RepereFinder } from './finder.component.js';

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

describe('<repere-finder>: languages', () => {
  it('switches from French to English inside the widget, re-rendering every string', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" region="kamouraska"></repere-finder>`);
    await openEverything(el);
    const before = el.shadowRoot!.textContent!;
    expect(before).to.contain('Rechercher un service');
    const switcher = $<HTMLButtonElement>(el, '[part="language-switch"]')!;
    expect(text(switcher)).to.equal('English');
    expect(switcher.getAttribute('lang')).to.equal('en');
    switcher.click();
    await settle(el);

    expect(el.getAttribute('lang')).to.equal('en');
    expect($(el, '.root')!.getAttribute('lang')).to.equal('en');
    expect(text($(el, 'label[for="q"]'))).to.equal('Search for a service');
    expect(text($(el, '[role="status"]'))).to.equal('3 resources');
    expect(text($(el, '[part="filters-toggle"]'))).to.equal('Filters (1)');
    expect(text($(el, '[part="details-button"][aria-expanded="true"]'))).to.equal('Fewer details');
    expect(text($(el, '[part="language-switch"]'))).to.equal('Français');
    const after = el.shadowRoot!.textContent!;
    const leftovers = frenchStrings.filter((s) => after.includes(s));
    expect(leftovers, 'French UI strings still on screen').to.deep.equal([]);
    // Feed texts follow too: the category is now in English.
    expect(after).to.contain('Mental health');
  });

  it('has a French string for every message id, and every unit of fr.xlf has a target', async () => {
    const xliff = await (await fetch('/packages/widget/xliff/fr.xlf')).text();
    const doc = new DOMParser().parseFromString(xliff, 'application/xml');
    const units = [...doc.getElementsByTagName('trans-unit')];
    expect(units.length).to.be.greaterThan(50);
    for (const unit of units) {
      const id = unit.getAttribute('id')!;
      expect(unit.getElementsByTagName('target')[0]?.textContent?.trim(), `target of ${id}`).to.not.equal(undefined);
      expect(templates, `generated template for ${id}`).to.have.property(id);
    }
    // And every msg id used in the sources is one of them.
    const sources = ['i18n.ts', 'finder/finder.component.ts', 'finder/filters.ts', 'finder/labels.ts', 'finder/result-card.ts'];
    for (const file of sources) {
      const code = await (await fetch(`/packages/widget/src/${file}`)).text();
      for (const m of code.matchAll(/\{\s*id:\s*['"]([^'"]+)['"]\s*\}/g)) {
        expect(templates, `${file}: ${m[1]}`).to.have.property(m[1]!);
      }
    }
  });

  it('pluralizes counts in both languages', async () => {
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    await typeQuery(el, 'popote');
    expect(text($(el, '[role="status"]'))).to.equal('1 resource');
    await typeQuery(el, 'zzzqqq');
    expect(text($(el, '[role="status"]'))).to.equal('No results');
  });

  it('localizes the error message and the retry button', async () => {
    net.use(http.get(FEED_URL, () => new HttpResponse(null, { status: 503 })));
    const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="en"></repere-finder>`);
    expect(text($(el, '[role="alert"] p'))).to.equal('The directory is unavailable at the moment.');
    expect(text($(el, '[part="retry-button"]'))).to.equal('Try again');
    $<HTMLButtonElement>(el, '[part="language-switch"]')!.click();
    await el.updateComplete;
    expect(text($(el, '[role="alert"] p'))).to.equal('Le répertoire n’est pas disponible pour le moment.');
  });
});
