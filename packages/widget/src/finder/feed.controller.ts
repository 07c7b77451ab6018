/**
 * The feed of one finder, as a Lit reactive controller: its load (the
 * attributes as load options, the engine asked), "Trying again…" while a
 * failed attempt is retried, the saved copy shown when the feed fails
 * ("stale"), the error when nothing can be shown, a load cut short when the
 * element is taken off the page and started again when it is put back, and
 * the engine told to forget the feed once the element is gone for good.
 *
 * What comes after a load (the list, the first search) and what waits for it
 * (`searchComplete`) stay the host's: they are given as {@link FeedSteps}.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError, requestFeed, type EngineFinder, type StaleInfo } from '@repere/sdk';
import { feedLoad, type FeedAttributes } from '../engine/load-options.js';
import { openEngine } from '../engine/open-engine.js';
import { RepereErrorEvent } from '../events/repere-error.js';

/** The attributes a load reads, on the element that owns the feed. */
export interface FeedHost extends ReactiveControllerHost, HTMLElement, FeedAttributes {}

/** What the host does around a load. */
export interface FeedSteps {
  /** A load begins: `searchComplete` waits for it. */
  busy(): void;
  /** The load is over (loaded, failed or given up). */
  done(): Promise<void>;
  /** The engine has the feed to load (or is loading it): the page's thread is free until it answers. */
  handedOver(): void;
  /** The feed is in, not yet shown: what must be ready first (the list, the first search). */
  prepare(): Promise<void>;
  /** The feed is on screen after the resident's "Try again" (focus goes back to the search). */
  retried(): void;
}

/** Where the load is: placeholders, results, or the error and "Try again". */
export type FeedStatus = 'loading' | 'ready' | 'error';

export class FeedController implements ReactiveController {
  /** Where the load is. */
  status: FeedStatus = 'loading';
  /** Set when the results come from the saved copy: when it was saved, and why the feed failed (the SDK's own shape). */
  stale?: StaleInfo;
  /** A failed attempt is being retried. */
  retrying?: boolean;
  /** Why the feed could not be loaded, with `status` 'error': the engine's `FeedError`, or this finder's own. */
  error?: FeedError;
  /** The engine's side of the loaded feed: its description, and searches in it. */
  finder?: EngineFinder;

  private loadToken = 0;
  private abort?: AbortController;
  /** A load was cut short by removal from the page: it starts again on reconnection. */
  private interrupted?: boolean;
  private releaseTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: FeedHost,
    private readonly steps: FeedSteps,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    clearTimeout(this.releaseTimer);
    if (this.interrupted) {
      this.interrupted = false;
      void this.load(false);
    }
  }

  hostDisconnected(): void {
    // A finder taken off the page stops loading (no request left running, no retry later).
    if (this.status === 'loading' && this.abort && !this.abort.signal.aborted) {
      this.interrupted = true;
      this.abort.abort();
    }
    // Taken off for good (not moved: that reconnects it at once), it lets the
    // engine, shared by the page, forget its feed, which can be tens of
    // megabytes; a single-page app may create and remove many finders.
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => {
      if (this.host.isConnected || !this.finder) return;
      this.finder.release();
      this.finder = undefined;
      this.interrupted = true;
    }, 0);
  }

  /** Loads (or reloads) the feed; `fromUser`: the resident's "Try again". */
  async load(fromUser: boolean): Promise<void> {
    const host = this.host;
    this.steps.busy();
    const token = ++this.loadToken;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    this.error = undefined;
    this.stale = undefined;
    this.retrying = false;
    host.requestUpdate();
    this.finder?.release();
    this.finder = undefined;
    try {
      const { source, options } = feedLoad(host);
      // Requested now, while the engine boots (it reads the response, as a
      // stream, once it has); not by an element taken off the page already.
      const request = typeof source === 'string' && host.isConnected ? requestFeed(source, { signal: abort.signal }) : undefined;
      // (A newer load or a removal aborts `abort`, and the request with it.)
      const engine = await openEngine().catch((error: unknown) => {
        request?.cancel();
        throw error;
      });
      if (token !== this.loadToken) return;
      // Removed from the page before its load began (in the task that added
      // it): nothing is loaded, so nothing is left in the engine; put back, it loads.
      if (!host.isConnected) {
        this.interrupted = true;
        abort.abort();
      }
      const loading = engine.load(source, {
        ...options,
        ...(request ? { request } : {}),
        signal: abort.signal,
        onRetry: () => {
          if (token !== this.loadToken) return;
          this.retrying = true;
          host.requestUpdate();
        },
      });
      this.steps.handedOver();
      const finder = await loading;
      if (token !== this.loadToken) {
        finder.release();
        return;
      }
      this.retrying = false;
      this.finder = finder;
      this.stale = finder.stale;
      await this.steps.prepare();
      this.status = 'ready';
      host.requestUpdate();
      if (finder.stale) host.dispatchEvent(new RepereErrorEvent({ code: finder.stale.error.code, stale: true }, finder.stale.error));
      if (fromUser) {
        await host.updateComplete;
        this.steps.retried();
      }
    } catch (cause) {
      if (token !== this.loadToken) return;
      this.retrying = false;
      host.requestUpdate();
      const error = FeedError.from(cause);
      if (error.code === 'aborted' && abort.signal.aborted) {
        // Removed from the page (or reloaded): not a failure to report; it starts again on reconnection.
        await this.steps.done();
        return;
      }
      this.status = 'error';
      this.error = error;
      // A page without a feed configured is the webmaster's mistake, reported once on screen, not as an event.
      if (error.code !== 'invalid-source' || host.feedData || host.feed) host.dispatchEvent(new RepereErrorEvent({ code: error.code }, error));
    }
    await this.steps.done();
  }
}
