/**
 * What `loadFeed` refuses before it starts, and what it never lets out: a
 * numeric option that is not a finite number 0 or more (`retries: Infinity`
 * would retry forever, `maxBytes: NaN` would lift the cap), and any error
 * that is not a `FeedError` (a feed object's getter or Proxy trap that throws).
 */
import { FeedError } from '../errors.js';
import type { LoadOptions } from '../options.js';

const NUMERIC = ['retries', 'maxBytes', 'timeoutMs', 'retryDelayMs', 'maxRetryDelayMs', 'maxRecords', 'maxStringLength'] as const;

/** Throws an `invalid-option` FeedError for the first numeric option that is set but not a finite number, 0 or more. */
export function checkLoadOptions(options: LoadOptions): void {
  for (const name of NUMERIC) {
    const value: unknown = options[name];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      throw new FeedError('invalid-option', { name, value: String(value).slice(0, 40) });
    }
  }
}

/** Any failure as a `FeedError`: a feed object that throws while being read is not a usable source. */
export function asFeedError(error: unknown): FeedError {
  return FeedError.from(error, 'invalid-source');
}
