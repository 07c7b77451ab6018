// telHref, safeEmail and safeWebUrl skip the URL parser where its answer is
// known (an opaque "tel:" or "mailto:" path, a website already in the
// parser's own spelling). These tests hold them to what asking the parser
// gives, in Node and in Chromium, on the usual and the odd inputs.
import { expect } from 'chai';
import { safeEmail, safeWebUrl, telHref } from '@repere/sdk';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;

/** The parser's answer, as `safe-url.ts` asked it before. */
function parses(value: string, protocol: string): boolean {
  if (value.length > 2048 || CONTROL.test(value)) return false;
  try {
    return new URL(value.trim()).protocol === protocol;
  } catch {
    return false;
  }
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

function strings(alphabet: readonly string[], count: number, seed: number): string[] {
  const rnd = random(seed);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(rnd() * 14);
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(rnd() * alphabet.length)];
    return out;
  });
}

const EMAIL_PARTS = ['a', 'b', 'Z', '0', '.', '@', '/', '//', '?', '#', '%', '%2F', '^', '|', '[', '&', '=', '+', '-', '_', '~', '!', '$', "'", '*', 'é', '\u{1F600}', '\uD800', 'x.example', '@b.example', 'mailto:', 'MAILTO:'];
const PHONE_PARTS = ['1', '8', '0', '5', ' ', '-', '(', ')', '.', '/', '+', 'tel:', 'TEL:', ',', ' poste ', ' ext. ', 'x', ';ext=', 'a', '#', '%'];

describe('safe links without the URL parser', () => {
  it('accepts an e-mail address exactly when the parser reads mailto: and the address', () => {
    const inputs = [
      'info@example.org',
      '/a@b.example',
      '//a@b.example',
      '//a@b^c.example',
      '//a|b@c.example',
      'a/b@c.example',
      'a?b@c.example',
      'a#b@c.example',
      'é@exemple.example',
      `${'a'.repeat(2040)}@b.example`,
      `${'a'.repeat(2030)}@b.example`,
      ...strings(EMAIL_PARTS, 3000, 1),
      ...strings(EMAIL_PARTS, 1000, 2).map((s) => `${s}@x.example`),
      ...strings(EMAIL_PARTS, 1000, 3).map((s) => `/${s}@x.example`),
    ];
    for (const input of inputs) {
      // A "mailto:" value is decoded and parsed as before: not what is tested here.
      if (/^mailto:/i.test(input.trim())) continue;
      const got = safeEmail(input);
      if (got === undefined) continue;
      // A bare address that passed: the parser must agree it is a mailto: URL.
      expect(parses(`mailto:${got}`, 'mailto:'), input).to.equal(true);
    }
    // And an address the parser refuses is still refused.
    for (const input of ['//a@b^c.example', '//a@b|c.example', `${'a'.repeat(2040)}@b.example`]) {
      expect(parses(`mailto:${input}`, 'mailto:'), input).to.equal(false);
      expect(safeEmail(input), input).to.equal(undefined);
    }
  });

  it('returns only tel: URLs that the parser reads as they are', () => {
    const digits = strings(['0', '1', '5', '8', '9'], 3000, 5).map((s) => `${s}${s}`);
    const inputs = [
      '911',
      '418 555-0142',
      '(819) 555-0199',
      '1-800-555-0111 poste 2',
      'tel:+18195550199',
      '+1 819 555 0199 x12',
      ...strings(PHONE_PARTS, 5000, 4),
      ...digits.map((s, i) => `${i % 3 ? '' : '+'}${s}${PHONE_PARTS[i % PHONE_PARTS.length]}${s.slice(0, i % 7)}`),
    ];
    let accepted = 0;
    for (const input of inputs) {
      const href = telHref(input);
      if (href === undefined) continue;
      accepted++;
      expect(parses(href, 'tel:'), input).to.equal(true);
      expect(new URL(href).href, input).to.equal(href);
    }
    expect(accepted).to.be.greaterThan(100);
  });

  it('gives the same website as the parser, simple or not', () => {
    // safeWebUrl as it was: every value through the parser.
    const reference = (value: string): string | undefined => {
      const trimmed = value.trim();
      if (trimmed.startsWith('//') || trimmed.startsWith('\\')) return undefined;
      const read = (text: string): URL | undefined => {
        if (text.length > 2048 || CONTROL.test(text)) return undefined;
        try {
          return new URL(text.trim());
        } catch {
          return undefined;
        }
      };
      let url = read(trimmed);
      if (!url && /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/|$)/i.test(trimmed)) url = read(`https://${trimmed}`);
      if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
      return url.href;
    };
    const hosts = strings(['a', 'z', '0', '9', '-', '.', 'xn--', 'x', 'A', '0x', '1', 'é', '_', '%41'], 1500, 6);
    const paths = strings(['/', 'a', 'Z', '0', '.', '..', '-', '_', '~', '%2e', '?', '#', '\\', ' ', 'é', '@', ':'], 1500, 7);
    const inputs = [
      'https://popote.example.org',
      'https://popote.example.org/',
      'http://a.b',
      'https://a.example/./b',
      'https://a.example/b/../c',
      'https://a.example/...',
      'https://xn--nxasmq6b.example',
      'https://xn--a.example',
      'https://1.2.3.4',
      'https://a.123',
      'https://a.0x1f',
      'https://-a-.example',
      'https://a--b.example/',
      `https://a.example/${'x'.repeat(2040)}`,
      ...hosts.map((host, i) => `${i % 2 ? 'https' : 'http'}://${host}${paths[i]!}`),
      ...hosts.map((host, i) => `https://${host}.example${paths[i]!.replace(/^(?!\/)/, '/')}`),
    ];
    let simple = 0;
    for (const input of inputs) {
      expect(safeWebUrl(input), input).to.equal(reference(input));
      if (reference(input) === input || reference(input) === `${input}/`) simple++;
    }
    expect(simple).to.be.greaterThan(100);
  });
});
