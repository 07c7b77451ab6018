import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, expectAccessible, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

const withInterpretation = {
  ...feed,
  interpretation: { phone: '211', label: { fr: '211 avec interprètes', en: '211 with interpreters' } },
};

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => net.reset());

async function finder(lang: string, body: object): Promise<RepereFinder> {
  net.use(http.get(FEED_URL, () => HttpResponse.json(body)));
  const el = await fixture(`<repere-finder feed="${FEED_URL}" lang="${lang}"></repere-finder>`);
  await settle(el);
  return el;
}

describe('<repere-finder> interpretation line', () => {
  it('is accessible when it shows', async () => {
    const el = await finder('es', withInterpretation);
    await expectAccessible(el);
  });

  it('offers the interpretation line to a reader of a language the feed is not written in', async () => {
    const el = await finder('es', withInterpretation);
    const hint = $(el, '[part="interpretation"]');
    expect(hint, 'hint shown').to.exist;
    expect(text(hint)).to.contain('La información de este directorio está en');
    expect(text(hint)).to.match(/francés/i);
    const link = hint!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('tel:211');
    expect(text(link)).to.contain('211');
  });

  it('stays quiet when the interface language is one of the feed’s', async () => {
    const el = await finder('fr', withInterpretation);
    expect($(el, '[part="interpretation"]')).to.equal(null);
  });

  it('stays quiet when the feed declares no interpretation line', async () => {
    const el = await finder('es', feed);
    expect($(el, '[part="interpretation"]')).to.equal(null);
  });
});
