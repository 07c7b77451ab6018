/**
 * Chips: what narrows or orders the results, each a button that takes it
 * away — every active filter value and the hours (in the toolbar), and
 * "Nearest to …" after "Near me". A screen reader hears what pressing does
 * ("Remove filter: Food"); the × is only seen.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { FACET_DIMENSIONS, type FeedSummary } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { openLabel, type FilterState, type ListDimension } from './filters.js';
import { languageName } from './format.js';
import { audienceLabel, costLabel, deliveryLabel } from './labels.js';
import { pick } from './localized-text.js';

/** One chip: what a screen reader hears first (`action`), what it shows, and what pressing it does. */
export function chip(action: string, label: unknown, onRemove: () => void): TemplateResult {
  return html`<button type="button" class="chip" part="chip" @click=${onRemove}>
    <span class="visually-hidden">${action} </span>${label}
    <span aria-hidden="true">×</span>
  </button>`;
}

/** A filter value as a resident reads it: a category's or region's name (in its language), or a vocabulary's label. */
function valueLabel(dim: ListDimension, value: string, locale: UiLocale, feed: FeedSummary): unknown {
  if (dim === 'categories' || dim === 'regions') {
    const item = (dim === 'categories' ? feed.categories : feed.regions).find((i) => i.id === value);
    const name = item ? pick(item.name, locale, feed) : undefined;
    return name ? html`<span lang=${name.lang} dir="auto">${name.value}</span>` : html`<span>${value}</span>`;
  }
  return html`<span>${dim === 'audiences' ? audienceLabel(value) : dim === 'delivery' ? deliveryLabel(value) : dim === 'cost' ? costLabel(value) : languageName(value, locale)}</span>`;
}

export interface FilterChipsContext {
  readonly locale: UiLocale;
  readonly feed: FeedSummary;
  readonly state: FilterState;
  readonly onToggle: (dim: ListDimension, value: string, on: boolean) => void;
  readonly onOpen: (open: string) => void;
}

/** The active filters' chips, list items in the filters panel's order, the hours last. */
export function filterChips(ctx: FilterChipsContext): TemplateResult[] {
  const { locale, feed, state } = ctx;
  const remove = msg('Remove filter:', { id: 'filters.remove' });
  const chips = FACET_DIMENSIONS.flatMap((dim) =>
    state[dim].map((value) => html`<li>${chip(remove, valueLabel(dim, value, locale, feed), () => ctx.onToggle(dim, value, false))}</li>`),
  );
  if (state.open) chips.push(html`<li>${chip(remove, openLabel(state.open, locale), () => ctx.onOpen(''))}</li>`);
  return chips;
}
