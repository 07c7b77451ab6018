import type { SearchFilters } from '@repere/sdk';

/**
 * What a resident searched, with nothing personal: the words typed, the
 * filters chosen and how many resources matched. No position, no identifier,
 * no time beyond the event's own, so that a host can count needs anonymously.
 */
export interface RepereSearchDetail {
  readonly query: string;
  readonly filters: SearchFilters;
  readonly total: number;
}

/** Fired after a search that the resident started (typing, a filter, clearing). Bubbles and is composed. */
export class RepereSearchEvent extends CustomEvent<RepereSearchDetail> {
  static readonly eventName = 'repere-search';
  constructor(detail: RepereSearchDetail) {
    super(RepereSearchEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'repere-search': RepereSearchEvent;
  }
}
