// Relevance holds at the scale of a provincial directory: planted records are
// found in the top 5 among 20,000 generated bilingual records.
import { expect } from 'chai';
import { createFinder, validateFeed, type Finder } from '@repere/sdk';
// @ts-expect-error plain JavaScript generator without types
import { generateLargeFeed, PLANTED } from '../../../scripts/generate/large-feed.mjs';

interface Planted {
  id: string;
  queries: { query: string; locale: string }[];
}

describe('relevance on a generated 20,000-record feed', function () {
  this.timeout(120_000);
  let finder: Finder;
  before(() => {
    finder = createFinder(validateFeed(generateLargeFeed({ count: 20_000, seed: 42 }), { warnings: false }));
  });

  it('indexes every generated record', () => {
    expect(finder.feed.resources).to.have.length(20_000);
  });

  for (const planted of PLANTED as Planted[]) {
    for (const { query, locale } of planted.queries) {
      it(`finds ${planted.id} for "${query}" (${locale})`, async () => {
        const results = await finder.search(query, { locale, limit: 5 });
        expect(results.items.map((i) => i.resource.id)).to.include(planted.id);
      });
    }
  }

  it('keeps fuzzy noise out: a one-letter query finds nothing', async () => {
    expect((await finder.search('p')).total).to.equal(0);
  });
});
