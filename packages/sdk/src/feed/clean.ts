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

export interface CleanReport {
  path: string;
  length: number;
}

/** Cleans one string; returns it with whether it had to be cut. */
export function cleanString(value: string, maxLength: number): { value: string; cutFrom?: number } {
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

/**
 * A deep copy of JSON data with every string (keys included) cleaned. Cut
 * strings are reported with their JSON path.
 */
export function cleanJson(value: unknown, maxLength: number, path: string, cut: CleanReport[]): unknown {
  if (typeof value === 'string') {
    const r = cleanString(value, maxLength);
    if (r.cutFrom !== undefined) cut.push({ path, length: r.cutFrom });
    return r.value;
  }
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = cleanJson(value[i], maxLength, `${path}[${i}]`, cut);
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // Never let a feed set a prototype through a key.
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
      const cleanKey = cleanString(key, 200).value;
      out[cleanKey] = cleanJson((value as Record<string, unknown>)[key], maxLength, `${path}${jsonPathKey(cleanKey)}`, cut);
    }
    return out;
  }
  return value;
}

/** `.name` or `["odd key"]`. */
export function jsonPathKey(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}
