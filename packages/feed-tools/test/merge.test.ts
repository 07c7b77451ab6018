import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { mergeFeeds } from '../src/merge.js';
import { formatNote } from '../src/notes.js';
import { run, tempDir } from './helpers.js';

/** The French export of a fictional directory. */
const FRENCH = {
  format: 'repere-feed',
  version: 1,
  title: 'Ressources de Riverside',
  defaultLocale: 'fr',
  timezone: 'America/Toronto',
  categories: [{ id: 'alimentation', name: 'Alimentation' }],
  regions: [{ id: 'riverside', name: 'Riverside' }],
  resources: [
    {
      id: 'r1',
      name: 'Banque alimentaire',
      description: 'Épicerie pour les ménages dans le besoin.',
      categories: ['alimentation'],
      regions: ['riverside'],
      phones: [{ number: '418-555-0142', label: 'Accueil' }],
      hours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }],
      keywords: { fr: ['dépannage'] },
      website: 'https://banque.example.org/fr',
    },
    { id: 'r2', name: 'Popote roulante', categories: ['alimentation'] },
  ],
};

/** The English export of the same directory, as its other system writes it. */
const ENGLISH = {
  format: 'repere-feed',
  version: 1,
  title: 'Riverside resources',
  defaultLocale: 'en',
  timezone: 'America/Toronto',
  categories: [{ id: 'alimentation', name: 'Food' }],
  regions: [{ id: 'riverside', name: 'Riverside' }],
  resources: [
    {
      id: 'food-bank',
      name: 'Food bank',
      description: 'Groceries for households in need.',
      categories: ['alimentation'],
      regions: ['riverside'],
      phones: [{ number: '418-555-0142', label: 'Reception' }],
      hours: [{ days: ['mo'], opens: '09:00', closes: '12:00' }],
      keywords: { en: ['food pantry'] },
      website: 'https://banque.example.org/en',
    },
    { id: 'r3', name: 'Tax clinic', categories: ['alimentation'] },
  ],
};

function files(ids?: string): { dir: string; a: string; b: string; ids?: string } {
  const dir = tempDir();
  const a = join(dir, 'fr.json');
  const b = join(dir, 'en.json');
  writeFileSync(a, JSON.stringify(FRENCH));
  writeFileSync(b, JSON.stringify(ENGLISH));
  if (ids === undefined) return { dir, a, b };
  writeFileSync(join(dir, 'ids.csv'), ids);
  return { dir, a, b, ids: join(dir, 'ids.csv') };
}

describe('repere merge', () => {
  it('joins a French and an English export into localized texts, through a table of ids', async () => {
    const { dir, a, b, ids } = files('id_fr,id_en\nr1,food-bank\n');
    const output = join(dir, 'bilingual.json');
    const { code, out } = await run('merge', a, b, '-o', output, '--ids', ids!);
    expect(code).to.equal(0);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    expect(validateFeed(feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.title).to.deep.equal({ fr: 'Ressources de Riverside', en: 'Riverside resources' });
    expect(feed.defaultLocale).to.equal('fr');
    expect(feed.categories).to.deep.equal([{ id: 'alimentation', name: { fr: 'Alimentation', en: 'Food' } }]);
    const r1 = feed.resources[0];
    expect(r1.id).to.equal('r1');
    expect(r1.name).to.deep.equal({ fr: 'Banque alimentaire', en: 'Food bank' });
    expect(r1.description).to.deep.equal({ fr: 'Épicerie pour les ménages dans le besoin.', en: 'Groceries for households in need.' });
    expect(r1.phones).to.deep.equal([{ number: '418-555-0142', label: { fr: 'Accueil', en: 'Reception' } }]);
    expect(r1.keywords).to.deep.equal({ fr: ['dépannage'], en: ['food pantry'] });
    expect(r1.hours).to.deep.equal([{ days: ['mo'], opens: '09:00', closes: '12:00' }]);
    // The two systems disagree on the website: the first feed's is kept, and the difference reported.
    expect(r1.website).to.equal('https://banque.example.org/fr');
    expect(feed.resources.map((r: { id: string }) => r.id)).to.deep.equal(['r1', 'r2', 'r3']);
    expect(out).to.include('"r1": website differs ("https://banque.example.org/fr" in fr.json, "https://banque.example.org/en" in en.json); the first was kept.');
    expect(out).to.include('"r2" is only in fr.json; it was kept as it is.');
    expect(out).to.include('"r3" is only in en.json; it was kept as it is.');
    expect(out).to.include(`1 resource(s) joined, 2 found in one feed only, 1 conflict(s); written to ${output}.`);
  });

  it('without a table, joins by id only', () => {
    const result = mergeFeeds(FRENCH, ENGLISH, undefined, ['fr.json', 'en.json']);
    expect([result.joined, result.single, result.conflicts]).to.deep.equal([0, 4, 0]);
  });

  it('reports two texts in the same language that differ, in English and French', () => {
    const a = { ...FRENCH, resources: [{ id: 'r1', name: { fr: 'Banque alimentaire', en: 'Food Bank' }, categories: ['alimentation'] }] };
    const b = { ...ENGLISH, resources: [{ id: 'r1', name: 'Food bank (Riverside)', categories: ['alimentation'] }] };
    const result = mergeFeeds(a, b, undefined, ['fr.json', 'en.json']);
    expect((result.feed.resources as { name: unknown }[])[0]!.name).to.deep.equal({ fr: 'Banque alimentaire', en: 'Food Bank' });
    const conflict = result.notes.find((n) => n.code === 'merge-conflict')!;
    expect(conflict.params.field).to.equal('name.en');
    expect(formatNote(conflict, 'fr')).to.equal(
      '«\u00a0r1\u00a0»\u00a0: name.en diffère («\u00a0Food Bank\u00a0» dans fr.json, «\u00a0Food bank (Riverside)\u00a0» dans en.json)\u00a0; le premier a été gardé.',
    );
  });

  it('refuses a table of ids it cannot read and an input that is not a feed, writing nothing', async () => {
    const { dir, a, b } = files();
    writeFileSync(join(dir, 'ids.json'), '["r1", "food-bank"]');
    const output = join(dir, 'out.json');
    const bad = await run('merge', a, b, '-o', output, '--ids', join(dir, 'ids.json'), '--lang', 'fr');
    expect(bad.code).to.equal(2);
    expect(bad.err).to.match(/^La table d’identifiants .*ids\.json n’est ni un objet JSON/);
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    expect((await run('merge', a, join(dir, 'other.json'), '-o', output)).code).to.equal(2);
    // Never over an input.
    expect((await run('merge', a, b, '-o', a)).code).to.equal(2);
    expect(JSON.parse(readFileSync(a, 'utf8'))).to.deep.equal(FRENCH);
    expect(() => readFileSync(output)).to.throw();
  });
});
