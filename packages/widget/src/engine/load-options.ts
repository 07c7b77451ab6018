/**
 * The element's attributes as one load: what to load and how. Pure (no DOM,
 * no engine), so that every attribute's meaning is read, and tested, here.
 * What the SDK decides (at most `MAX_RETRIES` retries, the byte cap's and the
 * time limit's checks) it decides; this only turns attribute values into
 * options, leaving out the ones that are not usable numbers.
 */
import { FeedError, type EngineLoadOptions } from '@repere/sdk';

/** How many times the finder tries the feed again by default (network errors, timeouts, 5xx, 429). */
export const DEFAULT_RETRIES = 2;

/** The attributes (properties) of `<repere-finder>` that say what to load and how. */
export interface FeedAttributes {
  readonly feed?: string | undefined;
  readonly feedData?: object | undefined;
  readonly noCache?: boolean;
  readonly retries?: number | undefined;
  readonly timeout?: number | undefined;
  readonly maxBytes?: number | undefined;
}

/** A load: the feed (an address as written, resolved against the page by the engine's client, or an object) and its options. */
export interface FeedLoad {
  readonly source: string | object;
  readonly options: EngineLoadOptions;
}

const finite = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

/**
 * What `<repere-finder>` asks its engine to load, from its attributes:
 * `feed-data` before `feed`; `no-cache` forgets any saved copy (else one is
 * kept and shown when the feed fails); `retries` (default 2), `timeout` and
 * `max-bytes` when they are usable numbers.
 *
 * @throws {FeedError} `invalid-source` when no feed is given.
 */
export function feedLoad(attributes: FeedAttributes): FeedLoad {
  const source = attributes.feedData ?? attributes.feed;
  if (source === undefined || source === '') throw new FeedError('invalid-source');
  return {
    source,
    options: {
      retries: finite(attributes.retries) && attributes.retries >= 0 ? attributes.retries : DEFAULT_RETRIES,
      // (A feed object has no copy to keep: loadFeed reads this only for a URL.)
      lastGood: attributes.noCache ? 'forget' : true,
      ...(finite(attributes.timeout) && attributes.timeout > 0 ? { timeoutMs: attributes.timeout } : {}),
      ...(finite(attributes.maxBytes) && attributes.maxBytes > 0 ? { maxBytes: attributes.maxBytes } : {}),
    },
  };
}
