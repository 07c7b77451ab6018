/**
 * A part of the element fetched on first use: what only some residents open
 * (the "My list" panels, the places of "Near me") stays out of the embed
 * bundle. The host renders again once the part is here; a fetch that fails
 * (a file not copied beside the bundle, the network) is tried again next time.
 */
import type { ReactiveControllerHost } from 'lit';

export class Part<T> {
  /** The part's module, once fetched. */
  module?: T;
  private loading?: Promise<T>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly fetchPart: () => Promise<T>,
  ) {}

  /** Fetches the part, once. */
  load(): Promise<T> {
    return (this.loading ??= this.fetchPart().then(
      (module) => {
        this.module = module;
        this.host.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    ));
  }

  /** When `wanted` and not here yet, fetches it: true once it arrived (then the host has more to render); never rejects. */
  async arrived(wanted: boolean): Promise<boolean> {
    if (!wanted || this.module) return false;
    try {
      await this.load();
      return true;
    } catch {
      return false;
    }
  }
}
