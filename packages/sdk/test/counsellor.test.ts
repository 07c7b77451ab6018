// The answers a 211 counsellor would give (issue #16), stated as behaviour:
// places ("serves this place"), distress first, residents' everyday words,
// French and English forms, focused lists and "near me" keeping relevance.
// On the demo feed and on a directory written apart from the engine
// (test/fixtures/outside-directory: its queries are checked one by one).
import { expect } from 'chai';
import { readRepoFile } from '../../../test-support/network.js';
import { createFinder, validateFeed, type Finder, type SearchOptions } from '@repere/sdk';
import { feedOf } from './support/feeds.js';

const demo = createFinder(validateFeed(JSON.parse(await readRepoFile('examples/data/demo-feed.json')), { warnings: false }));
const outsideFeed = validateFeed(JSON.parse(await readRepoFile('packages/sdk/test/fixtures/outside-directory/feed.json')), { warnings: false });
const outside = createFinder(outsideFeed);
interface Query {
  query: string;
  locale: string;
  region?: string;
  kind: string;
  answers: string[];
  relevant?: string[];
}
const outsideQueries = JSON.parse(await readRepoFile('packages/sdk/test/fixtures/outside-directory/queries.json')) as { queries: Query[] };
// A second directory, written later by someone who had seen neither the engine nor the first (Ottawa–Gatineau, English first).
const holdout = createFinder(validateFeed(JSON.parse(await readRepoFile('packages/sdk/test/fixtures/holdout-directory/feed.json')), { warnings: false }));
const holdoutQueries = JSON.parse(await readRepoFile('packages/sdk/test/fixtures/holdout-directory/queries.json')) as { queries: Query[] };
const directories = [
  ['the outside directory', outside, outsideQueries.queries],
  ['the held-out directory', holdout, holdoutQueries.queries],
] as const;

const top = async (finder: Finder, query: string, options: SearchOptions = {}, k = 5) =>
  (await finder.search(query, { locale: 'fr', limit: k, ...options })).items.map((i) => i.resource.id);
const inKamouraska = { filters: { regions: ['kamouraska'] } };

describe('a place means "serves this place"', () => {
  it('shows the regional crisis centre to a Kamouraska resident', async () => {
    expect(await top(demo, 'suicide', inKamouraska, 3)).to.include('centre-de-prevention-du-suicide-du-bas-saint-laurent');
  });

  it('keeps what serves the place: its own services, those inside it and those around it, never another MRC’s', async () => {
    const { items, total } = await demo.search('', { ...inKamouraska, limit: 500 });
    const regions = items.map((i) => i.resource.regions);
    expect(total).to.equal(items.length);
    expect(regions.some((r) => r.includes('kamouraska'))).to.equal(true);
    expect(regions.some((r) => r.length === 1 && r[0] === 'bas-saint-laurent')).to.equal(true);
    for (const r of regions) expect(r.some((id) => ['kamouraska', 'bas-saint-laurent'].includes(id)), r.join()).to.equal(true);
  });

  it('lists the most local first: Kamouraska’s own, then the Bas-Saint-Laurent’s', async () => {
    const { items } = await demo.search('', { ...inKamouraska, limit: 500 });
    const rank = items.map((i) => (i.resource.regions.includes('kamouraska') ? 0 : 1));
    expect(rank).to.deep.equal([...rank].sort());
  });

  it('counts each region’s facet by the same rule as the filter', async () => {
    const all = await demo.search('', { limit: 0 });
    for (const region of ['kamouraska', 'bas-saint-laurent', 'gatineau']) {
      const { total } = await demo.search('', { filters: { regions: [region] }, limit: 0 });
      expect(all.facets.regions[region], region).to.equal(total);
    }
  });

  it('serves everywhere from a record with no region, after the records that name the place', async () => {
    const finder = createFinder(
      validateFeed(
        feedOf([
          { id: 'everywhere', name: 'Ligne provinciale de popote', categories: ['meals-on-wheels'] },
          { id: 'local', name: 'Popote du Kamouraska', categories: ['meals-on-wheels'], regions: ['kamouraska'] },
          { id: 'elsewhere', name: 'Popote de Sherbrooke', categories: ['meals-on-wheels'], regions: ['sherbrooke'] },
        ]),
      ),
    );
    expect(await top(finder, 'popote', inKamouraska)).to.deep.equal(['local', 'everywhere']);
  });

  it('reads a town named in the query as the place: « popote la pocatière »', async () => {
    // The demo feed lists La Pocatière as a municipality of the Kamouraska MRC (for "Near me"):
    // the place is that region, and the MRC's meal delivery serves it.
    const results = await demo.search('popote la pocatière', { limit: 5 });
    expect(results.places).to.deep.equal(['la-pocatiere']);
    expect(results.items[0]?.resource.id).to.equal('popote-roulante-kamouraska');
  });

  for (const [name, finder, queries] of directories) {
    it(`finds the regional service for every town query of ${name}, preset or typed`, async () => {
      for (const q of queries.filter((q) => q.kind === 'town')) {
        const ids = await top(finder, q.query, { locale: q.locale, ...(q.region ? { filters: { regions: [q.region] } } : {}) });
        expect(ids.some((id) => q.answers.includes(id)), `${q.query} [${q.region ?? ''}] → ${ids.join(', ')}`).to.equal(true);
      }
    });
  }

  it('falls back to the words alone when the place named has nothing for them', async () => {
    const results = await demo.search('clinique d’impôts sherbrooke', { limit: 5 });
    expect(results.total).to.be.above(0);
    expect(results.items[0]!.resource.categories).to.include('tax-clinics');
  });
});

