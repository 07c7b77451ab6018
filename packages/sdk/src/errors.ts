import { errorMessage, type FeedErrorCode } from './messages.js';

export type { FeedErrorCode } from './messages.js';

type Params = Readonly<Record<string, string | number | undefined>>;

/**
 * A {@link FeedError} as plain data (`error.toJSON()`): what crosses a
 * `postMessage` (structured cloning keeps only an `Error`'s name and message)
 * or a JSON log, and what {@link FeedError.fromJSON} turns back into one.
 */
export interface FeedErrorData {
  readonly name: 'FeedError';
  readonly code: FeedErrorCode;
  /** The values of the message (the `details`), e.g. `{ status: 500 }`. */
  readonly params: Params;
  /** The message as worded where the error was raised, in English… */
  readonly message: string;
  /** …and in French. */
  readonly fr: string;
}

/**
 * Thrown by {@link loadFeed} when a feed as a whole cannot be used. Problems
 * with single records never throw: they are listed in `Feed.problems`.
 *
 * It is the one error shape of the SDK, on both sides of an engine's port:
 * the engine sends `error.toJSON()`, the page revives it with
 * `FeedError.fromJSON`, so `instanceof FeedError`, `code`, `params` and
 * `localizedMessage` work the same there.
 */
export class FeedError extends Error {
  /** A stable code for programs: `network`, `timeout`, `http`, `not-json`, `format`, … */
  readonly code: FeedErrorCode;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** Values used in the message, e.g. `{ status: 500 }`. */
  readonly params: Params;

  constructor(code: FeedErrorCode, params: Params = {}, options?: { cause?: unknown }) {
    super(errorMessage(code, params), options);
    this.name = 'FeedError';
    this.code = code;
    this.params = params;
    if (typeof params.status === 'number') this.status = params.status;
  }

  /** Its messages as worded where it was raised, for one revived from its data (the page has no catalogue in the widget's bundle). */
  private words?: { readonly en: string; readonly fr: string };

  /** The message in another language (`fr` or `en`). */
  localizedMessage(locale: string): string {
    return this.words?.[/^fr/i.test(locale) ? 'fr' : 'en'] ?? errorMessage(this.code, this.params, locale);
  }

  /** The error as plain data, safe to `postMessage` or `JSON.stringify` (its `cause` stays behind). */
  toJSON(): FeedErrorData {
    return { name: 'FeedError', code: this.code, params: this.params, message: this.message, fr: this.localizedMessage('fr') };
  }

  /** A `FeedError` again from {@link FeedError.toJSON}'s data, with the same code, params and messages in both languages. */
  static fromJSON(data: FeedErrorData): FeedError {
    const error = new FeedError(data.code, data.params);
    error.message = data.message;
    error.words = { en: data.message, fr: data.fr };
    return error;
  }

  /**
   * Any failure as a `FeedError`: a `FeedError` as it is (one from another
   * copy of the SDK too), anything else under `code` (default `network`),
   * kept as the `cause`.
   */
  static from(error: unknown, code: FeedErrorCode = 'network'): FeedError {
    return isFeedError(error) ? error : new FeedError(code, {}, { cause: error });
  }
}

/** Whether a value is a {@link FeedError}, across bundle copies too. */
export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError || (value instanceof Error && value.name === 'FeedError' && 'code' in value);
}
