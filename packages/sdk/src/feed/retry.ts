/**
 * Retries for `loadFeed`: which failures are worth another attempt, how long
 * to wait (capped exponential backoff with jitter, `Retry-After` honoured up
 * to the cap), and an abortable wait. No DOM, no timers left behind.
 */
import { FeedError } from '../errors.js';

/** Whether a failed attempt may succeed if tried again: network errors, timeouts, HTTP 5xx and 429. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof Error) || !('code' in error)) return false;
  const { code, status } = error as { code: string; status?: number };
  if (code === 'network' || code === 'timeout') return true;
  return code === 'http' && typeof status === 'number' && (status >= 500 || status === 429);
}

/**
 * The `Retry-After` header in milliseconds (seconds or an HTTP date), or
 * undefined when absent or unreadable. Negative values count as 0.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export interface BackoffOptions {
  readonly retryDelayMs: number;
  readonly maxRetryDelayMs: number;
}

/**
 * The wait before retry number `attempt` (1 for the first): `Retry-After`
 * when the server gave one (429, 503), else `retryDelayMs × 2^(attempt-1)`
 * with "equal jitter" (between half and all of it), never more than
 * `maxRetryDelayMs`. `random` is injectable for tests.
 */
export function retryDelay(attempt: number, error: unknown, opts: BackoffOptions, random: () => number = Math.random): number {
  const cap = Math.max(0, opts.maxRetryDelayMs);
  const retryAfter = (error as { params?: { retryAfterMs?: unknown } } | undefined)?.params?.retryAfterMs;
  if (typeof retryAfter === 'number' && Number.isFinite(retryAfter)) return Math.min(cap, Math.max(0, retryAfter));
  const base = Math.min(cap, Math.max(0, opts.retryDelayMs) * 2 ** Math.max(0, attempt - 1));
  return Math.min(cap, Math.round(base / 2 + random() * (base / 2)));
}

/** Waits `ms`, or rejects with an `aborted` FeedError as soon as `signal` aborts. */
export function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new FeedError('aborted'));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(new FeedError('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
