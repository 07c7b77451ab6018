import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { appendSentence } from '../src/hsds/ages.js';
import { importHsds, importHsdsDocument } from '../src/hsds/import.js';
import { scheduleToHours } from '../src/hsds/nested.js';
import { formatNote } from '../src/notes.js';
import { fixtures, hsdsFixtures, sharedHsds, tempDir } from './helpers.js';

/** Every nested example of the specification, by file name, and the tabular package. */
const EXAMPLES = [
  'organization_full.json', 'organization_list.json', 'service_at_location_full.json',
  'service_full.json', 'service_list.json', 'taxonomy_term_list.json',
];

/** Imports each example and checks the SDK accepts the feed; returns how many resources each gave. */
function importEach(dir: string): Record<string, number> {
  const examples = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  expect(examples).to.deep.equal(EXAMPLES);
  const counts: Record<string, number> = {};
  for (const name of [...examples, 'csv']) {
    const result = importHsds(join(dir, name));
    counts[name] = result.imported;
    expect(result.rejected, name).to.equal(0);
    const feed = validateFeed(result.feed);
    expect(feed.problems.filter((p) => p.severity === 'error'), name).to.deep.equal([]);
    expect(feed.resources.length, name).to.equal(result.imported);
  }
  return counts;
}

/** Resources from each example: the synthetic ones mirror the specification's, shape for shape. */
const COUNTS = {
  'organization_full.json': 1, 'organization_list.json': 0, 'service_at_location_full.json': 1,
  'service_full.json': 1, 'service_list.json': 1, 'taxonomy_term_list.json': 0, csv: 1,
};

/** One service from each example that has one, nested or tabular. */
const WITH_A_SERVICE = ['service_full.json', 'service_list.json', 'organization_full.json', 'service_at_location_full.json', 'csv'];

