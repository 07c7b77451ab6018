import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { importHsds } from '../src/hsds/import.js';
import { importHsdsTables, isHsdsTablesFolder } from '../src/hsds/v1.js';
import { formatNote } from '../src/notes.js';
import { fixtures, hsdsFixtures, run, tempDir } from './helpers.js';

const OHANA = join(fixtures, 'hsds-1');

describe('HSDS 1.x/2.0 tables (Ohana style)', () => {
  const result = importHsdsTables(OHANA);
  const byId = Object.fromEntries(result.feed.resources.map((r) => [r.id, r]));

  it('tells the old tables from the 3.0 ones', () => {
    expect(isHsdsTablesFolder(OHANA)).to.equal(true);
    expect(isHsdsTablesFolder(join(hsdsFixtures, 'csv'))).to.equal(false);
    // An Ohana services.csv alone is recognised by its location_id and keywords columns.
    const dir = tempDir();
    writeFileSync(join(dir, 'services.csv'), 'id,location_id,name,keywords\ns1,l1,Food Bank,"food, meals"\n');
    expect(isHsdsTablesFolder(dir)).to.equal(true);
    expect(importHsds(dir).feed.resources[0]!.keywords).to.deep.equal({ en: ['food', 'meals'] });
  });

  it('gives a food bank its phones, address, hours, closed dates, keywords, languages and category', () => {
    expect(validateFeed(result.feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    const food = byId['svc-food']!;
    expect(food.phones).to.deep.equal([
      { number: '418-555-0101', kind: 'voice', label: { en: 'Reception' } },
      { number: '418-555-0104', kind: 'fax' },
    ]);
    expect(food.locations).to.deep.equal([
      {
        name: { en: 'Riverside Mutual Aid Centre' },
        address: { street: '12 Example Street, Door B', city: 'Riverside', province: 'QC', postalCode: 'G0R 1Z0', country: 'CA' },
        lat: 47.3712,
        lon: -70.0321,
      },
    ]);
    // One row per weekday; days with the same hours become one span.
    expect(food.hours).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' },
      { days: ['sa'], opens: '10:00', closes: '12:00' },
    ]);
    expect(food.closedDates).to.deep.equal(['2026-12-24', '2026-12-25', '2026-12-26']);
    expect(food.keywords).to.deep.equal({ en: ['Food Pantry', 'food bank', 'groceries', 'dépannage'] });
    // Language names become codes.
    expect(food.languages).to.deep.equal(['en', 'fr']);
    expect(food.categories).to.deep.equal(['101']);
    expect(food.eligibility).to.deep.equal({ en: 'Residents of Riverside' });
    expect(food.organization).to.deep.equal({ en: 'Riverside Mutual Aid Centre' });
    expect(result.feed.categories).to.deep.include({ id: '101', name: { en: 'Food' }, parent: '100' });
  });

  it('falls back on the location phone and hours, then the organization phone', () => {
    // The youth service has no phone or hours of its own: those of its location (linked through services_at_location).
    expect(byId['svc-youth']!.phones).to.deep.equal([{ number: '418 555-0102', kind: 'voice' }]);
    expect(byId['svc-youth']!.hours).to.deep.equal([{ days: ['tu'], opens: '13:00', closes: '20:00' }]);
    expect(byId['svc-youth']!.locations![0]!.address!.street).to.equal('40 Sample Road');
    // The tax clinic's only number cannot be dialled: the organization's main line is used.
    expect(byId['svc-tax']!.phones).to.deep.equal([{ number: '1 800 555-0103', kind: 'voice', label: { en: 'Main line' } }]);
    // Weekday 3 is Wednesday (ISO, Monday 1).
    expect(byId['svc-tax']!.hours).to.deep.equal([{ days: ['we'], opens: '09:00', closes: '12:00' }]);
  });

  it('names every row it could not use by file and line, in English and French', () => {
    expect(result.feed.resources.map((r) => r.id)).to.deep.equal(['svc-food', 'svc-tax', 'svc-youth']);
    const where = result.notes.map((n) => [n.code, n.file, n.line]);
    expect(where).to.deep.include.members([
      ['hsds-dangling', 'services_at_location.csv', 3],
      ['hsds-holiday-hours', 'holiday_schedules.csv', 3],
      ['hsds-bad-holiday', 'holiday_schedules.csv', 4],
      ['hsds-regular-schedule', 'regular_schedules.csv', 9],
      ['hsds-unknown-term', 'services.csv', 3],
      ['hsds-inactive', 'services.csv', 4],
      // The number that cannot be dialled is named on its own line of phones.csv.
      ['hsds-bad-phone', 'phones.csv', 6],
    ]);
    const weekday = result.notes.find((n) => n.code === 'hsds-regular-schedule')!;
    expect(formatNote(weekday)).to.equal('regular_schedules.csv line 9: This regular_schedules.csv row cannot be read as opening hours ("funday" is not a day); it was ignored.');
    expect(formatNote(weekday, 'fr')).to.match(/^regular_schedules\.csv ligne 9\u00a0: Cette ligne de regular_schedules\.csv ne peut pas être lue comme un horaire \(«\u00a0funday\u00a0» n’est pas un jour\)\u00a0; elle a été ignorée\.$/);
  });

  it('imports through `repere import hsds FOLDER`', async () => {
    const output = join(tempDir(), 'feed.json');
    const { code, out } = await run('import', 'hsds', OHANA, '-o', output, '--json');
    const report = JSON.parse(out);
    expect([report.imported, report.rejected, report.feed.valid]).to.deep.equal([3, 0, true]);
    // Warnings only: the feed is written and the import succeeds.
    expect(code).to.equal(0);
  });
});
