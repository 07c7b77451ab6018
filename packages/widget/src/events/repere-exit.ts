/** Where "Leave quickly" is about to go. */
export interface RepereExitDetail {
  /** The neutral page that replaces the current one (`quick-exit` attribute). */
  readonly url: string;
}

/**
 * Fired when the resident presses "Leave quickly" (or Escape twice), just
 * before the page is replaced. Cancelable: a host (or a test) that calls
 * `preventDefault()` keeps the page and handles the exit itself. Bubbles and
 * is composed.
 */
export class RepereExitEvent extends CustomEvent<RepereExitDetail> {
  static readonly eventName = 'repere-exit';
  constructor(detail: RepereExitDetail) {
    super(RepereExitEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'repere-exit': RepereExitEvent;
  }
}
