/**
 * `dist/embed.js`, the script of `dist/embed.html`: the finder as a page of
 * its own, for a CMS that allows nothing but an `<iframe>`. It reads the
 * finder's settings from the page's address (settings.ts), tells the host page
 * its height (protocol.ts), and makes "Leave quickly" leave the whole tab,
 * not just the iframe.
 */
import type { RepereExitEvent } from '../events/repere-exit.js';
import type { RepereFinder } from '../finder/finder.component.js';
import { isHello, SIZE_MESSAGE } from './protocol.js';
import { readEmbedSettings, type FeedRefusal } from './settings.js';

/** What the webmaster reads in the console when the address names no feed the page may load. */
const REFUSALS: Record<FeedRefusal, string> = {
  missing: 'embed.html: the address has no feed= parameter.',
  'not-web': 'embed.html: feed= must be an http(s) address.',
  origin: 'embed.html: feed= is on an origin this page does not list; add it to <meta name="repere-feed-origins">.',
};

function feedOrigins(): string[] {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="repere-feed-origins"]');
  return (meta?.content ?? '').split(/\s+/).filter(Boolean);
}

/** Leaves the whole tab for the quick-exit address: the iframe alone would leave the host page on screen. */
function leaveTop(event: RepereExitEvent): void {
  if (window.top === window) return; // not in an iframe: the element replaces the page itself
  event.preventDefault();
  const { url } = event.detail;
  try {
    // No history entry, as the element does; a cross-origin frame may do this
    // with the resident's click or key press (user activation).
    window.top!.location.replace(url);
  } catch {
    const link = Object.assign(document.createElement('a'), { href: url, target: '_top', rel: 'noreferrer' });
    link.click();
  }
}

/** Posts the content's height to the host, each time it changes, to the host's origin only. */
function reportSize(parent: string): void {
  let last = -1;
  const post = (): void => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: SIZE_MESSAGE, height }, parent);
  };
  new ResizeObserver(post).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== parent || !isHello(event.data)) return;
    last = -1;
    post();
  });
}

function start(): void {
  const settings = readEmbedSettings(location.href, feedOrigins());
  const finder = document.createElement('repere-finder') as RepereFinder;
  for (const [name, value] of settings.attributes) finder.setAttribute(name, value);
  // An empty feed: the element says, in the resident's language, that none is configured.
  finder.setAttribute('feed', settings.feed ?? '');
  if (!settings.feed) console.warn(REFUSALS[settings.refused ?? 'missing']);
  finder.addEventListener('repere-exit', leaveTop);
  // Edge to edge in the iframe (through the CSS object model, which the page's strict style-src allows).
  document.body.style.margin = '0';
  (document.querySelector('main') ?? document.body).append(finder);
  // The page speaks the finder's language (screen readers read the frame's document in it).
  const followLanguage = (): void => {
    document.documentElement.lang = finder.getAttribute('lang') || finder.locale;
  };
  void finder.updateComplete.then(followLanguage);
  new MutationObserver(followLanguage).observe(finder, { attributes: true, attributeFilter: ['lang'] });
  if (settings.parent && window.parent !== window) reportSize(settings.parent);
}

// The element is defined by repere-finder.bundle.js, loaded before this script.
void customElements.whenDefined('repere-finder').then(start);
