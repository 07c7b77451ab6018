import { expect } from 'chai';
import { importAirs } from '../src/airs/import.js';
import { readCsv } from '../src/csv/read.js';

/** A synthetic export: per agency, one site and three programs (one of them excluded), in the common forms of hours. */
function largeExport(agencies: number): string {
  const header = 'ResourceAgencyNum,PublicName,TaxonomyLevelName,ParentAgencyNum,ConnectsToSiteNum,AgencyStatus,ExcludeFromWebsite,HoursOfOperation,Phone1Number,PhysicalAddress1,PhysicalCity,Latitude,Longitude,TaxonomyTerms,TaxonomyCodes';
  const hours = ['"7:30 am - 4:00 pm, Monday - Friday"', 'Mon-Fri 9-5', 'lun. au ven. 9 h à 17 h', 'Call for an appointment'];
  const lines = [header];
  for (let a = 0; a < agencies; a++) {
    const agency = 100000 + a * 10;
    const phone = `418-555-01${String(a % 100).padStart(2, '0')}`;
    lines.push(`${agency},Organisme ${a},Agency,,,Active,,,${phone},,,,,,`);
    lines.push(`${agency + 1},Site ${a},Site,${agency},,Active,,,,${a} rue Exemple,La Pocatière,47.36,-70.03,,`);
    for (let p = 2; p <= 4; p++) {
      const excluded = p === 4 ? 'Yes' : '';
      lines.push(`${agency + p},Programme ${a}-${p},Program,${agency},${agency + 1},Active,${excluded},${hours[(a + p) % 4]},,,,,,Food Pantries,BD-1800.2000`);
    }
  }
  return `${lines.join('\n')}\n`;
}

describe('211 export import at the size of a real directory', () => {
  it('imports a 20,000-row export, keeping every published program with its phone, place and hours', function () {
    this.timeout(60_000);
    const rows = 4000 * 5;
    const table = readCsv(new TextEncoder().encode(largeExport(4000)));
    expect(table.rows).to.have.length(rows);
    const result = importAirs(table);
    // Two published programs per agency; the excluded one is counted, agencies and sites are carried by their programs.
    expect(result.imported).to.equal(8000);
    expect(result.rejected).to.equal(0);
    expect(result.skipped).to.deep.equal({ inactive: 0, excluded: 4000 });
    const resources = result.feed.resources;
    expect(resources.every((r) => r.phones?.length === 1 && r.locations?.[0]?.lat === 47.36)).to.equal(true);
    // Three of the four hour forms are read; the fourth stays a note.
    expect(result.hours.structured + result.hours.note).to.equal(8000);
    expect(result.hours.structured).to.equal(6000);
    expect(result.feed.categories).to.deep.equal([{ id: 'food-pantries', name: { en: 'Food Pantries' }, codes: ['BD-1800.2000'] }]);
  });
});
