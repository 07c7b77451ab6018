/**
 * The first pass over untrusted JSON: Unicode to NFC (so that "é" typed as
 * e + U+0301 matches "é"), bidirectional overrides and control characters
 * removed (they can disguise a phone number or a link), and strings cut at a
 * length no real record needs.
 */

// Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and
// C0/C1 controls except tab, line feed and carriage return.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/**
 * What cleaning changed that the validator reports: a string cut (its length
 * before), or a value removed for nesting deeper than {@link MAX_JSON_DEPTH}.
 */
export interface CleanReport {
  path: string;
  length: number;
  deep?: true;
}

/**
 * How deep a feed's JSON may nest, from the document down (a record's field
 * is 3 levels down, an address line 6). JSON.parse accepts any depth, but
 * every walk over a value (cleaning, checking, structured cloning) recurses:
 * a value nested deeper is removed, so that one record's deep extension
 * field cannot exhaust the stack and lose the whole feed.
 */
export const MAX_JSON_DEPTH = 64;

/** A text without bidirectional overrides and control characters (tab and line breaks kept), e.g. before it reaches a terminal. */
export const removeUnsafeChars = (text: string): string => text.replace(UNSAFE_CHARS, '');

/** Cleans one string; returns it with whether it had to be cut. */
// Characters that are safe and stay as they are under NFC whatever comes
// before or after them (checked code point by code point in the tests): tab,
// line breaks, printable ASCII, Latin-1 to the spacing modifiers, and the
// usual punctuation (dashes, quotes, ellipsis). A string of only these needs
// no cleaning, which one native regex test tells.
// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[^\u0009\u000A\u000D\u0020-\u007E\u00A0-\u02FF\u2010-\u2027\u2030-\u205E]/;

export function cleanString(value: string, maxLength: number): { value: string; cutFrom?: number } {
  if (isCleanString(value, maxLength)) return { value };
  let out = value;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(out)) out = out.replace(UNSAFE_CHARS, '');
  out = out.normalize('NFC');
  if (out.length > maxLength) {
    const original = out.length;
    // Cut on a code-point boundary so no lone surrogate is left behind.
    let end = maxLength;
    const code = out.charCodeAt(end - 1);
    if (code >= 0xd800 && code <= 0xdbff) end--;
    return { value: out.slice(0, end), cutFrom: original };
  }
  return { value: out };
}

/** Whether {@link cleanString} would return a string as it is. */
export function isCleanString(value: string, maxLength: number): boolean {
  return value.length <= maxLength && !NEEDS_CLEANING.test(value);
}

/** Keys a feed may not set: `cleanJson` drops them (they could set a prototype), and valibot's object schemas skip them. */
export function isSkippedKey(key: string): boolean {
  return key === '__proto__' || key === 'prototype' || key === 'constructor';
}

/** Keys are cut shorter than values: no real key is long. */
const MAX_KEY_LENGTH = 200;

/** Whether {@link cleanJson} would keep an object key as it is. */
export function isCleanKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && !NEEDS_CLEANING.test(key) && !isSkippedKey(key);
}

/**
 * Whether {@link cleanJson} would return a value as it is, reporting nothing.
 * Only plain data (JSON's objects and arrays) is vouched for; anything else
 * gets a `false`, which only costs the caller the full walk.
 */
export function isCleanJson(value: unknown, maxLength: number, depth = 0): boolean {
  if (typeof value === 'string') return isCleanString(value, maxLength);
  if (value === null || typeof value !== 'object') return true;
  // Deep values are left to cleanJson, which knows how deep they sit in the
  // document; half the limit keeps this answer on the safe side wherever
  // the value is.
  if (depth >= MAX_JSON_DEPTH / 2) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  if (Array.isArray(value)) {
    if (proto !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!isCleanJson(value[i], maxLength, depth + 1)) return false;
    return true;
  }
  if (proto !== Object.prototype && proto !== null) return false;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key) || !isCleanKey(key)) return false;
    if (!isCleanJson((value as Record<string, unknown>)[key], maxLength, depth + 1)) return false;
  }
  return true;
}

