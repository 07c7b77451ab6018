// Runs inside headless Chromium (bundled by bench/run.mjs with esbuild). Each
// function is called by the runner on a fresh page, so that one measurement's
// heap and caches never leak into the next.
import Fuse from 'fuse.js';
import * as sdk from '@repere/sdk';

interface Query {
  q: string;
  locale?: string;
  filters?: sdk.SearchFilters;
  browse?: boolean;
  baseline?: boolean;
}

declare global {
  interface Window {
    gc?: () => void;
    bench: typeof bench;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function settle(): Promise<void> {
  // Let the page finish whatever was queued, then collect garbage twice.
  await sleep(50);
  window.gc?.();
  window.gc?.();
  await sleep(50);
}

function heap(): number {
  return performance.memory?.usedJSHeapSize ?? NaN;
}

async function bytesOf(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  return new Uint8Array(await response.arrayBuffer());
}

/** Long tasks (over 50 ms) on the main thread, as Chromium reports them. */
function watchLongTasks() {
  const tasks: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  });
  observer.observe({ type: 'longtask', buffered: false });
  return {
    tasks,
    async stop() {
      await sleep(100);
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      observer.disconnect();
      return tasks;
    },
  };
}

async function timeQueries(
  search: (q: Query) => Promise<unknown> | unknown,
  queries: readonly Query[],
  repeats: number,
): Promise<{ q: string; ms: number[] }[]> {
  const out: { q: string; ms: number[] }[] = [];
  for (const query of queries) {
    const ms: number[] = [];
    for (let r = 0; r < repeats; r++) {
      const t = performance.now();
      await search(query);
      ms.push(performance.now() - t);
    }
    out.push({ q: query.q, ms });
    // Let queued work (GC, timers) run between queries, as between keystrokes.
    await sleep(5);
  }
  return out;
}

/**
 * Feed bytes → parse → validate → finder → first results (the list shown
 * before anything is typed) → the first query's results, with the page's
 * long tasks meanwhile.
 */
async function measureLoad(bytes: Uint8Array) {
  const watch = watchLongTasks();
  const t0 = performance.now();
  // Held as loadFeed holds them: the parsed document is let go once validated.
  let doc: unknown = sdk.parseFeedText(new TextDecoder().decode(bytes));
  const t1 = performance.now();
  const feed = sdk.validateFeed(doc, { warnings: false });
  doc = undefined;
  const t2 = performance.now();
  const finder = sdk.createFinder(feed);
  const t3 = performance.now();
  const browse = await finder.search('', { locale: 'fr' });
  const t4 = performance.now();
  const first = await finder.search('popote roulante', { locale: 'fr' });
  const t5 = performance.now();
  return {
    finder,
    browse,
    first,
    t0,
    watch,
    load: {
      parse: t1 - t0,
      validate: t2 - t1,
      index: t3 - t2,
      firstBrowse: t4 - t3,
      firstQuery: t5 - t4,
      toFirstResults: t4 - t0,
      toFirstQueryResults: t5 - t0,
    },
  };
}

