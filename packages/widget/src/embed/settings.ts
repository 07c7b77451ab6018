/**
 * What an `embed.html` address may set: the finder's attributes from the query
 * string, checked before the element sees them. No DOM here, so that the rules
 * are tested on their own (settings.node.test.ts).
 */
import { safeWebUrl } from '@repere/sdk';
import { readOrigin } from './protocol.js';

/**
 * The finder attributes an embed address may set, by query parameter (the
 * same name). Left out on purpose: `sync-url` (it would write the iframe's
 * own address and history, never the host's), `needs-endpoint` and
 * `directions` (an address anyone can write must not send residents' needs,
 * or their clicks, to a server of its choosing).
 */
export const EMBED_ATTRIBUTES = [
  'lang',
  'region',
  'category',
  'limit',
  'compact',
  'no-filters',
  'theme',
  'quick-exit',
  'persist-list',
  'no-cache',
] as const;

/** Attributes that are on when present, whatever their value. */
const BOOLEAN_ATTRIBUTES = new Set<string>(['compact', 'no-filters', 'persist-list', 'no-cache']);

/** Why an embed address has no feed the finder may load. */
export type FeedRefusal = 'missing' | 'not-web' | 'origin';

export interface EmbedSettings {
  /** The feed's absolute address, when it may be loaded. */
  feed?: string;
  /** Why not, otherwise. */
  refused?: FeedRefusal;
  /** The other attributes, as `[name, value]`, in the order of {@link EMBED_ATTRIBUTES}. */
  attributes: Array<[string, string]>;
  /** The host page's origin, to which alone the embed posts its size; none without a valid `parent`. */
  parent?: string;
}

/**
 * Reads an embed address.
 *
 * @param pageUrl - The embed page's own address (`location.href`), query included.
 * @param feedOrigins - The origins besides the page's own that may serve the
 *   feed (from `<meta name="repere-feed-origins">`), as written; `*` allows
 *   any http(s) origin.
 */
export function readEmbedSettings(pageUrl: string, feedOrigins: readonly string[] = []): EmbedSettings {
  const page = new URL(pageUrl);
  const query = page.searchParams;
  const attributes: Array<[string, string]> = [];
  for (const name of EMBED_ATTRIBUTES) {
    const value = query.get(name);
    if (value === null) continue;
    attributes.push([name, BOOLEAN_ATTRIBUTES.has(name) ? '' : value]);
  }
  const parent = readOrigin(query.get('parent'));
  const settings: EmbedSettings = { attributes, ...(parent ? { parent } : {}) };

  const given = query.get('feed')?.trim();
  if (!given) return { ...settings, refused: 'missing' };
  let absolute: string | undefined;
  try {
    // Relative to the embed page, as the element reads it; then the SDK's
    // rule for a web address (http(s) only, no credentials, no control characters).
    absolute = safeWebUrl(new URL(given, page).href);
  } catch {
    absolute = undefined;
  }
  if (!absolute) return { ...settings, refused: 'not-web' };
  const allowed = new Set([page.origin, ...feedOrigins.map((o) => (o.trim() === '*' ? '*' : readOrigin(o)))]);
  if (!allowed.has('*') && !allowed.has(new URL(absolute).origin)) return { ...settings, refused: 'origin' };
  return { ...settings, feed: absolute };
}
