/**
 * The messages between a page and a search engine running elsewhere (a Web
 * Worker, or the same thread behind a `MessageChannel`). Everything in them
 * survives structured cloning: plain data, `Date`s, no functions.
 */
import type { Feed, Resource } from '../feed/model.js';
import type { FeedErrorCode } from '../messages.js';
import type { LoadOptions } from '../options.js';
import type { OpenStatus } from '../hours/open.js';
import type { SearchOptions, SearchResult, SearchResults } from '../search/finder.js';

/** Anything with `postMessage` and `message` events: a `Worker`, a worker's `self`, a `MessagePort`. */
export interface EnginePort {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

/** What `loadFeed` takes across a port: its options without the functions and the signal. */
export type RemoteLoadOptions = Omit<LoadOptions, 'signal' | 'fetch' | 'onRetry'>;

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
}

/** A search across the port: `Finder.search`'s options, and the instant to read each result's open status at. */
export interface RemoteSearchOptions extends SearchOptions {
  /**
   * When set, each result comes with its {@link OpenStatus} at this instant
   * (usually now; `at` may be another instant, for "open at"): the engine
   * reads the hours, so a page needs no hours code to say "Open now".
   */
  readonly statusAt?: Date;
}

/** A result from the engine: with its open status when the search asked for it (`statusAt`). */
export interface RemoteSearchResult extends SearchResult {
  readonly status?: OpenStatus;
}

/** A page of results from the engine. */
export interface RemoteSearchResults extends SearchResults {
  readonly items: readonly RemoteSearchResult[];
}

/** A `FeedError` in transit: its code and its message, already worded. */
export interface ErrorData {
  readonly code: FeedErrorCode;
  readonly message: string;
  readonly status?: number;
  readonly params: Readonly<Record<string, string | number | undefined>>;
}

export interface LoadedData {
  readonly finder: number;
  readonly feed: FeedSummary;
  /** Set when a saved copy answered for a feed that failed (`lastGood`). */
  readonly stale?: { readonly savedAt: string; readonly error: ErrorData };
}

export type EngineRequest =
  | { readonly id: number; readonly kind: 'load'; readonly source: unknown; readonly options: RemoteLoadOptions }
  | { readonly id: number; readonly kind: 'cancel'; readonly target: number }
  | { readonly id: number; readonly kind: 'search'; readonly finder: number; readonly query: string; readonly options: RemoteSearchOptions }
  | { readonly id: number; readonly kind: 'get'; readonly finder: number; readonly ids: readonly string[] }
  | { readonly id: number; readonly kind: 'release'; readonly finder: number }
  | { readonly id: number; readonly kind: 'forget'; readonly url: string };

export type EngineReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'retry'; readonly id: number; readonly attempt: number; readonly delayMs: number; readonly error: ErrorData }
  | { readonly kind: 'done'; readonly id: number; readonly value: LoadedData | RemoteSearchResults | readonly Resource[] | undefined }
  | { readonly kind: 'failed'; readonly id: number; readonly error: ErrorData }
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
