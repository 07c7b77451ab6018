// Hostile and broken responses that loadFeed must turn into a clear FeedError
// (or load, when nothing is actually wrong), in Node and in Chromium.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { LOAD_DEFAULTS, loadFeed } from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';
import { failure } from './support/failure.js';

const URL_ = 'https://feeds.example.org/hostile.json';

describe('loadFeed: hostile and broken responses', () => {
  let net: MockNetwork;
  before(async () => {
    net = await startNetwork();
  });
  afterEach(() => net.reset());

  it('stops reading a 100 MiB body without Content-Length at the 64 MiB default, long before the end', async function () {
    this.timeout(30_000);
    const chunk = new Uint8Array(256 * 1024).fill(0x20);
    let produced = 0;
    const hundred = 100 * 1024 * 1024;
    net.use(
      http.get(URL_, () =>
        new HttpResponse(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (produced >= hundred) return controller.close();
              produced += chunk.byteLength;
              controller.enqueue(chunk.slice());
            },
          }, { highWaterMark: 1 }),
          { headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    const error = await failure(loadFeed(URL_));
    expect(error.code).to.equal('too-large');
    expect(error.params.max).to.equal(LOAD_DEFAULTS.maxBytes);
    // A bilingual directory of 20,000 services is about 30 MB of JSON: it must fit.
    expect(LOAD_DEFAULTS.maxBytes).to.equal(64 * 1024 * 1024);
    expect(produced, `${produced} bytes produced`).to.be.below(hundred * 0.8);
  });

  it('refuses at once a body whose Content-Length is past the cap', async () => {
    net.use(http.get(URL_, () => new HttpResponse('{}', { headers: { 'content-length': String(50 * 1024 * 1024) } })));
    expect((await failure(loadFeed(URL_, { maxBytes: 1024 }))).code).to.equal('too-large');
  });

  it('fails with "network" when the connection resets mid-body', async () => {
    const body = new TextEncoder().encode(JSON.stringify(feedOf(RESOURCES)));
    net.use(
      http.get(URL_, () =>
        new HttpResponse(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(body.slice(0, 300));
              controller.error(new TypeError('connection reset'));
            },
          }),
          { headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    expect((await failure(loadFeed(URL_))).code).to.equal('network');
  });

  it('loads a good feed served with a wrong Content-Type (the type is not trusted either way)', async () => {
    net.use(http.get(URL_, () => new HttpResponse(JSON.stringify(feedOf(RESOURCES)), { headers: { 'content-type': 'text/plain' } })));
    expect((await loadFeed(URL_)).resources).to.have.length(RESOURCES.length);
  });

  it('fails with "not-json" on HTML served as application/json', async () => {
    net.use(http.get(URL_, () => new HttpResponse('<!doctype html><h1>Error</h1>', { headers: { 'content-type': 'application/json' } })));
    const error = await failure(loadFeed(URL_));
    expect([error.code, error.params.detail]).to.deep.equal(['not-json', 'html']);
  });

  it('accepts a BOM and fails clearly on an empty body', async () => {
    net.use(http.get(URL_, () => new HttpResponse(`\uFEFF${JSON.stringify(feedOf(RESOURCES.slice(0, 1)))}`), { once: true }));
    expect((await loadFeed(URL_)).resources).to.have.length(1);
    net.use(http.get(URL_, () => new HttpResponse('')));
    expect((await failure(loadFeed(URL_))).code).to.equal('not-json');
  });

  it('gives up at the timeout even when a custom fetch ignores the abort signal', async () => {
    const deaf = (() => new Promise<Response>(() => {})) as typeof fetch;
    const started = Date.now();
    const error = await failure(loadFeed(URL_, { fetch: deaf, timeoutMs: 50 }));
    expect(error.code).to.equal('timeout');
    expect(Date.now() - started).to.be.below(2000);
  });

  it('gives up at the timeout when the body never ends and its stream ignores the signal', async () => {
    const endless = (async () =>
      new Response(new ReadableStream({ start: (c) => c.enqueue(new TextEncoder().encode('{')) }))) as typeof fetch;
    const error = await failure(loadFeed(URL_, { fetch: endless, timeoutMs: 50 }));
    expect(error.code).to.equal('timeout');
  });

  it('stops when aborted even when a custom fetch ignores the signal', async () => {
    const deaf = (() => new Promise<Response>(() => {})) as typeof fetch;
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 20);
    expect((await failure(loadFeed(URL_, { fetch: deaf, signal: abort.signal }))).code).to.equal('aborted');
  });
});

describe('loadFeed: hostile feed objects', () => {
  it('turns a record whose getter throws into a FeedError with a code', async () => {
    const record = { ...RESOURCES[0]! };
    Object.defineProperty(record, 'name', { enumerable: true, get: () => { throw new Error('boom'); } });
    const error = await failure(loadFeed(feedOf([record, ...RESOURCES.slice(1)])));
    expect(error.code).to.equal('invalid-source');
    expect(error.localizedMessage('fr')).to.match(/objet de flux/);
  });

  it('turns a Proxy whose traps throw into a FeedError with a code', async () => {
    const trap = () => { throw new Error('trap'); };
    const hostile = new Proxy({}, { get: trap, ownKeys: trap, getPrototypeOf: trap, has: trap, getOwnPropertyDescriptor: trap });
    expect((await failure(loadFeed(hostile))).code).to.equal('invalid-source');
    const inside = feedOf([new Proxy({ ...RESOURCES[0]! }, { ownKeys: trap, get: trap }), ...RESOURCES.slice(1)]);
    expect((await failure(loadFeed(inside))).code).to.equal('invalid-source');
  });

  it('refuses at once a sparse resources list of length 2^32-1', async () => {
    const resources: unknown[] = [];
    resources.length = 2 ** 32 - 1;
    resources[0] = RESOURCES[0];
    const started = Date.now();
    const error = await failure(loadFeed({ ...feedOf([]), resources }));
    expect(error.code).to.equal('format');
    expect(error.message).to.match(/holes/);
    expect(Date.now() - started).to.be.below(1000);
  });

  it('loads the first records of a list longer than maxRecords without walking the rest', async () => {
    const feed = await loadFeed(feedOf(RESOURCES), { maxRecords: 2 });
    expect(feed.resources).to.have.length(2);
    expect(feed.problems.map((p) => p.code)).to.include('too-many-records');
  });
});

describe('loadFeed: options that make no sense', () => {
  for (const [name, value] of [
    ['retries', Infinity],
    ['retries', -1],
    ['maxBytes', Number.NaN],
    ['timeoutMs', Infinity],
    ['timeoutMs', Number.NaN],
    ['retryDelayMs', -5],
    ['maxRetryDelayMs', Number.NaN],
  ] as const) {
    it(`refuses ${name}: ${value} with a clear FeedError, in English and French`, async () => {
      const error = await failure(loadFeed(URL_, { [name]: value }));
      expect(error.code).to.equal('invalid-option');
      expect(error.params.name).to.equal(name);
      expect(error.message).to.contain(`"${name}"`).and.to.contain('finite');
      expect(error.localizedMessage('fr')).to.contain(`«\u00a0${name}\u00a0»`).and.to.contain('fini');
    });
  }

  it('refuses them for a feed object too, before any work', async () => {
    expect((await failure(loadFeed(feedOf(RESOURCES), { maxBytes: Number.NaN }))).code).to.equal('invalid-option');
  });
});
