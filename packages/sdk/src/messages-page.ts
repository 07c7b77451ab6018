/**
 * The error wording of the page's copy of `FeedError` in the widget's
 * single-file bundles (rollup.config.mjs resolves `errors.ts`'s import of
 * `messages.ts` to this module there): none, to keep the error catalogue
 * (about 650 bytes gzip) out of the embed budget. An error raised in the
 * engine arrives worded in English and French (`FeedErrorData`), and a
 * resident reads the element's own sentence for its code, in their language;
 * only the page's own rare errors (no engine file beside the bundle, a feed
 * object it cannot send) carry their code as their message there. Everywhere
 * else (the SDK, the engine, the widget for bundlers), `messages.ts` words them.
 */
import type { FeedErrorCode } from './messages.js';

export type { FeedErrorCode } from './messages.js';

/** The code itself, for `FeedError` on the page. */
export function errorMessage(code: FeedErrorCode): string {
  return code;
}
