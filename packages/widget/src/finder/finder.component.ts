import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import {
  safeWebUrl,
  type FeedSummary,
  type Resource,
} from '@repere/sdk';
import { RepereExitEvent } from '../events/repere-exit.js';
import { RepereSelectEvent } from '../events/repere-select.js';
import { directionOf, inLocale, toUiLocale, type UiLocale } from '../i18n.js';
import { LanguageController } from './language.js';
import {
  activeCount,
  emptyFilters,
  toSearchFilters,
  type FilterState,
  type ListDimension,
} from './filters.js';
import { styles } from './finder.styles.js';
import { phoneStyles } from './phone.styles.js';
import { formatCount, warmFormatters } from './format.js';
import { cleanIds, loadList, saveList, storageKey } from './list-store.js';
import type { ListMessage, SavedLoading } from './my-list.js';
import { Part } from './part.js';
import { resultCard } from './result-card.js';
import { pick } from './localized-text.js';
import { resultsArea } from './results-area.js';
import { DEFAULT_RETRIES } from '../engine/load-options.js';
import { filterChips } from './chips.js';
import { NearController } from './near.js';
import { quickExitBar } from './quick-exit.js';
import { crisisBanner } from './crisis.js';
import { statusText } from './status-line.js';
import { SheetController, closeOnEscape, filtersSheet } from './sheet.js';
import { readUrl, toUrlState, urlWith, writeUrl } from './url.js';
import { FeedController } from './feed.controller.js';
import { SearchController } from './search.controller.js';
import { FirstDraw } from './first-draw.js';
import { fallbackSlot } from './trust.js';

