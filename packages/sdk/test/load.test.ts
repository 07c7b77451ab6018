import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { loadFeed } from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';
import { failure } from './support/failure.js';

const URL_ = 'https://feeds.example.org/repere.json';

describe('loadFeed', () => {
  let net: MockNetwork;
  before(async () => {
    net = await startNetwork();
  });
  afterEach(() => net.reset());

  it('loads a feed from a URL', async () => {
    net.use(http.get(URL_, () => HttpResponse.json(feedOf(RESOURCES))));
    const feed = await loadFeed(URL_);
    expect(feed.resources).to.have.length(RESOURCES.length);
    expect(feed.meta.defaultLocale).to.equal('fr');
    expect(feed.meta.timezone).to.equal('America/Toronto');
  });

  it('takes a feed object without any request', async () => {
    let requests = 0;
    net.use(http.all('*', () => {
      requests++;
      return HttpResponse.error();
    }));
    const feed = await loadFeed(feedOf(RESOURCES.slice(0, 2)));
    expect(feed.resources).to.have.length(2);
    expect(requests).to.equal(0);
  });

  it('sends no cookies and no referrer', async () => {
    let seen: { cookie: string | null; referrer: string; credentials: string } | undefined;
    net.use(
      http.get(URL_, ({ request }) => {
        seen = { cookie: request.headers.get('cookie'), referrer: request.referrer, credentials: request.credentials };
        return HttpResponse.json(feedOf([]));
      }),
    );
    await loadFeed(URL_);
    expect(seen!.cookie).to.equal(null);
    expect(seen!.credentials).to.equal('omit');
    expect(seen!.referrer).not.to.match(/^https?:/);
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    net.use(
      http.get(URL_, () => new HttpResponse(`\uFEFF${JSON.stringify(feedOf(RESOURCES.slice(0, 1)))}`, { headers: { 'content-type': 'application/json' } })),
    );
    const feed = await loadFeed(URL_);
    expect(feed.resources.map((r) => r.id)).to.deep.equal([RESOURCES[0]!.id]);
  });

  it('keeps a character whole when the network cuts it between two chunks', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(feedOf([{ id: 'a', name: 'Santé — aînés ’ 健康', categories: ['food'] }]))}`);
    // Cut inside every multi-byte character: one byte per chunk.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
        controller.close();
      },
    });
    net.use(http.get(URL_, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } })));
    const feed = await loadFeed(URL_);
    expect(feed.resources[0]!.name.fr).to.equal('Santé — aînés ’ 健康');
  });

  it('normalizes decomposed text from the network', async () => {
    const body = JSON.stringify(feedOf([{ id: 'a', name: 'Sante\u0301', categories: ['health'] }]));
    net.use(http.get(URL_, () => new HttpResponse(body, { headers: { 'content-type': 'application/json' } })));
    const feed = await loadFeed(URL_);
    expect(feed.resources[0]!.name.fr).to.equal('Santé');
  });

  it('loads the 5 good records of a feed with 3 bad ones', async () => {
    const bad = [{ id: 'x1', categories: ['food'] }, { id: 'x2', name: 'X', categories: [] }, { id: 'x3', name: ['X'], categories: ['food'] }];
    net.use(http.get(URL_, () => HttpResponse.json(feedOf([...RESOURCES.slice(0, 3), ...bad, ...RESOURCES.slice(3, 5)]))));
    const feed = await loadFeed(URL_);
    expect(feed.resources).to.have.length(5);
    expect(feed.problems.filter((p) => p.action === 'skipped').map((p) => p.id)).to.deep.equal(['x1', 'x2', 'x3']);
  });

  it('fails with "http" on a server error', async () => {
    net.use(http.get(URL_, () => new HttpResponse('oops', { status: 500 })));
    const error = await failure(loadFeed(URL_));
    expect(error.code).to.equal('http');
    expect(error.status).to.equal(500);
    expect(error.localizedMessage('fr')).to.contain('HTTP 500');
  });

  it('fails with "not-json" on an HTML page served with status 200', async () => {
    net.use(http.get(URL_, () => HttpResponse.html('<!doctype html><title>Maintenance</title><p>Back soon')));
    const error = await failure(loadFeed(URL_));
    expect(error.code).to.equal('not-json');
  });

  it('fails with "not-json" on a truncated body', async () => {
    const text = JSON.stringify(feedOf(RESOURCES));
    net.use(http.get(URL_, () => new HttpResponse(text.slice(0, text.length / 2), { headers: { 'content-type': 'application/json' } })));
    expect((await failure(loadFeed(URL_))).code).to.equal('not-json');
  });

  it('fails with "format" on JSON that is not a feed', async () => {
    net.use(http.get(URL_, () => HttpResponse.json({ items: [] })));
    expect((await failure(loadFeed(URL_))).code).to.equal('format');
  });

  it('fails with "version" on a feed of another version', async () => {
    net.use(http.get(URL_, () => HttpResponse.json({ ...feedOf([]), version: 7 })));
    expect((await failure(loadFeed(URL_))).code).to.equal('version');
  });

  it('fails with "timeout" when the server does not answer in time', async () => {
    net.use(http.get(URL_, async () => {
      await delay('infinite');
      return HttpResponse.json(feedOf([]));
    }));
    const error = await failure(loadFeed(URL_, { timeoutMs: 200 }));
    expect(error.code).to.equal('timeout');
  });

  it('fails with "aborted" when the caller cancels', async () => {
    net.use(http.get(URL_, async () => {
      await delay('infinite');
      return HttpResponse.json(feedOf([]));
    }));
    const controller = new AbortController();
    const pending = loadFeed(URL_, { signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).to.equal('aborted');
  });

  it('fails with "network" when the connection fails', async () => {
    net.use(http.get(URL_, () => HttpResponse.error()));
    expect((await failure(loadFeed(URL_))).code).to.equal('network');
  });

  it('fails with "too-large" past the byte limit', async () => {
    net.use(http.get(URL_, () => HttpResponse.json(feedOf(RESOURCES))));
    expect((await failure(loadFeed(URL_, { maxBytes: 500 }))).code).to.equal('too-large');
  });

  it('refuses a source that is neither a URL nor a feed', async () => {
    expect((await failure(loadFeed('javascript:alert(1)'))).code).to.equal('invalid-source');
    expect((await failure(loadFeed(42 as never))).code).to.equal('invalid-source');
  });
});
