import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { readBaseFeed } from '../src/base.js';
import { importHsdsDocument } from '../src/hsds/import.js';
import { formatNote } from '../src/notes.js';
import { fixtures } from './helpers.js';

const service = (id: string, terms: { id: string; name: string; code?: string }[]) => ({
  id,
  name: `Service ${id}`,
  status: 'active',
  attributes: terms.map((term) => ({ taxonomy_term: { ...term, taxonomy: 'AIRS' } })),
});

describe('Taxonomy codes kept on categories (HSDS)', () => {
  const doc = [
    service('s1', [{ id: 't-pantry', name: 'Food Pantries', code: 'BD-1800.2000' }]),
    service('s2', [{ id: 't-kitchen', name: 'Soup Kitchens', code: 'BD-5000.8300' }]),
    service('s3', [{ id: 't-legal', name: 'Legal Aid', code: 'FT-3000' }]),
    service('s4', [{ id: 't-legal', name: 'Legal Aid', code: 'FT-3000' }]),
    service('s5', [{ id: 't-youth', name: 'Youth centres' }]),
  ];

  it('keeps the HSDS term code on the category made from the term', () => {
    const result = importHsdsDocument(doc);
    expect(result.feed.categories).to.deep.include({ id: 't-pantry', name: { en: 'Food Pantries' }, codes: ['BD-1800.2000'] });
    // The SDK keeps the codes too, and the feed stays valid.
    const feed = validateFeed(result.feed);
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.categories.find((c) => c.id === 't-pantry')!.codes).to.deep.equal(['BD-1800.2000']);
  });

  it('puts terms in the base categories by code, ancestor code or name, and reports the others most frequent first', () => {
    const base = readBaseFeed(join(fixtures, 'airs', 'base.json'));
    const result = importHsdsDocument(doc, { base });
    const categoriesOf = Object.fromEntries(result.feed.resources.map((r) => [r.id, r.categories]));
    expect(categoriesOf).to.deep.equal({ s1: ['food-banks'], s2: ['food'], s3: ['t-legal'], s4: ['t-legal'], s5: ['youth-houses'] });
    const unmatched = result.notes.filter((n) => n.code === 'taxonomy-unmatched');
    expect(unmatched.map((n) => formatNote(n, 'fr'))).to.deep.equal([
      'Le terme de taxonomie «\u00a0Legal Aid\u00a0» (FT-3000), employé 2 fois, ne correspond à aucune catégorie du flux de base.',
    ]);
  });
});
