// A feed that comes only when the test says so, and a finder added as a
// host's script adds one: for what a resident sees while it loads.
import { http, HttpResponse } from 'msw';
import type { MockNetwork } from './network.js';
import { FEED_URL, feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

/** Serves the fixture feed at `FEED_URL` once the returned `release` is called. */
export function holdFeed(net: MockNetwork): () => void {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  net.use(
    http.get(FEED_URL, async () => {
      await gate;
      return HttpResponse.json(feed);
    }),
  );
  return release;
}

/** A French finder of `FEED_URL`, set up by `setup` before it is added to the page. */
export function addFinder(setup: (el: RepereFinder) => void = () => {}): RepereFinder {
  const el = document.createElement('repere-finder');
  el.lang = 'fr';
  el.feed = FEED_URL;
  setup(el);
  document.body.append(el);
  return el;
}
