/**
 * `@repere/sdk/internal`: what Repère's own packages and tests need beyond the
 * public API (`@repere/sdk`): the pieces behind `loadFeed`, the search
 * index, time-zone arithmetic, the format's shared patterns. Nothing here is
 * documented for apps, and any of it may change in any release.
 *
 * @packageDocumentation
 */

// Loading: retries and the last good copy's storage names
export { isRetryable, parseRetryAfter, retryDelay } from './feed/retry.js';
export type { BackoffOptions } from './feed/retry.js';
export { lastGoodKey, LAST_GOOD_CACHE, LAST_GOOD_PREFIX } from './feed/last-good.js';

// Messages by code (a `FeedError` or `formatProblem` is the public way)
export { problemMessage, errorMessage } from './messages.js';

// The search index and the synchronous search behind `createFinder`
export { buildIndex } from './search/index-builder.js';
export type { SearchIndex } from './search/search-index.js';
export { searchIndex } from './search/finder.js';
export { highlightRanges } from './search/highlight.js';
export { queryTerms } from './search/normalize.js';

// How far near me looks across a region's border for region shards (the rule itself, `chooseShards`, is public)
export { NEAR_SHARD_REACH_KM } from './feed/shards.js';

// Wall-clock arithmetic in a time zone
export { zonedInstant, zonedParts } from './hours/zoned.js';
export type { ZonedParts } from './hours/zoned.js';

// The format's language-tag and timestamp patterns, for tools that write feeds (ids: ID_PATTERN, public)
export { LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from './feed/patterns.js';
