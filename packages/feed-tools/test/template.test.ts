import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { feedStats } from '../src/stats.js';
import { languageCode, languageName } from '../src/languages.js';
import { repoRoot, run, tempDir } from './helpers.js';

const template = join(repoRoot, 'docs', 'resources-template.csv');
const demoFeed = join(repoRoot, 'examples', 'data', 'demo-feed.json');

describe('The spreadsheet template makes a good feed', () => {
  it('uses the demo feed’s category and region ids, so that nothing is created with it as the base', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const { code, out } = await run('import', 'csv', template, '--base', demoFeed, '-o', output, '--json');
    const report = JSON.parse(out);
    expect(report.notes.filter((n: { code: string }) => n.code.endsWith('-created'))).to.deep.equal([]);
    expect(report.imported).to.equal(3);
    expect(code).to.equal(0);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    expect(feed.resources.map((r: { categories: string[]; regions: string[] }) => [r.categories, r.regions])).to.deep.equal([
      [['meals-on-wheels'], ['kamouraska']],
      [['family-resources'], ['kamouraska']],
      [['shelters'], ['kamouraska']],
    ]);
  });

  it('without a base, gives created categories, regions and the title readable names, not raw ids', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    await run('import', 'csv', template, '-o', output);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    expect(feed.title).to.deep.equal({ fr: 'Resources template' });
    expect(feed.categories).to.deep.equal([
      { id: 'meals-on-wheels', name: { fr: 'Meals on wheels' } },
      { id: 'family-resources', name: { fr: 'Family resources' } },
      { id: 'shelters', name: { fr: 'Shelters' } },
    ]);
    expect(feed.regions).to.deep.equal([{ id: 'kamouraska', name: { fr: 'Kamouraska' } }]);
  });
});

describe('Language names', () => {
  it('names in French and English the languages of Quebec that Intl may not know', () => {
    expect(languageName('alq', 'en')).to.equal('Algonquin');
    expect(languageName('alq', 'fr')).to.equal('algonquin');
    expect(languageName('fcs', 'fr')).to.equal('langue des signes québécoise');
    expect(languageName('fr', 'en')).to.equal('French');
  });

  it('lets stats name every language it lists', () => {
    const doc = {
      format: 'repere-feed', version: 1, title: 'T', defaultLocale: 'fr', timezone: 'America/Toronto', updated: '2026-11-01',
      categories: [{ id: 'c', name: 'C' }], regions: [],
      resources: [{ id: 'r', name: 'R', categories: ['c'], languages: ['fr', 'alq', 'nsk', 'moe'] }],
    };
    const stats = feedStats(validateFeed(doc), 'en');
    expect(stats.languages.map((l) => l.name)).to.have.members(['French', 'Algonquin', 'Naskapi', 'Innu-aimun']);
  });

  it('reads language names as directories write them', () => {
    expect(['French', 'anglais', 'Español', 'LSQ', 'fr-CA', 'Klingon'].map(languageCode)).to.deep.equal(['fr', 'en', 'es', 'fcs', 'fr-ca', undefined]);
  });
});
