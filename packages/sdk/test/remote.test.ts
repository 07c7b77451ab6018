// The engine behind a port (serveEngine ↔ connectEngine): the same answers as
// the SDK in-thread, with records kept on the engine's side. Over a
// MessageChannel here, in Node and in Chromium; the widget's
// engine.worker.test.ts runs a real Web Worker.
import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import {
  clearLastGood,
  connectEngine,
  connectFinder,
  createFinder,
  FeedError,
  isFeedError,
  loadFeed,
  openStatus,
  requestFeed,
  saveLastGood,
  serveEngine,
  serveFinder,
  UNREADABLE,
  withoutDeepValues,
  type EngineClient,
} from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';

const URL_ = 'https://feeds.example.org/remote.json';

async function rejection(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { code?: string };
  }
  throw new Error('expected a rejection');
}

describe('connectEngine / serveEngine', () => {
  let net: MockNetwork;
  let client: EngineClient;
  let channel: MessageChannel;
  before(async () => {
    net = await startNetwork();
  });
  beforeEach(async () => {
    channel = new MessageChannel();
    serveEngine(channel.port1);
    client = connectEngine(channel.port2);
    await client.ready;
  });
  afterEach(() => {
    net.reset();
    channel.port1.close();
    channel.port2.close();
  });

  it('finds what the SDK finds in-thread, in the same order', async () => {
    const feed = feedOf(RESOURCES);
    const local = createFinder(await loadFeed(feed));
    const remote = await client.load(feed);
    for (const query of ['sante', 'popote roulante', 'food', '']) {
      const a = await local.search(query, { locale: 'fr' });
      const b = await remote.search(query, { locale: 'fr' });
      expect(b.items.map((i) => i.resource.id), query).to.deep.equal(a.items.map((i) => i.resource.id));
      expect(b.total).to.equal(a.total);
      expect(b.facets).to.deep.equal(a.facets);
    }
  });

  it('reads each result\'s open status at the instant asked, so the page needs no hours code', async () => {
    const feed = feedOf(RESOURCES);
    const loaded = await loadFeed(feed);
    const remote = await client.load(feed);
    const monday9 = new Date('2026-11-23T14:00:00Z');
    const results = await remote.search('', { locale: 'fr', statusAt: monday9 });
    expect(results.items.length).to.be.greaterThan(0);
    for (const item of results.items) {
      const record = loaded.resources.find((r) => r.id === item.resource.id)!;
      expect(item.status, item.resource.id).to.deep.equal(openStatus(record, monday9, loaded.meta.timezone));
    }
    expect(results.items.some((i) => i.status?.open === true)).to.equal(true);
    // Not asked, not computed.
    expect((await remote.search('', { locale: 'fr' })).items.every((i) => i.status === undefined)).to.equal(true);
  });

  it('describes the feed without sending its records', async () => {
    const remote = await client.load(feedOf([...RESOURCES, { id: 'broken' }]));
    expect(remote.feed.size).to.equal(RESOURCES.length);
    expect(remote.feed.problemCount).to.be.greaterThan(0);
    expect(remote.feed.meta.defaultLocale).to.equal('fr');
    expect(remote.feed.categories.map((c) => c.id)).to.include('food');
    expect(remote.feed).not.to.have.property('resources');
    expect(remote.feed).not.to.have.property('problems');
  });

  it('gives records by id, in the order asked, leaving unknown ids out', async () => {
    const remote = await client.load(feedOf(RESOURCES));
    const [first, second] = RESOURCES.map((r) => r.id as string);
    const got = await remote.get([second!, 'nope', first!]);
    expect(got.map((r) => r.id)).to.deep.equal([second, first]);
  });

  it('loads from a URL and reports HTTP failures as FeedErrors with their code', async () => {
    net.use(http.get(URL_, () => new HttpResponse('oops', { status: 404 })));
    const error = await rejection(client.load(URL_));
    expect(isFeedError(error)).to.equal(true);
    expect(error.code).to.equal('http');
    expect(error.message).to.match(/404/);
  });

  it('gives the page a FeedError raised in the engine: the same class, code, details and French and English messages', async () => {
    net.use(http.get(URL_, () => new HttpResponse('busy', { status: 503 })));
    const inThread = await rejection(loadFeed(URL_));
    const error = await rejection(client.load(URL_));
    expect(error).to.be.instanceOf(FeedError);
    const remote = error as FeedError;
    expect([remote.code, remote.status, remote.params]).to.deep.equal(['http', 503, { status: 503 }]);
    expect(remote.message).to.equal(inThread.message);
    expect(remote.localizedMessage('fr')).to.equal('Le serveur du flux a répondu par une erreur HTTP 503.');
    expect(remote.localizedMessage('en')).to.equal('The feed server answered with HTTP 503.');
  });

  it('gives a saved copy the same stale shape as loadFeed: its date and the FeedError that made it needed', async function () {
    // Node has no storage for the copy (last-good.test.ts covers it there with a stand-in).
    if (typeof (globalThis as { caches?: unknown }).caches === 'undefined') this.skip();
    await saveLastGood(URL_, JSON.stringify(feedOf(RESOURCES)));
    try {
      net.use(http.get(URL_, () => new HttpResponse('down', { status: 500 })));
      const remote = await client.load(URL_, { lastGood: true });
      expect(remote.feed.size).to.equal(RESOURCES.length);
      expect(Number.isNaN(Date.parse(remote.stale!.savedAt))).to.equal(false);
      expect(remote.stale!.error).to.be.instanceOf(FeedError);
      expect([remote.stale!.error.code, remote.stale!.error.status]).to.deep.equal(['http', 500]);
      expect(remote.stale!.error.localizedMessage('fr')).to.contain('HTTP 500');
    } finally {
      await clearLastGood(URL_);
    }
  });

  it('reports a load cancelled on the page side as an aborted FeedError, in both languages', async () => {
    const abort = new AbortController();
    abort.abort();
    const error = (await rejection(client.load(URL_, { signal: abort.signal }))) as FeedError;
    expect(error).to.be.instanceOf(FeedError);
    expect(error.code).to.equal('aborted');
    expect(error.localizedMessage('fr')).to.equal('Le chargement du flux a été annulé.');
  });

  it('still answers under its old names (connectFinder, serveFinder)', async () => {
    expect(connectFinder).to.equal(connectEngine);
    expect(serveFinder).to.equal(serveEngine);
  });

  it('resolves a relative feed address against the page, not against the engine\'s own address', async function () {
    if (typeof document === 'undefined') this.skip();
    const page = new URL('relative-feed.json', document.baseURI).href;
    let asked = 0;
    net.use(http.get(page, () => (asked++, HttpResponse.json(feedOf(RESOURCES)))));
    const remote = await client.load('relative-feed.json');
    expect(asked, 'the page-relative address was requested').to.equal(1);
    expect(remote.feed.size).to.equal(RESOURCES.length);
  });

  it('reports a feed that is not JSON', async () => {
    net.use(http.get(URL_, () => new HttpResponse('<html>down</html>', { headers: { 'content-type': 'text/html' } })));
    const error = await rejection(client.load(URL_));
    expect(error.code).to.equal('not-json');
  });

  it('tells the page before each retry, then succeeds', async () => {
    let calls = 0;
    net.use(
      http.get(URL_, () => (++calls === 1 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json(feedOf(RESOURCES)))),
    );
    const retries: number[] = [];
    const remote = await client.load(URL_, { retries: 2, retryDelayMs: 1, onRetry: (info) => retries.push(info.attempt) });
    expect(retries).to.deep.equal([1]);
    expect(remote.feed.size).to.equal(RESOURCES.length);
  });

  it('cancels a load when its signal aborts', async () => {
    net.use(http.get(URL_, async () => {
      await delay('infinite');
      return HttpResponse.json(feedOf(RESOURCES));
    }));
    const abort = new AbortController();
    const loading = client.load(URL_, { signal: abort.signal });
    setTimeout(() => abort.abort(), 20);
    const error = await rejection(loading);
    expect(error.code).to.equal('aborted');
  });

  it('releases a feed whose engine finished loading after the load was cancelled', async () => {
    // An engine that answers `done` whatever it is told, and says what it was asked to release.
    const fake = new MessageChannel();
    const released: number[] = [];
    fake.port1.addEventListener('message', (e: MessageEvent) => {
      const request = e.data as { id: number; kind: string; finder?: number };
      if (request.kind === 'release') released.push(request.finder!);
      if (request.kind === 'load') {
        setTimeout(() => fake.port1.postMessage({ kind: 'done', id: request.id, value: { finder: 7, feed: { size: 0, problemCount: 0 } } }), 30);
      }
    });
    fake.port1.start();
    fake.port1.postMessage({ kind: 'ready' });
    try {
      const remote = connectEngine(fake.port2);
      await remote.ready;
      const abort = new AbortController();
      const loading = remote.load(feedOf(RESOURCES), { signal: abort.signal });
      setTimeout(() => abort.abort(), 5);
      const error = await rejection(loading);
      expect(error.code).to.equal('aborted');
      await new Promise((r) => setTimeout(r, 20));
      expect(released).to.deep.equal([7]);
    } finally {
      fake.port1.close();
      fake.port2.close();
    }
  });

  it('refuses to search a released feed', async () => {
    const remote = await client.load(feedOf(RESOURCES));
    remote.release();
    const error = await rejection(remote.search('sante'));
    expect(error.code).to.equal('aborted');
  });

  it('refuses a feed object that cannot be copied to the engine, with a FeedError', async () => {
    const error = await rejection(client.load({ ...feedOf(RESOURCES), helper: () => 1 }));
    expect(isFeedError(error)).to.equal(true);
    expect(error.code).to.equal('invalid-source');
    // The engine still answers.
    const remote = await client.load(feedOf(RESOURCES));
    expect(remote.feed.size).to.equal(RESOURCES.length);
  });

  for (const depth of [1_500, 20_000, 200_000]) {
    it(`loads a feed object with a value nested ${depth} levels deep without that value, or says it is too deep`, async () => {
      let deep: unknown = 'fond';
      for (let i = 0; i < depth; i++) deep = { a: deep };
      const source = feedOf([{ ...RESOURCES[0]!, extension: deep }, ...RESOURCES.slice(1)]);
      let remote;
      try {
        remote = await client.load(source);
      } catch (error) {
        // Too deep for this thread to copy: a true FeedError, and the way out.
        expect(isFeedError(error)).to.equal(true);
        expect((error as { code: string }).code).to.equal('invalid-source');
        expect((error as { params: { detail?: string } }).params.detail).to.equal(UNREADABLE);
        expect((error as Error).message).to.contain('nested too deep');
        remote = await client.load(withoutDeepValues(source) as object);
      }
      expect(remote.feed.size).to.equal(RESOURCES.length);
      const [first] = await remote.get([RESOURCES[0]!.id as string]);
      expect(first?.id).to.equal(RESOURCES[0]!.id);
    });
  }

  it('withoutDeepValues keeps what lies within the depth limit, and copies', () => {
    const value = { a: [1, { b: 'x' }], c: null };
    const copy = withoutDeepValues(value);
    expect(copy).to.deep.equal(value);
    expect(copy).not.to.equal(value);
    let deep: unknown = 'fond';
    for (let i = 0; i < 100; i++) deep = [deep];
    let depth = 0;
    for (let node = withoutDeepValues({ deep }) as unknown; node !== null && typeof node === 'object'; node = Array.isArray(node) ? node[0] : (node as { deep: unknown }).deep) depth++;
    expect(depth).to.equal(64);
  });

  it('keeps two feeds apart', async () => {
    const a = await client.load(feedOf(RESOURCES.slice(0, 1)));
    const b = await client.load(feedOf(RESOURCES));
    expect((await a.search('')).total).to.equal(1);
    expect((await b.search('')).total).to.equal(RESOURCES.length);
  });
  describe('a request the page started (requestFeed), handed to the engine', () => {
    // Whether this runtime can hand a stream to another thread (requestFeed gives nothing where it cannot).
    const streams = (() => {
      try {
        const stream = new ReadableStream();
        structuredClone(stream, { transfer: [stream] });
        return true;
      } catch {
        return false;
      }
    })();

    it('is not started for an address the engine would refuse: the load says why', async function () {
      expect(requestFeed('ftp://feeds.example.org/feed.json')).to.equal(undefined);
      const error = (await rejection(client.load('ftp://feeds.example.org/feed.json'))) as FeedError;
      expect(error.code).to.equal('invalid-source');
    });

    it('is read by the engine, with no second request', async function () {
      if (!streams) this.skip();
      let requests = 0;
      net.use(http.get(URL_, () => (requests++, HttpResponse.json(feedOf(RESOURCES)))));
      const request = requestFeed(URL_);
      const remote = await client.load(URL_, { request });
      expect(remote.feed.size).to.equal(RESOURCES.length);
      expect(requests).to.equal(1);
    });

    it('reports a 304 with nothing cached as the engine\'s own request would: an "http" error, not retried', async function () {
      if (!streams) this.skip();
      let requests = 0;
      net.use(http.get(URL_, () => (requests++, new HttpResponse(null, { status: 304 }))));
      const error = (await rejection(client.load(URL_, { request: requestFeed(URL_), retries: 2, retryDelayMs: 1 }))) as FeedError;
      expect([error.code, error.status, requests]).to.deep.equal(['http', 304, 1]);
    });

    it('keeps the byte cap on the stream the engine reads', async function () {
      if (!streams) this.skip();
      const big = JSON.stringify(feedOf(RESOURCES));
      // No Content-Length: the cap is met while the engine reads the stream.
      net.use(http.get(URL_, () => new HttpResponse(new Blob([big]).stream(), { headers: { 'content-type': 'application/json' } })));
      const error = (await rejection(client.load(URL_, { request: requestFeed(URL_), maxBytes: 100 }))) as FeedError;
      expect([error.code, error.params.max]).to.deep.equal(['too-large', 100]);
    });

    it('retries a failed first attempt with a request of the engine\'s own', async function () {
      if (!streams) this.skip();
      let requests = 0;
      net.use(http.get(URL_, () => (++requests === 1 ? new HttpResponse('busy', { status: 503 }) : HttpResponse.json(feedOf(RESOURCES)))));
      const retried: number[] = [];
      const remote = await client.load(URL_, { request: requestFeed(URL_), retries: 1, retryDelayMs: 1, onRetry: (info) => retried.push(info.error.status!) });
      expect(retried).to.deep.equal([503]);
      expect(remote.feed.size).to.equal(RESOURCES.length);
      expect(requests).to.equal(2);
    });

    it('is cancelled with the load while its response is still on its way', async function () {
      if (!streams) this.skip();
      net.use(http.get(URL_, async () => {
        await delay('infinite');
        return HttpResponse.json(feedOf(RESOURCES));
      }));
      const abort = new AbortController();
      const request = requestFeed(URL_, { signal: abort.signal })!;
      const loading = client.load(URL_, { request, signal: abort.signal });
      setTimeout(() => abort.abort(), 20);
      expect((await rejection(loading)).code).to.equal('aborted');
      const fetched = await request.response.then(() => 'answered', (error: Error) => error.name);
      expect(fetched).to.equal('AbortError');
    });

    it('times out as a request of the engine\'s own would', async function () {
      if (!streams) this.skip();
      net.use(http.get(URL_, async () => {
        await delay('infinite');
        return HttpResponse.json(feedOf(RESOURCES));
      }));
      const request = requestFeed(URL_)!;
      const error = (await rejection(client.load(URL_, { request, timeoutMs: 50 }))) as FeedError;
      expect(error.code).to.equal('timeout');
      // The page's request is let go too.
      expect(await request.response.then(() => 'answered', (e: Error) => e.name)).to.equal('AbortError');
    });
  });
});