describe('distress first', () => {
  const distress = ['je veux mourir', 'idées noires', 'kill myself', 'I want to die', 'mon mari me bat', 'he hits me', 'overdose', 'automutilation', 'self harm', 'en finir'];

  it('puts crisis help first, before any paging, marked with what it answers', async () => {
    for (const q of distress) {
      const results = await demo.search(q, { limit: 3 });
      expect(results.distress, q).to.have.length.above(0);
      expect(results.items[0]?.distress, q).to.be.a('string');
    }
  });

  it('never ends on "no result" in any region of the demo feed', async () => {
    for (const region of ['kamouraska', 'gatineau', 'sherbrooke', 'ottawa', 'la-matanie']) {
      for (const q of distress) {
        const results = await demo.search(q, { filters: { regions: [region] }, limit: 3 });
        expect(results.total, `${q} [${region}]`).to.be.above(0);
        expect(results.items[0]?.distress, `${q} [${region}]`).to.be.a('string');
      }
    }
  });

  it('answers « mon mari me bat » with violence help, not home care, even where none serves the place', async () => {
    const { items } = await demo.search('mon mari me bat', { ...inKamouraska, limit: 3 });
    expect(items[0]!.distress).to.equal('violence');
    expect(items[0]!.resource.categories).to.include('family-violence');
    // The nearest shelter (Les Basques), not the farthest.
    expect(items[0]!.resource.id).to.equal('maison-d-hebergement-le-rivage');
  });

  it('finds the addiction services for « overdose »', async () => {
    const { items } = await demo.search('overdose', { limit: 3 });
    for (const item of items) expect(item.resource.categories).to.include('addictions');
  });

  it('keeps crisis help in view whatever else is filtered, except the place', async () => {
    const { items } = await demo.search('je veux mourir', { filters: { categories: ['food'], openNow: true, regions: ['kamouraska'] }, limit: 3 });
    expect(items[0]?.distress).to.equal('suicide');
  });

  for (const [name, finder, queries] of directories) {
    it(`answers every distress query of ${name} with crisis help in the top 3`, async () => {
      for (const q of queries.filter((q) => q.kind === 'distress')) {
        const ids = await top(finder, q.query, { locale: q.locale, ...(q.region ? { filters: { regions: [q.region] } } : {}) }, 3);
        expect(ids.some((id) => q.answers.includes(id)), `${q.query} → ${ids.join(', ')}`).to.equal(true);
      }
    });
  }
});

