import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { importHsds } from '../src/hsds/import.js';
import { scheduleToHours } from '../src/hsds/nested.js';
import { fixtures, hsdsFixtures } from './helpers.js';

const SERVICE_ID = 'ac148810-d857-441c-9679-408f346de14b';
const TERM_ID = '3f7b145d-84af-42d7-8fae-eaca714b02b2';

describe('HSDS 3.0 import', () => {
  before(() => {
    // Fail loudly: these examples are the reference, never a reason to skip.
    if (!existsSync(hsdsFixtures)) throw new Error(`The HSDS fixtures are missing: ${hsdsFixtures}`);
  });

  it('imports every example of the specification', () => {
    const examples = readdirSync(hsdsFixtures).filter((f) => f.endsWith('.json')).sort();
    expect(examples).to.deep.equal([
      'organization_full.json', 'organization_list.json', 'service_at_location_full.json',
      'service_full.json', 'service_list.json', 'taxonomy_term_list.json',
    ]);
    const counts: Record<string, number> = {};
    for (const name of [...examples, 'csv']) {
      const result = importHsds(join(hsdsFixtures, name));
      counts[name] = result.imported;
      expect(result.rejected, name).to.equal(0);
      const feed = validateFeed(result.feed);
      expect(feed.problems.filter((p) => p.severity === 'error'), name).to.deep.equal([]);
      expect(feed.resources.length, name).to.equal(result.imported);
    }
    expect(counts).to.deep.equal({
      'organization_full.json': 1, 'organization_list.json': 0, 'service_at_location_full.json': 1,
      'service_full.json': 1, 'service_list.json': 1, 'taxonomy_term_list.json': 0, csv: 1,
    });
  });

  it('maps a full service field by field', () => {
    const result = importHsds(join(hsdsFixtures, 'service_full.json'));
    const r = result.feed.resources[0]!;
    expect(r.id).to.equal(SERVICE_ID);
    expect(r.name).to.deep.equal({ en: 'Community Counselling' });
    expect(r.organization).to.deep.equal({ en: 'Example Organization Inc.' });
    expect(r.categories).to.deep.equal([TERM_ID]);
    expect(r.languages).to.deep.equal(['ur']);
    expect(r.cost).to.equal('fee');
    expect((r.fees as Record<string, string>).en).to.match(/\nUnder 18s and Over 60s: 35 GBP per 1 hour session$/);
    // minimum_age 12 and maximum_age 100 follow the description, and are the French text alone.
    expect(r.eligibility).to.deep.equal({
      en: 'This service is intended for all people aged 12 and over who require counselling services in the MyCity area. Ages 12 to 100.',
      fr: 'De 12 à 100 ans',
    });
    // The examples quote the number inside the value; the extension is kept.
    expect(r.phones).to.deep.equal([{ number: '+44 1234 234567 ext. 100', kind: 'voice' }]);
    expect(r.website).to.equal('http://example.com/counselling');
    expect(r.email).to.equal('email@example.com');
    expect(r.hours).to.deep.equal([{ days: ['th', 'fr'], opens: '10:00', closes: '18:00' }]);
    expect(r.keywords).to.deep.equal({ en: ['MyCity Counselling Services'] });
    expect(r.updated).to.equal('2023-03-15T10:30:45.123Z');
    // Latitude 100 is impossible: dropped and reported; the postal address stands in for a physical one.
    expect(r.locations).to.have.length(1);
    const location = r.locations![0]!;
    expect(location).to.not.have.property('lat');
    expect(location.address).to.deep.equal({ street: '1-30 Main Street, MyVillage', city: 'MyCity', province: 'MyState', postalCode: 'ABC 1234', country: 'US' });
    expect(location.accessibility).to.deep.equal({
      en: 'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels. Switch hearing aid to T-coil to access the induction loop facility.',
    });
    expect(result.notes.map((n) => n.code)).to.have.members(['hsds-postal-address', 'hsds-bad-coordinates', 'hsds-unknown-parent']);
    expect(result.feed.categories).to.deep.equal([{ id: TERM_ID, name: { en: 'name' } }]);
    expect(result.feed.regions!.map((g) => g.id)).to.deep.equal(['381c64f1-a724-4884-9c21-ac96c21cca3e']);
  });

  it('joins the tabular package by ids into the same resource', () => {
    const nested = importHsds(join(hsdsFixtures, 'service_full.json')).feed.resources[0]!;
    const tabular = importHsds(join(hsdsFixtures, 'csv'));
    const r = tabular.feed.resources[0]!;
    for (const field of ['name', 'organization', 'description', 'languages', 'cost', 'fees', 'eligibility', 'phones', 'website', 'locations', 'hours', 'updated'] as const) {
      expect(r[field], field).to.deep.equal(nested[field]);
    }
    // In the CSV example the attribute links to another entity, so the service has no term.
    expect(r.categories).to.deep.equal(['uncategorized']);
    expect(tabular.feed.categories!.map((c) => c.id)).to.deep.equal([TERM_ID, 'uncategorized']);
    const dropped = tabular.notes.find((n) => n.code === 'hsds-no-category')!;
    expect([dropped.file, dropped.line]).to.deep.equal(['services.csv', 2]);
    // The fixture's datapackage.json is a symbolic-link stub: the standard names are used.
    expect(tabular.notes.map((n) => n.code)).to.include('hsds-datapackage');
  });

  it('turns taxonomy terms into categories', () => {
    const result = importHsds(join(hsdsFixtures, 'taxonomy_term_list.json'));
    expect(result.feed.categories).to.deep.equal([{ id: TERM_ID, name: { en: 'name' } }]);
    expect(result.notes.map((n) => n.code)).to.deep.equal(['hsds-no-services', 'hsds-unknown-parent']);
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

  it('maps only the weekly RRULE subset of schedules', () => {
    expect(scheduleToHours({ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '08:30', closes_at: '16:00:00' })).to.deep.equal({ hours: { days: ['mo', 'tu'], opens: '08:30', closes: '16:00' } });
    expect(scheduleToHours({ freq: 'WEEKLY', interval: 2, byday: 'MO', opens_at: '08:30', closes_at: '16:00' })).to.deep.equal({ dropped: 'every 2 weeks' });
    expect(scheduleToHours({ freq: 'WEEKLY', byday: 'MO' })).to.deep.equal({ dropped: 'no opens_at/closes_at' });
    expect(scheduleToHours({ freq: 'WEEKLY', byday: '1MO', opens_at: '08:30', closes_at: '16:00' })).to.deep.equal({ dropped: 'byday "1MO"' });
  });
});
