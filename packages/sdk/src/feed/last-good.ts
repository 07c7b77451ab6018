/**
 * The last good feed: a copy of the last feed body that loaded and validated,
 * kept so that a finder can still show phone numbers when the feed server
 * fails. Feed data only (public, the same for every resident): never a query,
 * a filter or anything a resident did.
 *
 * Where: the Cache API (cache `repere-last-good-v1`, keyed by the feed URL)
 * when the page has it, else `localStorage` (key `repere:feed:<hash of the
 * feed URL>`) when the body is under 2 MB, else nowhere. No DOM dependency;
 * every access is wrapped, so that a `SecurityError` (sandboxed frame, blocked
 * storage), a `QuotaExceededError` or disabled storage only means "no copy".
 */
import { LAST_GOOD_MAX_LOCAL_CHARS } from '../options.js';

/** The name of the Cache API cache that holds the copies. */
export const LAST_GOOD_CACHE = 'repere-last-good-v1';
/** The prefix of the `localStorage` keys that hold copies. */
export const LAST_GOOD_PREFIX = 'repere:feed:';
const SAVED_AT = 'x-repere-saved-at';

/** A stored copy of a feed body. */
export interface LastGoodCopy {
  /** The feed body, as it was received. */
  readonly text: string;
  /** When it was saved (ISO 8601). */
  readonly savedAt: string;
  /** Where it was found. */
  readonly where: 'cache' | 'local-storage';
}

/** `repere:feed:<FNV-1a hash of the URL>`: the `localStorage` key of a feed's copy. */
export function lastGoodKey(url: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193);
  return `${LAST_GOOD_PREFIX}${(h >>> 0).toString(36)}`;
}

// Saves, reads and removals of one URL run in the order they were asked:
// `loadFeed` does not make the resident wait for its save, yet a read or a
// removal that follows it always sees it done.
const queues = new Map<string, Promise<void>>();

function inTurn<T>(url: string, task: () => Promise<T>): Promise<T> {
  const run = (queues.get(url) ?? Promise.resolve()).then(task, task);
  const settled = run.then(
    () => {},
    () => {},
  );
  queues.set(url, settled);
  void settled.then(() => {
    if (queues.get(url) === settled) queues.delete(url);
  });
  return run;
}

/** `globalThis.caches`, or undefined when absent or when merely reading it throws (opaque origins). */
function cacheStorage(): CacheStorage | undefined {
  try {
    const caches = (globalThis as { caches?: CacheStorage }).caches;
    return caches && typeof caches.open === 'function' ? caches : undefined;
  } catch {
    return undefined;
  }
}

/** `globalThis.localStorage`, or undefined when absent, disabled or throwing `SecurityError`. */
function localStore(): Storage | undefined {
  try {
    const storage = (globalThis as { localStorage?: Storage }).localStorage;
    return storage && typeof storage.getItem === 'function' ? storage : undefined;
  } catch {
    return undefined;
  }
}

function removeLocal(url: string): void {
  try {
    localStore()?.removeItem(lastGoodKey(url));
  } catch {
    // Nothing to do: storage is unavailable.
  }
}

async function removeCached(url: string): Promise<void> {
  const caches = cacheStorage();
  try {
    if (caches && (await caches.has(LAST_GOOD_CACHE))) await (await caches.open(LAST_GOOD_CACHE)).delete(url);
  } catch {
    // Nothing to do: the Cache API is unavailable.
  }
}

/**
 * Saves a feed body as the last good copy for `url`: in the Cache API, else
 * in `localStorage` when it is small enough. Resolves with where it went, or
 * undefined when it could not be kept anywhere. Never throws.
 */
export function saveLastGood(url: string, text: string, savedAt: Date = new Date()): Promise<LastGoodCopy['where'] | undefined> {
  return inTurn(url, () => save(url, text, savedAt.toISOString()));
}

async function save(url: string, text: string, when: string): Promise<LastGoodCopy['where'] | undefined> {
  const caches = cacheStorage();
  if (caches) {
    try {
      const cache = await caches.open(LAST_GOOD_CACHE);
      await cache.put(url, new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8', [SAVED_AT]: when } }));
      removeLocal(url);
      return 'cache';
    } catch {
      // Quota, an URL the Cache API refuses (file:, blob:), a blocked cache: try localStorage.
    }
  }
  const storage = localStore();
  if (!storage) return undefined;
  if (text.length > LAST_GOOD_MAX_LOCAL_CHARS) {
    removeLocal(url); // an older, smaller copy would be misleading next to a newer feed
    return undefined;
  }
  try {
    storage.setItem(lastGoodKey(url), JSON.stringify({ url, savedAt: when, text }));
    return 'local-storage';
  } catch {
    removeLocal(url);
    return undefined;
  }
}

/** The last good copy for `url`, or undefined (none, unreadable, storage unavailable). Never throws. */
export function readLastGood(url: string): Promise<LastGoodCopy | undefined> {
  return inTurn(url, () => read(url));
}

async function read(url: string): Promise<LastGoodCopy | undefined> {
  const caches = cacheStorage();
  if (caches) {
    try {
      // CacheStorage.match with a cacheName does not create the cache when it is missing.
      const response = await caches.match(url, { cacheName: LAST_GOOD_CACHE });
      if (response) {
        const savedAt = response.headers.get(SAVED_AT) ?? '';
        const text = await response.text();
        if (!Number.isNaN(Date.parse(savedAt))) return { text, savedAt, where: 'cache' };
      }
    } catch {
      // Fall through to localStorage.
    }
  }
  try {
    const raw = localStore()?.getItem(lastGoodKey(url));
    if (!raw) return undefined;
    const value = JSON.parse(raw) as { url?: unknown; savedAt?: unknown; text?: unknown };
    if (value.url !== url || typeof value.text !== 'string' || typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) {
      return undefined;
    }
    return { text: value.text, savedAt: value.savedAt, where: 'local-storage' };
  } catch {
    return undefined;
  }
}

/**
 * Removes the copy of `url`, or every copy when no URL is given (the cache
 * `repere-last-good-v1` and every `repere:feed:` key). Never throws, and
 * creates nothing.
 */
export async function clearLastGood(url?: string): Promise<void> {
  if (url !== undefined) {
    return inTurn(url, async () => {
      await removeCached(url);
      removeLocal(url);
    });
  }
  await Promise.all(queues.values());
  try {
    await cacheStorage()?.delete(LAST_GOOD_CACHE);
  } catch {
    // The Cache API is unavailable.
  }
  try {
    const storage = localStore();
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(LAST_GOOD_PREFIX)) keys.push(key);
    }
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage is unavailable.
  }
}
