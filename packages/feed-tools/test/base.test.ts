// A --base feed lends its categories and regions as they are, with what the
// finder reads from them: which kinds of distress a category answers.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import { readBaseFeed } from '../src/base.js';

describe('a base feed', () => {
  it('keeps what its categories say about distress, including "none"', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'repere-base-')), 'base.json');
    writeFileSync(
      path,
      JSON.stringify({
        format: 'repere-feed',
        version: 1,
        title: 'Base',
        defaultLocale: 'fr',
        timezone: 'America/Toronto',
        categories: [
          { id: 'cavac', name: 'Aide aux victimes', distress: ['violence'] },
          { id: 'ateliers', name: 'Ateliers de prévention de la violence', distress: [] },
          { id: 'food', name: 'Alimentation' },
        ],
        resources: [],
      }),
    );
    const base = readBaseFeed(path);
    expect(base.categories.map((c) => c.distress)).to.deep.equal([['violence'], [], undefined]);
  });
});
