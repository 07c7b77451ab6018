// The engine contract, seen from the element: the feed is requested while the
// engine's worker boots, and what goes wrong in the worker reaches the element
// (and its `repere-error` event) as the SDK's FeedError: the same code, details
// and messages in French and English. A real module worker in Chromium; msw
// answers the feed.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { FeedError, saveLastGood } from '@repere/sdk';
import { LAST_GOOD_CACHE } from '@repere/sdk/internal';
import { openEngine } from '../../src/engine/open-engine.js';
import { framed } from '../support/framed.js';
import { startNetwork, type MockNetwork } from '../support/network.js';
import { $, fixture, settle, text } from '../support/fixture.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereErrorEvent } from '../../src/events/repere-error.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

let net: MockNetwork;
before(async () => {
  net = await startNetwork();
});
afterEach(() => net.reset());

/** A finder on `FEED_URL`, settled, with the `repere-error` events it fired. */
async function finderWith(attrs = ''): Promise<{ el: RepereFinder; events: RepereErrorEvent[] }> {
  const events: RepereErrorEvent[] = [];
  const el = await fixture<RepereFinder>(`<repere-finder feed="${FEED_URL}" lang="fr" ${attrs}><p>Composez le 211</p></repere-finder>`, (e) =>
    e.addEventListener('repere-error', (ev) => events.push(ev)),
  );
  return { el, events };
}

describe('<repere-finder> and its engine', function () {
  this.timeout(20_000);

  // First in this file: the page's engine has not started yet.
  it('requests the feed while its engine is still starting, once, and shows the cards from it', async () => {
    let requests = 0;
    let requestedAt = Infinity;
    net.use(
      http.get(FEED_URL, () => {
        requests++;
        requestedAt = Math.min(requestedAt, performance.now());
        return HttpResponse.json(feed);
      }),
    );
    const el = document.createElement('repere-finder');
    el.lang = 'fr';
    el.feed = FEED_URL;
    document.body.append(el);
    try {
      let readyAt = Infinity;
      const ready = openEngine().then(() => (readyAt = performance.now()));
      await settle(el);
      await ready;
      expect(requests, 'one request for the feed').to.equal(1);
      expect(requestedAt, 'the feed was requested before the engine was ready').to.be.below(readyAt);
      expect(el.shadowRoot!.querySelectorAll('.card').length).to.be.greaterThan(0);
    } finally {
      el.remove();
    }
  });

  it('gets an error raised in the worker as a FeedError: its code, details, and messages in French and English', async () => {
    net.use(http.get(FEED_URL, () => HttpResponse.html('<!doctype html><title>Maintenance</title>')));
    const { el, events } = await finderWith('retries="0"');
    expect(events).to.have.length(1);
    const { error } = events[0]!;
    expect(error).to.be.instanceOf(FeedError);
    expect([error.code, error.params.detail]).to.deep.equal(['not-json', 'html']);
    expect(events[0]!.detail).to.deep.equal({ code: 'not-json' });
    expect(error.message).to.equal('The feed is not valid JSON.');
    expect(error.localizedMessage('fr')).to.equal('Le flux n’est pas un document JSON valide.');
    // What the resident reads is the element's own, in the page's language.
    expect(text($(el, '[role="alert"] p'))).to.equal('Le répertoire n’a pas pu être lu.');
  });

  it('keeps an HTTP status in the error’s details, across the worker', async () => {
    net.use(http.get(FEED_URL, () => new HttpResponse('down', { status: 503 })));
    const { events } = await finderWith('retries="0"');
    const { error } = events[0]!;
    expect(error).to.be.instanceOf(FeedError);
    expect([error.code, error.status]).to.deep.equal(['http', 503]);
    expect(error.localizedMessage('fr')).to.equal('Le serveur du flux a répondu par une erreur HTTP 503.');
    expect(error.localizedMessage('en')).to.equal('The feed server answered with HTTP 503.');
  });

  it('shows a saved copy with the error that made it needed, the one shape from the SDK to the note', async () => {
    await saveLastGood(FEED_URL, JSON.stringify(feed));
    net.use(http.get(FEED_URL, () => HttpResponse.error()));
    const { el, events } = await finderWith('retries="0"');
    expect(events.map((e) => e.detail)).to.deep.equal([{ code: 'network', stale: true }]);
    expect(events[0]!.error).to.be.instanceOf(FeedError);
    expect(events[0]!.error.localizedMessage('fr')).to.equal('Le flux est injoignable (erreur réseau).');
    expect(text($(el, '[part="stale"]'))).to.contain('Le répertoire est injoignable');
    expect(el.shadowRoot!.querySelectorAll('.card').length).to.be.greaterThan(0);
  });

  it('forgets a saved copy with no-cache in the load itself, even when the feed then fails', async () => {
    await saveLastGood(FEED_URL, JSON.stringify(feed));
    net.use(http.get(FEED_URL, () => HttpResponse.error()));
    const { el, events } = await finderWith('no-cache retries="0"');
    expect(events.map((e) => e.detail)).to.deep.equal([{ code: 'network' }]);
    expect(text($(el, '[role="alert"] p'))).to.contain('injoignable');
    const cache = await caches.open(LAST_GOOD_CACHE);
    expect(await cache.match(FEED_URL), 'the copy is gone').to.equal(undefined);
  });
});

describe('the single-file bundle and its engine', function () {
  this.timeout(20_000);

  it('words an error from its engine in English and French, though the page carries no error catalogue', async () => {
    const { el } = await framed('repere-finder.bundle.js', false, 'fr');
    const failed = new Promise<RepereErrorEvent>((resolve) => el.addEventListener('repere-error', (e) => resolve(e), { once: true }));
    // Not a feed: refused by the engine's validation, in its worker.
    el.feedData = { format: 'autre-chose', resources: [] };
    const { error, detail } = await failed;
    expect(detail.code).to.equal('format');
    expect(error.name).to.equal('FeedError');
    expect(error.message).to.match(/^This is not a Repère feed: /);
    expect(error.localizedMessage('fr')).to.match(/^Ce n’est pas un flux Repère\u00a0: /);
  });
});
