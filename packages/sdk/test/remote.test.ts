// The engine behind a port (serveFinder ↔ connectFinder): the same answers as
// the SDK in-thread, with records kept on the engine's side. Over a
// MessageChannel here, in Node and in Chromium; remote-worker.test.ts runs a
// real Web Worker.
import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '#network';
import { connectFinder, createFinder, isFeedError, loadFeed, openStatus, serveFinder, UNREADABLE, withoutDeepValues, type FinderClient } from '@repere/sdk';
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

describe('connectFinder / serveFinder', () => {
  let net: MockNetwork;
  let client: FinderClient;
  let channel: MessageChannel;
  before(async () => {
    net = await startNetwork();
  });
  beforeEach(async () => {
    channel = new MessageChannel();
    serveFinder(channel.port1);
    client = connectFinder(channel.port2);
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
      const remote = connectFinder(fake.port2);
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
});
