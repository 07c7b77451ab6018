/**
 * Small value rules every step of the validator shares: what counts as an
 * object, localized texts and lists trimmed, lists without repeats.
 */
import type { LocalizedList, LocalizedText } from '../model.js';

export const hasOwn = Object.prototype.hasOwnProperty;

/** A plain object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A text or `{lang: text}` as `{lang: text}`, trimmed, empty texts left out; `undefined` when nothing is left. */
export function toLocalized(text: string | Readonly<Record<string, string>> | undefined, defaultLocale: string): LocalizedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    const trimmed = text.trim();
    return trimmed ? { [defaultLocale]: trimmed } : undefined;
  }
  // for…in with an own-key test: Object.entries' keys and order, without its arrays.
  let out: Record<string, string> | undefined;
  for (const lang in text) {
    if (!hasOwn.call(text, lang)) continue;
    const trimmed = text[lang]!.trim();
    if (trimmed) (out ??= {})[lang] = trimmed;
  }
  return out;
}

/** `{lang: words}` with each word trimmed, empty words and languages left out. */
export function toLocalizedList(list: Readonly<Record<string, readonly string[]>> | undefined): LocalizedList {
  const out: Record<string, string[]> = {};
  if (!list) return out;
  for (const lang in list) {
    if (!hasOwn.call(list, lang)) continue;
    const kept: string[] = [];
    for (const word of list[lang]!) {
      const trimmed = word.trim();
      if (trimmed) kept.push(trimmed);
    }
    if (kept.length) out[lang] = kept;
  }
  return out;
}

/** A new list without repeats, first occurrences kept: `[...new Set(list ?? [])]`. */
export function unique<T>(list: readonly T[] | undefined): T[] {
  if (!list || list.length === 0) return [];
  if (list.length === 1) return [list[0]!];
  const out: T[] = [];
  for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}
