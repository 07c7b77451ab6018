// The index is built fast (each distinct word folded once, postings laid out
// in shared typed arrays, trigrams made on first use); it must hold exactly
// what the straightforward construction holds.
import { expect } from 'chai';
import { readRepoFile } from '../../../test-support/network.js';
import { createFinder, isOpen, validateFeed, type Feed } from '@repere/sdk';
import { buildIndex, queryTerms, searchIndex } from '@repere/sdk/internal';
import { IndexBuilder } from '../src/search/index-builder.js';
import { WordIndexer } from '../src/search/index-words.js';
import { createFinder as createFinderFromSource } from '../src/search/finder.js';
import { trigramsIn } from '../src/search/trigrams.js';
// @ts-expect-error plain JavaScript generator without types
import { generateLargeFeed } from '../../../scripts/generate/large-feed.mjs';
import { openAtClock, wallClock } from '../src/hours/open.js';
import { cleanJson, cleanString } from '../src/feed/clean.js';
import { normalizeWord, tokenTerms, tokens, terms } from '../src/search/normalize.js';
import { NameSorter } from '../src/search/names.js';
import { topK } from '../src/search/order.js';
import { feedOf, RESOURCES } from './support/feeds.js';
import { referenceIndex, referenceTerms } from './support/reference.js';

const demo = validateFeed(JSON.parse(await readRepoFile('examples/data/demo-feed.json')));

export function expectSameIndex(feed: Feed): void {
  const index = buildIndex(feed);
  const reference = referenceIndex(feed);
  expect(index.vocabulary).to.deep.equal([...reference.postings.keys()].sort((a, b) => (a < b ? -1 : 1)));
  index.vocabulary.forEach((term, id) => {
    const expected = reference.postings.get(term)!;
    expect(index.termIds.get(term)).to.equal(id);
    expect(Array.from(index.postingDocs[id]!), term).to.deep.equal(expected.map(([d]) => d));
    expect(Array.from(index.postingWeights[id]!), term).to.deep.equal(expected.map(([, w]) => w));
    expect(index.idf[id]).to.equal(Math.fround(Math.log(1 + feed.resources.length / expected.length)));
  });
  feed.resources.forEach((_, d) => {
    const { categories, regions } = index.facets;
    expect(Array.from(categories.docs[d]!, (id) => categories.values[id])).to.deep.equal(reference.categories[d]);
    const sorted = (list: string[]) => list.sort((a, b) => (a < b ? -1 : 1));
    expect(sorted(Array.from(regions.docs[d]!, (id) => regions.values[id]!))).to.deep.equal(sorted([...reference.regions[d]!]));
  });
}

describe('tokenizing', () => {
  const texts = [
    "L'aide aux devoirs d’Émilie, qu'il soit SANTÉ ou Santé",
    'Cœur ŒUVRE Straße façade naïve Noël',
    'e\u0301cole Sante\u0301 (NFD) et 24/7, 1-800-555-0111',
    'İstanbul ΟΔΟΣ Ελλάδα — 日本語 テキスト',
    '𝐀𝐁c 😀 abc😀def \ud835 x \udc00 y 𠀀𠀁',
    "jusqu'à lorsqu'il aujourd'hui",
    '',
    '   ',
  ];

  it('gives the terms of a text folded whole, run by run', () => {
    for (const text of texts) expect(terms(text), text).to.deep.equal(referenceTerms(text));
    for (const r of demo.resources) {
      for (const text of [...Object.values(r.name), ...Object.values(r.description ?? {})]) {
        expect(terms(text)).to.deep.equal(referenceTerms(text));
      }
    }
  });

  it('cuts a text into runs whose terms, in order, are the text\'s', () => {
    for (const text of texts) {
      expect(tokens(text)).to.deep.equal(text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []);
      expect(tokens(text).flatMap((t) => tokenTerms(t))).to.deep.equal(terms(text));
    }
  });

  it('keeps queries the same', () => {
    expect(queryTerms("L'aide aux devoirs, l'aide")).to.deep.equal(['aide', 'devoir']);
  });
});

