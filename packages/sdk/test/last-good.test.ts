// The last good feed: saved after a load, given back (marked stale) when the
// feed fails, per feed URL, and never a reason to fail when storage is
// missing, blocked or full. Node has no Cache API: there a Map-backed
// localStorage stands in; Chromium uses its real Cache API and localStorage.
import { expect } from 'chai';
import { http, HttpResponse } from 'msw';
import { startNetwork, type MockNetwork } from '../../../test-support/network.js';
import { clearLastGood, FeedError, loadFeed, readLastGood, saveLastGood } from '@repere/sdk';
import { lastGoodKey, LAST_GOOD_CACHE } from '@repere/sdk/internal';
import { feedOf, RESOURCES } from './support/feeds.js';
import { failure } from './support/failure.js';

const A = 'https://feeds.example.org/a.json';
const B = 'https://feeds.example.org/b.json';

class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
}

/** Replaces a global (own or inherited, e.g. window.caches) for the time of `fn`. */
async function withGlobal<T>(name: string, value: unknown, fn: () => Promise<T>): Promise<T> {
  const g = globalThis as Record<string, unknown>;
  const own = Object.getOwnPropertyDescriptor(g, name);
  Object.defineProperty(g, name, { configurable: true, get: typeof value === 'function' && (value as { getter?: boolean }).getter ? (value as () => unknown) : () => value });
  try {
    return await fn();
  } finally {
    if (own) Object.defineProperty(g, name, own);
    else delete g[name];
  }
}

/** A getter that throws, as `localStorage` or `caches` do in a sandboxed or storage-blocked frame. */
const throwing = Object.assign(
  () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  { getter: true },
);

const hasCaches = typeof (globalThis as { caches?: unknown }).caches !== 'undefined';
const hasLocal = (() => {
  try {
    return typeof (globalThis as { localStorage?: unknown }).localStorage !== 'undefined';
  } catch {
    return false;
  }
})();