const bench = {
  /** Ours: feed bytes → parse → validate → finder → first results, then the queries. */
  async ours(options: { url: string; queries: Query[]; repeats: number; typed: string[] }) {
    let bytes: Uint8Array | undefined = await bytesOf(options.url);
    await settle();
    const heapBefore = heap();
    const { finder, browse, first, t0, watch, load } = await measureLoad(bytes);
    const ready = (finder as { ready?: Promise<unknown> }).ready;
    if (ready) await ready;
    const t6 = performance.now();
    const loadTasks = await watch.stop();

    bytes = undefined;
    await settle();
    const heapAfter = heap();

    const run = (query: Query) => finder.search(query.q, { locale: query.locale ?? 'fr', filters: query.filters, limit: 20 });
    const searches = await timeQueries(run, options.queries, options.repeats);

    // Typing through the SDK: every prefix searched, as a UI without debounce would.
    const typing = watchLongTasks();
    const keystrokes: number[] = [];
    for (const phrase of options.typed) {
      for (let i = 1; i <= phrase.length; i++) {
        const t = performance.now();
        await finder.search(phrase.slice(0, i), { locale: 'fr', limit: 20 });
        keystrokes.push(performance.now() - t);
        await sleep(16);
      }
    }
    const typingTasks = await typing.stop();

    return {
      load: { ...load, complete: t6 - t0, longestTask: Math.max(0, ...loadTasks.map((t) => t.duration)) },
      heapBytes: heapAfter - heapBefore,
      heapTotal: heapAfter,
      totals: { browse: browse.total, first: first.total, firstTop: first.items[0]?.resource.id },
      searches,
      typing: { keystrokes, longTasks: typingTasks.map((t) => t.duration) },
    };
  },

  /**
   * Only the load (bytes → first results, then first query results), for
   * repeated runs in fresh tabs; with `heap`, also the heap the loaded feed
   * and its index hold, measured as `ours` measures it.
   */
  async load(options: { url: string; heap?: boolean }) {
    let bytes: Uint8Array | undefined = await bytesOf(options.url);
    await settle();
    const heapBefore = heap();
    const { finder, watch, load } = await measureLoad(bytes);
    const loadTasks = await watch.stop();
    let heapBytes: number | undefined;
    if (options.heap) {
      const ready = (finder as { ready?: Promise<unknown> }).ready;
      if (ready) await ready;
      bytes = undefined;
      await settle();
      heapBytes = heap() - heapBefore;
      // Held until here, so that the heap above counts it.
      await finder.search('', { locale: 'fr', limit: 1 });
    }
    return { ...load, longestTask: Math.max(0, ...loadTasks.map((t) => t.duration)), heapBytes };
  },

  /** The naive baseline: plain fuse.js over every field of the validated records. */
  async baseline(options: { url: string; queries: Query[]; repeats: number }) {
    let bytes: Uint8Array | undefined = await bytesOf(options.url);
    await settle();
    const heapBefore = heap();
    const t0 = performance.now();
    const doc = sdk.parseFeedText(new TextDecoder().decode(bytes));
    const feed = sdk.validateFeed(doc, { warnings: false });
    const t1 = performance.now();
    const fuse = new Fuse(feed.resources, {
      keys: [
        'name.fr', 'name.en', 'organization.fr', 'organization.en', 'description.fr', 'description.en',
        'keywords.fr', 'keywords.en', 'categories', 'regions', 'locations.address.city', 'eligibility.fr', 'eligibility.en',
      ],
      ignoreLocation: true,
      threshold: 0.3,
    });
    const t2 = performance.now();
    fuse.search('popote roulante', { limit: 20 });
    const t3 = performance.now();
    bytes = undefined;
    await settle();
    const heapAfter = heap();
    const searches = await timeQueries((query) => fuse.search(query.q, { limit: 20 }), options.queries, options.repeats);
    return {
      load: { parseValidate: t1 - t0, index: t2 - t1, firstQuery: t3 - t2, toFirstQueryResults: t3 - t0 },
      heapBytes: heapAfter - heapBefore,
      searches,
    };
  },

  /**
   * The real element, as a webmaster embeds it: it loads the feed from its
   * URL (its engine fetches, validates and indexes it in a worker), then a
   * resident types; the page's long tasks are recorded throughout.
   */
  async element(options: { url: string; bundle: string; typed: string[]; delayMs: number }) {
    await import(/* @vite-ignore */ options.bundle);
    const defined = await Promise.race([customElements.whenDefined('repere-finder').then(() => true), sleep(10_000).then(() => false)]);
    if (!defined) return { unavailable: true } as const;
    await settle();
    type El = HTMLElement & { searchComplete: Promise<void> };
    const el = document.createElement('repere-finder') as El;
    el.setAttribute('lang', 'fr');
    // The generated feeds are larger than the default 20 MB cap at 20k records.
    el.setAttribute('max-bytes', String(500 * 1024 * 1024));
    el.setAttribute('no-cache', '');
    const loadWatch = watchLongTasks();
    const t0 = performance.now();
    el.setAttribute('feed', options.url);
    document.body.append(el);
    await sleep(0);
    await el.searchComplete;
    const loadMs = performance.now() - t0;
    const loadTasks = await loadWatch.stop();
    const listed = el.shadowRoot!.querySelectorAll('[part~="card"]').length;

    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    input.focus();
    const watch = watchLongTasks();
    const t1 = performance.now();
    for (const phrase of options.typed) {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      for (const ch of phrase) {
        input.value += ch;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await sleep(options.delayMs);
      }
      await el.searchComplete;
    }
    const typingMs = performance.now() - t1;
    const tasks = await watch.stop();
    const shown = el.shadowRoot!.querySelectorAll('li, article').length;
    return {
      unavailable: false,
      loadMs,
      loadLongest: Math.max(0, ...loadTasks.map((t) => t.duration)),
      typingMs,
      keystrokes: options.typed.join('').length,
      longTasks: tasks.map((t) => t.duration),
      loadTasks: loadTasks.map((t) => t.duration),
      listed,
      shown,
    };
  },
};

window.bench = bench;
document.title = 'ready';