describe('building the index', () => {
  it('holds the same postings, weights and facets as the straightforward construction (demo feed)', () => {
    expectSameIndex(demo);
  });

  it('holds the same on a small feed with shared and unused categories', () => {
    expectSameIndex(validateFeed(feedOf(RESOURCES)));
  });

  it('holds the same for texts in other scripts, with astral characters, emoji and lone surrogates', () => {
    const names = ['𝐀𝐁c Maison 😀 des jeunes', 'Ελλάδα ΟΔΟΣ maison', '日本語 テキスト maison', 'abc😀def \ud835 x', 'İstanbul 𠀀𠀁 maison', 'Maison\u0301 des jeunes'];
    expectSameIndex(validateFeed(feedOf(names.map((name, i) => ({ id: `r${i}`, name, description: names.join(' '), categories: ['food'] })))));
  });

  it('leaves out the words of categories and regions that no resource uses', () => {
    const index = buildIndex(validateFeed(feedOf([{ id: 'a', name: 'Popote', categories: ['food'] }])));
    expect(index.vocabulary).to.include(normalizeWord('Popote'));
    expect(index.vocabulary).not.to.include(normalizeWord('logement'));
    expect(Array.from(index.idf).every(Number.isFinite)).to.equal(true);
  });

  it('makes trigrams on the first typo, the same every time', () => {
    const index = buildIndex(demo);
    const first = trigramsIn(index);
    expect(trigramsIn(index)).to.equal(first);
    expect(first.get('pop')).to.be.instanceOf(Int32Array);
  });
});

describe('ordering a page', () => {
  it('gives the first k of a full sort, whatever k', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const list = Int32Array.from({ length: 3000 }, (_, i) => i);
    const score = Float64Array.from(list, () => Math.floor(random() * 50));
    const before = (a: number, b: number) => score[b]! - score[a]! || a - b;
    const sorted = Array.from(list).sort(before);
    for (const k of [0, 1, 5, 20, 100, 1000, 3000, 5000]) {
      expect(Array.from(topK(list, k, before)), `k=${k}`).to.deep.equal(sorted.slice(0, k));
    }
  });

  it('pages the same results however the page is cut', async () => {
    const finder = createFinder(demo);
    for (const query of ['', 'aide', 'alimentaire', 'sante mentale']) {
      for (const sort of [undefined, 'name', 'distance'] as const) {
        const options = { locale: 'fr', sort, near: { lat: 48.45, lon: -68.52 } };
        const all = await finder.search(query, { ...options, limit: 60 });
        const second = await finder.search(query, { ...options, offset: 20, limit: 20 });
        expect(second.total).to.equal(all.total);
        expect(second.items.map((i) => i.resource.id), `${query} ${sort}`).to.deep.equal(all.items.slice(20, 40).map((i) => i.resource.id));
        expect(second.items.map((i) => i.distanceKm)).to.deep.equal(all.items.slice(20, 40).map((i) => i.distanceKm));
      }
    }
  });
});

describe('open now, for every resource at once', () => {
  it('agrees with isOpen at every hour of two weeks, holidays and nights included', () => {
    const zone = demo.meta.timezone;
    const withHours = [
      ...demo.resources,
      { hours: [{ days: ['fr', 'sa'] as const, opens: '20:00', closes: '02:00' }], closedDates: ['2026-11-28'] },
      { hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const, opens: '00:00', closes: '24:00' }] },
      { hours: [{ days: ['mo'] as const, opens: '09:00', closes: '09:00' }] },
      // Seasons that begin and end within the two weeks, one of them on a night span.
      { hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const, opens: '08:00', closes: '17:00', validFrom: '2026-11-25', validTo: '2026-11-29' }] },
      { hours: [{ days: ['fr', 'sa'] as const, opens: '20:00', closes: '02:00', validTo: '2026-11-27' }] },
      { hours: [] },
    ];
    for (let hour = 0; hour < 24 * 14; hour += 1) {
      const at = new Date(Date.UTC(2026, 10, 20, hour, 17));
      const clock = wallClock(at, zone);
      for (const r of withHours) {
        expect(openAtClock(r as never, clock), `${at.toISOString()}`).to.equal(isOpen(r as never, at, zone));
      }
    }
  });
});