describe('HSDS 3.0 import', () => {
  it('imports every example shape: service, organization, service at location, pages of them, terms, tables', () => {
    expect(importEach(hsdsFixtures)).to.deep.equal(COUNTS);
  });

  it('maps a full service field by field', () => {
    const result = importHsds(join(hsdsFixtures, 'service_full.json'));
    const r = result.feed.resources[0]!;
    expect(r.id).to.equal('svc-counselling');
    expect(r.name).to.deep.equal({ en: 'Riverside Counselling' });
    expect(r.organization).to.deep.equal({ en: 'Riverside Community Services' });
    expect(r.categories).to.deep.equal(['term-counselling']);
    expect(r.languages).to.deep.equal(['fr']);
    expect(r.cost).to.equal('fee');
    expect(r.fees).to.deep.equal({ en: 'Sliding scale.\nAdults: 20 CAD per session' });
    expect(r.eligibility).to.deep.equal({ en: 'Residents of Riverside aged 12 and over. Ages 12 to 99.' });
    // The specification's examples quote the number inside the value; the extension is kept.
    expect(r.phones).to.deep.equal([{ number: '+1 418-555-0142 ext. 12', kind: 'voice', label: { en: 'Reception' } }]);
    expect(r.website).to.equal('https://counselling.example.org/');
    expect(r.email).to.equal('info@counselling.example.org');
    expect(r.hours).to.deep.equal([{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]);
    expect(r.keywords).to.deep.equal({ en: ['Riverside Listening Service'] });
    expect(r.updated).to.equal('2026-03-15T10:30:45.123Z');
    // Latitude 100 is impossible: dropped and reported; the postal address stands in for a physical one.
    expect(r.locations).to.deep.equal([
      {
        name: { en: 'Riverside Civic Centre' },
        address: { street: '12 Example Street, Suite 3', city: 'Riverside', province: 'QC', postalCode: 'G0L 1A0', country: 'CA' },
        accessibility: { en: 'Ramp at the side door. Ring the bell for help.' },
      },
    ]);
    expect(result.notes.map((n) => n.code)).to.have.members(['hsds-postal-address', 'hsds-bad-coordinates', 'hsds-unknown-parent']);
    expect(result.feed.categories).to.deep.equal([{ id: 'term-counselling', name: { en: 'Counselling' }, codes: ['RP-1400.8000-180'] }]);
    expect(result.feed.regions!.map((g) => g.id)).to.deep.equal(['area-riverside']);
  });

  it('joins the tabular package by ids into the same resource', () => {
    const nested = importHsds(join(hsdsFixtures, 'service_full.json')).feed.resources[0]!;
    const tabular = importHsds(join(hsdsFixtures, 'csv'));
    const r = tabular.feed.resources[0]!;
    for (const field of ['name', 'organization', 'description', 'categories', 'languages', 'cost', 'fees', 'eligibility', 'phones', 'website', 'locations', 'hours', 'keywords', 'updated'] as const) {
      expect(r[field], field).to.deep.equal(nested[field]);
    }
    // A real datapackage.json names the tables: nothing to warn about.
    expect(tabular.notes.map((n) => n.code)).to.not.include('hsds-datapackage');
    const coordinates = tabular.notes.find((n) => n.code === 'hsds-bad-coordinates')!;
    expect([coordinates.file, coordinates.line]).to.deep.equal(['services.csv', 2]);
  });

  it('turns taxonomy terms into categories', () => {
    const result = importHsds(join(hsdsFixtures, 'taxonomy_term_list.json'));
    expect(result.feed.categories).to.deep.equal([{ id: 'term-counselling', name: { en: 'Counselling' }, codes: ['RP-1400.8000-180'] }]);
    expect(result.notes.map((n) => n.code)).to.deep.equal(['hsds-no-services', 'hsds-unknown-parent']);
  });

  describe('the Open Referral reference examples (../shared, when present)', () => {
    const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
    const TERM_ID = '3f7b145d-84af-42d7-8fae-eaca714b02b2';
    before(function () {
      // A fresh clone has no ../shared: these checks add to the ones above, never replace them.
      if (!existsSync(sharedHsds)) this.skip();
    });

    it('imports every example of the specification', () => {
      expect(importEach(sharedHsds)).to.deep.equal(COUNTS);
    });

    it('maps the full service field by field', () => {
      const result = importHsds(join(sharedHsds, 'service_full.json'));
      const r = result.feed.resources[0]!;
      expect(r.id).to.equal(SERVICE_ID);
      expect(r.organization).to.deep.equal({ en: 'Example Organization Inc.' });
      expect(r.categories).to.deep.equal([TERM_ID]);
      expect((r.fees as Record<string, string>).en).to.match(/\nUnder 18s and Over 60s: 35 GBP per 1 hour session$/);
      expect(r.phones).to.deep.equal([{ number: '+44 1234 234567 ext. 100', kind: 'voice' }]);
      // The specification's example schedule holds for one day of 2005 (valid_from = valid_to): kept, and reported.
      expect(r.hours).to.deep.equal([{ days: ['th', 'fr'], opens: '10:00', closes: '18:00', validFrom: '2005-01-01', validTo: '2005-01-01' }]);
      expect(r.locations![0]!.address).to.deep.equal({ street: '1-30 Main Street, MyVillage', city: 'MyCity', province: 'MyState', postalCode: 'ABC 1234', country: 'US' });
      expect(result.notes.map((n) => n.code)).to.have.members(['hsds-postal-address', 'hsds-bad-coordinates', 'hsds-unknown-parent', 'hsds-season-ended']);
      expect(result.feed.regions!.map((g) => g.id)).to.deep.equal(['381c64f1-a724-4884-9c21-ac96c21cca3e']);
    });

    it('joins the tabular package, whose attribute links elsewhere and whose datapackage.json is a link stub', () => {
      const nested = importHsds(join(sharedHsds, 'service_full.json')).feed.resources[0]!;
      const tabular = importHsds(join(sharedHsds, 'csv'));
      const r = tabular.feed.resources[0]!;
      for (const field of ['name', 'organization', 'description', 'languages', 'cost', 'fees', 'eligibility', 'phones', 'website', 'locations', 'hours', 'updated'] as const) {
        expect(r[field], field).to.deep.equal(nested[field]);
      }
      expect(r.categories).to.deep.equal(['uncategorized']);
      expect(tabular.feed.categories!.map((c) => c.id)).to.deep.equal([TERM_ID, 'uncategorized']);
      const dropped = tabular.notes.find((n) => n.code === 'hsds-no-category')!;
      expect([dropped.file, dropped.line]).to.deep.equal(['services.csv', 2]);
      expect(tabular.notes.map((n) => n.code)).to.include('hsds-datapackage');
    });

    it('keeps the ages of every example in both forms', () => {
      const expected = {
        en: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area. Ages 12 to 100.',
      };
      for (const name of WITH_A_SERVICE) {
        expect(importHsds(join(sharedHsds, name)).feed.resources[0]!.eligibility, name).to.deep.equal(expected);
      }
    });
  });

  it('skips services without an id or a name, and duplicates, and keeps the others', () => {
    const result = importHsds(join(fixtures, 'missing-required.json'), { defaultLocale: 'fr' });
    expect(result.feed.resources.map((r) => r.id)).to.deep.equal(['svc-ok']);
    expect(result.rejected).to.equal(3);
    expect(result.notes.filter((n) => n.severity === 'error').map((n) => [n.code, n.id ?? null])).to.deep.equal([
      ['hsds-no-id', null],
      ['hsds-no-name', 'svc-no-name'],
      ['hsds-duplicate', 'svc-ok'],
    ]);
    const r = result.feed.resources[0]!;
    expect(r.name).to.deep.equal({ fr: 'Food Bank' });
    // The monthly schedule is dropped, its description kept as a note on hours.
    expect(r.hours).to.deep.equal([{ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }]);
    expect(r.hoursNote).to.deep.equal({ fr: 'First day of each month' });
    expect(result.notes.find((n) => n.code === 'hsds-schedule-dropped')!.params.detail).to.equal('freq MONTHLY is not WEEKLY');
  });

  describe('ages', () => {
    /** Imports inline services and returns each one's eligibility, by id, after checking the SDK accepts the feed. */
    function eligibilities(services: Record<string, unknown>[], defaultLocale = 'en') {
      const result = importHsdsDocument(services, { defaultLocale });
      const problems = validateFeed(result.feed).problems.filter((p) => p.severity === 'error');
      expect(problems).to.deep.equal([]);
      return { result, by: Object.fromEntries(result.feed.resources.map((r) => [r.id, r.eligibility])) };
    }

    it('words the ages in French and English: a range, a minimum, a maximum, a single age', () => {
      const { result, by } = eligibilities([
        { id: 'range', name: 'Maison des jeunes', minimum_age: 12, maximum_age: 17 },
        { id: 'min', name: 'Popote roulante', minimum_age: 65 },
        { id: 'max', name: 'Halte-garderie', maximum_age: 17 },
        { id: 'equal', name: 'Bal des finissants', minimum_age: 17, maximum_age: 17 },
        { id: 'none', name: 'Banque alimentaire' },
      ]);
      expect(by).to.deep.equal({
        range: { fr: 'De 12 à 17 ans', en: 'Ages 12 to 17' },
        min: { fr: '65 ans et plus', en: 'Ages 65 and over' },
        max: { fr: 'Jusqu’à 17 ans', en: 'Up to age 17' },
        equal: { fr: '17 ans', en: 'Age 17' },
        none: undefined,
      });
      // Ages say who may come, not who the service is for: no audience is made up from them.
      expect(result.feed.resources.map((r) => r.audiences)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
      expect(result.notes.map((n) => n.code)).to.not.include.members(['hsds-bad-age', 'hsds-ages-reversed']);
    });

    it('writes both languages whatever the default locale is', () => {
      const service = { id: 'range', name: 'Maison des jeunes', minimum_age: 12, maximum_age: 17 };
      expect(eligibilities([service], 'fr').by.range).to.deep.equal({ fr: 'De 12 à 17 ans', en: 'Ages 12 to 17' });
      // A regional tag keeps its key, which the finder matches to plain fr.
      expect(eligibilities([service], 'fr-CA').by.range).to.deep.equal({ 'fr-CA': 'De 12 à 17 ans', en: 'Ages 12 to 17' });
      expect(eligibilities([service], 'es').by.range).to.deep.equal({ fr: 'De 12 à 17 ans', en: 'Ages 12 to 17' });
    });

    it('writes decimal ages as given, with a French decimal comma and "an" below 2', () => {
      const { by } = eligibilities([
        { id: 'baby', name: 'Halte-bébé', minimum_age: 0.5, maximum_age: 1.5 },
        { id: 'toddler', name: 'Éveil', maximum_age: 1 },
        { id: 'tabular', name: 'Ateliers', minimum_age: '2.5', maximum_age: ' ' },
      ]);
      expect(by).to.deep.equal({
        baby: { fr: 'De 0,5 à 1,5 an', en: 'Ages 0.5 to 1.5' },
        toddler: { fr: 'Jusqu’à 1 an', en: 'Up to age 1' },
        tabular: { fr: '2,5 ans et plus', en: 'Ages 2.5 and over' },
      });
    });

    it('adds the ages after an eligibility description in its language, and leaves the other language to show it whole', () => {
      const { by } = eligibilities(
        [
          { id: 'bare', name: 'Popote', eligibility_description: 'Résidents de Rimouski', minimum_age: 65 },
          { id: 'period', name: 'Popote', eligibility_description: 'Résidents de Rimouski.', minimum_age: 65 },
          { id: 'question', name: 'Popote', eligibility_description: 'Vous habitez Rimouski?', minimum_age: 65 },
          { id: 'quoted', name: 'Popote', eligibility_description: 'Sur référence « du CLSC. »', minimum_age: 65 },
          { id: 'dangling', name: 'Popote', eligibility_description: 'Résidents de Rimouski; ', minimum_age: 65 },
          { id: 'no-ages', name: 'Popote', eligibility_description: 'Résidents de Rimouski' },
        ],
        'fr',
      );
      expect(by).to.deep.equal({
        bare: { fr: 'Résidents de Rimouski. 65 ans et plus.' },
        period: { fr: 'Résidents de Rimouski. 65 ans et plus.' },
        question: { fr: 'Vous habitez Rimouski? 65 ans et plus.' },
        quoted: { fr: 'Sur référence « du CLSC. » 65 ans et plus.' },
        dangling: { fr: 'Résidents de Rimouski. 65 ans et plus.' },
        'no-ages': { fr: 'Résidents de Rimouski' },
      });
      const english = eligibilities([{ id: 'en', name: 'Youth Centre', eligibility_description: 'Rimouski residents', minimum_age: 12, maximum_age: 17 }]);
      expect(english.by.en).to.deep.equal({ en: 'Rimouski residents. Ages 12 to 17.' });
      // A description in neither language stays alone; the ages are given in both.
      const spanish = eligibilities([{ id: 'es', name: 'Centro', eligibility_description: 'Residentes de Rimouski', minimum_age: 65 }], 'es');
      expect(spanish.by.es).to.deep.equal({ es: 'Residentes de Rimouski', fr: '65 ans et plus', en: 'Ages 65 and over' });
    });

    it('joins a sentence with a period and a space only where needed', () => {
      expect(appendSentence(undefined, '65 ans et plus')).to.equal('65 ans et plus');
      expect(appendSentence('  ', '65 ans et plus')).to.equal('65 ans et plus');
      expect(appendSentence('Résidents', '65 ans et plus')).to.equal('Résidents. 65 ans et plus.');
      expect(appendSentence('Résidents…', '65 ans et plus')).to.equal('Résidents… 65 ans et plus.');
      expect(appendSentence('Residents (see site).', 'Ages 65 and over')).to.equal('Residents (see site). Ages 65 and over.');
      expect(appendSentence('Residents (see site)', 'Ages 65 and over')).to.equal('Residents (see site). Ages 65 and over.');
      expect(appendSentence('Residents of:', 'Ages 65 and over')).to.equal('Residents of. Ages 65 and over.');
    });

    it('reports negative, unreadable and reversed ages in English and French, and leaves them out', () => {
      const { result, by } = eligibilities(
        [
          { id: 'negative', name: 'A', minimum_age: -1, maximum_age: 17 },
          { id: 'words', name: 'B', minimum_age: 'douze', eligibility_description: 'Residents only.' },
          { id: 'infinite', name: 'C', maximum_age: 'Infinity' },
          { id: 'hex', name: 'D', maximum_age: '0x10' },
          { id: 'reversed', name: 'E', minimum_age: 18, maximum_age: 12, eligibility_description: 'Residents only.' },
          { id: 'object', name: 'F', minimum_age: { years: 12 } },
        ],
      );
      // The bound that is sound is still used; a reversed pair cannot be trusted either way.
      expect(by).to.deep.equal({
        negative: { en: 'Up to age 17', fr: 'Jusqu’à 17 ans' },
        words: { en: 'Residents only.' },
        infinite: undefined,
        hex: undefined,
        reversed: { en: 'Residents only.' },
        object: undefined,
      });
      const ageNotes = result.notes.filter((n) => n.code === 'hsds-bad-age' || n.code === 'hsds-ages-reversed');
      expect(ageNotes.map((n) => [n.severity, n.id, n.code])).to.deep.equal([
        ['warning', 'negative', 'hsds-bad-age'],
        ['warning', 'words', 'hsds-bad-age'],
        ['warning', 'infinite', 'hsds-bad-age'],
        ['warning', 'hex', 'hsds-bad-age'],
        ['warning', 'reversed', 'hsds-ages-reversed'],
        ['warning', 'object', 'hsds-bad-age'],
      ]);
      expect(result.rejected).to.equal(0);
      expect(formatNote(ageNotes[0]!)).to.equal('The minimum_age "-1" of "negative" is not an age (a number of years, 0 or more) and was not used.');
      expect(formatNote(ageNotes[0]!, 'fr')).to.equal('Le champ minimum_age « -1 » de « negative » n’est pas un âge (un nombre d’années, 0 ou plus) et n’a pas été utilisé.');
      expect(formatNote(ageNotes[4]!)).to.equal('The minimum_age (18) of "reversed" is above its maximum_age (12); neither age was used.');
      expect(formatNote(ageNotes[4]!, 'fr')).to.equal('L’âge minimum (minimum_age, 18) de « reversed » dépasse son âge maximum (maximum_age, 12) ; aucun des deux n’a été utilisé.');
      expect(formatNote(ageNotes[5]!)).to.include('"{"years":12}"');
    });

    it('keeps the ages of every example shape in both forms', () => {
      for (const name of WITH_A_SERVICE) {
        expect(importHsds(join(hsdsFixtures, name)).feed.resources[0]!.eligibility, name).to.deep.equal({
          en: 'Residents of Riverside aged 12 and over. Ages 12 to 99.',
        });
      }
    });

    it('reads the ages of a tabular services.csv, and places a bad one on its line', () => {
      const dir = tempDir();
      writeFileSync(
        join(dir, 'services.csv'),
        [
          'id,name,eligibility_description,minimum_age,maximum_age',
          'jeunes,Maison des jeunes,Résidents de Rimouski,12,17',
          'aines,Popote roulante,,65,',
          'bebes,Halte-garderie,,,0.5',
          'erreur,Atelier,,-3,',
        ].join('\n'),
      );
      const result = importHsds(dir, { defaultLocale: 'fr' });
      expect(validateFeed(result.feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
      expect(result.feed.resources.map((r) => [r.id, r.eligibility])).to.deep.equal([
        ['jeunes', { fr: 'Résidents de Rimouski. De 12 à 17 ans.' }],
        ['aines', { fr: '65 ans et plus', en: 'Ages 65 and over' }],
        ['bebes', { fr: 'Jusqu’à 0,5 an', en: 'Up to age 0.5' }],
        ['erreur', undefined],
      ]);
      const bad = result.notes.find((n) => n.code === 'hsds-bad-age')!;
      expect([bad.file, bad.line, bad.id, bad.params.field, bad.params.value]).to.deep.equal(['services.csv', 5, 'erreur', 'minimum_age', '-3']);
      expect(formatNote(bad, 'fr')).to.match(/^services\.csv ligne 5 : Le champ minimum_age « -3 » de « erreur »/);
    });
  });

  it('maps only the weekly RRULE subset of schedules', () => {
    expect(scheduleToHours({ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '08:30', closes_at: '16:00:00' })).to.deep.equal({ hours: { days: ['mo', 'tu'], opens: '08:30', closes: '16:00' } });
    expect(scheduleToHours({ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '08:30', closes_at: '16:00' })).to.deep.equal({ dropped: 'every 2 weeks' });
    expect(scheduleToHours({ freq: 'WEEKLY', byday: 'MO' })).to.deep.equal({ dropped: 'no opens_at/closes_at' });
    expect(scheduleToHours({ freq: 'WEEKLY', byday: '1MO', opens_at: '08:30', closes_at: '16:00' })).to.deep.equal({ dropped: 'byday "1MO"' });
  });

  it('keeps a schedule\'s valid_from / valid_to as the season of its hours', () => {
    const taxClinic = { freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '17:00', valid_from: '2027-03-01', valid_to: '2027-04-30' };
    expect(scheduleToHours(taxClinic)).to.deep.equal({ hours: { days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01', validTo: '2027-04-30' } });
    // A date-time keeps its day; a value that is no date is left out, and the hours stay.
    expect(scheduleToHours({ ...taxClinic, valid_from: '2027-03-01T00:00:00Z', valid_to: 'avril' })).to.deep.equal({
      hours: { days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01' },
    });
  });

  it('imports a seasonal schedule, and reports a season already over at the import date', () => {
    const schedule = (valid_from: string, valid_to: string) => ({ freq: 'WEEKLY', byday: 'SA', opens_at: '09:00', closes_at: '17:00', valid_from, valid_to });
    const result = importHsdsDocument(
      [
        { id: 'impots', name: 'Tax clinic', schedules: [schedule('2027-03-01', '2027-04-30')] },
        { id: 'old', name: 'Old clinic', schedules: [schedule('2005-01-01', '2005-01-01')] },
      ],
      { now: new Date('2026-12-01T12:00:00Z') },
    );
    const [impots, old] = result.feed.resources;
    expect(impots!.hours).to.deep.equal([{ days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01', validTo: '2027-04-30' }]);
    expect(old!.hours).to.deep.equal([{ days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2005-01-01', validTo: '2005-01-01' }]);
    const ended = result.notes.filter((n) => n.code === 'hsds-season-ended');
    expect(ended.map((n) => n.params.id)).to.deep.equal(['old']);
    expect(formatNote(ended[0]!, 'en')).to.contain('applies only until 2005-01-01, which is past');
    expect(formatNote(ended[0]!, 'fr')).to.contain('ne s’applique que jusqu’au 2005-01-01, date passée\u00a0:');
  });
});
