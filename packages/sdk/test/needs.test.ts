// What residents look for, as facts a city can count without learning who
// looked: the SDK's needSearch, safeTokens, needsBatch and the batch check.
import { expect } from 'chai';
import { checkNeedsBatch, createFinder, needSearch, needsBatch, needsDay, safeTokens, validateFeed, type NeedSearch } from '@repere/sdk';
import { feedOf, RESOURCES } from './support/feeds.js';

const feed = validateFeed(feedOf(RESOURCES));

async function factOf(query: string, filters = {}, lang = 'fr-CA', near = false): Promise<NeedSearch> {
  const finder = createFinder(feed);
  const results = await finder.search(query, { filters });
  return needSearch({ query, results, feed, lang, filters, near });
}

/** Hostile queries: names, phone numbers, addresses, e-mails, a disclosure with an address. */
const HOSTILE = [
  'Jean Tremblay',
  'chez Marie-Ève Gagnon',
  '418-555-0199',
  '(418) 555 0142 poste 12',
  'jean.tremblay@example.org',
  'mon mari me bat à 12 rue des Érables',
  '45 rang Saint-Joseph',
  'rue Principale',
  'G0R 1Z0',
  'https://example.org/profil/jtremblay',
  'né le 1985-03-02',
  'my NAS 046 454 286',
];

describe('a search as needs facts (needSearch)', () => {
  it('tells the food a Kamouraska resident looked for, by category and region, without the words', async () => {
    const fact = await factOf('popote roulante', { regions: ['kamouraska'] });
    expect(fact).to.deep.equal({
      lang: 'fr',
      regions: ['kamouraska'],
      categories: ['meals-on-wheels'],
      results: '1-5',
      distress: false,
      filters: ['region'],
    });
  });

  it('reads the need through the needs vocabulary when the words are not the feed\'s ("I am hungry" is food)', async () => {
    const fact = await factOf('hungry', {}, 'en');
    expect(fact.categories).to.include('food');
    expect(JSON.stringify(fact)).not.to.contain('hungry');
  });

  it('says a search was distress, and sends none of its words', async () => {
    const fact = await factOf("je veux mourir, j'ai des idées noires");
    expect(fact.distress).to.equal(true);
    expect(fact.tokens).to.equal(undefined);
  });

  it('keeps the safe words of a search that found nothing, folded and sorted', async () => {
    const fact = await factOf('Vétérinaire pour chien');
    expect(fact.results).to.equal('0');
    expect(fact.tokens).to.deep.equal(['chien', 'veterinaire']);
  });

  it('tells filters by name only, and "Near me" without a position', async () => {
    const fact = await factOf('', { openNow: true, cost: ['free'], categories: ['food'] }, 'en', true);
    expect(fact.filters).to.deep.equal(['category', 'cost', 'open-now', 'near']);
    expect(fact.categories).to.deep.equal(['food']);
  });

  it('keeps only ids the feed knows', async () => {
    const fact = await factOf('popote', { regions: ['<script>', 'kamouraska'], categories: ['made-up'] });
    expect(fact.regions).to.deep.equal(['kamouraska']);
    expect(fact.categories).not.to.include('made-up');
  });

  it('sends nothing of a hostile query: no text, digit, e-mail or address', async () => {
    for (const query of HOSTILE) {
      const text = JSON.stringify(await factOf(query));
      expect(text, query).not.to.match(/\d{2,}|@|\b(?:rue|rang|tremblay|gagnon|marie|erables|principale|joseph|https?)\b/i);
      expect(checkNeedsBatch(needsBatch([JSON.parse(text)], '2026-12-07')).ok, query).to.equal(true);
    }
  });
});

describe('the words that may leave the device (safeTokens)', () => {
  it('lets through plain words, and nothing when the query holds a number, contact, address or name', () => {
    expect(safeTokens('Orthophoniste pour enfant')).to.deep.equal(['enfant', 'orthophoniste']);
    for (const q of HOSTILE) expect(safeTokens(q), q).to.deep.equal([]);
  });

  it('drops words longer than 30 characters and keeps at most 6', () => {
    expect(safeTokens('a'.repeat(31) + ' dentiste')).to.deep.equal(['dentiste']);
    expect(safeTokens('un deux trois quatre cinq six sept huit')).to.have.length(6);
  });
});

describe('a needs batch', () => {
  const a: NeedSearch = { lang: 'fr', regions: [], categories: ['food'], results: '6+', distress: false, filters: [] };
  const b: NeedSearch = { lang: 'en', regions: ['kamouraska'], categories: [], results: '0', distress: false, filters: [], tokens: ['dentist'] };

  it('holds the day, not the time, and not the order of the searches', () => {
    expect(needsDay(new Date(2026, 11, 7, 23, 59))).to.equal('2026-12-07');
    expect(needsBatch([a, b], '2026-12-07')).to.deep.equal(needsBatch([b, a], '2026-12-07'));
  });

  it('is refused when it carries anything the schema does not allow', () => {
    const ok = needsBatch([a, b], '2026-12-07');
    expect(checkNeedsBatch(ok)).to.deep.equal({ ok: true, batch: ok });
    const bad: [unknown, string][] = [
      [{ ...ok, query: 'Jean Tremblay' }, 'query'],
      [{ ...ok, day: '2026-12-07T10:00' }, 'day'],
      [{ ...ok, searches: [{ ...a, tokens: ['418'] }] }, 'searches.0.tokens.0'],
      [{ ...ok, searches: [{ ...a, lat: 47.3 }] }, 'searches.0.lat'],
      [{ ...ok, searches: [{ ...a, results: '3' }] }, 'searches.0.results'],
      [{ ...ok, searches: [] }, 'searches'],
    ];
    for (const [batch, path] of bad) expect(checkNeedsBatch(batch), path).to.deep.equal({ ok: false, path });
  });
});
