/**
 * `needs-endpoint` in the element: only a hand-off, so that the embed bundle
 * stays small. The work (`needs-beacon.ts`) comes with the engine module,
 * imported on the page's thread the first time a search settles with the
 * attribute set; without it, nothing is loaded and nothing is sent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { NeedSearchInput } from '@repere/sdk';
import { importEngine } from '../engine/open-engine.js';
import type { NeedsBeacon } from './needs-beacon.js';

/** The host element, as this controller sees it. */
export interface NeedsHost extends ReactiveControllerHost {
  readonly needsEndpoint?: string | null;
}

export class NeedsController implements ReactiveController {
  private readonly host: NeedsHost;
  private beacon?: Promise<NeedsBeacon | undefined>;

  constructor(host: NeedsHost) {
    this.host = host;
    host.addController(this);
  }

  /** Counts one settled search the resident made, when the host set `needs-endpoint`. */
  record(input: NeedSearchInput): void {
    if (!this.host.needsEndpoint) return;
    const at = Date.now();
    this.beacon ??= importEngine().then(
      (engine) => new engine.NeedsBeacon(() => this.host.needsEndpoint),
      () => undefined,
    );
    void this.beacon.then((b) => b?.record(input, at));
  }

  hostDisconnected(): void {
    void this.beacon?.then((b) => b?.settle());
  }
}
