/**
 * The filters a resident chooses: one list of values per SDK facet
 * dimension, and the hours; how they read on a chip, and what the SDK's
 * search receives. The panel that chooses them is `filters-panel.ts`.
 */
import { msg, str } from '@lit/localize';
import { FACET_DIMENSIONS, OPEN_AT_PATTERN, type Day, type FacetDimension, type Facets, type FeedSummary, type SearchFilters } from '@repere/sdk';
import type { UiLocale } from '../i18n.js';
import { formatTime, weekdayName } from './format.js';

/** A filter that is a list of chosen values: the SDK's facet dimensions. */
export type ListDimension = FacetDimension;

/** The filters a resident has chosen: the values of each list dimension, and the hours. */
export type FilterState = Record<ListDimension, string[]> & {
  /** `''` any time, `'now'`, or a weekday and time on the feed's clock: `we-09:00`. */
  open: string;
};

export const emptyFilters = (): FilterState => ({ ...Object.fromEntries(FACET_DIMENSIONS.map((dim) => [dim, [] as string[]])), open: '' }) as FilterState;

/** How many filters are on (each value, and the hours). */
export const activeCount = (f: FilterState): number => FACET_DIMENSIONS.reduce((n, dim) => n + f[dim].length, f.open ? 1 : 0);

/** The state as SDK filters, with empty filters left out. */
export function toSearchFilters(f: FilterState): SearchFilters {
  const out: Record<string, unknown> = {};
  for (const dim of FACET_DIMENSIONS) {
    if (f[dim].length) out[dim] = [...f[dim]];
  }
  if (f.open) out.openNow = true;
  return out as SearchFilters;
}

/** What the filters panel (`filters-panel.ts`) draws from, and whom it tells. */
export interface FiltersContext {
  readonly locale: UiLocale;
  readonly feed: FeedSummary;
  readonly facets: Facets;
  readonly state: FilterState;
  readonly onToggle: (dim: ListDimension, value: string, on: boolean) => void;
  readonly onOpen: (open: string) => void;
  readonly now: Date;
}

/** Whether `code` is an "open" filter the finder can show: `now`, or an "open at" moment such as `we-09:00`. */
export const isOpenFilter = (code: string): boolean => code === 'now' || OPEN_AT_PATTERN.test(code);

/** "Open now" or "Open Thursday at 8:30 a.m.", for a chip. */
export function openLabel(open: string, locale: UiLocale): string {
  if (open === 'now') return msg('Open now', { id: 'open.now' });
  const [day, time] = open.split('-') as [Day, string];
  return msg(str`Open ${weekdayName(day, locale)} at ${formatTime(time, locale)}`, { id: 'open.at' });
}

