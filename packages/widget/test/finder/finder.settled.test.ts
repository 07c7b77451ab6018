// `searchComplete` is how hosts and tests wait for the finder: it resolves
// once the feed is loaded (or failed) and the result is on screen, even when
// asked for before the element has had a chance to start its load.
import { expect } from 'chai';
import { http, HttpResponse, delay } from 'msw';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, settle, text } from '../support/fixture.js';
import { FEED_URL, feed, toolsFeed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => net.reset());

const OTHER_URL = 'https://feeds.example.org/repere/other.json';
const status = (el: Element) => text($(el, '[part="status"]'));
const title = (el: Element) => text($(el, '[part="title"]'));

function mount(markup: string): RepereFinder {
  const holder = document.createElement('div');
  holder.innerHTML = markup;
  document.body.append(holder);
  return holder.firstElementChild as RepereFinder;
}

describe('<repere-finder>: searchComplete', () => {
  beforeEach(() => {
    net.use(
      http.get(FEED_URL, async () => {
        await delay(60);
        return HttpResponse.json(feed);
      }),
      http.get(OTHER_URL, async () => {
        await delay(60);
        return HttpResponse.json({ ...toolsFeed, title: { fr: 'Autre répertoire', en: 'Other directory' } });
      }),
    );
  });

  for (const [when, ms] of [['at once', 0], ['25 ms', 25]] as const) {
    it(`resolves once the feed’s resources are on screen, when asked for ${when} after adding the element`, async () => {
      const el = mount(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
      try {
        if (ms) await new Promise((r) => setTimeout(r, ms));
        await el.searchComplete;
        expect(status(el)).to.match(/^\d+ ressources?$/);
      } finally {
        el.parentElement!.remove();
      }
    });
  }

  it('resolves once the new feed is on screen, when asked for in the same task as `feed` changes', async () => {
    const el = mount(`<repere-finder feed="${FEED_URL}" lang="fr"></repere-finder>`);
    try {
      await settle(el);
      expect(title(el)).to.equal('Ressources du Bas-Saint-Laurent');
      el.feed = OTHER_URL;
      await el.searchComplete;
      expect(title(el)).to.equal('Autre répertoire');
    } finally {
      el.parentElement!.remove();
    }
  });
});
