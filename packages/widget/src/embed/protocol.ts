/**
 * The messages between `embed.html` (the finder in an iframe) and
 * `repere-embed.js` (the host page's snippet), in one place for both.
 *
 * - The embed sends `{ type: 'repere:size', height }` to its parent, only to
 *   the origin the address names (`parent=`), whenever its content's height
 *   changes.
 * - The host sends `{ type: 'repere:hello' }` to the iframe, only to the
 *   origin it lists for it (`data-repere-origin`), when the iframe loads: the
 *   embed answers with its size (it may have spoken before the snippet ran).
 *
 * Each side also checks who speaks: the event's `origin` against the origin
 * it expects, and its `source` against the window it expects.
 *
 * @packageDocumentation
 */

/** The type of the size message, embed to host. */
export const SIZE_MESSAGE = 'repere:size';
/** The type of the greeting, host to embed. */
export const HELLO_MESSAGE = 'repere:hello';
/** The tallest height a host accepts, in CSS pixels (a bound against a runaway page). */
export const MAX_EMBED_HEIGHT = 100_000;

/** What the embed says about its height. */
export interface SizeMessage {
  type: typeof SIZE_MESSAGE;
  /** The content's height, in whole CSS pixels. */
  height: number;
}

/** A size message with a usable height, or `undefined` for anything else. */
export function readSizeMessage(data: unknown): SizeMessage | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== SIZE_MESSAGE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  if (height < 0 || height > MAX_EMBED_HEIGHT) return undefined;
  return { type, height: Math.ceil(height) };
}

/** Whether a message is the host's greeting. */
export function isHello(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { type?: unknown }).type === HELLO_MESSAGE;
}

/**
 * An origin written by a person (`https://city.example`, with or without a
 * final slash), as the browser spells it in `MessageEvent.origin`; `undefined`
 * for anything that is not exactly an http(s) origin (a path, a user, `*`).
 */
export function readOrigin(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
    const written = value.trim().replace(/\/$/, '');
    return url.origin === written.toLowerCase() ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
