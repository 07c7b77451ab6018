// Retries: which failures are tried again, how long the SDK waits, and that
// an abort stops everything. Runs in Node and in Chromium (msw in both).
import { expect } from 'chai';
import { delay, http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { FeedError, loadFeed, MAX_RETRIES, type RetryInfo } from '@repere/sdk';
import { isRetryable, parseRetryAfter, retryDelay } from '@repere/sdk/internal';
import { feedOf, RESOURCES } from './support/feeds.js';
import { failure } from './support/failure.js';

const URL_ = 'https://feeds.example.org/retry.json';
const FAST = { retryDelayMs: 1, maxRetryDelayMs: 5 };

/** A handler that answers with `answers[n]` on the n-th request (the last one repeats), counting requests. */
function sequence(answers: Array<() => Response | Promise<Response>>): { count: () => number; handler: ReturnType<typeof http.get> } {
  let n = 0;
  return {
    count: () => n,
    handler: http.get(URL_, () => answers[Math.min(n++, answers.length - 1)]!()),
  };
}

const ok = () => HttpResponse.json(feedOf(RESOURCES.slice(0, 3)));
const status = (code: number, headers: Record<string, string> = {}) => () => new HttpResponse('no', { status: code, headers });

describe('retries: which failures are tried again', () => {
  it('retries network errors, timeouts, 5xx and 429; not other 4xx, unreadable feeds or aborts', () => {
    const yes = [new FeedError('network'), new FeedError('timeout', { seconds: 1 }), new FeedError('http', { status: 500 }), new FeedError('http', { status: 503 }), new FeedError('http', { status: 429 })];
    const no = [
      new FeedError('http', { status: 404 }),
      new FeedError('http', { status: 403 }),
      new FeedError('http', { status: 304 }),
      new FeedError('not-json'),
      new FeedError('format', { detail: 'x' }),
      new FeedError('too-large', { max: 1 }),
      new FeedError('aborted'),
      new Error('other'),
      undefined,
    ];
    expect(yes.map(isRetryable)).to.deep.equal(yes.map(() => true));
    expect(no.map(isRetryable)).to.deep.equal(no.map(() => false));
  });

  it('reads Retry-After in seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-01T12:00:00Z');
    expect(parseRetryAfter('3', now)).to.equal(3000);
    expect(parseRetryAfter(' 0 ', now)).to.equal(0);
    expect(parseRetryAfter('Sun, 01 Nov 2026 12:00:10 GMT', now)).to.equal(10_000);
    expect(parseRetryAfter('Sun, 01 Nov 2026 11:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('backs off exponentially with jitter, never past the cap; Retry-After wins, capped too', () => {
    const opts = { retryDelayMs: 500, maxRetryDelayMs: 8000 };
    const err = new FeedError('network');
    // Equal jitter: between half and all of 500 × 2^(n-1).
    expect([1, 2, 3, 4].map((n) => retryDelay(n, err, opts, () => 0))).to.deep.equal([250, 500, 1000, 2000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, err, opts, () => 1))).to.deep.equal([500, 1000, 2000, 4000]);
    expect(retryDelay(10, err, opts, () => 1)).to.equal(8000);
    expect(retryDelay(30, err, opts, () => 0.5)).to.be.at.most(8000);
    const limited = new FeedError('http', { status: 429, retryAfterMs: 3000 });
    expect(retryDelay(1, limited, opts, () => 0)).to.equal(3000);
    const tooLong = new FeedError('http', { status: 503, retryAfterMs: 3_600_000 });
    expect(retryDelay(1, tooLong, opts, () => 0)).to.equal(8000);
  });
});

