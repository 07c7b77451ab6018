/**
 * URL safety. Feed text comes from many third parties and ends up in `href`
 * attributes on a city's or a hospital's page, so only values that the URL
 * parser itself reads as http:, https:, mailto: or tel: get through. Parsing
 * (rather than matching strings) defeats the usual tricks: letter case, tabs,
 * newlines and NUL inside the scheme, leading control characters.
 */

const WEB = new Set(['http:', 'https:']);

/** A character that has no business in a URL we hand to a browser. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

const MAX_URL_LENGTH = 2048;
const SLASH = 0x2f;

function parse(value: string): URL | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH || CONTROL.test(value)) return undefined;
  try {
    return new URL(value.trim());
  } catch {
    return undefined;
  }
}

/**
 * The common website, already in the form the URL parser gives back: a
 * lowercase `http://` or `https://`, a host of lowercase ASCII letters, digits
 * and hyphens in dot-separated labels whose last starts with a letter (so not
 * an IPv4 address), and a path of unreserved characters, or none. No user,
 * port, query, fragment, percent sign or backslash, nothing to lowercase,
 * encode or map: the parser's `href` is the value itself, with `/` for an
 * empty path. NOT_SIMPLE sends the two exceptions to the parser: `xn--`
 * (punycode, which it decodes and checks) and `.` or `..` path segments
 * (which it removes).
 */
const SIMPLE_WEB = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*(?:\/[A-Za-z0-9._~-]*)*$/;
const NOT_SIMPLE = /xn--|\/\.\.?(?:\/|$)/;

/**
 * A website as a safe absolute `http:` or `https:` URL string, or `undefined`.
 * A bare host such as `example.org/aide` is read as `https://example.org/aide`.
 */
export function safeWebUrl(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  // Protocol-relative URLs would follow the embedding page's scheme and host rules.
  if (trimmed.startsWith('//') || trimmed.startsWith('\\')) return undefined;
  if (trimmed.length <= MAX_URL_LENGTH && SIMPLE_WEB.test(trimmed) && !NOT_SIMPLE.test(trimmed)) {
    // Already the parser's own spelling of itself: no URL object needed.
    return trimmed.indexOf('/', 8) === -1 ? `${trimmed}/` : trimmed;
  }
  let url = parse(trimmed);
  if (!url && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(trimmed)) url = parse(`https://${trimmed}`);
  if (!url || !WEB.has(url.protocol)) return undefined;
  // Credentials in a URL are a phishing device (https://trusted.example@evil.example).
  if (url.username || url.password) return undefined;
  return url.href;
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** An e-mail address (with or without `mailto:`) as a bare address, or `undefined`. */
export function safeEmail(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  let address = value.trim();
  if (/^mailto:/i.test(address)) {
    const url = parse(address);
    if (!url || url.protocol !== 'mailto:') return undefined;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      // A broken escape (`mailto:%E0`) is no address, not a reason to throw.
      return undefined;
    }
  }
  if (!EMAIL.test(address) || CONTROL.test(address)) return undefined;
  // "mailto:" and then anything that does not start with "/" is an
  // opaque-path URL, which the URL parser never rejects (EMAIL already ruled
  // out the spaces and controls it would strip): only an address starting with
  // "/" (read as an authority) or too long for `parse` needs the parser, and a
  // 20,000-record feed is spared as many URL objects.
  if (address.charCodeAt(0) !== SLASH && address.length <= MAX_URL_LENGTH - 'mailto:'.length) return address;
  const url = parse(`mailto:${address}`);
  return url && url.protocol === 'mailto:' ? address : undefined;
}

/** Words that introduce an extension: "poste 2", "ext. 2", "x2". */
const EXTENSION = /\s*(?:,|;ext=|\bext\.?|\bextension|\bposte|\bp\.|\bx)\s*(\d{1,6})\s*$/i;

/**
 * A phone number as a `tel:` URL, or `undefined` when it cannot be dialled.
 * Accepts the ways people write numbers ("418 555-0142", "(819) 555-0199",
 * "1-800-555-0111 poste 2", "911", "tel:+18195550199") and nothing else.
 */
export function telHref(value: string): string | undefined {
  if (typeof value !== 'string' || value.length > 64 || CONTROL.test(value)) return undefined;
  let text = value.trim().replace(/^tel:/i, '');
  let extension = '';
  const ext = EXTENSION.exec(text);
  if (ext) {
    extension = ext[1]!;
    text = text.slice(0, ext.index);
  }
  if (!/^\+?[\d\s().\-/]+$/.test(text)) return undefined;
  const digits = text.replace(/[^\d+]/g, '');
  const count = digits.replace('+', '').length;
  if (count < 3 || count > 15 || digits.lastIndexOf('+') > 0) return undefined;
  // Only digits, one leading "+" and a ",extension" of digits: an opaque-path
  // tel: URL that the URL parser always accepts as it is, so it is not asked.
  return `tel:${digits}${extension ? `,${extension}` : ''}`;
}

/** A safe `mailto:` URL for an address, or `undefined`. */
export function mailtoHref(value: string): string | undefined {
  const address = safeEmail(value);
  return address ? `mailto:${address}` : undefined;
}

/**
 * Any link from a feed, checked: `http(s):`, `mailto:` or `tel:` and nothing
 * else. What the widget calls before anything reaches an `href`.
 */
export function safeHref(value: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^mailto:/i.test(trimmed)) return mailtoHref(trimmed);
  if (/^tel:/i.test(trimmed)) return telHref(trimmed);
  return safeWebUrl(trimmed) && parse(trimmed) ? safeWebUrl(trimmed) : undefined;
}
