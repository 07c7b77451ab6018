/**
 * The finder's first draw: until its first
 * results (or its error), the finder shows only the host's fallback content
 * (and the quick-exit bar), then draws everything at once, cards included.
 *
 * Why: drawing the whole finder takes the page's thread for tens of
 * milliseconds (hundreds on a phone), just when the engine's worker needs it
 * to start and the feed needs it to stream to the worker; drawn first, the
 * form delayed the first cards by its own cost (docs/performance.md). A feed
 * slow to come (a large one, a retry) still gets the form, its loading state
 * and "Trying again…" after {@link FIRST_DRAW_WAIT_MS}.
 */
import type { ReactiveControllerHost } from 'lit';

/** How long the fallback content may stand in for the finder while its first results are on their way. */
export const FIRST_DRAW_WAIT_MS = 1_000;

export class FirstDraw {
  #holding = false;
  #held?: Promise<void>;
  #release?: () => void;
  #timer?: ReturnType<typeof setTimeout>;
  #refocus = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Whether the finder still shows its fallback content only. */
  get holding(): boolean {
    return this.#holding;
  }

  /** Holds the first draw until {@link release} or the end of the wait; only before the first draw. */
  hold(): void {
    if (this.#held) return;
    this.#holding = true;
    this.#held = new Promise<void>((resolve) => (this.#release = resolve));
    this.#timer = setTimeout(() => {
      this.release();
      this.host.requestUpdate();
    }, FIRST_DRAW_WAIT_MS);
  }

  /**
   * Runs `work` in the next idle moment if the draw is still held: what the
   * first draw would otherwise pay for. Not before the engine has its feed:
   * until then, the engine's start needs the page's thread.
   */
  meanwhile(work: () => void): void {
    if (!this.#holding) return;
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
    idle(() => {
      if (this.#holding) work();
    });
  }

  /** The first results (or the error) are in: the update under way draws the finder. */
  release(): void {
    if (!this.#holding) return;
    this.#holding = false;
    clearTimeout(this.#timer);
    // The draw replaces "Leave quickly": a resident who had moved to it keeps it.
    this.#refocus = !!this.host.shadowRoot?.activeElement?.matches('[part~="quick-exit"]');
    this.#release!();
  }

  /** After each update: focus back on "Leave quickly" once the finder is drawn, if it had it. */
  drew(): void {
    if (!this.#refocus) return;
    this.#refocus = false;
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="quick-exit"]')?.focus();
  }

  /**
   * The host's `updateComplete` with the held draw in it: resolves once the
   * finder is drawn, not when the fallback content is.
   */
  async drawn(updateComplete: () => Promise<boolean>): Promise<boolean> {
    const result = await updateComplete();
    if (!this.#holding) return result;
    await this.#held;
    return updateComplete();
  }
}
