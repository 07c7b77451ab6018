// The bilingual relevance set: queries residents type (without accents, with
// typos, in the other language) and the records they must find in the top 5.
import { expect } from 'chai';
import { readRepoFile } from '../../../test-support/network.js';
import { createFinder, validateFeed, type Finder } from '@repere/sdk';

interface Expectation {
  query: string;
  locale?: string;
  mustInclude?: string[];
  mustNotInclude?: string[];
  note?: string;
}

const relevance = JSON.parse(await readRepoFile('examples/data/relevance.json')) as { topK: number; queries: Expectation[] };
const feed = validateFeed(JSON.parse(await readRepoFile('examples/data/demo-feed.json')));

describe('relevance on the demo feed', () => {
  let finder: Finder;
  before(() => {
    finder = createFinder(feed);
  });

  it('loads the demo feed without errors', () => {
    expect(feed.resources.length).to.be.at.least(150);
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  for (const e of relevance.queries) {
    const label = `${e.mustInclude ? 'finds' : 'does not return'} ${(e.mustInclude ?? e.mustNotInclude)!.join(', ')} for "${e.query}"${e.locale ? ` (${e.locale})` : ''}`;
    it(label, async () => {
      const results = await finder.search(e.query, { locale: e.locale ?? 'fr', limit: relevance.topK });
      const top = results.items.map((i) => i.resource.id);
      for (const id of e.mustInclude ?? []) expect(top, e.note).to.include(id);
      for (const id of e.mustNotInclude ?? []) expect(top, e.note).not.to.include(id);
    });
  }
});
