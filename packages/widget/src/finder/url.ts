/**
 * The finder's state in the page's address (opt-in `sync-url`), and the
 * shared-list link. Only query parameters with the finder's prefix
 * (`repere-`, or `repere-<element id>-`) are read or written, through the
 * History API: the host's path, other parameters, `history.state` and hash
 * (its own routes) are left exactly as they were.
 */
import type { FilterState, ListDimension } from './filters.js';

const DIMS: Record<string, ListDimension> = {
  category: 'categories',
  region: 'regions',
  audience: 'audiences',
  language: 'languages',
  delivery: 'delivery',
  cost: 'cost',
};
const KEYS = ['q', 'open', 'id', 'list', 'lang', ...Object.keys(DIMS)];

export interface UrlState {
  q?: string;
  dims: Partial<Record<ListDimension, string[]>>;
  open?: string;
  id?: string;
  list?: string[];
  /** The interface language the resident chose. */
  lang?: string;
}

const split = (v: string | null) => (v ?? '').split(',').filter(Boolean).slice(0, 50);

/** What the address says, for this prefix. */
export function readUrl(prefix: string): UrlState {
  const p = new URLSearchParams(location.search);
  const get = (k: string) => p.get(prefix + k);
  const dims: UrlState['dims'] = {};
  for (const [k, dim] of Object.entries(DIMS)) if (p.has(prefix + k)) dims[dim] = split(get(k));
  const out: UrlState = { dims };
  if (p.has(prefix + 'q')) out.q = get('q')!.slice(0, 200);
  if (p.has(prefix + 'open')) out.open = get('open')!;
  if (p.has(prefix + 'id')) out.id = get('id')!;
  if (p.has(prefix + 'list')) out.list = split(get('list'));
  if (p.has(prefix + 'lang')) out.lang = get('lang')!;
  return out;
}

/** The current address with this prefix's parameters replaced by `state`'s (empty ones left out). */
export function urlWith(prefix: string, state: UrlState): string {
  const url = new URL(location.href);
  for (const k of KEYS) url.searchParams.delete(prefix + k);
  const set = (k: string, v: string | undefined) => v && url.searchParams.set(prefix + k, v);
  set('q', state.q?.trim());
  for (const [k, dim] of Object.entries(DIMS)) set(k, state.dims[dim]?.join(','));
  set('open', state.open);
  set('id', state.id);
  set('list', state.list?.join(','));
  set('lang', state.lang);
  return url.href;
}

/** Writes the state: a new history entry (`push`) or the current one replaced. */
export function writeUrl(prefix: string, state: UrlState, push: boolean): void {
  const href = urlWith(prefix, state);
  if (href === location.href) return;
  try {
    history[push ? 'pushState' : 'replaceState'](history.state, '', href);
  } catch {
    // A sandboxed frame or a throttled history: the finder works without it.
  }
}

/** The filters as URL state. */
export const toUrlState = (q: string, f: FilterState, id?: string): UrlState => ({
  q,
  dims: { categories: f.categories, regions: f.regions, audiences: f.audiences, languages: f.languages, delivery: f.delivery, cost: f.cost },
  open: f.open,
  ...(id ? { id } : {}),
});
