/** The resource a resident opened. */
export interface RepereSelectDetail {
  /** The resource's id in the feed. */
  readonly id: string;
}

/** Fired when a resident opens a result's details. Bubbles and is composed. */
export class RepereSelectEvent extends CustomEvent<RepereSelectDetail> {
  static readonly eventName = 'repere-select';
  constructor(detail: RepereSelectDetail) {
    super(RepereSelectEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'repere-select': RepereSelectEvent;
  }
}
