import type { FeedErrorCode } from '@repere/sdk';

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
  constructor(detail: RepereErrorDetail) {
    super(RepereErrorEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'repere-error': RepereErrorEvent;
  }
}