/** Where "Leave quickly" goes when `quick-exit` is given without a valid address. */
export const DEFAULT_EXIT_URL = 'https://www.google.ca/';
/** Two Escape presses within this time leave quickly. */
const ESCAPE_MS = 1000;

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
 * @attr lang - The interface language: `fr`, `en`, `es`, `ar`, `ht`, `zh-Hans`, `fa`, `uk`, `vi` or `pt` (region subtags are ignored: `fr-CA` is `fr`). Default: the nearest `lang` in the page, else the browser's languages (`navigator.languages`), else the feed's `defaultLocale`. Set by the language menu and by the offer to switch to the browser's first language (never switched to by itself); with `sync-url`, `repere-lang` in the address wins.
 * @attr region - Preset region filter: a region id (or several, comma-separated).
 * @attr category - Preset category filter: a category id (or several, comma-separated).
 * @attr limit - Results shown at a time (default 20); "Show more" adds as many.
 * @attr compact - A narrow layout for a sidebar.
 * @attr no-filters - Hides the filters panel (preset filters still apply).
 * @attr theme - `light` (default), `dark`, or `auto` (follows the device).
 * @attr persist-list - Keeps "My list" in this browser's localStorage (default: in memory, for the page only).
 * @attr quick-exit - Adds a "Leave quickly" button (and Escape twice): the page is replaced by this neutral http(s) address (empty: https://www.google.ca/).
 * @attr sync-url - Writes the query, filters and opened resource to the page's address (`repere-` query parameters), so Back, Forward and shared links work.
 * @attr no-cache - Keeps no copy of the feed, and removes one kept earlier: without it, the last feed that loaded is kept in this browser (Cache API, else localStorage) and shown, with its date, when the feed fails.
 * @attr timeout - Milliseconds before a feed request is given up (then retried); default 15,000.
 * @attr directions - The "Directions" links' map service, as a URL template with `{lat}`, `{lon}`, `{address}` or `{destination}` (coordinates, else the address), each URL-encoded; e.g. `https://www.openstreetmap.org/directions?route=%3B{lat}%2C{lon}`. Default: Google Maps. A place lacking a value the template uses, or a result that is not an http(s) address, gets no link.
 * @attr max-bytes - The largest feed accepted, in bytes, counted while it streams in; default 64 MiB (67108864).
 * @attr retries - How many times a failed load (network error, timeout, HTTP 5xx or 429) is tried again, with a growing pause. Default 2; at most 5.
 *
 * @slot - Fallback content (e.g. "Call 211"), shown before the script runs, while the feed loads, and when it cannot load at all.
 *
 * @fires {RepereSearchEvent} repere-search - After a search the resident started: `{ query, filters, total }`, nothing personal.
 * @fires {RepereSelectEvent} repere-select - When the resident opens a result's details: `{ id }`.
 * @fires {RepereErrorEvent} repere-error - When the feed cannot be loaded (first load or retry): `{ code }`, with `stale: true` when the saved copy is shown instead; the event's `error` is the SDK's FeedError (its details, and its message in English and French).
 * @fires {RepereExitEvent} repere-exit - Cancelable, just before "Leave quickly" replaces the page: `{ url }`.
 *
 * @csspart base - The widget's outer box.
 * @csspart title - The heading (the feed's title).
 * @csspart language-switch - The language menu (a `<select>` listing each language in itself).
 * @csspart language-offer - The one-line offer, in the browser's language, to switch to it ("Afficher en français").
 * @csspart crisis - The banner with the feed's crisis lines (below the search field).
 * @csspart crisis-urgent - The crisis banner, also, while the query speaks of distress.
 * @csspart quick-exit - The "Leave quickly" button.
 * @csspart near-button - The "Near me" button.
 * @csspart near - The panel that explains "Near me" and offers the municipalities.
 * @csspart list-toggle - The "My list" button.
 * @csspart list - The "My list" panel (what is printed).
 * @csspart list-button - A result's "Add to my list" button.
 * @csspart distance - A result's distance, after "Near me".
 * @csspart report-link - A result's "Report an error" link.
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
 * @csspart fallback - The box around the host's fallback content (the element's children) while loading or after a failure.
 * @csspart retrying - "Trying again…" while a failed load is retried.
 * @csspart interpretation - The hint to call the feed's interpretation line, when the interface language is not one of the feed's.
 * @csspart stale - The note above results from the saved copy of the feed (its date, and "Try again").
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
 * @cssprop [--repere-color-danger=#a3001b] - Errors, the crisis banner and "Leave quickly".
 * @cssprop [--repere-radius=8px] - Corner radius.
 * @cssprop [--repere-spacing=16px] - Base spacing.
 * @cssprop [--repere-exit-top=0px] - Where "Leave quickly" sticks while the finder scrolls, from the top of the screen (below a fixed site header).
 */
export class RepereFinder extends LitElement {
  static override styles = [styles, phoneStyles];
  /**
   * Reactive properties, declared without decorators: the decorator runtime
   * and its per-field calls cost the embed bundle about 500 bytes.
   */
  static override properties = {
    feed: {},
    lang: { reflect: true },
    region: {},
    category: {},
    limit: { type: Number },
    compact: { type: Boolean, reflect: true },
    noFilters: { type: Boolean, reflect: true, attribute: 'no-filters' },
    theme: { reflect: true },
    persistList: { type: Boolean, attribute: 'persist-list' },
    quickExit: { attribute: 'quick-exit' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    feedData: { attribute: false },
    noCache: { type: Boolean, attribute: 'no-cache' },
    retries: { type: Number },
    timeout: { type: Number },
    maxBytes: { type: Number, attribute: 'max-bytes' },
    directions: {},
    needsEndpoint: { attribute: 'needs-endpoint' },
    now: { attribute: false },
    query: { state: true, attribute: false },
    filters: { state: true, attribute: false },
    filtersOpen: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    list: { state: true, attribute: false },
    listOpen: { state: true, attribute: false },
    listMessage: { state: true, attribute: false },
    listFallback: { state: true, attribute: false },
    listLoading: { state: true, attribute: false },
  };

  /** The feed's URL. */
  feed?: string;

  /** The interface language (see `locale`); reflected, so the language menu inside the widget updates the attribute. */
  override lang!: string;

  /** Preset region filter (region ids, comma-separated). */
  region?: string;

  /** Preset category filter (category ids, comma-separated). */
  category?: string;

  /** Results shown at a time. */
  limit = 20;

  /** A narrow layout, for a sidebar. */
  compact = false;

  /** Hides the filters panel. */
  noFilters = false;

  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';

  /** Keeps "My list" in localStorage (`repere:list:<hash of the feed URL>`). */
  persistList = false;

  /** The neutral address "Leave quickly" goes to; absent: no button. */
  quickExit?: string | null;

  /** Mirrors the search in the page's address (`repere-` query parameters). */
  syncUrl = false;

  /** A feed object (raw, as in a feed file) instead of a URL; it is validated like a fetched one. */
  feedData?: object;

  /** Keeps no copy of the feed (and removes one kept earlier). */
  noCache = false;

  /** Retries after a network error, a timeout, HTTP 5xx or 429. */
  retries = DEFAULT_RETRIES;

  /** Gives up on a feed request after this many milliseconds (default: the SDK's, 15 s). */
  timeout?: number;

  /** Refuses a feed larger than this many bytes, counted while it streams in (default: the SDK's, 64 MiB). */
  maxBytes?: number;

  /** The "Directions" links' URL template (`{lat}`, `{lon}`, `{address}`, `{destination}`); default: Google Maps. */
  directions?: string;

  /**
   * Where to send what residents look for, as counts a city can read
   * (`https:`, or `http://localhost`): per search only the day, language,
   * region and category ids, a result bucket, whether it was distress, the
   * filters used by name, and the safe words of a search that found nothing;
   * in one batch when the page is left. Never the query, an identifier or a
   * position; nothing with Global Privacy Control. Off by default. See docs/privacy.md.
   */
  needsEndpoint?: string | null;

  /** The instant for "open now" and opening times; default: the time of each search. For previews. */
  now?: Date;

  /** `now`, else the present: the instant a search, a card or the list reads hours at. */
  get #at(): Date {
    return this.now ?? new Date();
  }

  private query = '';
  private filters: FilterState = emptyFilters();
  private filtersOpen = false;
  private expanded = new Set<string>();
  private list: string[] = [];
  private listOpen = false;
  /** What the last list action did, as a code translated at render time. */
  private listMessage: ListMessage = '';
  private listFallback?: string;
  /** Saved services being looked for in the other regions' shards, or 'failed'. */
  private listLoading?: SavedLoading;

  get #input(): HTMLInputElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('input[type="search"]');
  }

  /** "Near me": its panel, the position (kept in memory only), and the chip; a new place searches again. */
  readonly #near: NearController = new NearController(this, () => {
    this.#searches.firstPage();
    return this.#searches.search(true);
  });
  /** The searches: the typing pause, the page of results, `repere-search`, and when the finder is settled. */
  readonly #searches: SearchController = new SearchController(this, {
    finder: () => this.#loader.finder,
    request: () => {
      const now = this.#at;
      return {
        query: this.query,
        filters: toSearchFilters(this.filters),
        locale: this.locale,
        // The engine reads each result's hours: "Open now, until 4:30 p.m." on its card.
        statusAt: now,
        at: now,
        // "Open at Wednesday 9:00" is worked out on the feed's clock by the engine.
        ...(this.filters.open !== 'now' ? { openAt: this.filters.open } : {}),
        ...(this.#near.from ? { near: this.#near.from, sort: 'distance' as const } : {}),
      };
    },
    searched: (push) => this.#syncAddress(push),
  });
  /** The feed: its load, retries, saved copy, error, and release when the element is gone. */
  readonly #loader: FeedController = new FeedController(this, {
    busy: () => this.#searches.busy(),
    done: () => this.#searches.done(),
    handedOver: () => this.#firstDraw.meanwhile(() => warmFormatters(this.renderedLocale)),
    prepare: async () => {
      await this.#restoreList();
      await this.#searches.search(false, false);
    },
    retried: () => this.#input?.focus(),
  });
  /** The records of "My list" (the engine keeps the others). */
  #listRecords = new Map<string, Resource>();
  #lastEscape = -Infinity;
  /** The resource whose details were last opened (for `sync-url`). */
  #selected?: string;
  /** Filters as a sheet at narrow widths. */
  readonly #sheet = new SheetController(this);
  /** The fallback content until the first results: the finder is drawn once they are in. */
  readonly #firstDraw = new FirstDraw(this);

  constructor() {
    super();
    this.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || this.quickExit == null) return;
      if (e.timeStamp - this.#lastEscape < ESCAPE_MS) this.leave();
      this.#lastEscape = e.timeStamp;
    });
  }

  /** The feed being searched, once loaded: its description, categories and regions (its records stay with the engine). */
  get loadedFeed(): FeedSummary | undefined {
    return this.#loader.finder?.feed;
  }

  /** The interface language: negotiation, download, menu and the offer to switch to the browser's. */
  #language = new LanguageController(
    this,
    () => this.loadedFeed?.meta.defaultLocale,
    () => this.#syncAddress(false),
  );

  /** The language the widget speaks (or will, once its strings are downloaded). */
  get locale(): UiLocale {
    return this.#language.locale;
  }

  /**
   * The language rendered now: `locale` once its strings are here; until
   * then (or if they cannot be downloaded), the language already on screen,
   * else the best of French and English.
   */
  get renderedLocale(): UiLocale {
    return this.#language.rendered;
  }

  /**
   * Resolves when the widget is settled: the feed loaded (or failed), any
   * search waiting for the typing pause done, and the result rendered.
   * `await el.searchComplete` is how tests and hosts wait for the debounce.
   */
  get searchComplete(): Promise<void> {
    return this.#searches.settled(() => this.#language.loading);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  /** The prefix of this finder's URL parameters: `repere-`, or `repere-<id>-` for a finder with an `id`. */
  get #urlPrefix(): string {
    return this.id ? `repere-${this.id}-` : 'repere-';
  }

  /** Presets (attributes) overlaid with what the address says, with `sync-url`. */
  #fromUrl(): void {
    const url = readUrl(this.#urlPrefix);
    this.query = url.q ?? '';
    const filters = Object.assign(emptyFilters(), { regions: list(this.region), categories: list(this.category) }, url.dims);
    filters.open = url.open ?? '';
    this.filters = filters;
    this.#selected = url.id;
    this.expanded = new Set(url.id ? [url.id] : []);
    const lang = toUiLocale(url.lang);
    if (lang) {
      this.#language.chosen = true;
      this.lang = lang;
    }
    // A value it cannot use (a mangled link) is ignored, and taken out of the address.
    if (url.rejected) writeUrl(this.#urlPrefix, url, false);
  }

  #onPopState = (): void => {
    if (!this.syncUrl) return;
    this.#fromUrl();
    this.#searches.firstPage();
    void this.#searches.search(false);
  };

  /**
   * Leaves quickly: fires the cancelable `repere-exit`, then replaces the page
   * (no history entry to come Back to). What the resident typed is cleared first.
   */
  leave(): void {
    const url = safeWebUrl(this.quickExit ?? '') ?? DEFAULT_EXIT_URL;
    this.query = '';
    // Cleared with the query (whose change renders it).
    this.#searches.results = undefined;
    if (this.dispatchEvent(new RepereExitEvent({ url }))) this.navigate(url);
  }

  /** Replaces the page; overridable (tests, hosts with their own router). */
  protected navigate(url: string): void {
    location.replace(url);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.listOpen && !this.#listPart.module) this.#listPart.load().catch(() => {});
    // The list is shown (opened, or by a shared link) and misses saved services: they are in shards not loaded.
    if (this.listOpen && this.#listPart.module && !this.listLoading && this.#listResources.length < this.list.length) this.#findSaved();
    if (this.filtersOpen && !this.#filtersPart.module) this.#filtersPart.load().catch(() => {});
    if (changed.has('limit')) this.#searches.firstPage();
    if (changed.has('region') || changed.has('category')) {
      this.filters = { ...this.filters, regions: list(this.region), categories: list(this.category) };
    }
    if (!this.hasUpdated && this.syncUrl) this.#fromUrl();
    // The first results are in once the load is over (its first search done), or it failed.
    if (this.#loader.status !== 'loading') this.#firstDraw.release();
    if (changed.has('feed') || changed.has('feedData')) {
      if (!this.hasUpdated) this.#firstDraw.hold();
      void this.#loader.load(false);
    } else if (this.#loader.finder && (changed.has('region') || changed.has('category') || changed.has('limit') || changed.has('lang') || changed.has('now'))) {
      void this.#searches.search(false);
    }
  }

  #syncAddress(push: boolean): void {
    // With quick-exit, no history entry is added: Back after leaving never returns to a search.
    const state = { ...toUrlState(this.query, this.filters, this.#selected), lang: this.#language.chosen ? this.lang : undefined };
    if (this.syncUrl) writeUrl(this.#urlPrefix, state, push && this.quickExit == null);
  }

  /** The list from a shared link (`repere-list=`), else from storage with `persist-list`. */
  async #restoreList(): Promise<void> {
    const shared = readUrl(this.#urlPrefix).list;
    const ids = cleanIds(shared ?? (this.persistList ? loadList(this.#listKey) : this.list));
    const finder = this.#loader.finder;
    const found = ids.length && finder ? await finder.get(ids) : [];
    this.#listRecords = new Map(found.map((r) => [r.id, r]));
    this.listLoading = undefined;
    // Over region shards, an id not found may be in a shard not loaded yet: kept, and looked for when the list is shown.
    this.list = finder?.feed.shards ? ids : ids.filter((id) => this.#listRecords.has(id));
    if (shared && this.list.length) this.listOpen = true;
  }

  /** Looks for the saved services not here (the list part's `findSaved`), once the list is shown. */
  #findSaved(): void {
    const finder = this.#loader.finder;
    const current = () => finder === this.#loader.finder;
    if (!finder) return;
    this.listLoading = { loaded: 0, total: 0 };
    void this.#listPart.module?.findSaved(finder, {
      missing: () => this.list.filter((id) => !this.#listRecords.has(id)),
      // (A feed loaded again meanwhile has its own list: an answer for the old one is dropped.)
      found: (records) => {
        if (current()) for (const r of records) this.#listRecords.set(r.id, r);
        return current();
      },
      now: (state) => current() && (this.listLoading = state),
      gone: (ids) => this.#setList(this.list.filter((id) => !ids.includes(id))),
    });
  }

  get #listKey(): string {
    return storageKey(this.feed ? new URL(this.feed, document.baseURI).href : `data:${JSON.stringify(this.loadedFeed?.meta.title ?? '')}`);
  }

  #setList(ids: string[], message: '' | 'cleared' = ''): void {
    this.list = cleanIds(ids);
    this.listMessage = message;
    this.listFallback = undefined;
    if (this.persistList) saveList(this.#listKey, this.list);
  }

  #toggleList = (id: string): void => {
    const has = this.list.includes(id);
    // A resource is added from its card: its record is in the results on screen.
    const record = this.#searches.results?.items.find((i) => i.resource.id === id)?.resource;
    if (!has && record) this.#listRecords.set(id, record);
    this.#setList(has ? this.list.filter((x) => x !== id) : [...this.list, id]);
  };

  get #listResources(): Resource[] {
    return this.list.map((id) => this.#listRecords.get(id)).filter((r): r is Resource => !!r);
  }

  /**
   * The list panel and its text, loaded when the list is first opened or
   * used: the single-file bundle fetches them as a part beside itself.
   */
  readonly #listPart = new Part(this, () => import('./my-list.js'));
  /** The filters panel, loaded when the filters are first opened. */
  readonly #filtersPart = new Part(this, () => import('./filters-panel.js'));

  /** Settled includes the parts open (the list, Near me's places): `await el.updateComplete` then finds them rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await this.#firstDraw.drawn(() => super.getUpdateComplete());
    const arrived = await Promise.all([
      this.#listPart.arrived(this.listOpen),
      this.#filtersPart.arrived(this.filtersOpen),
      this.#near.places.arrived(this.#near.open),
    ]);
    return arrived.some(Boolean) ? super.getUpdateComplete() : settled;
  }

  async #listAction(action: 'print' | 'copy' | 'share' | 'clear'): Promise<void> {
    const feed = this.loadedFeed;
    if (!feed) return;
    if (action === 'clear') {
      this.#setList([], 'cleared');
      return;
    }
    if (action === 'print') {
      this.listOpen = true;
      await this.updateComplete;
      window.print();
      return;
    }
    let panels: typeof import('./my-list.js');
    try {
      panels = await this.#listPart.load();
    } catch {
      return;
    }
    const text =
      action === 'copy'
        ? inLocale(this.locale, () => panels.listText(this.#listResources, feed, this.locale, this.#at))
        : urlWith(this.#urlPrefix, { dims: {}, list: this.list });
    await panels.copy(text, this.renderRoot, (copied) => {
      this.listFallback = copied ? undefined : text;
      this.listMessage = copied ? (action === 'copy' ? 'copied' : 'link') : '';
      return this.updateComplete;
    });
  }

  #onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.#searches.typed();
  }

  #onSubmit(event: Event): void {
    event.preventDefault();
    this.#searches.submit();
  }

  #setFilters(next: FilterState): void {
    this.filters = next;
    this.#searches.firstPage();
    void this.#searches.search(true, true, true);
  }

  #toggleFilter = (dim: ListDimension, value: string, on: boolean): void => {
    const values = this.filters[dim].filter((v) => v !== value);
    if (on) values.push(value);
    this.#setFilters({ ...this.filters, [dim]: values });
  };

  #setOpen = (open: string): void => this.#setFilters({ ...this.filters, open });

  async #clearFilters(): Promise<void> {
    this.#setFilters(emptyFilters());
    await this.updateComplete;
    this.#input?.focus();
  }

  #toggleDetails = (id: string): void => {
    const next = new Set(this.expanded);
    if (next.has(id)) {
      next.delete(id);
      if (this.#selected === id) this.#selected = undefined;
    } else {
      next.add(id);
      this.#selected = id;
      this.dispatchEvent(new RepereSelectEvent({ id }));
    }
    this.expanded = next;
    this.#syncAddress(next.has(id));
  };

  /** Escape closes the panel it is pressed in (or on the toggle of), focus back on the toggle. */
  #onKeydown(event: KeyboardEvent): void {
    closeOnEscape(
      event,
      this.renderRoot as ShadowRoot,
      [
        { id: 'filters', open: this.filtersOpen, close: () => (this.filtersOpen = false) },
        { id: 'near', open: this.#near.open, close: () => this.#near.toggle(false) },
        { id: 'mylist', open: this.listOpen, close: () => (this.listOpen = false) },
      ],
      this.updateComplete,
    );
  }

  /** The filters sheet closed (its button, or Escape): back to the results, focus on the toggle. */
  #onSheetClosed = (): void => {
    this.filtersOpen = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.filters-toggle')?.focus());
  };

  protected override updated(): void {
    this.#firstDraw.drew();
    // The sheet opens once its panel is here, so that focus lands on the filters in it.
    this.#sheet.sync(this.renderRoot.querySelector<HTMLDialogElement>('dialog#filters'), this.filtersOpen && !!this.#filtersPart.module);
  }

  /** More results: focus moves to the first new card, and the status line says which are shown. */
  async #showMore(): Promise<void> {
    const from = await this.#searches.more();
    if (from < 0) return;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('.card article')[from]?.focus();
  }

  protected override render(): TemplateResult {
    const locale = (this.#language.shown = this.renderedLocale);
    // Until the first results: the host's fallback content, and leaving quickly (first-draw.ts).
    if (this.#firstDraw.holding) return inLocale(locale, () => html`${this.quickExit == null ? nothing : quickExitBar(() => this.leave())}${fallbackSlot()}`);
    return inLocale(locale, () => this.#renderIn(locale));
  }

  #renderIn(locale: UiLocale): TemplateResult {
    const feed = this.loadedFeed;
    const title = feed ? pick(feed.meta.title, locale, feed) : undefined;
    return html`<div class="root ${this.listOpen ? 'list-open' : ''}" part="base" lang=${locale} dir=${directionOf(locale)} @keydown=${this.#onKeydown}>
      ${this.quickExit == null ? nothing : quickExitBar(() => this.leave())}
      <div class="top">
        <h2 class="title" part="title">
          ${title ? html`<span lang=${title.lang} dir="auto">${title.value}</span>` : msg('Community resources', { id: 'title.default' })}
        </h2>
        <div class="top-actions">
          ${this.#language.menu(locale)}
        </div>
      </div>
      ${this.#language.offerLine()}
      <form class="search" part="search" role="search" @submit=${this.#onSubmit}>
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
          @input=${this.#onInput}
        />
        <p id="q-hint" class="hint">${msg('For example: food, housing, mental health, caregiver', { id: 'search.hint' })}</p>
      </form>
      ${this.#renderTools(locale, feed)}
      <p class="count" role="status" part="status">${statusText(locale, this.#loader.status, this.#searches.results, this.#searches.moreFrom, this.#distress && !!this.loadedFeed?.meta.crisis.length, this.#searches.regions, this.#searches.regionsFailed)}</p>
      <div class="results" aria-busy=${this.#loader.status === 'loading' || this.#searches.regions ? 'true' : 'false'}>
        ${crisisBanner(locale, feed, this.#distress)}${resultsArea({
          locale,
          feed,
          load: this.#loader,
          results: this.#searches.results,
          distress: this.#distress,
          filtered: activeCount(this.filters) > 0,
          onRetry: () => void this.#loader.load(true),
          onClearFilters: () => void this.#clearFilters(),
          onShowMore: () => void this.#showMore(),
          card: (item, i) =>
            resultCard(item, {
              locale,
              feed: feed!,
              now: this.#at,
              key: `r${i}`,
              expanded: this.expanded.has(item.resource.id),
              onToggle: this.#toggleDetails,
              inList: this.list.includes(item.resource.id),
              onList: this.#toggleList,
              directions: this.directions || undefined,
            }),
        })}
      </div>
    </div>`;
  }

  /** The query of the results on screen speaks of distress (as the SDK reads it). */
  get #distress(): boolean {
    return (this.#searches.results?.distress.length ?? 0) > 0;
  }

  /** Filters, "Near me" and "My list": the toolbar and its panels. */
  #renderTools(locale: UiLocale, feed: FeedSummary | undefined): unknown {
    const tools = html`${this.#near.button(feed)}
        <button
          type="button"
          class="button secondary list-toggle"
          part="list-toggle"
          aria-expanded=${this.listOpen ? 'true' : 'false'}
          aria-controls="mylist"
          ?disabled=${!feed}
          @click=${() => (this.listOpen = !this.listOpen)}
        >
          ${msg('My list', { id: 'list.title' })} (${formatCount(this.list.length, locale)})
        </button>`;
    const chip = this.#near.chip(locale, feed);
    return html`${this.noFilters ? html`<div class="toolbar">${tools}${chip}</div>` : this.#renderFilters(locale, feed, tools, chip)}
      ${this.#near.panel(locale, feed)}
      ${this.listOpen && feed && this.#listPart.module
        ? this.#listPart.module.listPanel({
            locale,
            feed,
            resources: this.#listResources,
            count: this.list.length,
            loading: this.listLoading,
            onRetry: () => this.#findSaved(),
            now: this.#at,
            persisted: this.persistList,
            message: this.listMessage,
            fallback: this.listFallback,
            onRemove: this.#toggleList,
            onAction: (a) => void this.#listAction(a),
          })
        : nothing}`;
  }

  #renderFilters(locale: UiLocale, feed: FeedSummary | undefined, tools: unknown, nearChip: unknown): unknown {
    const active = activeCount(this.filters);
    const results = this.#searches.results;
    const ctx = { locale, state: this.filters, onToggle: this.#toggleFilter, onOpen: this.#setOpen };
    const chips = feed ? filterChips({ ...ctx, feed }) : [];
    const panels = this.filtersOpen ? this.#filtersPart.module : undefined;
    const panel = feed && results && panels ? panels.filtersPanel({ ...ctx, feed, facets: results.facets, now: this.#at }) : nothing;
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
          ${msg('Filters', { id: 'filters.toggle' })}${active ? ` (${formatCount(active, locale)})` : ''}
        </button>
        ${tools}
        ${chips.length
          ? html`<ul class="chips active-filters" role="list" aria-label=${msg('Active filters', { id: 'filters.active' })}>${chips}</ul>`
          : nothing}
        ${nearChip}
        ${chips.length
          ? html`<button type="button" class="link-button" @click=${this.#clearFilters}>${msg('Clear all filters', { id: 'filters.clear' })}</button>`
          : nothing}
      </div>
      ${this.#sheet.narrow && feed
        ? filtersSheet(
            {
              locale,
              total: this.#searches.results?.total ?? 0,
              title: msg('Filters', { id: 'filters.toggle' }),
              onClose: () => (this.filtersOpen = false),
              onClosed: this.#onSheetClosed,
            },
            panel,
          )
        : html`<div id="filters" class="filters" part="filters" role="group" aria-label=${msg('Filters', { id: 'filters.toggle' })} ?hidden=${!this.filtersOpen || !feed}>
            ${panel}
          </div>`}`;
  }
}
