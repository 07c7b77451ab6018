/**
 * The searches of one finder, as a Lit reactive controller: the pause after
 * the last key press, the engine asked, an older answer dropped when a newer
 * search was asked for, the page of results on screen ("Show more" asks for
 * one more page), once a resident's search is on screen `repere-search` and
 * the needs count (`needs.controller.ts`), and when the finder is settled.
 *
 * Settled: a finder is busy from the moment work begins (a load, a search, a
 * key press) until the last of it is rendered and no search waits for the
 * typing pause; `settled()` (the element's `searchComplete`) waits for that.
 * Only the newest search (or load) ends the busy time: an answer that came
 * too late ends nothing.
 */
import type { ReactiveController } from 'lit';
import { FeedError } from '@repere/sdk';
import type { FeedErrorCode, FeedSummary, EngineFinder, EngineSearchOptions, EngineSearchResults, SearchFilters, ShardProgress } from '@repere/sdk';
import { RepereSearchEvent } from '../events/repere-search.js';
import { NeedsController, type NeedsHost } from './needs.controller.js';

/** Milliseconds between the last key press and the search. */
const DEBOUNCE_MS = 200;

/** The element whose searches these are: its page size (`limit`), and where needs are counted (`needs-endpoint`). */
export interface SearchHost extends NeedsHost, HTMLElement {
  readonly limit: number;
}

/** One search as the host asks for it: the query, the filters, and the engine's options but the page size. */
export interface SearchRequest extends Omit<EngineSearchOptions, 'limit' | 'filters'> {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly locale: string;
}

/** What the host gives and does around a search. */
export interface SearchSteps {
  /** The engine's side of the loaded feed, if any. */
  finder(): EngineFinder | undefined;
  /** The search to make now, in this feed. */
  request(feed: FeedSummary): SearchRequest;
  /** A search the resident made is on screen (`push`: as a new history entry). */
  searched(push: boolean): void;
}

export class SearchController implements ReactiveController {
  /** The page of results on screen. */
  results?: EngineSearchResults;
  /** After "Show more": how many results were on screen before (the status line says which are new). */
  moreFrom?: number;
  /**
   * While the newest search waits for the shards of other regions (a feed
   * published as region shards): how many of those it needs are ready. The
   * results on screen stay until its own arrive.
   */
  regions?: ShardProgress;
  /**
   * The newest search could not load the other regions' shards: why (a
   * `FeedError` code). The results on screen are the previous search's, so
   * the status line says so rather than their count.
   */
  regionsFailed?: FeedErrorCode;
  /** What residents look for, counted with `needs-endpoint`. */
  private readonly needs: NeedsController;
  /** How many results the next search asks for. */
  private shown = 20;
  /** The newest search; an answer to an older one is dropped. */
  private token = 0;
  /** A search waits for the typing pause. */
  private timer?: ReturnType<typeof setTimeout>;
  /** Resolves when the busy time ends; `end` is set while it lasts. */
  private idle: Promise<void> = Promise.resolve();
  private end?: () => void;

  constructor(
    private readonly host: SearchHost,
    private readonly steps: SearchSteps,
  ) {
    host.addController(this);
    this.needs = new NeedsController(host);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Results shown at a time (`limit`, at least 1). */
  get page(): number {
    return Math.max(1, this.host.limit || 20);
  }

  /** The next search starts from the first page (a new query, filters, place or `limit`). */
  firstPage(): void {
    this.shown = this.page;
  }

  /** Work begins (a load, a search): not settled until it is done. */
  busy(): void {
    if (!this.end) this.idle = new Promise((resolve) => (this.end = resolve));
  }

  /** The newest work is done: settled once rendered, unless a search waits for the typing pause. */
  async done(): Promise<void> {
    await this.host.updateComplete;
    if (this.timer !== undefined) return;
    const end = this.end;
    this.end = undefined;
    end?.();
  }

  /**
   * Resolves when the finder is settled (see the module's comment), and
   * then `pending` (a language's strings being downloaded: settled means
   * rendered in it) is done too.
   */
  async settled(pending: () => Promise<void> | undefined): Promise<void> {
    // Asked for before the update that starts the load (the element just
    // added, `feed` just changed): that update comes first.
    await this.host.updateComplete;
    await this.idle;
    await pending();
    await this.host.updateComplete;
  }

  /** The resident typed: the search, from the first page, once typing pauses. */
  typed(): void {
    this.firstPage();
    this.busy();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.search(true);
    }, DEBOUNCE_MS);
  }

  /** The form was submitted: the search now, as a new history entry, without waiting for the pause. */
  submit(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.search(true, true, true);
  }

  /**
   * Searches now; `fromUser` fires `repere-search` once the result is on
   * screen and hands it to the host (`push`: a new history entry, else the
   * current one is replaced, as while typing). `settles`: this search ends
   * the busy time (not the first search of a load, which ends it itself).
   */
  async search(fromUser: boolean, settles = true, push = false): Promise<void> {
    const finder = this.steps.finder();
    if (!finder) return;
    this.busy();
    const token = ++this.token;
    this.moreFrom = undefined;
    this.regionsFailed = undefined;
    const request = this.steps.request(finder.feed);
    const { query, ...options } = request;
    let results: EngineSearchResults;
    try {
      results = await finder.search(query, {
        ...options,
        limit: this.shown,
        onShardProgress: (progress) => {
          if (token !== this.token) return;
          this.regions = progress;
          this.host.requestUpdate();
        },
      });
    } catch (error) {
      // The engine let this feed go (the finder was removed, or reloads):
      // the results on screen stay until the next load brings new ones.
      // Or another region's shard could not be had: the status line says so.
      if (token === this.token) {
        const { code } = FeedError.from(error);
        if (this.regions && code !== 'aborted') this.regionsFailed = code;
        this.regions = undefined;
        this.host.requestUpdate();
        if (settles) await this.done();
      }
      return;
    }
    if (token !== this.token) return;
    this.regions = undefined;
    this.results = results;
    this.host.requestUpdate();
    // A load's first search (neither the resident's nor settling) does not
    // wait to be drawn: the load marks the feed ready first, and the results
    // are drawn once, with it (not the loading state, then the cards).
    if (!fromUser && !settles) return;
    await this.host.updateComplete;
    if (fromUser) {
      const { filters, locale, near } = request;
      this.host.dispatchEvent(new RepereSearchEvent({ query: results.query, filters, total: results.total }));
      this.needs.record({ query: results.query, results, feed: finder.feed, lang: locale, filters, near: !!near });
      this.steps.searched(push);
    }
    if (settles) await this.done();
  }

  /** "Show more": one more page; the index of the first new result, or -1 when none came. */
  async more(): Promise<number> {
    const from = this.results?.items.length ?? 0;
    this.shown += this.page;
    await this.search(false);
    if ((this.results?.items.length ?? 0) <= from) return -1;
    this.moreFrom = from;
    this.host.requestUpdate();
    return from;
  }
}
