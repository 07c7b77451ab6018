// The index is built fast (each distinct word folded once, postings laid out
// in shared typed arrays, trigrams made on first use); it must hold exactly
// what the straightforward construction holds.
import { expect } from 'chai';
import { readRepoFile } from '#network';
import { buildIndex, createFinder, queryTerms, validateFeed, type Feed } from '@repere/sdk';
import { tokenTerms, tokens, terms } from '../src/search/normalize.js';
import { topK } from '../src/search/finder.js';
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
    expect(Array.from(regions.docs[d]!, (id) => regions.values[id])).to.deep.equal(reference.regions[d]);
  });
}

describe('tokenizing', () => {
  const texts = [
    "L'aide aux devoirs d’Émilie, qu'il soit SANTÉ ou Santé",
    'Cœur ŒUVRE Straße façade naïve Noël',
    'e\u0301cole Sante\u0301 (NFD) et 24/7, 1-800-555-0111',
    'İstanbul ΟΔΟΣ Ελλάδα — 日本語 テキスト',
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
    for (const text of texts) expect(tokens(text).flatMap((t) => tokenTerms(t))).to.deep.equal(terms(text));
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

  it('leaves out the words of categories and regions that no resource uses', () => {
    const index = buildIndex(validateFeed(feedOf([{ id: 'a', name: 'Popote', categories: ['food'] }])));
    expect(index.vocabulary).to.include('popote');
    expect(index.vocabulary).not.to.include('logement');
    expect(Array.from(index.idf).every(Number.isFinite)).to.equal(true);
  });

  it('makes trigrams on the first typo, the same every time', () => {
    const index = buildIndex(demo);
    const first = index.trigrams;
    expect(index.trigrams).to.equal(first);
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
