import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import {
  createFinder,
  isFeedError,
  loadFeed,
  telHref,
  type Feed,
  type FeedErrorCode,
  type Finder,
  type SearchResults,
} from '@repere/sdk';
import { RepereErrorEvent } from '../events/repere-error.js';
import { RepereSearchEvent } from '../events/repere-search.js';
import { RepereSelectEvent } from '../events/repere-select.js';
import { countText, inLocale, toUiLocale, type UiLocale } from '../i18n.js';
import {
  activeCount,
  emptyFilters,
  filtersPanel,
  toSearchFilters,
  type FilterState,
  type ListDimension,
} from './filters.js';
import { styles } from './finder.styles.js';
import { audienceLabel, costLabel, deliveryLabel, errorText } from './labels.js';
import { languageName } from './format.js';
import { pick, resultCard } from './result-card.js';

/** Milliseconds between the last key press and the search. */
const DEBOUNCE_MS = 200;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * A community-resource finder: a search field, filters with counts and result
 * cards, over a Repère feed, in French or English.
 *
 * @summary Search a Repère feed of community resources, by need, in French or English.
 *
 * @attr feed - The feed's URL (absolute, or relative to the page).
 * @attr lang - `fr` or `en`. Default: the nearest `lang` in the page, else the feed's `defaultLocale`.
 * @attr region - Preset region filter: a region id (or several, comma-separated).
 * @attr category - Preset category filter: a category id (or several, comma-separated).
 * @attr limit - Results shown at a time (default 20); "Show more" adds as many.
 * @attr compact - A narrow layout for a sidebar.
 * @attr no-filters - Hides the filters panel (preset filters still apply).
 * @attr theme - `light` (default), `dark`, or `auto` (follows the device).
 *
 * @fires {RepereSearchEvent} repere-search - After a search the resident started: `{ query, filters, total }`, nothing personal.
 * @fires {RepereSelectEvent} repere-select - When the resident opens a result's details: `{ id }`.
 * @fires {RepereErrorEvent} repere-error - When the feed cannot be loaded (first load or retry): `{ code }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The heading (the feed's title).
 * @csspart language-switch - The button that switches between French and English.
 * @csspart crisis - The box with the feed's crisis lines.
 * @csspart search - The search form.
 * @csspart search-input - The search field.
 * @csspart filters-toggle - The button that shows or hides the filters.
 * @csspart filters - The filters panel.
 * @csspart chip - An active filter's remove button.
 * @csspart status - The live region with the result count.
 * @csspart results - The list of results.
 * @csspart card - One result.
 * @csspart card-title - A result's name.
 * @csspart open-status - "Open now" / "Closed, opens at 8:30".
 * @csspart phone-link - A phone number link.
 * @csspart details-button - The button that opens a result's details.
 * @csspart details - A result's details.
 * @csspart more-button - "Show more results".
 * @csspart skeleton - The placeholder shown while loading.
 * @csspart error - The feed error message.
 * @csspart retry-button - The "Try again" button.
 * @csspart empty - The no-result and empty-feed messages.
 *
 * @cssprop [--repere-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--repere-font-size=16px] - Base font size (px; the host page's `html` font size has no effect).
 * @cssprop [--repere-color-text=#1b1b1b] - Text.
 * @cssprop [--repere-color-muted=#545454] - Secondary text.
 * @cssprop [--repere-color-background=#ffffff] - Background.
 * @cssprop [--repere-color-surface=#f4f6f8] - Cards and panels.
 * @cssprop [--repere-color-border=#757575] - Borders of fields and cards.
 * @cssprop [--repere-color-accent=#0b5394] - Buttons and links.
 * @cssprop [--repere-color-accent-text=#ffffff] - Text on the accent colour.
 * @cssprop [--repere-color-focus=#b3001b] - Focus ring.
 * @cssprop [--repere-color-highlight=#fff0a0] - Background of matched words.
 * @cssprop [--repere-color-open=#136b2f] - "Open now".
 * @cssprop [--repere-color-danger=#a3001b] - Errors and the crisis box.
 * @cssprop [--repere-radius=8px] - Corner radius.
 * @cssprop [--repere-spacing=16px] - Base spacing.
 */
export class RepereFinder extends LitElement {
  static override styles = styles;

  /** The feed's URL. */
  @property() feed?: string;

  /** `fr` or `en`; reflected, so the switch inside the widget updates the attribute. */
  @property({ reflect: true }) override lang!: string;

  /** Preset region filter (region ids, comma-separated). */
  @property() region?: string;

  /** Preset category filter (category ids, comma-separated). */
  @property() category?: string;

  /** Results shown at a time. */
  @property({ type: Number }) limit = 20;

  /** A narrow layout, for a sidebar. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Hides the filters panel. */
  @property({ type: Boolean, reflect: true, attribute: 'no-filters' }) noFilters = false;

  /** `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** A feed object (raw, as in a feed file) instead of a URL; it is validated like a fetched one. */
  @property({ attribute: false }) feedData?: object;

  /** The instant for "open now" and opening times; default: the time of each search. For previews. */
  @property({ attribute: false }) now?: Date;

  @state() private status: 'loading' | 'ready' | 'error' = 'loading';
  @state() private errorCode?: FeedErrorCode;
  @state() private results?: SearchResults;
  @state() private query = '';
  @state() private filters: FilterState = emptyFilters();
  @state() private filtersOpen = false;
  @state() private expanded = new Set<string>();
  @state() private shown = 20;

  @query('input[type="search"]') private input?: HTMLInputElement;
  @query('.filters-toggle') private filtersToggle?: HTMLButtonElement;

  private finder?: Finder;
  private loadToken = 0;
  private searchToken = 0;
  private abort?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private idle: Promise<void> = Promise.resolve();
  private settle?: () => void;

  /** The feed being searched, once loaded. */
  get loadedFeed(): Feed | undefined {
    return this.finder?.feed;
  }

  /** The language the widget speaks: its `lang`, else the page's, else the feed's. */
  get locale(): UiLocale {
    return (
      toUiLocale(this.lang) ??
      toUiLocale(this.parentElement?.closest('[lang]')?.getAttribute('lang')) ??
      toUiLocale(document.documentElement.getAttribute('lang')) ??
      toUiLocale(this.finder?.feed.meta.defaultLocale) ??
      'fr'
    );
  }

  /**
   * Resolves when the widget is settled: the feed loaded (or failed), any
   * search waiting for the typing pause done, and the result rendered.
   * `await el.searchComplete` is how tests and hosts wait for the debounce.
   */
  get searchComplete(): Promise<void> {
    return this.idle;
  }

  private busy(): void {
    if (!this.settle) this.idle = new Promise((resolve) => (this.settle = resolve));
  }

  private async done(): Promise<void> {
    await this.updateComplete;
    if (this.timer !== undefined) return; // another search is waiting for the pause
    const settle = this.settle;
    this.settle = undefined;
    settle?.();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit')) this.shown = Math.max(1, this.limit || 20);
    if (changed.has('region') || changed.has('category')) {
      this.filters = { ...this.filters, regions: list(this.region), categories: list(this.category) };
    }
    if (changed.has('feed') || changed.has('feedData')) {
      void this.load(false);
    } else if (this.finder && (changed.has('region') || changed.has('category') || changed.has('limit') || changed.has('lang') || changed.has('now'))) {
      void this.search(false);
    }
  }

  /** Loads (or reloads) the feed, then searches. */
  private async load(fromUser: boolean): Promise<void> {
    this.busy();
    const token = ++this.loadToken;
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.status = 'loading';
    this.errorCode = undefined;
    this.finder = undefined;
    try {
      const source = this.feedData ?? this.feed;
      if (source === undefined || source === '') throw Object.assign(new Error('no feed'), { code: 'invalid-source' });
      const feed = await loadFeed(source, { signal: abort.signal });
      if (token !== this.loadToken) return;
      this.finder = createFinder(feed);
      await this.search(false, false);
      this.status = 'ready';
      if (fromUser) {
        await this.updateComplete;
        this.input?.focus();
      }
    } catch (error) {
      if (token !== this.loadToken) return;
      const code = (isFeedError(error) ? error.code : (error as { code?: FeedErrorCode }).code) ?? 'network';
      this.status = 'error';
      this.errorCode = code;
      // A page without a feed configured is the webmaster's mistake, reported once on screen, not as an event.
      if (code !== 'invalid-source' || this.feedData || this.feed) this.dispatchEvent(new RepereErrorEvent({ code }));
    }
    await this.done();
  }

  /** Searches now; `fromUser` fires `repere-search` once the result is on screen. */
  private async search(fromUser: boolean, settles = true): Promise<void> {
    const finder = this.finder;
    if (!finder) return;
    this.busy();
    const token = ++this.searchToken;
    const filters = toSearchFilters(this.filters);
    const results = await finder.search(this.query, {
      locale: this.locale,
      filters,
      limit: this.shown,
      at: this.now ?? new Date(),
    });
    if (token !== this.searchToken) return;
    this.results = results;
    await this.updateComplete;
    if (fromUser) this.dispatchEvent(new RepereSearchEvent({ query: results.query, filters, total: results.total }));
    if (settles) await this.done();
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.shown = Math.max(1, this.limit || 20);
    this.busy();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.search(true);
    }, DEBOUNCE_MS);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.search(true);
  }

  private setFilters(next: FilterState): void {
    this.filters = next;
    this.shown = Math.max(1, this.limit || 20);
    void this.search(true);
  }

  private toggleFilter = (dim: ListDimension, value: string, on: boolean): void => {
    const values = this.filters[dim].filter((v) => v !== value);
    if (on) values.push(value);
    this.setFilters({ ...this.filters, [dim]: values });
  };

  private setOpenNow = (on: boolean): void => this.setFilters({ ...this.filters, openNow: on });

  private async clearFilters(): Promise<void> {
    this.setFilters(emptyFilters());
    await this.updateComplete;
    this.input?.focus();
  }

  private toggleDetails = (id: string): void => {
    const next = new Set(this.expanded);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      this.dispatchEvent(new RepereSelectEvent({ id }));
    }
    this.expanded = next;
  };

  private switchLanguage(): void {
    this.lang = this.locale === 'fr' ? 'en' : 'fr';
  }

  private onFiltersKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.filtersOpen) {
      this.filtersOpen = false;
      this.filtersToggle?.focus();
    }
  }

  private showMore(): void {
    this.shown += Math.max(1, this.limit || 20);
    void this.search(false);
  }

  protected override render(): TemplateResult {
    const locale = this.locale;
    return inLocale(locale, () => this.renderIn(locale));
  }

  private renderIn(locale: UiLocale): TemplateResult {
    const feed = this.finder?.feed;
    const title = feed ? pick(feed.meta.title, locale, feed) : undefined;
    const other: UiLocale = locale === 'fr' ? 'en' : 'fr';
    return html`<div class="root" part="base" lang=${locale}>
      <div class="top">
        <h2 class="title" part="title">
          ${title ? html`<span lang=${title.lang}>${title.value}</span>` : msg('Community resources', { id: 'title.default' })}
        </h2>
        <button type="button" class="button secondary lang-switch" part="language-switch" lang=${other} @click=${this.switchLanguage}>
          ${other === 'en' ? 'English' : 'Français'}
        </button>
      </div>
      <form class="search" part="search" role="search" @submit=${this.onSubmit}>
        <label for="q" class="label">${msg('Search for a service', { id: 'search.label' })}</label>
        <input
          id="q"
          class="input"
          part="search-input"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="q-hint"
          .value=${this.query}
          @input=${this.onInput}
        />
        <p id="q-hint" class="hint">${msg('For example: food, housing, mental health, caregiver', { id: 'search.hint' })}</p>
      </form>
      ${this.noFilters ? nothing : this.renderFilters(locale, feed)}
      <p class="count" role="status" part="status">${this.statusText(locale)}</p>
      <div class="results" aria-busy=${this.status === 'loading' ? 'true' : 'false'}>${this.renderBody(locale, feed)}</div>
      ${this.renderCrisis(locale, feed)}
    </div>`;
  }

  private statusText(locale: UiLocale): string {
    if (this.status === 'loading') return msg('Loading resources…', { id: 'status.loading' });
    if (this.status === 'error' || !this.results) return '';
    return countText(this.results.total, locale);
  }

  private renderCrisis(locale: UiLocale, feed: Feed | undefined): unknown {
    const lines = feed?.meta.crisis ?? [];
    if (!lines.length) return nothing;
    return html`<aside class="crisis" part="crisis" aria-labelledby="crisis-title">
      <p id="crisis-title" class="crisis-title">${msg('Need help right now?', { id: 'crisis.title' })}</p>
      <ul role="list">
        ${lines.map((line) => {
          const label = pick(line.label, locale, feed!);
          const hours = pick(line.hours, locale, feed!);
          const href = telHref(line.href);
          return html`<li>
            <span lang=${label?.lang ?? nothing}>${label?.value}</span>:
            ${href ? html`<a class="action phone" href=${href}>${line.phone}</a>` : line.phone}
            ${hours ? html`<span class="muted" lang=${hours.lang}>(${hours.value})</span>` : nothing}
          </li>`;
        })}
      </ul>
    </aside>`;
  }

  private chipLabel(dim: ListDimension, value: string, locale: UiLocale, feed: Feed): { text: string; lang?: string } {
    if (dim === 'categories' || dim === 'regions') {
      const item = (dim === 'categories' ? feed.categories : feed.regions).find((i) => i.id === value);
      const name = item ? pick(item.name, locale, feed) : undefined;
      return name ? { text: name.value, lang: name.lang } : { text: value };
    }
    if (dim === 'audiences') return { text: audienceLabel(value) };
    if (dim === 'delivery') return { text: deliveryLabel(value) };
    if (dim === 'cost') return { text: costLabel(value) };
    return { text: languageName(value, locale) };
  }

  private renderFilters(locale: UiLocale, feed: Feed | undefined): unknown {
    const active = activeCount(this.filters);
    const chips: TemplateResult[] = [];
    if (feed) {
      for (const dim of ['categories', 'regions', 'audiences', 'languages', 'delivery', 'cost'] as const) {
        for (const value of this.filters[dim]) {
          const label = this.chipLabel(dim, value, locale, feed);
          chips.push(html`<li>
            <button type="button" class="chip" part="chip" @click=${() => this.toggleFilter(dim, value, false)}>
              <span class="visually-hidden">${msg('Remove filter:', { id: 'filters.remove' })} </span><span lang=${label.lang ?? nothing}>${label.text}</span>
              <span aria-hidden="true">×</span>
            </button>
          </li>`);
        }
      }
      if (this.filters.openNow) {
        chips.push(html`<li>
          <button type="button" class="chip" part="chip" @click=${() => this.setOpenNow(false)}>
            <span class="visually-hidden">${msg('Remove filter:', { id: 'filters.remove' })} </span>${msg('Open now', { id: 'open.now' })}
            <span aria-hidden="true">×</span>
          </button>
        </li>`);
      }
    }
    return html`<div class="toolbar">
        <button
          type="button"
          class="button secondary filters-toggle"
          part="filters-toggle"
          aria-expanded=${this.filtersOpen ? 'true' : 'false'}
          aria-controls="filters"
          ?disabled=${!feed}
          @click=${() => (this.filtersOpen = !this.filtersOpen)}
        >
          ${msg('Filters', { id: 'filters.toggle' })}${active ? ` (${active})` : ''}
        </button>
        ${chips.length
          ? html`<ul class="chips active-filters" role="list" aria-label=${msg('Active filters', { id: 'filters.active' })}>${chips}</ul>
              <button type="button" class="link-button" @click=${this.clearFilters}>${msg('Clear all filters', { id: 'filters.clear' })}</button>`
          : nothing}
      </div>
      <div
        id="filters"
        class="filters"
        part="filters"
        role="group"
        aria-label=${msg('Filters', { id: 'filters.toggle' })}
        ?hidden=${!this.filtersOpen || !feed}
        @keydown=${this.onFiltersKeydown}
      >
        ${feed && this.results && this.filtersOpen
          ? filtersPanel({
              locale,
              feed,
              facets: this.results.facets,
              state: this.filters,
              onToggle: this.toggleFilter,
              onOpenNow: this.setOpenNow,
            })
          : nothing}
      </div>`;
  }

  private renderBody(locale: UiLocale, feed: Feed | undefined): unknown {
    if (this.status === 'loading') {
      return html`<ul class="skeleton" part="skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<li class="bone"><span></span><span></span><span></span></li>`)}
      </ul>`;
    }
    if (this.status === 'error') {
      return html`<div class="error" part="error" role="alert">
        <p>${errorText(this.errorCode ?? 'network')}</p>
        ${this.errorCode === 'invalid-source'
          ? nothing
          : html`<button type="button" class="button" part="retry-button" @click=${() => this.load(true)}>
              ${msg('Try again', { id: 'error.retry' })}
            </button>`}
      </div>`;
    }
    if (!feed || !this.results) return nothing;
    if (feed.resources.length === 0) {
      return html`<p class="empty" part="empty">${msg('This directory has no resources yet.', { id: 'empty.feed' })}</p>`;
    }
    const { items, total } = this.results;
    if (total === 0) {
      const filtered = activeCount(this.filters) > 0;
      return html`<div class="empty" part="empty">
        <p>${msg('No resource matches your search.', { id: 'empty.none' })}</p>
        <p>
          ${filtered
            ? msg('Try clearing the filters, or other words.', { id: 'empty.hint-filters' })
            : msg('Try other words, or fewer words.', { id: 'empty.hint' })}
        </p>
        ${filtered
          ? html`<button type="button" class="button" @click=${this.clearFilters}>${msg('Clear all filters', { id: 'filters.clear' })}</button>`
          : nothing}
      </div>`;
    }
    const now = this.now ?? new Date();
    return html`<ol class="list" part="results" role="list">
        ${items.map((item, i) =>
          resultCard(item, {
            locale,
            feed,
            now,
            key: `r${i}`,
            expanded: this.expanded.has(item.resource.id),
            onToggle: this.toggleDetails,
          }),
        )}
      </ol>
      ${total > items.length
        ? html`<button type="button" class="button secondary more" part="more-button" @click=${this.showMore}>
            ${msg('Show more results', { id: 'results.more' })}
          </button>`
        : nothing}`;
  }
}