describe('last good feed', () => {
  let net: MockNetwork;
  before(async () => {
    net = await startNetwork();
    if (!hasLocal) Object.defineProperty(globalThis, 'localStorage', { configurable: true, value: new MemoryStorage() });
  });
  after(() => {
    if (!hasLocal) delete (globalThis as Record<string, unknown>).localStorage;
  });
  beforeEach(() => clearLastGood());
  afterEach(async () => {
    net.reset();
    await clearLastGood();
  });

  it('stores nothing unless asked (the SDK default)', async () => {
    net.use(http.get(A, () => HttpResponse.json(feedOf(RESOURCES))));
    await loadFeed(A);
    expect(await readLastGood(A)).to.equal(undefined);
    if (hasCaches) expect(await caches.has(LAST_GOOD_CACHE), 'no cache created').to.equal(false);
  });

  it('gives back the saved copy, with its date and the error, when the feed then fails', async () => {
    net.use(http.get(A, () => HttpResponse.json(feedOf(RESOURCES)), { once: true }));
    const before = Date.now();
    const fresh = await loadFeed(A, { lastGood: true });
    expect(fresh.stale).to.equal(undefined);
    const copy = await readLastGood(A);
    expect(copy?.where).to.equal(hasCaches ? 'cache' : 'local-storage');
    for (const fail of [() => new HttpResponse('down', { status: 503 }), () => HttpResponse.error(), () => HttpResponse.html('<html>Maintenance</html>')]) {
      net.use(http.get(A, fail));
      const stale = await loadFeed(A, { lastGood: true });
      expect(stale.resources.map((r) => r.id)).to.deep.equal(fresh.resources.map((r) => r.id));
      expect(Date.parse(stale.stale!.savedAt)).to.be.at.least(before - 1000);
      expect(stale.stale!.error).to.be.instanceOf(FeedError);
      net.reset();
    }
  });

  it('answers a 304 with nothing cached with a clear "http" error, or with the copy when there is one', async () => {
    net.use(http.get(A, () => new HttpResponse(null, { status: 304 })));
    const error = await failure(loadFeed(A, { lastGood: true }));
    expect([error.code, error.status]).to.deep.equal(['http', 304]);
    expect(error.message).to.contain('HTTP 304');
    await saveLastGood(A, JSON.stringify(feedOf(RESOURCES.slice(0, 2))));
    const stale = await loadFeed(A, { lastGood: true });
    expect(stale.resources).to.have.length(2);
    expect(stale.stale!.error.status).to.equal(304);
  });

  it('forgets the copy kept earlier with lastGood "forget" (no-cache), by the time the load ends, whether it fails or not', async () => {
    for (const answer of [() => HttpResponse.json(feedOf(RESOURCES)), () => new HttpResponse('down', { status: 503 })]) {
      await saveLastGood(A, JSON.stringify(feedOf(RESOURCES.slice(0, 1))));
      net.use(http.get(A, answer));
      const loaded = await loadFeed(A, { lastGood: 'forget' }).catch((error: FeedError) => error);
      // A failure is reported as it is: the copy is neither shown nor kept.
      if (loaded instanceof FeedError) expect(loaded.status).to.equal(503);
      else expect(loaded.resources).to.have.length(RESOURCES.length);
      expect(await readLastGood(A)).to.equal(undefined);
      net.reset();
    }
    // Nor is the feed that loaded saved.
    net.use(http.get(A, () => HttpResponse.json(feedOf(RESOURCES))));
    await loadFeed(A, { lastGood: 'forget' });
    expect(await readLastGood(A)).to.equal(undefined);
  });

  it('keeps one copy per feed URL', async () => {
    await saveLastGood(A, JSON.stringify(feedOf(RESOURCES.slice(0, 1))));
    net.use(http.get(B, () => new HttpResponse('down', { status: 500 })));
    expect((await failure(loadFeed(B, { lastGood: true }))).status).to.equal(500);
    expect(lastGoodKey(A)).to.not.equal(lastGoodKey(B));
    expect(lastGoodKey(A)).to.match(/^repere:feed:[0-9a-z]+$/);
  });

  it('never falls back on an abort', async () => {
    await saveLastGood(A, JSON.stringify(feedOf(RESOURCES)));
    const controller = new AbortController();
    controller.abort();
    expect((await failure(loadFeed(A, { lastGood: true, signal: controller.signal }))).code).to.equal('aborted');
  });

  it('ignores a copy that no longer reads as a feed, and reports the real failure', async () => {
    await saveLastGood(A, '{"format": "repere-feed", "vers');
    net.use(http.get(A, () => new HttpResponse('down', { status: 500 })));
    expect((await failure(loadFeed(A, { lastGood: true }))).status).to.equal(500);
  });

  it('uses localStorage when there is no Cache API, only under 2 MB', async () => {
    await withGlobal('caches', undefined, async () => {
      const small = JSON.stringify(feedOf(RESOURCES));
      expect(await saveLastGood(A, small)).to.equal('local-storage');
      expect(localStorage.getItem(lastGoodKey(A))).to.contain('"savedAt"');
      expect((await readLastGood(A))?.text).to.equal(small);
      const big = JSON.stringify(feedOf([{ id: 'x', name: 'x'.repeat(2.1 * 1024 * 1024), categories: ['food'] }]));
      expect(await saveLastGood(A, big)).to.equal(undefined);
      expect(localStorage.getItem(lastGoodKey(A)), 'the older, smaller copy is dropped too').to.equal(null);
    });
  });

  it('ignores a localStorage entry for another URL under the same key', async () => {
    await withGlobal('caches', undefined, async () => {
      localStorage.setItem(lastGoodKey(A), JSON.stringify({ url: B, savedAt: new Date().toISOString(), text: '{}' }));
      expect(await readLastGood(A)).to.equal(undefined);
    });
  });

  it('loads and fails as usual when storage throws SecurityError or QuotaExceededError', async () => {
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const brokenCaches = { open: () => Promise.reject(new DOMException('blocked', 'SecurityError')), match: () => Promise.reject(new DOMException('blocked', 'SecurityError')), has: () => Promise.reject(new Error('x')), delete: () => Promise.reject(new Error('x')) };
    for (const [caches, storage] of [[throwing, throwing], [brokenCaches, full], [undefined, undefined]] as const) {
      await withGlobal('caches', caches, () =>
        withGlobal('localStorage', storage, async () => {
          net.use(http.get(A, () => HttpResponse.json(feedOf(RESOURCES)), { once: true }));
          expect((await loadFeed(A, { lastGood: true })).resources.length).to.equal(RESOURCES.length);
          net.use(http.get(A, () => new HttpResponse('down', { status: 500 })));
          expect((await failure(loadFeed(A, { lastGood: true }))).status).to.equal(500);
          await clearLastGood(A);
          await clearLastGood();
          net.reset();
        }),
      );
    }
  });

  it('clears one feed’s copy or all of them, creating nothing', async () => {
    await saveLastGood(A, JSON.stringify(feedOf([])));
    await saveLastGood(B, JSON.stringify(feedOf([])));
    await clearLastGood(A);
    expect(await readLastGood(A)).to.equal(undefined);
    expect(await readLastGood(B)).to.not.equal(undefined);
    await clearLastGood();
    expect(await readLastGood(B)).to.equal(undefined);
    if (hasCaches) expect(await caches.has(LAST_GOOD_CACHE)).to.equal(false);
  });
});
