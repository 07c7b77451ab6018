/**
 * `dist/repere-embed.js`: the host page's side of the iframe embed, for a page
 * that may add a script. Each `<iframe data-repere-origin="https://…">` grows
 * to the height of the finder inside it, from the size messages of that
 * origin and that iframe only (protocol.ts). Without it, the iframe keeps the
 * height its page gives it and the finder scrolls inside.
 */
import { HELLO_MESSAGE, readOrigin, readSizeMessage } from './protocol.js';

const FRAMES = 'iframe[data-repere-origin]';

/** The origin the host page lists for an iframe, when it is one. */
const listed = (frame: HTMLIFrameElement): string | undefined => readOrigin(frame.dataset.repereOrigin);

addEventListener('message', (event) => {
  const size = readSizeMessage(event.data);
  if (!size) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    if (frame.contentWindow !== event.source) continue;
    // Through the CSS object model, which a strict style-src allows.
    if (event.origin === listed(frame)) frame.style.height = `${size.height}px`;
    return;
  }
});

/** Asks an iframe for its size: it may have sent it before this script ran. */
function greet(frame: HTMLIFrameElement): void {
  const origin = listed(frame);
  if (origin) frame.contentWindow?.postMessage({ type: HELLO_MESSAGE }, origin);
}

// Iframes load after this script as well as before it (and a page may add one later).
document.addEventListener('load', (event) => {
  if (event.target instanceof HTMLIFrameElement && event.target.matches(FRAMES)) greet(event.target);
}, true);
for (const frame of document.querySelectorAll<HTMLIFrameElement>(FRAMES)) greet(frame);
