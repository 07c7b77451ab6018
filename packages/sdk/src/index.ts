/**
 * @repere/sdk: load, validate and search Repère community-resource feeds, in
 * browsers, workers and Node. No DOM, no request but the feed's, and no storage
 * unless `loadFeed(url, { lastGood: true })` asks to keep the last good feed.
 *
 * This entry is the public API, each name listed in docs/sdk.md (a test holds
 * the two to each other). What the other packages and the tests need beyond
 * it is in `@repere/sdk/internal`, which may change in any release.
 *
 * @packageDocumentation
 */

// Loading and validating feeds
export { loadFeed, parseFeedText } from './feed/load.js';
export type { LoadedFeed, StaleInfo } from './feed/load.js';
export { saveLastGood, readLastGood, clearLastGood } from './feed/last-good.js';
export type { LastGoodCopy } from './feed/last-good.js';
export { validateFeed, formatProblem } from './feed/validate.js';
export { isResourceTable } from './feed/table.js';
export type { ResourceTable } from './feed/table.js';
export { isSkippedKey, removeUnsafeChars, withoutDeepValues } from './feed/clean.js';
export { RECORD_LIST_CAPS } from './feed/list-caps.js';
export { FeedError, isFeedError } from './errors.js';
export type { FeedErrorCode } from './errors.js';
export type { ProblemCode } from './messages.js';
export type { LoadOptions, RetryInfo, ValidateOptions } from './options.js';
export { LOAD_DEFAULTS, VALIDATE_DEFAULTS, SEARCH_DEFAULTS } from './options.js';

// The format
export { FeedSchema, ResourceSchema, CategorySchema, RegionSchema } from './feed/schema.js';
export { AUDIENCES, DELIVERY_MODES, COSTS, PHONE_KINDS, DAYS, DISTRESS_KINDS } from './feed/vocabulary.js';
export { ID_PATTERN } from './feed/patterns.js';
export type { Audience, Cost, Day, DeliveryMode, DistressKind, PhoneKind } from './feed/vocabulary.js';
export type {
  FeedDocument,
  ResourceInput,
  CategoryInput,
  RegionInput,
  LocalizedTextInput,
} from './feed/schema.js';
export type {
  Feed,
  FeedMeta,
  FeedProblem,
  Resource,
  Category,
  Region,
  Synonym,
  Phone,
  Address,
  Location,
  Hours,
  CrisisLine,
  InterpretationLine,
  LocalizedText,
  LocalizedList,
} from './feed/model.js';

// Links
export { safeWebUrl, safeEmail, safeHref, telHref, mailtoHref } from './feed/safe-url.js';

// Searching
export { createFinder } from './search/finder.js';
export type {
  Finder,
  SearchOptions,
  SearchFilters,
  SearchResults,
  SearchResult,
  Facets,
  Highlights,
  SortOrder,
} from './search/finder.js';
export { FACET_DIMENSIONS } from './search/search-index.js';
export type { FacetDimension } from './search/search-index.js';
export { splitHighlights } from './search/highlight.js';
export type { Range, TextSegment } from './search/highlight.js';
export { fold } from './search/normalize.js';
export { readDistress } from './search/distress.js';

// What residents look for, anonymously (needs-endpoint)
export { needSearch, safeTokens, needsBatch, needsDay, NEEDS_LIMITS, NEED_FILTERS, RESULT_BUCKETS } from './needs/index.js';
export type { NeedSearch, NeedSearchInput, NeedsBatch, NeedFilter, NeedsLimits, ResultBucket } from './needs/index.js';
export { checkNeedsBatch, NeedsBatchSchema } from './needs/schema.js';
export type { NeedsBatchCheck } from './needs/schema.js';

// Text, hours, places
export { baseLanguage, localize } from './text/localize.js';
export type { LocalizedResult } from './text/localize.js';
export { isOpen, nextOpening, openStatus } from './hours/open.js';
export { isTimeZone } from './time-zone.js';
export { OPEN_AT_PATTERN, openAtInstant, weekdayIn } from './hours/open-at.js';
export type { Opening, OpenStatus } from './hours/open.js';
export { distanceKm } from './geo/distance.js';
export type { LatLon } from './geo/distance.js';

// Searching in a Web Worker (or behind any MessagePort): the engine
export { serveEngine, summarize } from './worker/serve.js';
export { connectEngine } from './worker/connect.js';
export { UNREADABLE } from './worker/protocol.js';
export type { EngineClient, EngineFinder, EngineLoadCall, EngineSearchCall, EngineGetCall } from './worker/connect.js';
export type { EnginePort, FeedSummary, EngineLoadOptions, EngineSearchOptions, EngineSearchResult, EngineSearchResults } from './worker/protocol.js';
export { requestFeed, resolveFeedUrl } from './feed/request.js';
export type { FeedRequest } from './feed/request.js';
export type { FeedErrorData } from './errors.js';
export type { LastGoodPolicy } from './options.js';
export { MAX_RETRIES } from './options.js';
// Deprecated names of the engine's API (docs/sdk.md, "Renamed")
export { serveFinder } from './worker/serve.js';
export { connectFinder } from './worker/connect.js';
export type { FinderClient, RemoteFinder, RemoteFeedError, RemoteLoadCall } from './worker/connect.js';
export type { RemoteLoadOptions, RemoteSearchOptions, RemoteSearchResult, RemoteSearchResults } from './worker/protocol.js';

// Region shards (`repere pack --split region`); last, so that the modules the page's bundle shares keep their order.
/** Region shards: the manifest, which shards a place needs, and which records a shard holds (`repere pack --split region`). */
export { SHARDS_FORMAT, isShardManifest, readShardManifest, shardRegions, shardsServed, chooseShards, manifestPlaces } from './feed/shards.js';
/** Region shards: the shard manifest as a valibot schema (the JSON Schema `schema/shards.schema.json` is made from it). */
export { ShardManifestSchema } from './feed/shards-schema.js';
export type { ShardManifest, ShardEntry, ShardChoice } from './feed/shards.js';
/** Region shards: what a feed loaded from a manifest says of its shards, and the progress of their loading. */
export type { ShardsLoaded, ShardProgress } from './feed/load-shards.js';
/** The "serves this place" rule's region tree: shards are cut by it. */
export { regionTree, servedPlaces } from './region-tree.js';
export type { Places } from './region-tree.js';
/** Region shards: a finder that loads, before each search, the shards its places need (what `serveEngine` uses for a manifest). */
export { shardedFinder } from './search/sharded-finder.js';
export type { ShardReload, ShardedFinder } from './search/sharded-finder.js';