describe('residents’ everyday words', () => {
  it('finds food help for « j’ai faim » and « I’m hungry »', async () => {
    for (const q of ['j’ai faim', "I'm hungry", 'rien à manger']) {
      const { items } = await demo.search(q, { limit: 3 });
      for (const item of items) expect(item.resource.categories.some((c) => ['food-banks', 'community-kitchens', 'meals-on-wheels'].includes(c)), q).to.equal(true);
    }
  });

  it('finds tenants’ help for « problème avec mon propriétaire » and « can’t pay my rent »', async () => {
    for (const q of ['problème avec mon propriétaire', "can't pay my rent"]) {
      expect((await demo.search(q, { limit: 1 })).items[0]!.resource.categories, q).to.include('housing-help');
    }
  });

  it('finds addiction help for « je bois trop »', async () => {
    expect((await demo.search('je bois trop', { limit: 1 })).items[0]!.resource.categories).to.include('addictions');
  });

  it('ranks what the resident’s own word names above what it stands for', async () => {
    const finder = createFinder(
      validateFeed(
        feedOf([
          { id: 'bank', name: 'Banque alimentaire', categories: ['food'] },
          { id: 'hungry', name: 'Hungry no more', categories: ['food'] },
        ]),
      ),
    );
    expect(await top(finder, 'hungry')).to.deep.equal(['hungry', 'bank']);
  });

  it('finds a feed’s own synonyms', async () => {
    const finder = createFinder(
      validateFeed(feedOf([{ id: 'bank', name: 'Comptoir Saint-Vincent', categories: ['food'] }], { synonyms: [{ words: ['bouffe gratis'], means: ['comptoir'] }] } as never)),
    );
    expect(await top(finder, 'bouffe gratis')).to.deep.equal(['bank']);
  });

  for (const [name, finder, all] of directories) {
    it(`answers 90 % or more of ${name}’s everyday queries, and every exact, typo, accent and cross-language one, in the top 5`, async () => {
      for (const kinds of [['everyday'], ['exact', 'typo', 'accent', 'cross-language']]) {
        const queries = all.filter((q) => kinds.includes(q.kind));
        const missed: string[] = [];
        for (const q of queries) {
          const ids = await top(finder, q.query, { locale: q.locale, ...(q.region ? { filters: { regions: [q.region] } } : {}) });
          if (!ids.some((id) => q.answers.includes(id))) missed.push(`${q.query} → ${ids.join(', ')}`);
        }
        expect(missed.length / queries.length, missed.join('\n')).to.be.at.most(kinds.length > 1 ? 0 : 0.1);
      }
    });
  }
});

describe('French and English forms meet', () => {
  const finder = createFinder(
    validateFeed(
      feedOf([
        { id: 'social', name: 'Service social de quartier', categories: ['food'] },
        { id: 'family', name: 'Soutien familial', categories: ['food'] },
        { id: 'violence', name: 'Ligne violence', categories: ['food'] },
        { id: 'families', name: 'Help for families', categories: ['food'] },
      ]),
    ),
  );
  for (const [query, id] of [
    ['services sociaux', 'social'],
    ['sociale', 'social'],
    ['familiaux', 'family'],
    ['familiales', 'family'],
    ['femme violentée', 'violence'],
    ['family', 'families'],
  ] as const) {
    it(`« ${query} » finds ${id}`, async () => {
      expect(await top(finder, query)).to.include(id);
    });
  }
});

describe('focused lists', () => {
  it('lists the demo feed’s tax clinics first for « aide aux impôts », and few records beyond them', async () => {
    const clinics = demo.feed.resources.filter((r) => r.categories.includes('tax-clinics')).length;
    const { total, items } = await demo.search('aide aux impôts', { limit: 100 });
    // 82 of 184 records before: every record with "aide" in it.
    expect(total).to.be.at.most(3 * clinics);
    expect(items.slice(0, clinics).every((i) => i.resource.categories.includes('tax-clinics'))).to.equal(true);
  });

  it('returns at most about twice the truly relevant records for the outside directory’s focused queries', async () => {
    for (const q of outsideQueries.queries.filter((q) => q.kind === 'focused')) {
      const { total, items } = await outside.search(q.query, { locale: q.locale, limit: 1000 });
      const relevant = q.relevant ?? q.answers;
      expect(total, q.query).to.be.at.most(2 * relevant.length + 1);
      expect(items.filter((i) => relevant.includes(i.resource.id)).length, q.query).to.be.at.least(Math.ceil(relevant.length / 2));
    }
  });
});

describe('near me keeps relevance', () => {
  it('puts the only tax clinic before closer unrelated services', async () => {
    const clinic = demo.feed.resources.find((r) => r.id === 'clinique-d-impots-benevole-de-saint-alexandre-de-kamouraska')!;
    const near = { lat: 47.3667, lon: -70.0333 }; // La Pocatière
    const { items } = await demo.search('aide aux impôts', { near, sort: 'distance', ...inKamouraska, limit: 5 });
    expect(items[0]!.resource.id).to.equal(clinic.id);
  });

  it('orders equally relevant results by distance, and lists by distance alone without a query', async () => {
    const near = { lat: 47.3667, lon: -70.0333 };
    const { items } = await demo.search('', { near, sort: 'distance', limit: 20 });
    const km = items.map((i) => i.distanceKm ?? Infinity);
    expect(km).to.deep.equal([...km].sort((a, b) => a - b));
  });
});
