/**
 * The messages between a page and a search engine running elsewhere (a Web
 * Worker, or the same thread behind a `MessageChannel`). Everything in them
 * survives structured cloning: plain data, `Date`s, no functions.
 */
import type { FeedErrorData } from '../errors.js';
import type { Feed, Resource } from '../feed/model.js';
import type { ShardsLoaded } from '../feed/load-shards.js';
import type { LoadOptions } from '../options.js';
import type { OpenStatus } from '../hours/open.js';
import type { SearchOptions, SearchResult, SearchResults } from '../search/finder.js';

/** Anything with `postMessage` and `message` events: a `Worker`, a worker's `self`, a `MessagePort`. */
export interface EnginePort {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What `loadFeed` takes across a port: its options without the functions, the signal and the request. */
export type EngineLoadOptions = Omit<LoadOptions, 'signal' | 'fetch' | 'onRetry' | 'request' | 'onShardProgress'>;

/**
 * A loaded feed as the page sees it: everything but the records, which stay
 * with the engine (they come back with each page of results), and the count
 * of problems rather than the problems themselves.
 */
export interface FeedSummary extends Omit<Feed, 'resources' | 'problems' | 'synonyms'> {
  /** How many resources the feed holds once validated. */
  readonly size: number;
  /** How many problems validation found (see `Feed.problems` through the SDK in-thread). */
  readonly problemCount: number;
  /** A shard manifest's: its shards as they were when the feed was loaded (searches load more later). */
  readonly shards?: ShardsLoaded;
}

/**
 * A search across the port: `Finder.search`'s options (but the progress
 * callback, which `EngineFinder.search` takes on the page's side), and the
 * instant to read each result's open status at.
 */
export interface EngineSearchOptions extends Omit<SearchOptions, 'onShardProgress'> {
  /**
   * When set, each result comes with its {@link OpenStatus} at this instant
   * (usually now; `at` may be another instant, for "open at"): the engine
   * reads the hours, so a page needs no hours code to say "Open now".
   */
  readonly statusAt?: Date;
}

/** A result from the engine: with its open status when the search asked for it (`statusAt`). */
export interface EngineSearchResult extends SearchResult {
  readonly status?: OpenStatus;
}

/** A page of results from the engine. */
export interface EngineSearchResults extends SearchResults {
  readonly items: readonly EngineSearchResult[];
}

/** @deprecated Renamed {@link EngineLoadOptions}. */
export type RemoteLoadOptions = EngineLoadOptions;
/** @deprecated Renamed {@link EngineSearchOptions}. */
export type RemoteSearchOptions = EngineSearchOptions;
/** @deprecated Renamed {@link EngineSearchResult}. */
export type RemoteSearchResult = EngineSearchResult;
/** @deprecated Renamed {@link EngineSearchResults}. */
export type RemoteSearchResults = EngineSearchResults;

/** What a `Response` says besides its body, as data. */
export interface ResponseHead {
  readonly status: number;
  readonly statusText: string;
  readonly headers: ReadonlyArray<[string, string]>;
}

export interface LoadedData {
  readonly finder: number;
  readonly feed: FeedSummary;
  /** Set when a saved copy answered for a feed that failed (`lastGood`): `StaleInfo` with its error as data. */
  readonly stale?: { readonly savedAt: string; readonly error: FeedErrorData };
}

export type EngineRequest =
  /** `request`: the page has started the feed's request itself; its response follows (`response`). */
  | { readonly id: number; readonly kind: 'load'; readonly source: unknown; readonly options: EngineLoadOptions; readonly request?: boolean }
  /** The response to load `target`'s request, its body a transferred stream; or why it failed (`failed`: the error, as text). */
  | { readonly id: number; readonly kind: 'response'; readonly target: number; readonly head?: ResponseHead; readonly body?: ReadableStream<Uint8Array> | null; readonly failed?: string }
  | { readonly id: number; readonly kind: 'cancel'; readonly target: number }
  /** `progress`: the page wants to hear (`progress` replies) while the search waits for shards. */
  | { readonly id: number; readonly kind: 'search'; readonly finder: number; readonly query: string; readonly options: EngineSearchOptions; readonly progress?: boolean }
  /** `everywhere`: look in the shards not loaded yet too (`EngineGetCall`); `progress` as for a search. */
  | { readonly id: number; readonly kind: 'get'; readonly finder: number; readonly ids: readonly string[]; readonly everywhere?: boolean; readonly progress?: boolean }
  | { readonly id: number; readonly kind: 'release'; readonly finder: number }
  | { readonly id: number; readonly kind: 'forget'; readonly url: string };

export type EngineReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'retry'; readonly id: number; readonly attempt: number; readonly delayMs: number; readonly error: FeedErrorData }
  /** Search (or get) `id` waits for region shards: `loaded` of the `total` it needs are ready. */
  | { readonly kind: 'progress'; readonly id: number; readonly loaded: number; readonly total: number }
  | { readonly kind: 'done'; readonly id: number; readonly value: LoadedData | EngineSearchResults | readonly Resource[] | undefined }
  | { readonly kind: 'failed'; readonly id: number; readonly error: FeedErrorData }
  /**
   * A request arrived that could not be read (`messageerror`: a feed object
   * nested deeper than the engine's thread can copy). Requests arrive in the
   * order they were sent: it is the first one sent after request `after`.
   */
  | { readonly kind: 'unreadable'; readonly after: number };

/**
 * The `detail` of the `invalid-source` error for a feed object nested too
 * deep to be copied to the engine: sent again through `withoutDeepValues`,
 * it loads (the widget does so).
 */
export const UNREADABLE = 'nested too deep';
