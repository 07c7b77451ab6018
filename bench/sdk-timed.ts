// The SDK as the element sees it in the bench, with each search timed: how
// long `finder.search` holds the main thread (its synchronous part) for each
// keystroke, so that long tasks can be told apart: the SDK's or the page's.
import { createFinder as create, type Feed, type Finder } from '@repere/sdk-under-test';

export * from '@repere/sdk-under-test';

declare global {
  // eslint-disable-next-line no-var
  var __repereSearches: { query: string; syncMs: number }[] | undefined;
}

export function createFinder(feed: Feed): Finder {
  const finder = create(feed);
  return {
    feed: finder.feed,
    ready: finder.ready,
    get: (id) => finder.get(id),
    search: (query, options) => {
      const start = performance.now();
      const result = finder.search(query, options);
      (globalThis.__repereSearches ??= []).push({ query, syncMs: performance.now() - start });
      return result;
    },
  };
}