describe('cleaning feed text, fast', () => {
  it('needs no NFC pass for the characters it lets through untouched', () => {
    const safe: number[] = [0x09, 0x0a, 0x0d];
    for (const [from, to] of [[0x20, 0x7e], [0xa0, 0x2ff], [0x2010, 0x2027], [0x2030, 0x205e]] as const) for (let c = from; c <= to; c++) safe.push(c);
    // Each is NFC alone, and no two of them compose or reorder.
    const chars = safe.map((c) => String.fromCharCode(c));
    for (const a of chars) {
      expect(cleanString(a, 10).value, a.charCodeAt(0).toString(16)).to.equal(a);
      for (const b of chars) if ((a + b).normalize('NFC') !== a + b) expect.fail(`${a.charCodeAt(0).toString(16)} + ${b.charCodeAt(0).toString(16)}`);
    }
  });

  it('still normalizes, strips and cuts what needs it', () => {
    expect(cleanString('Sante\u0301', 100).value).to.equal('Santé');
    expect(cleanString('a\u202Eb\u0000c', 100).value).to.equal('abc');
    expect(cleanString('abcdef', 3)).to.deep.equal({ value: 'abc', cutFrom: 6 });
  });

  it('returns clean data as it is, and copies only what it changes', () => {
    const clean = { a: ['x', { b: 'y' }], c: 1, d: null };
    expect(cleanJson(clean, 100, '$', [])).to.equal(clean);
    const dirty = { a: ['x', { b: 'e\u0301' }], c: { d: 'z' }, ['__proto__']: 'p' };
    const raw = JSON.parse(JSON.stringify(dirty).replace('"p"', '"p"'));
    const copy = JSON.stringify(raw);
    const out = cleanJson(raw, 100, '$', []) as typeof dirty;
    expect(JSON.stringify(raw)).to.equal(copy);
    expect(out).not.to.equal(raw);
    expect(out.a[1]).to.deep.equal({ b: 'é' });
    expect(out.c).to.equal(raw.c);
    expect(Object.keys(out)).to.deep.equal(['a', 'c']);
  });

  it('reports the path of each cut string', () => {
    const cut: { path: string; length: number }[] = [];
    cleanJson({ resources: [{ id: 'a' }, { 'odd key': ['x', 'long text'] }] }, 5, '$', cut);
    expect(cut).to.deep.equal([{ path: '$.resources[1]["odd key"][1]', length: 9 }]);
  });
});

describe('indexing in slices', function () {
  this.timeout(60_000);
  // Large enough for createFinder to index in slices.
  const large = validateFeed(generateLargeFeed({ count: 3_000, seed: 7 }), { warnings: false });
  const queries = ['', 'popote', 'po', 'banque alimentaire', 'logment', 'aide aux devoirs rimouski', 'food bank', 'p', 'le la'];

  it('gives the same index in slices of any size as in one go', () => {
    const whole = buildIndex(large);
    const builder = new IndexBuilder(large);
    let steps = 0;
    while (!builder.step(0)) steps++;
    expect(steps).to.be.greaterThan(10);
    const sliced = builder.finish();
    expect(sliced.vocabulary).to.deep.equal(whole.vocabulary);
    whole.vocabulary.forEach((_, id) => {
      expect(Array.from(sliced.postingDocs[id]!)).to.deep.equal(Array.from(whole.postingDocs[id]!));
      expect(Array.from(sliced.postingWeights[id]!)).to.deep.equal(Array.from(whole.postingWeights[id]!));
    });
    expect(Array.from(sliced.idf)).to.deep.equal(Array.from(whole.idf));
  });

  it('holds the same as the straightforward construction at 3,000 generated records', () => {
    expectSameIndex(large);
  });

  it('lists at once, waits for the words, then answers as the whole index does', async () => {
    const finder = createFinder(large);
    const index = buildIndex(large);
    const at = new Date('2026-11-18T15:00:00Z');
    let ready = false;
    void finder.ready!.then(() => (ready = true));
    const early = await finder.search('', { at, filters: { regions: ['bas-saint-laurent'] } });
    expect(ready).to.equal(false);
    expect(early).to.deep.equal(searchIndex(index, '', { at, filters: { regions: ['bas-saint-laurent'] } }));
    for (const query of queries) {
      for (const options of [{ at }, { at, locale: 'en', limit: 5, offset: 3 }, { at, filters: { openNow: true, categories: ['food'] } }]) {
        expect(await finder.search(query, options), query).to.deep.equal(searchIndex(index, query, options));
      }
    }
    expect(ready).to.equal(true);
  });
});

