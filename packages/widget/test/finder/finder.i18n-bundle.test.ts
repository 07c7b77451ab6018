// The built single-file bundles (npm run build) in iframes: French and English
// are inside, any other language comes from dist/locales/<code>.js beside the
// script, for the module bundle (import.meta.url) and the classic IIFE script
// (document.currentScript, captured while it runs).
import { expect } from 'chai';
import { feed } from '../fixtures/feed.js';
import { DIST, framed as inFrame } from '../support/framed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The bundle's finder in an iframe, given the test feed. */
async function framed(script: string, classic: boolean, lang: string): Promise<{ el: RepereFinder; win: Window }> {
  const frame = await inFrame(script, classic, lang);
  frame.el.feedData = feed;
  return frame;
}

const label = (el: RepereFinder) => el.shadowRoot?.querySelector('label[for="q"]')?.textContent?.trim();
const localeRequests = (win: Window) =>
  win.performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.includes('/locales/'));

describe('single-file bundles: languages', function () {
  this.timeout(20_000);

  it('keeps French and English inside, and no other language', async () => {
    const bundle = await (await fetch(`${DIST}/repere-finder.bundle.js`)).text();
    expect(bundle).to.contain('Rechercher un service');
    expect(bundle).to.contain('Search for a service');
    for (const other of ['Buscar un servicio', 'ابحث عن خدمة', 'Chèche yon sèvis', '搜索服务', 'Пошук послуги']) {
      expect(bundle, other).to.not.contain(other);
    }
  });

  for (const [script, classic] of [['repere-finder.bundle.js', false], ['repere-finder.iife.js', true]] as const) {
    it(`${script}: French without any download; Arabic from locales/ar.js beside the script`, async () => {
      const fr = await framed(script, classic, 'fr');
      await until(() => label(fr.el) === 'Rechercher un service');
      expect(localeRequests(fr.win)).to.deep.equal([]);

      const ar = await framed(script, classic, 'ar');
      await until(() => label(ar.el) === 'ابحث عن خدمة');
      expect(localeRequests(ar.win).map((n) => new URL(n).pathname)).to.deep.equal([`${DIST}/locales/ar.js`]);
      expect(ar.el.shadowRoot!.querySelector('.root')!.getAttribute('dir')).to.equal('rtl');
    });
  }
});

describe('single-file bundles: what minifying keeps', function () {
  this.timeout(20_000);

  it('keeps the space before « (0) » counts and « (En anglais seulement) »', async () => {
    const { el } = await framed('repere-finder.bundle.js', false, 'fr');
    const root = () => el.shadowRoot;
    await until(() => !!root()?.querySelector('.card'));
    const names = [...root()!.querySelectorAll('.card .name')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.include('Homework help (En anglais seulement)');
    root()!.querySelector<HTMLButtonElement>('[part="filters-toggle"]')!.click();
    await until(() => !!root()!.querySelector('#filters label.option'));
    const now = [...root()!.querySelectorAll('#filters label.option')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim()).find((t) => t.startsWith('Ouvert maintenant'));
    expect(now).to.match(/^Ouvert maintenant \(\d+\)$/);
  });
});