describe('retries: loadFeed', () => {
  let net: MockNetwork;
  before(async () => {
    net = await startNetwork();
  });
  afterEach(() => net.reset());

  it('makes one attempt by default (backwards compatible)', async () => {
    const s = sequence([status(503), ok]);
    net.use(s.handler);
    expect((await failure(loadFeed(URL_))).status).to.equal(503);
    expect(s.count()).to.equal(1);
  });

  it('recovers from 500 then 503 with retries: 2', async () => {
    const s = sequence([status(500), status(503), ok]);
    net.use(s.handler);
    const seen: RetryInfo[] = [];
    const feed = await loadFeed(URL_, { retries: 2, ...FAST, onRetry: (info) => seen.push(info) });
    expect(feed.resources).to.have.length(3);
    expect(s.count()).to.equal(3);
    expect(seen.map((i) => [i.attempt, i.error.status])).to.deep.equal([[1, 500], [2, 503]]);
    expect(feed.stale).to.equal(undefined);
  });

  it('gives up after the last retry with the last error', async () => {
    const s = sequence([status(502)]);
    net.use(s.handler);
    const error = await failure(loadFeed(URL_, { retries: 3, ...FAST }));
    expect([error.code, error.status]).to.deep.equal(['http', 502]);
    expect(s.count()).to.equal(4);
  });

  it(`never tries more than ${MAX_RETRIES} times again, whatever retries asks (a page cannot hammer a failing server)`, async () => {
    const s = sequence([status(503)]);
    net.use(s.handler);
    const error = await failure(loadFeed(URL_, { retries: 50, retryDelayMs: 0, maxRetryDelayMs: 0 }));
    expect(error.status).to.equal(503);
    expect(s.count()).to.equal(MAX_RETRIES + 1);
  });

  it('honours Retry-After on 429 (0 s: at once), within the cap', async () => {
    const s = sequence([status(429, { 'Retry-After': '0' }), status(429, { 'Retry-After': '3600' }), ok]);
    net.use(s.handler);
    const delays: number[] = [];
    await loadFeed(URL_, { retries: 2, retryDelayMs: 1, maxRetryDelayMs: 20, onRetry: (i) => delays.push(i.delayMs) });
    expect(delays).to.deep.equal([0, 20]);
    expect(s.count()).to.equal(3);
  });

  it('does not retry a 404, a 403 or a 304', async () => {
    for (const code of [404, 403, 304]) {
      const s = sequence([status(code), ok]);
      net.use(s.handler);
      expect((await failure(loadFeed(URL_, { retries: 3, ...FAST }))).status).to.equal(code);
      expect(s.count(), `HTTP ${code}`).to.equal(1);
      net.reset();
    }
  });

  it('does not retry a feed that cannot be read (HTML with 200, truncated JSON)', async () => {
    const s = sequence([() => HttpResponse.html('<!doctype html><p>Maintenance'), ok]);
    net.use(s.handler);
    expect((await failure(loadFeed(URL_, { retries: 3, ...FAST }))).code).to.equal('not-json');
    expect(s.count()).to.equal(1);
  });

  it('retries network errors and a connection reset mid-body', async () => {
    const body = new TextEncoder().encode(JSON.stringify(feedOf(RESOURCES)));
    const reset = () =>
      new HttpResponse(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(body.slice(0, 200));
            controller.error(new TypeError('connection reset'));
          },
        }),
        { headers: { 'content-type': 'application/json' } },
      );
    const s = sequence([() => HttpResponse.error(), reset, ok]);
    net.use(s.handler);
    const feed = await loadFeed(URL_, { retries: 2, ...FAST });
    expect(feed.resources).to.have.length(3);
    expect(s.count()).to.equal(3);
  });

  it('retries a timeout, each attempt with its own time limit', async () => {
    const s = sequence([
      async () => {
        await delay('infinite');
        return ok();
      },
      ok,
    ]);
    net.use(s.handler);
    const feed = await loadFeed(URL_, { retries: 1, timeoutMs: 150, ...FAST });
    expect(feed.resources).to.have.length(3);
    expect(s.count()).to.equal(2);
  });

  it('stops at once when aborted during the wait, with no further request', async () => {
    const s = sequence([status(503)]);
    net.use(s.handler);
    const controller = new AbortController();
    const pending = loadFeed(URL_, {
      retries: 5,
      retryDelayMs: 60_000,
      maxRetryDelayMs: 60_000,
      signal: controller.signal,
      onRetry: () => setTimeout(() => controller.abort(), 0),
    });
    expect((await failure(pending)).code).to.equal('aborted');
    expect(s.count()).to.equal(1);
  });
});
