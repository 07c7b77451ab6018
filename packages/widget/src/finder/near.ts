/**
 * "Near me", as a Lit reactive controller: the toolbar's button, the panel
 * that explains it and offers the municipalities instead of the device's
 * position, asking the browser for the position — which stays in this
 * controller's memory: never sent, never stored — and the chip that stops
 * sorting by distance. The host searches again when the place changes. The
 * municipalities' picker (`near-places.ts`) is a part, fetched when the panel
 * is first opened.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedSummary, LatLon } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { chip } from './chips.js';
import { pick } from './localized-text.js';
import { Part } from './part.js';

/** Where distances are measured from: the device's position, or a municipality's centroid (with its id). */
export type NearPoint = LatLon & { region?: string };

/** What asking for the position gave, as a code translated at render time. */
export type NearMessage = '' | 'finding' | 'denied' | 'unavailable';

/** The browser can be asked for the device's position. */
const canLocate = (): boolean => typeof navigator !== 'undefined' && 'geolocation' in navigator;

/** The element "Near me" is part of: it renders, and searches again when told. */
export type NearHost = ReactiveControllerHost & { readonly renderRoot: ParentNode };

/** The state of "Near me" and its templates (no lifecycle of its own: the panel asks for its part when drawn). */
export class NearController {
  /** The panel is open. */
  open = false;
  /** Where results are sorted from, if they are. */
  from?: NearPoint;
  message: NearMessage = '';
  /** What the resident typed to narrow the municipalities. */
  private filter = '';
  /** The municipalities' picker, fetched when the panel is first opened (the host's `updateComplete` waits for it). */
  readonly places: Part<typeof import('./near-places.js')>;

  /**
   * @param host The finder.
   * @param sorted Called once `from` changed (sorted by distance, or no longer): the host searches again, and says when the results are on screen.
   */
  constructor(
    private readonly host: NearHost,
    private readonly sorted: () => Promise<void>,
  ) {
    this.places = new Part(host, () => import('./near-places.js'));
  }

  /** Opens or closes the panel (its message starts over). */
  toggle(open = !this.open): void {
    this.open = open;
    this.set('');
  }

  private set(message: NearMessage): void {
    this.message = message;
    this.host.requestUpdate();
  }

  /** Sorts from this place, or no longer by distance; then focus is on "Near me" (unless its panel is open). */
  sortFrom(from: NearPoint | undefined): void {
    this.from = from;
    void this.sorted().then(() => {
      if (!this.open) this.focusButton();
    });
  }

  /** Focus back on the "Near me" button, once rendered. */
  focusButton(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>('.near-toggle')?.focus());
  }

  /** "Continue": the browser asks the resident, then gives the position (or not). */
  private locate(): void {
    this.set('finding');
    try {
      navigator.geolocation.getCurrentPosition(
        ({ coords }) => {
          this.toggle(false);
          this.sortFrom({ lat: coords.latitude, lon: coords.longitude });
        },
        (error) => this.set(error.code === 1 ? 'denied' : 'unavailable'),
        { enableHighAccuracy: false, timeout: 20000, maximumAge: 300000 },
      );
    } catch {
      this.set('unavailable');
    }
  }

  /** A municipality chosen: sorted from its centroid. */
  private choose(feed: FeedSummary, id: string): void {
    this.filter = '';
    const region = feed.regions.find((r) => r.id === id);
    if (!region?.centroid) return;
    this.toggle(false);
    this.sortFrom({ lat: region.centroid.lat, lon: region.centroid.lon, region: id });
  }

  /** "Near me", when there is a way to sort by distance: the device's position, or places with a centroid. */
  button(feed: FeedSummary | undefined): TemplateResult | typeof nothing {
    if (!canLocate() && !feed?.regions.some((r) => r.centroid)) return nothing;
    return html`<button
      type="button"
      class="button secondary near-toggle"
      part="near-button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls="near"
      ?disabled=${!feed}
      @click=${() => this.toggle()}
    >
      ${msg('Near me', { id: 'near.button' })}
    </button>`;
  }

  /** "Nearest to La Pocatière" / "Nearest to you", while results are sorted by distance. */
  chip(locale: UiLocale, feed: FeedSummary | undefined): TemplateResult | typeof nothing {
    const { from } = this;
    if (!from) return nothing;
    const region = from.region ? feed?.regions.find((r) => r.id === from.region) : undefined;
    const nearName = region ? pick(region.name, locale, feed!)?.value : undefined;
    return chip(
      msg('Stop sorting by distance:', { id: 'near.stop' }),
      nearName ? msg(str`Nearest to ${nearName}`, { id: 'near.from-region' }) : msg('Nearest to you', { id: 'near.from-you' }),
      () => this.sortFrom(undefined),
    );
  }

  /** The panel: why the position is asked for and where it stays, then the municipalities. */
  panel(locale: UiLocale, feed: FeedSummary | undefined): TemplateResult | typeof nothing {
    const { message, from } = this;
    if (!this.open || !feed) return nothing;
    const locate = canLocate();
    // Drawn open before its part is here: it is fetched, and drawn again once it is.
    if (!this.places.module) this.places.load().catch(() => {});
    return html`<div id="near" class="panel" part="near" role="group" aria-labelledby="near-title">
      <p id="near-title" class="panel-title">${msg('Sort the results by distance', { id: 'near.title' })}</p>
      ${locate
        ? html`<p id="near-explain">
              ${msg('Your position stays on this device: it is used only to sort the results and is never sent or saved. Your browser will ask your permission.', { id: 'near.explain' })}
            </p>
            <div class="list-actions">
              <button type="button" class="button" aria-describedby="near-explain" @click=${() => this.locate()}>${msg('Continue', { id: 'near.continue' })}</button>
              <button type="button" class="button secondary" @click=${() => {
                this.toggle(false);
                this.focusButton();
              }}>${msg('Cancel', { id: 'near.cancel' })}</button>
            </div>`
        : nothing}
      <p class="near-message" role="status">
        ${message === 'finding'
          ? msg('Finding your position…', { id: 'near.finding' })
          : message === 'denied'
            ? msg('Your position was not shared. You can choose your municipality instead.', { id: 'near.denied' })
            : message === 'unavailable'
              ? msg('Your position could not be found. You can choose your municipality instead.', { id: 'near.unavailable' })
              : ''}
      </p>
      ${this.places.module?.placePicker({
        feed,
        locale,
        filter: this.filter,
        selected: from?.region,
        label: locate ? msg('Or choose your municipality', { id: 'near.or-region' }) : msg('Choose your municipality', { id: 'near.region' }),
        onFilter: (text) => {
          this.filter = text;
          this.host.requestUpdate();
        },
        onChoose: (id) => this.choose(feed, id),
      })}
    </div>`;
  }
}