describe('the first list before the words', () => {
  const at = new Date('2026-11-18T15:00:00Z');
  /** Records, in order, when words are indexed (the real indexer, watched). */
  function watchWords(): { seen: string[]; restore: () => void } {
    const seen: string[] = [];
    const step = WordIndexer.prototype.step;
    WordIndexer.prototype.step = function (this: WordIndexer, budgetMs?: number) {
      seen.push('words');
      return step.call(this, budgetMs);
    };
    return { seen, restore: () => (WordIndexer.prototype.step = step) };
  }

  it('gives a small directory its first list before reading a word, then reads them', async () => {
    const watch = watchWords();
    try {
      const finder = createFinderFromSource(demo);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(watch.seen).to.deep.equal([]);
      const first = await finder.search('', { at, filters: { regions: ['kamouraska'] } });
      watch.seen.push('list');
      expect(first).to.deep.equal(searchIndex(buildIndex(demo), '', { at, filters: { regions: ['kamouraska'] } }));
      await finder.ready;
      expect([...new Set(watch.seen)]).to.deep.equal(['list', 'words']);
      // …and words are found as the whole index finds them.
      expect(await finder.search('popote', { at })).to.deep.equal(searchIndex(buildIndex(demo), 'popote', { at }));
    } finally {
      watch.restore();
    }
  });

  it('reads no word for a finder never searched, and reads them at once for a search with words', async () => {
    const watch = watchWords();
    try {
      createFinderFromSource(demo);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(watch.seen).to.deep.equal([]);
      const finder = createFinderFromSource(demo);
      const results = await finder.search('aide alimentaire', { at });
      expect(watch.seen).to.include('words');
      expect(results).to.deep.equal(searchIndex(buildIndex(demo), 'aide alimentaire', { at }));
    } finally {
      watch.restore();
    }
  });
});

describe('name order in slices', () => {
  it('sorts as Array.prototype.sort does, however it is sliced', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (const n of [0, 1, 15, 16, 17, 100, 1000, 5000]) {
      const names = Array.from({ length: n }, () => ['Éco', 'eco', 'Centre 10', 'Centre 9', 'Zèbre', 'àbc', 'abc', ''][Math.floor(random() * 8)]! + String(Math.floor(random() * 20)));
      const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
      const before = (a: number, b: number) => collator.compare(names[a]!, names[b]!) || a - b;
      const expected = Array.from({ length: n }, (_, i) => i).sort(before);
      for (const budget of [Infinity, 0]) {
        const sorter = new NameSorter(before, n);
        let steps = 0;
        while (!sorter.step(budget)) steps++;
        const ranks = sorter.ranks();
        const order = new Array<number>(n);
        ranks.forEach((position, doc) => (order[position] = doc));
        expect(order, `n=${n} budget=${budget}`).to.deep.equal(expected);
      }
    }
  });

  it('lists a large feed in the same order once the background sort is done', async () => {
    const large = validateFeed(generateLargeFeed({ count: 2_500, seed: 3 }), { warnings: false });
    const finder = createFinder(large);
    const index = buildIndex(large);
    await finder.ready;
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const locale of ['fr', 'en']) {
      for (const options of [{ locale, limit: 50 }, { locale, offset: 40, limit: 30, filters: { regions: ['bas-saint-laurent'] } }]) {
        const got = await finder.search('', options);
        expect(got.items.map((i) => i.resource.id)).to.deep.equal(searchIndex(index, '', options).items.map((i) => i.resource.id));
      }
    }
  });
});