/**
 * JSON data with every string (keys included) cleaned. Copy on write: a value
 * with nothing to clean is returned as it is (a feed of 20,000 clean records
 * is not copied), and any array or object that holds a cleaned string, an
 * unsafe key or a cleaned child is a new one, so the input is never changed.
 * Cut strings are reported with their JSON path.
 *
 * `known` holds objects the caller has already found clean (with
 * {@link isCleanJson} or a check that implies it): they are not walked again.
 * An object or array more than {@link MAX_JSON_DEPTH} levels below `value`
 * is removed (from its list, or with its key) and reported.
 */
export function cleanJson(
  value: unknown,
  maxLength: number,
  path: string,
  cut: CleanReport[],
  known?: ReadonlySet<unknown>,
): unknown {
  // The path of each value is only spelled out when a string is cut.
  const keys: (string | number)[] = [];
  const where = () => path + keys.map(jsonPathKey).join('');
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') {
      // Most strings need nothing: test before building a result.
      if (isCleanString(node, maxLength)) return node;
      const r = cleanString(node, maxLength);
      if (r.cutFrom !== undefined) cut.push({ path: where(), length: r.cutFrom });
      return r.value;
    }
    if (known !== undefined && known.has(node)) return node;
    if (node !== null && typeof node === 'object' && keys.length >= MAX_JSON_DEPTH) {
      cut.push({ path: where(), length: 0, deep: true });
      return REMOVED;
    }
    if (Array.isArray(node)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        keys.push(i);
        const cleaned = typeof item === 'object' || typeof item === 'string' ? walk(item) : item;
        keys.pop();
        if (out) {
          if (cleaned !== REMOVED) out.push(cleaned);
        } else if (cleaned !== item) {
          out = node.slice(0, i);
          if (cleaned !== REMOVED) out.push(cleaned);
        }
      }
      return out ?? node;
    }
    if (node !== null && typeof node === 'object') {
      const names = Object.keys(node);
      let out: Record<string, unknown> | undefined;
      for (let i = 0; i < names.length; i++) {
        const key = names[i]!;
        const item = (node as Record<string, unknown>)[key];
        // Never let a feed set a prototype through a key.
        if (isSkippedKey(key)) {
          out ??= copyKeys(node as Record<string, unknown>, names, i);
          continue;
        }
        const cleanKey = isCleanString(key, MAX_KEY_LENGTH) ? key : cleanString(key, MAX_KEY_LENGTH).value;
        keys.push(cleanKey);
        const cleaned = typeof item === 'object' || typeof item === 'string' ? walk(item) : item;
        keys.pop();
        if (out) {
          if (cleaned !== REMOVED) out[cleanKey] = cleaned;
        } else if (cleaned !== item || cleanKey !== key) {
          out = copyKeys(node as Record<string, unknown>, names, i);
          if (cleaned !== REMOVED) out[cleanKey] = cleaned;
        }
      }
      return out ?? node;
    }
    return node;
  };
  const cleaned = walk(value);
  return cleaned === REMOVED ? undefined : cleaned;
}

/**
 * A copy of `value` without the objects and lists more than
 * {@link MAX_JSON_DEPTH} levels down: what {@link cleanJson} removes for
 * depth, strings and keys left to it. A feed object too deep to be copied
 * to the engine (`connectFinder` refuses it: `invalid-source`, detail
 * `UNREADABLE`) loads once sent again through this. (A `__proto__` key sets
 * the copy's own prototype, which copying to the engine leaves behind.)
 */
export function withoutDeepValues(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  const keep = (v: unknown) => v === null || typeof v !== 'object' || depth + 1 < MAX_JSON_DEPTH;
  if (Array.isArray(value)) return value.filter(keep).map((v) => withoutDeepValues(v, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (keep(v)) out[key] = withoutDeepValues(v, depth + 1);
  return out;
}

/** What `walk` returns for a value too deep to keep: its parent leaves it out. */
const REMOVED: unique symbol = Symbol('removed');

/** A plain object with the first `count` entries of `node`, whose keys are known to be clean. */
function copyKeys(node: Record<string, unknown>, names: readonly string[], count: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let j = 0; j < count; j++) out[names[j]!] = node[names[j]!];
  return out;
}

/** `.name` or `["odd key"]`. */
export function jsonPathKey(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
