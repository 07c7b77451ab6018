import { errorMessage, type FeedErrorCode } from './messages.js';

export type { FeedErrorCode } from './messages.js';

/**
 * Thrown by {@link loadFeed} when a feed as a whole cannot be used. Problems
 * with single records never throw: they are listed in `Feed.problems`.
 */
export class FeedError extends Error {
  /** A stable code for programs: `network`, `timeout`, `http`, `not-json`, `format`, … */
  readonly code: FeedErrorCode;
  /** The HTTP status, for `http` errors. */
  readonly status?: number;
  /** Values used in the message, e.g. `{ status: 500 }`. */
  readonly params: Readonly<Record<string, string | number | undefined>>;

  constructor(
    code: FeedErrorCode,
    params: Readonly<Record<string, string | number | undefined>> = {},
    options?: { cause?: unknown },
  ) {
    super(errorMessage(code, params), options);
    this.name = 'FeedError';
    this.code = code;
    this.params = params;
    if (typeof params.status === 'number') this.status = params.status;
  }

  /** The message in another language (`fr` or `en`). */
  localizedMessage(locale: string): string {
    return errorMessage(this.code, this.params, locale);
  }
}

/** Whether a value is a {@link FeedError}, across bundle copies too. */
export function isFeedError(value: unknown): value is FeedError {
  return value instanceof FeedError || (value instanceof Error && value.name === 'FeedError' && 'code' in value);
}
