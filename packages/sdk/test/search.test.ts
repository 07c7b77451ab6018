import { expect } from 'chai';
import { createFinder, splitHighlights, validateFeed, type Finder } from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';

const ids = (r: { items: readonly { resource: { id: string } }[] }) => r.items.map((i) => i.resource.id);

describe('search', () => {
  let finder: Finder;
  beforeEach(() => {
    finder = createFinder(validateFeed(feedOf(RESOURCES)));
  });

  it('finds Santé when typed without accent', async () => {
    expect(ids(await finder.search('sante mentale')).at(0)).to.equal('sante-mentale-sherbrooke');
  });

  it('finds an unaccented record when typed with accents', async () => {
    const finder2 = createFinder(validateFeed(feedOf([{ id: 'a', name: 'Centre de sante communautaire', categories: ['food'] }])));
    expect(ids(await finder2.search('SANTÉ'))).to.deep.equal(['a']);
  });

  it('matches decomposed (NFD) queries', async () => {
    expect(ids(await finder.search('Sante\u0301')).at(0)).to.equal('sante-mentale-sherbrooke');
  });

  it('tolerates typos', async () => {
    expect(ids(await finder.search('popotte roulante')).at(0)).to.equal('popote-kamouraska');
    expect(ids(await finder.search('logment')).at(0)).to.equal('logement-estrie');
  });

  it('ignores French elisions and stop words', async () => {
    expect(ids(await finder.search("l'aide aux devoirs")).at(0)).to.equal('devoirs-rimouski');
    expect(ids(await finder.search("dépannage d'urgence")).at(0)).to.equal('banque-rimouski');
  });

  it('finds a French-only record by the English name of its category', async () => {
    const results = await finder.search('food bank', { locale: 'en' });
    expect(ids(results).at(0)).to.equal('banque-rimouski');
  });

  it('searches category keywords', async () => {
    expect(ids(await finder.search('idées noires')).at(0)).to.equal('sante-mentale-sherbrooke');
  });

  it('reads a place named in the query as the place to serve, not as a word to match', async () => {
    const feed = validateFeed(
      feedOf([
        { id: 'sherbrooke', name: 'Popote roulante de Sherbrooke', categories: ['meals-on-wheels'], regions: ['sherbrooke'] },
        { id: 'kamouraska', name: 'Popote roulante', categories: ['meals-on-wheels'], regions: ['kamouraska'] },
      ]),
    );
    const results = await createFinder(feed).search('popote kamouraska');
    expect(ids(results)).to.deep.equal(['kamouraska']);
    expect(results.places).to.deep.equal(['kamouraska']);
  });

  it('ranks a record matching every word above one matching fewer', async () => {
    const feed = validateFeed(
      feedOf([
        { id: 'some', name: 'Popote roulante', categories: ['meals-on-wheels'] },
        { id: 'all', name: 'Popote roulante et repas chauds', categories: ['meals-on-wheels'] },
        { id: 'other', name: 'Cuisine collective', categories: ['meals-on-wheels'] },
      ]),
    );
    expect(ids(await createFinder(feed).search('popote roulante repas'))[0]).to.equal('all');
  });

  it('leaves out records that only share a weak word with the query', async () => {
    // The community kitchen is in Kamouraska but has nothing to do with meals on wheels.
    expect(ids(await finder.search('popote kamouraska'))).to.deep.equal(['popote-kamouraska']);
  });

  it('ranks a name match above a description match', async () => {
    const feed = validateFeed(
      feedOf([
        { id: 'deep', name: 'Centre communautaire', description: 'Nous offrons aussi une friperie.', categories: ['food'] },
        { id: 'named', name: 'Friperie du quartier', categories: ['food'] },
      ]),
    );
    expect(ids(await createFinder(feed).search('friperie'))).to.deep.equal(['named', 'deep']);
  });

  it('returns no fuzzy noise for a one-character query', async () => {
    const results = await finder.search('p');
    expect(results.total).to.equal(0);
  });

  it('does not return everything sharing a few letters', async () => {
    const results = await finder.search('impôts');
    expect(results.total).to.equal(0);
  });

  it('completes the word being typed', async () => {
    expect(ids(await finder.search('popo')).at(0)).to.equal('popote-kamouraska');
  });

  it('lists resources by name when browsing with filters and no query', async () => {
    const results = await finder.search('', { filters: { regions: ['bas-saint-laurent'] } });
    expect(ids(results)).to.deep.equal(['cuisine-collective', 'devoirs-rimouski', 'banque-rimouski', 'popote-kamouraska']);
  });

  it('includes descendants in category and region filters', async () => {
    const food = await finder.search('', { filters: { categories: ['food'] } });
    expect(ids(food)).to.have.members(['popote-kamouraska', 'banque-rimouski', 'cuisine-collective']);
    const estrie = await finder.search('', { filters: { regions: ['estrie'] } });
    expect(ids(estrie)).to.have.members(['sante-mentale-sherbrooke', 'logement-estrie']);
  });

  it('combines filters: OR within one, AND across them', async () => {
    const results = await finder.search('', { filters: { cost: ['free', 'low-cost'], audiences: ['seniors', 'families'] } });
    expect(ids(results)).to.have.members(['popote-kamouraska', 'banque-rimouski', 'sante-mentale-sherbrooke']);
  });

  it('filters by language of service, matching regional tags', async () => {
    const results = await finder.search('', { filters: { languages: ['en-CA'] } });
    expect(ids(results)).to.deep.equal(['sante-mentale-sherbrooke']);
  });

  it('counts facets over the matches, each filter ignoring itself', async () => {
    const results = await finder.search('', { filters: { regions: ['kamouraska'] } });
    expect(results.total).to.equal(2);
    expect(results.facets.categories).to.deep.equal({ 'meals-on-wheels': 1, food: 2 });
    // The region facet ignores the region filter, so other regions still show what they hold.
    expect(results.facets.regions['estrie']).to.equal(2);
    expect(results.facets.regions['kamouraska']).to.equal(2);
    expect(results.facets.cost).to.deep.equal({ 'low-cost': 2 });
  });

  it('counts and filters "open now"', async () => {
    const mondayTen = new Date('2026-11-23T15:00:00Z'); // 10:00 in Toronto
    const all = await finder.search('', { at: mondayTen });
    expect(all.facets.openNow).to.equal(2);
    const open = await finder.search('', { at: mondayTen, filters: { openNow: true } });
    expect(ids(open)).to.have.members(['popote-kamouraska', 'sante-mentale-sherbrooke']);
    expect(open.items.every((i) => i.openNow === true)).to.equal(true);
  });

  it('filters « open at » a moment on the feed\'s clock, the next such weekday', async () => {
    const sundayNoon = new Date('2026-11-22T17:00:00Z'); // Sunday 12:00 in Toronto
    const mondayTen = new Date('2026-11-23T15:00:00Z');
    const atMonday = await finder.search('', { at: mondayTen, filters: { openNow: true } });
    const fromSunday = await finder.search('', { at: sundayNoon, openAt: 'mo-10:00', filters: { openNow: true } });
    expect(ids(fromSunday)).to.have.members(ids(atMonday));
    expect(fromSunday.facets.openNow).to.equal(atMonday.facets.openNow);
    // Something that is not a moment is no moment: « open now » at `at` instead.
    const sundayNow = await finder.search('', { at: sundayNoon, filters: { openNow: true } });
    const garbled = await finder.search('', { at: sundayNoon, openAt: 'monday 10h', filters: { openNow: true } });
    expect(ids(garbled)).to.deep.equal(ids(sundayNow));
    expect(ids(sundayNow)).to.not.have.members(ids(atMonday));
  });

  it('sorts by distance from the resident, without exposing confidential places', async () => {
    const rimouski = { lat: 48.45, lon: -68.52 };
    const results = await finder.search('', { near: rimouski, sort: 'distance' });
    expect(ids(results).slice(0, 3)).to.deep.equal(['banque-rimouski', 'popote-kamouraska', 'sante-mentale-sherbrooke']);
    expect(results.items[0]!.distanceKm).to.be.lessThan(1);
    expect(results.items.at(-1)!.distanceKm).to.equal(undefined);
  });

  it('pages with limit and offset, keeping the total', async () => {
    const first = await finder.search('', { limit: 2 });
    const second = await finder.search('', { limit: 2, offset: 2 });
    expect(first.total).to.equal(RESOURCES.length);
    expect(first.items).to.have.length(2);
    expect(ids(second)).to.not.include.members(ids(first));
  });

  it('highlights the matched words in the asked language', async () => {
    const results = await finder.search('sante', { locale: 'fr' });
    const item = results.items[0]!;
    const name = item.resource.name.fr!;
    const segments = splitHighlights(name, item.highlights.name);
    expect(segments.filter((s) => s.match).map((s) => s.text)).to.deep.equal(['santé']);
    expect(segments.map((s) => s.text).join('')).to.equal(name);
  });

  it('finds nothing in an empty feed', async () => {
    const empty = createFinder(validateFeed(feedOf([])));
    const results = await empty.search('aide');
    expect(results.total).to.equal(0);
    expect(results.items).to.deep.equal([]);
  });

  it('gets a resource by id', () => {
    expect(finder.get('banque-rimouski')?.name.fr).to.equal('Moisson Rimouski-Neigette');
    expect(finder.get('nope')).to.equal(undefined);
  });
});
