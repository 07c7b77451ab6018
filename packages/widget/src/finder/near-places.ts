/**
 * The places "Near me" offers instead of the device's position: the feed's
 * regions that have a centroid, where residents live. A native select (a
 * phone shows its own picker), grouped by top-level region, each MRC followed
 * by its municipalities, and a field above it that narrows the list as the
 * resident types ("poca" → La Pocatière), accents and case aside.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { fold, type FeedSummary, type LocalizedResult, type Region } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { pick } from './localized-text.js';

/** A place to measure from: its depth under its group (0: the group's own region, 1: an MRC, 2: a municipality). */
export interface Place {
  readonly id: string;
  readonly name: LocalizedResult | undefined;
  readonly depth: number;
}

/** The places under one top-level region (`name`), or places that belong to no group (no `name`). */
export interface PlaceGroup {
  readonly name?: LocalizedResult;
  readonly places: readonly Place[];
}

const nameOf = (p: { id: string; name?: LocalizedResult | undefined }) => p.name?.value ?? p.id;

/**
 * The feed's places with a centroid, in the order of the region tree: one
 * group per top-level region, by name; inside, each region by name followed
 * by its own sub-regions. A region without sub-regions stands alone.
 * `filter` keeps the places whose name contains it (folded).
 */
export function nearPlaces(feed: FeedSummary, locale: UiLocale, filter = ''): PlaceGroup[] {
  const ids = new Set(feed.regions.map((r) => r.id));
  const children = new Map<string | undefined, Region[]>();
  for (const r of feed.regions) {
    const parent = r.parent && ids.has(r.parent) ? r.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const named = (list: readonly Region[] = []) =>
    list.map((r) => ({ r, name: pick(r.name, locale, feed) })).sort((a, b) => nameOf({ id: a.r.id, name: a.name }).localeCompare(nameOf({ id: b.r.id, name: b.name }), locale));
  const q = fold(filter.trim());
  const groups: PlaceGroup[] = [];
  const alone: Place[] = [];
  for (const root of named(children.get(undefined))) {
    const places: Place[] = [];
    // Depth-first, a cycle-proof walk: validation already broke parent cycles.
    const visit = (r: Region, name: LocalizedResult | undefined, depth: number) => {
      if (r.centroid && (!q || fold(nameOf({ id: r.id, name })).includes(q))) places.push({ id: r.id, name, depth });
      if (depth < 8) for (const c of named(children.get(r.id))) visit(c.r, c.name, depth + 1);
    };
    visit(root.r, root.name, 0);
    if (children.has(root.r.id)) {
      if (places.length) groups.push({ name: root.name, places });
    } else alone.push(...places);
  }
  return alone.length ? [...groups, { places: alone }] : groups;
}

export interface PlacePickerOptions {
  readonly feed: FeedSummary;
  readonly locale: UiLocale;
  /** What the resident typed to narrow the list. */
  readonly filter: string;
  /** The place distances are measured from, if one was chosen. */
  readonly selected?: string;
  /** The select's label ("Or choose your municipality"). */
  readonly label: string;
  readonly onFilter: (text: string) => void;
  readonly onChoose: (id: string) => void;
}

/** The field that narrows the list, and the grouped select; nothing when the feed has no place with a centroid. */
export function placePicker(o: PlacePickerOptions): TemplateResult | typeof nothing {
  if (!o.feed.regions.some((r) => r.centroid)) return nothing;
  const groups = nearPlaces(o.feed, o.locale, o.filter);
  // Sub-regions are indented, except in a narrowed list, where the tree is gone.
  const option = (p: Place) =>
    html`<option value=${p.id} lang=${p.name?.lang ?? nothing} ?selected=${p.id === o.selected}>${o.filter ? '' : '\u2003'.repeat(Math.max(0, p.depth - 1))}${nameOf(p)}</option>`;
  return html`<label class="label" for="near-filter">${msg('Type the name of your municipality', { id: 'near.filter' })}</label>
    <input
      id="near-filter"
      class="input"
      type="search"
      autocomplete="off"
      aria-controls="near-region"
      .value=${o.filter}
      @input=${(e: Event) => o.onFilter((e.target as HTMLInputElement).value)}
    />
    <label class="label" for="near-region">${o.label}</label>
    <select id="near-region" class="input" @change=${(e: Event) => o.onChoose((e.target as HTMLSelectElement).value)}>
      <option value="">—</option>
      ${groups.map((g) => (g.name ? html`<optgroup label=${nameOf({ id: '', name: g.name })}>${g.places.map(option)}</optgroup>` : g.places.map(option)))}
    </select>
    <p class="hint" role="status">${groups.length ? '' : msg('No municipality matches.', { id: 'near.no-match' })}</p>`;
}
