/**
 * `needs-endpoint`: what residents look for, sent as facts a city can count
 * and nothing more (docs/privacy.md). Off unless the host sets the attribute;
 * off whatever the host says when the browser sends Global Privacy Control.
 *
 * Each settled search becomes a `NeedSearch` (the SDK's `needSearch`, loaded
 * lazily with the engine module, which already carries the needs vocabulary);
 * they wait in memory, and leave in one batch by `navigator.sendBeacon` when
 * the page is hidden for good (`pagehide`), or when a batch is full. Nothing
 * is stored, and the query itself never leaves this module.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NeedSearch, NeedSearchInput } from '@repere/sdk';
import { importEngine, type EngineModule } from '../engine/open-engine.js';

/** A search that follows the last one this fast, extending or trimming its words, replaces it: the resident is still typing. */
const STILL_TYPING_MS = 2000;
/** As many searches as a batch holds (`NEEDS_LIMITS.searches`); the engine module has the constant, this module must not wait for it. */
const BATCH_SEARCHES = 50;

/** The host element, as this controller sees it. */
export interface NeedsHost extends ReactiveControllerHost {
  readonly needsEndpoint?: string | null;
}

/**
 * Where batches may go: an `https:` URL, or `http:` on this machine
 * (`localhost`, for a collector beside a demo). Anything else sends nothing.
 */
export function needsUrl(endpoint: string | null | undefined, base: string): string | undefined {
  if (!endpoint) return undefined;
  try {
    const url = new URL(endpoint, base);
    const local = url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
    if (url.protocol !== 'https:' && !local) return undefined;
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Whether the browser asks sites not to share or sell what it does (Global Privacy Control). */
function privacyControl(): boolean {
  return (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true;
}

export class NeedsController implements ReactiveController {
  private readonly host: NeedsHost;
  private engine?: Promise<void>;
  /** The engine module once loaded: `pagehide` must send at once, not after a promise. */
  private loaded?: EngineModule;
  private pending: NeedSearch[] = [];
  /** The last search, kept aside while the resident may still be typing it. */
  private draft?: { fact: NeedSearch; query: string; at: number };
  private listening = false;

  constructor(host: NeedsHost) {
    this.host = host;
    host.addController(this);
  }

  private get url(): string | undefined {
    return privacyControl() ? undefined : needsUrl(this.host.needsEndpoint, document.baseURI);
  }

  /**
   * Taken off the page, the finder is no longer being typed in: its last
   * search counts as settled. Searches waiting still leave with the page (the
   * `pagehide` listener stays until they are sent).
   */
  hostDisconnected(): void {
    if (this.draft) this.pending.push(this.draft.fact);
    this.draft = undefined;
  }

  /** Counts one settled search the resident made; does nothing without an endpoint. */
  record(input: NeedSearchInput): void {
    if (!this.url) return;
    this.engine ??= importEngine().then(
      (engine) => void (this.loaded = engine),
      () => undefined,
    );
    if (!this.listening) {
      this.listening = true;
      window.addEventListener('pagehide', this.flush);
    }
    const at = Date.now();
    void this.engine.then(() => {
      if (!this.loaded || !this.url) return;
      const fact = this.loaded.needSearch(input);
      const query = input.query.trim();
      const last = this.draft;
      const typing = !!last && !!query && at - last.at < STILL_TYPING_MS && (query.startsWith(last.query) || last.query.startsWith(query));
      if (last && !typing) this.pending.push(last.fact);
      // A field cleared without a filter asks for nothing: the search before it is done.
      this.draft = query || fact.filters.length ? { fact, query, at } : undefined;
      if (this.pending.length + 1 >= BATCH_SEARCHES) this.flush();
    });
  }

  /** Sends what waits, in one batch, and forgets it. */
  readonly flush = (): void => {
    if (this.draft) this.pending.push(this.draft.fact);
    this.draft = undefined;
    const searches = this.pending;
    this.pending = [];
    const url = this.url;
    if (!searches.length || !url || !this.loaded || typeof navigator.sendBeacon !== 'function') return;
    // A string is sent as text/plain, which needs no CORS preflight; the collector reads it as JSON.
    navigator.sendBeacon(url, JSON.stringify(this.loaded.needsBatch(searches)));
  };
}
