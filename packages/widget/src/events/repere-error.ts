import type { FeedError, FeedErrorCode } from '@repere/sdk';

/** Why the feed could not be used: a stable code (`network`, `http`, `not-json`, `format`, …). */
export interface RepereErrorDetail {
  readonly code: FeedErrorCode;
  /** True when the finder shows its saved copy of the feed instead (absent otherwise). */
  readonly stale?: true;
}

/**
 * Fired when the feed cannot be loaded (on first load or when the resident
 * presses Retry), so that a webmaster can notice a broken feed, also when the
 * saved copy of the feed is shown instead (`stale: true`). Bubbles and is
 * composed.
 */
export class RepereErrorEvent extends CustomEvent<RepereErrorDetail> {
  static readonly eventName = 'repere-error';
  /**
   * The error itself, as the SDK raised it (in the search engine's worker, or
   * on the page), as `ErrorEvent.error` carries one: its `params` (e.g. the
   * HTTP `status`), `message` in English, `localizedMessage('fr')` in French.
   */
  readonly error: FeedError;
  constructor(detail: RepereErrorDetail, error: FeedError) {
    super(RepereErrorEvent.eventName, { detail, bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'repere-error': RepereErrorEvent;
  }
}
