/**
 * `needs-endpoint`, the part that does the work: what residents look for,
 * sent as facts a city can count and nothing more (docs/privacy.md). Off
 * whatever the host says when the browser sends Global Privacy Control.
 *
 * It rides in the engine module (`engine.worker.ts` re-exports it), loaded on
 * the page's thread only when the host set `needs-endpoint`: the embed bundle
 * carries just `needs.controller.ts`, and the engine already carries the
 * needs vocabulary that `needSearch` reads.
 *
 * Each settled search becomes a `NeedSearch`; they wait in memory and leave
 * in one batch by `navigator.sendBeacon` when the page is hidden for good
 * (`pagehide`), or when a batch is full. Nothing is stored, and the query
 * itself never leaves this module.
 */
import { needSearch, needsBatch, NEEDS_LIMITS, type NeedSearch, type NeedSearchInput } from '@repere/sdk';

/** A search that follows the last one this fast, extending or trimming its words, replaces it: the resident is still typing. */
const STILL_TYPING_MS = 2000;

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

/** One finder's searches on their way to its `needs-endpoint`. */
export class NeedsBeacon {
  private readonly endpoint: () => string | null | undefined;
  private pending: NeedSearch[] = [];
  /** The last search, kept aside while the resident may still be typing it. */
  private draft?: { fact: NeedSearch; query: string; at: number };
  private listening = false;

  /** `endpoint` is read at each step: the host may change or remove the attribute. */
  constructor(endpoint: () => string | null | undefined) {
    this.endpoint = endpoint;
  }

  private get url(): string | undefined {
    return privacyControl() ? undefined : needsUrl(this.endpoint(), document.baseURI);
  }

  /** Counts one settled search the resident made; does nothing without a usable endpoint. */
  record(input: NeedSearchInput, at = Date.now()): void {
    if (!this.url) return;
    if (!this.listening) {
      // Searches waiting when the finder is taken off the page still leave with the page.
      this.listening = true;
      window.addEventListener('pagehide', this.flush);
    }
    const fact = needSearch(input);
    const query = input.query.trim();
    const last = this.draft;
    const typing = !!last && !!query && at - last.at < STILL_TYPING_MS && (query.startsWith(last.query) || last.query.startsWith(query));
    if (last && !typing) this.pending.push(last.fact);
    // A field cleared without a filter asks for nothing: the search before it is done.
    this.draft = query || fact.filters.length ? { fact, query, at } : undefined;
    if (this.pending.length + 1 >= NEEDS_LIMITS.searches) this.flush();
  }

  /** The finder is no longer being typed in (taken off the page): its last search counts as settled. */
  settle(): void {
    if (this.draft) this.pending.push(this.draft.fact);
    this.draft = undefined;
  }

  /** Sends what waits, in one batch, and forgets it. */
  readonly flush = (): void => {
    this.settle();
    const searches = this.pending;
    this.pending = [];
    const url = this.url;
    if (!searches.length || !url || typeof navigator.sendBeacon !== 'function') return;
    // A string is sent as text/plain, which needs no CORS preflight; the collector reads it as JSON.
    navigator.sendBeacon(url, JSON.stringify(needsBatch(searches)));
  };
}
