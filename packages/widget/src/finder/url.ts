/**
 * The finder's state in the page's address (opt-in `sync-url`), and the
 * shared-list link. Only query parameters with the finder's prefix
 * (`repere-`, or `repere-<element id>-`) are read or written, through the
 * History API: the host's path, other parameters, `history.state` and hash
 * (its own routes) are left exactly as they were, byte for byte.
 *
 * Every parameter is untrusted input (a mangled or hostile shared link): a
 * value the finder cannot use is ignored, and `readUrl` says so, so that
 * the finder removes it from the address rather than failing on it.
 */
import { FACET_DIMENSIONS } from '@repere/sdk';
import { isOpenFilter, type FilterState, type ListDimension } from './filters.js';
import { cleanIds } from './list-store.js';
import { toUiLocale } from '../i18n.js';

/** Each list filter's parameter name (singular: `repere-category=food,housing`). */
const PARAMS: Readonly<Record<ListDimension, string>> = {
  categories: 'category',
  regions: 'region',
  audiences: 'audience',
  languages: 'language',
  delivery: 'delivery',
  cost: 'cost',
};
const KEYS = ['q', 'open', 'id', 'list', 'lang', ...Object.values(PARAMS)];

export interface UrlState {
  q?: string;
  dims: Partial<Record<ListDimension, string[]>>;
  open?: string;
  id?: string;
  list?: string[];
  /** The interface language the resident chose. */
  lang?: string;
  /** Some parameter was ignored as unusable (set by `readUrl` only). */
  rejected?: boolean;
}

const split = (v: string | null) => (v ?? '').split(',').filter(Boolean).slice(0, 50);

/** What the address says, for this prefix. */
export function readUrl(prefix: string): UrlState {
  const p = new URLSearchParams(location.search);
  const get = (k: string) => p.get(prefix + k);
  const dims: UrlState['dims'] = {};
  for (const dim of FACET_DIMENSIONS) if (p.has(prefix + PARAMS[dim])) dims[dim] = split(get(PARAMS[dim]));
  const out: UrlState = { dims };
  if (p.has(prefix + 'q')) out.q = get('q')!.slice(0, 200);
  const keep = (k: 'open' | 'id' | 'lang', ok: (v: string) => boolean) => {
    if (!p.has(prefix + k)) return;
    const v = get(k)!;
    if (ok(v)) out[k] = v;
    else out.rejected = true;
  };
  keep('open', isOpenFilter);
  keep('id', (v) => cleanIds([v]).length === 1);
  if (p.has(prefix + 'list')) out.list = split(get('list'));
  keep('lang', (v) => toUiLocale(v) !== undefined);
  return out;
}


/** The current address with this prefix's parameters replaced by `state`'s (empty ones left out). */
export function urlWith(prefix: string, state: UrlState): string {
  // The host's parameters are kept as the raw text they are: a round trip
  // through URLSearchParams would rewrite `%20` as `+`, `flag` as `flag=`, `;` as `%3B`.
  const ours = new Set(KEYS.map((k) => prefix + k));
  const raw = location.search.slice(1);
  // Each pair's name decoded as URLSearchParams decodes it.
  const host = raw ? raw.split('&').filter((pair) => !ours.has([...new URLSearchParams(pair).keys()][0]!)) : [];
  const mine = new URLSearchParams();
  const set = (k: string, v: string | undefined) => v && mine.set(prefix + k, v);
  set('q', state.q?.trim());
  for (const dim of FACET_DIMENSIONS) set(PARAMS[dim], state.dims[dim]?.join(','));
  set('open', state.open);
  set('id', state.id);
  set('list', state.list?.join(','));
  set('lang', state.lang);
  const url = new URL(location.href);
  const added = mine.toString();
  url.search = (added ? [...host, added] : host).join('&');
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
  dims: f,
  open: f.open,
  ...(id ? { id } : {}),
});
