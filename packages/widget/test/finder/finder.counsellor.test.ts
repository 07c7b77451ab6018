// What a resident in distress sees, on the demo directory, at phone and
// desktop widths: the SDK reads the distress and the place; the element shows
// its answer first and emphasizes the crisis banner.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { setViewport } from '@web/test-runner-commands';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, $$, cardNames, expectAccessible, fixture, typeQuery } from '../support/fixture.js';
import { FEED_URL, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
let demo: unknown;
before(async () => {
  // The demo directory as the dev server serves it; msw then answers for the feed's address.
  demo = await (await fetch('/examples/data/demo-feed.json')).json();
  net = await startNetwork();
});
beforeEach(() => net.use(http.get(FEED_URL, () => HttpResponse.json(demo))));
afterEach(() => net.reset());
after(() => setViewport({ width: 800, height: 600 }));

const finder = (attrs = '') => fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}></repere-finder>`);

for (const [label, width, height] of [['phone', 390, 844], ['desktop', 1280, 800]] as const) {
  describe(`<repere-finder> answers as a counsellor would (${label}, ${width} px)`, () => {
    before(() => setViewport({ width, height }));

    it('shows the regional crisis centre first to a Kamouraska resident who types « suicide »', async () => {
      const el = await finder('region="kamouraska"');
      await typeQuery(el, 'suicide');
      expect(cardNames(el)[0]).to.equal('Centre de prévention du suicide du Bas-Saint-Laurent');
      expect($(el, '[part~="crisis"]')!.classList.contains('urgent')).to.equal(true);
      await expectAccessible(el);
    });

    it('answers « mon mari me bat » with the nearest shelter for violence, not home care', async () => {
      const el = await finder('region="kamouraska"');
      await typeQuery(el, 'mon mari me bat');
      expect(cardNames(el)[0]).to.equal('Maison d’hébergement Le Rivage');
      expect($(el, '[role="status"]')!.textContent).to.match(/lignes d’aide sont affichées en premier/);
    });

    it('finds food help for « j’ai faim », in Kamouraska only', async () => {
      const el = await finder('region="kamouraska"');
      await typeQuery(el, 'j’ai faim');
      const names = cardNames(el);
      expect(names.length).to.be.above(0);
      expect(names.join(' | ')).to.match(/Popote|Garde-manger|Cuisines collectives/);
      expect(names.join(' | ')).not.to.match(/Rimouski|Gatineau|Sherbrooke/);
    });

    it('never ends on « no result » for a distress query: it points to the help lines above', async () => {
      // A directory with crisis lines in its banner but no crisis service among its records.
      const onlyMeals = { ...toolsFeed, resources: toolsFeed.resources.filter((r) => r.id === 'popote') };
      net.use(http.get(FEED_URL, () => HttpResponse.json(onlyMeals)));
      const el = await finder();
      await typeQuery(el, 'je veux mourir');
      expect($(el, '[part~="crisis"]')!.classList.contains('urgent')).to.equal(true);
      expect($(el, '[part="empty"]')!.textContent).to.contain('Appelez l’une des lignes d’aide ci-dessus');
      expect($(el, '[part="empty"]')!.textContent).not.to.contain('Aucune ressource');
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('Les lignes d’aide sont affichées en premier, au-dessus des résultats.');
      await expectAccessible(el);
    });

    it('lists no banner emphasis and no crisis card first for an everyday query', async () => {
      const el = await finder();
      await typeQuery(el, 'popote');
      expect($(el, '[part~="crisis"]')!.classList.contains('urgent')).to.equal(false);
      expect($$(el, '.card').length).to.be.above(0);
    });
  });
}
