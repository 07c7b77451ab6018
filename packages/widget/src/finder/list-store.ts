/**
 * "My list"'s ids and their storage: by default the list lives in the
 * element's memory only and is gone when the page closes; with
 * `persist-list` it is kept in `localStorage` under a namespaced key, and
 * every storage access is guarded (storage disabled, blocked in a frame,
 * full, or throwing `SecurityError`). Kept apart from the panel
 * (`my-list.ts`), which the single-file bundle loads only when the list is
 * opened or used.
 */
import { ID_PATTERN } from '@repere/sdk';

/** At most this many resources in a list (and in a shared link). */
export const LIST_MAX = 50;

/** `repere:list:<hash of the feed's address>`: one list per feed. */
export function storageKey(feed: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < feed.length; i++) h = Math.imul(h ^ feed.charCodeAt(i), 0x01000193);
  return `repere:list:${(h >>> 0).toString(36)}`;
}

/** The stored ids, or none when storage is unavailable or holds anything unexpected. */
export function loadList(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && ID_PATTERN.test(v)).slice(0, LIST_MAX) : [];
  } catch {
    return [];
  }
}

/** Saves the ids (an empty list removes the key); storage errors are ignored. */
export function saveList(key: string, ids: readonly string[]): void {
  try {
    if (ids.length) localStorage.setItem(key, JSON.stringify(ids));
    else localStorage.removeItem(key);
  } catch {
    // Disabled, full or forbidden: the list stays in memory for this page.
  }
}

export const cleanIds = (ids: readonly string[]): string[] => [...new Set(ids.filter((id) => ID_PATTERN.test(id)))].slice(0, LIST_MAX);
