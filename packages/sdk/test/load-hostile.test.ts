// Hostile and broken responses that loadFeed must turn into a clear FeedError
// (or load, when nothing is actually wrong), in Node and in Chromium.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '#network';
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
});
