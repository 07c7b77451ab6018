import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed, type ResourceInput } from '@repere/sdk';
import { importAirs } from '../src/airs/import.js';
import { readBaseFeed } from '../src/base.js';
import { readCsv } from '../src/csv/read.js';
import { formatNote } from '../src/notes.js';
import { fixtures } from './helpers.js';

const NOW = new Date('2026-11-01T12:00:00Z');
const exportCsv = join(fixtures, 'airs', 'export.csv');
const table = () => readCsv(readFileSync(exportCsv));
const byId = (resources: readonly ResourceInput[], id: string) => resources.find((r) => r.id === id)!;

describe('211 export import (AIRS / iCarol)', () => {
  const result = importAirs(table(), { now: NOW });
  const resources = result.feed.resources as ResourceInput[];

  it('makes each published program a resource, and agencies or sites without programs too', () => {
    expect(resources.map((r) => r.id)).to.deep.equal(['1010', '1011', '1013', '1014', '2010', '4000', '5010', '7001']);
    expect(result.imported).to.equal(8);
  });

  it('skips and counts inactive records, those excluded from the website, and the programs of an inactive agency', () => {
    expect(result.skipped).to.deep.equal({ inactive: 2, excluded: 1 });
    expect(resources.map((r) => r.id)).to.not.include.members(['1012', '3000', '3010']);
    const note = result.notes.find((n) => n.code === 'airs-skipped')!;
    expect(formatNote(note, 'en')).to.equal('2 inactive record(s) and 1 record(s) excluded from the website were skipped (with the programs of such agencies).');
    expect(formatNote(note, 'fr')).to.contain('2 fiche(s) inactive(s) et 1 fiche(s) exclue(s) du site Web');
  });

  it('rejects rows without a number, with a repeated number or without a name, naming their lines', () => {
    expect(result.rejected).to.equal(3);
    const errors = result.notes.filter((n) => n.severity === 'error').map((n) => [n.line, n.code]);
    expect(errors).to.deep.equal([
      [16, 'airs-no-num'],
      [17, 'row-duplicate-id'],
      [18, 'airs-no-name'],
    ]);
    expect(formatNote(result.notes.find((n) => n.code === 'airs-no-num')!, 'fr')).to.equal('ligne 16\u00a0: Pas de numéro (ResourceAgencyNum)\u00a0: la ligne a été ignorée.');
  });

  it("gives a program its agency's phones, website and name when it has none, and its sites' addresses", () => {
    const pantry = byId(resources, '1010');
    expect(pantry.name).to.deep.equal({ en: 'Comptoir alimentaire' });
    expect(pantry.organization).to.deep.equal({ en: "Centre d'entraide Exemple" });
    expect(pantry.phones).to.deep.equal([
      { number: '418-555-0100', label: { en: 'Accueil' } },
      { number: '1-800-555-0199', label: { en: 'Toll free', fr: 'Sans frais' } },
    ]);
    expect(pantry.website).to.equal('https://www.example.org/entraide');
    expect(pantry.email).to.equal('info@example.org');
    expect(pantry.locations).to.deep.equal([
      { name: { en: 'Point de service La Pocatière' }, address: { street: '12, avenue Exemple', city: 'La Pocatière', province: 'QC', postalCode: 'G0R 1Z0' }, lat: 47.3661, lon: -70.0345 },
      { name: { en: 'Point de service Saint-Pascal' }, address: { street: '5, rue Fictive', city: 'Saint-Pascal', province: 'QC', postalCode: 'G0L 3Y0' }, lat: 47.529, lon: -69.803 },
    ]);
    expect(pantry.hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '07:30', closes: '16:00' }]);
    expect(pantry.eligibility).to.deep.equal({ en: 'Residents of Kamouraska' });
    expect(pantry.cost).to.equal('free');
    expect(pantry.fees).to.deep.equal({ en: 'None' });
    expect(pantry.languages).to.deep.equal(['fr', 'en']);
    expect(pantry.updated).to.equal('2026-10-15');
  });

  it('keeps a program’s own phone rather than its agency’s', () => {
    expect(byId(resources, '1011').phones).to.deep.equal([{ number: '418-555-0111', label: { en: 'Ligne popote' } }]);
  });

  it('reads phones 1 to 5 with their names and types, toll free, TTY and fax', () => {
    expect(byId(resources, '4000').phones).to.deep.equal([
      { number: '418-555-0140', label: { en: 'Écoute' } },
      { number: '418-555-0141', kind: 'text', label: { en: 'Texto' } },
      { number: '418-555-0142', label: { en: 'Administration' } },
      { number: '418-555-0143', kind: 'fax', label: { en: 'Télécopieur' } },
      { number: '418-555-0144', label: { en: 'Ligne jeunesse' } },
      { number: '1-888-555-0145', label: { en: 'Toll free', fr: 'Sans frais' } },
    ]);
    expect(byId(resources, '2010').phones).to.deep.equal([{ number: '418-555-0120', label: { en: 'Ligne 24 h' } }, { number: '418-555-0121', kind: 'tty' }]);
  });

  it('keeps a private address confidential, so that the finder never shows it', () => {
    expect(byId(resources, '2010').locations).to.deep.equal([{ address: { city: 'Rivière-du-Loup', province: 'QC' }, confidential: true }]);
  });

  it('turns written hours into opening hours when certain, else keeps the text, and counts both', () => {
    expect(byId(resources, '1011').hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
    expect(byId(resources, '2010').hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }]);
    expect(byId(resources, '1013').hours).to.equal(undefined);
    expect(byId(resources, '1013').hoursNote).to.deep.equal({ en: 'By appointment only' });
    expect(byId(resources, '5010').hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th'], opens: '15:00', closes: '18:00' }]);
    expect(result.hours).to.deep.equal({ structured: 7, note: 1 });
  });

  it('drops unsafe websites, 0,0 coordinates and dangling links with a note, keeping the record', () => {
    // An unsafe website is dropped, not replaced by the agency's: the record's own is the one that failed.
    expect(byId(resources, '1013').website).to.equal(undefined);
    const warnings = result.notes.filter((n) => n.severity === 'warning').map((n) => [n.line, n.code, n.params.value]);
    expect(warnings).to.deep.include([8, 'bad-url', 'javascript:alert(1)']);
    expect(warnings).to.deep.include([15, 'airs-dangling', '5999']);
    expect(byId(resources, '5010').locations).to.deep.equal([{ address: { street: '3, rue Exemple', city: 'Saint-Pacôme', province: 'QC' } }]);
  });

  it('keeps taxonomy terms as categories with their codes', () => {
    expect(result.feed.categories).to.deep.include({ id: 'food-pantries', name: { en: 'Food Pantries' }, codes: ['BD-1800.2000'] });
    expect(byId(resources, '1014').categories).to.deep.equal(['food-preparation-classes', 'community-meals']);
    expect(result.feed.categories).to.deep.include({ id: 'community-meals', name: { en: 'Community Meals' }, codes: ['BD-5000.1500'] });
  });

  it('makes a feed the finder accepts', () => {
    const feed = validateFeed(result.feed);
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.resources).to.have.length(8);
  });

  describe('with a base feed', () => {
    const base = readBaseFeed(join(fixtures, 'airs', 'base.json'));
    const withBase = importAirs(table(), { now: NOW, base });
    const res = withBase.feed.resources as ResourceInput[];

    it('puts terms in the base category that lists their code, or an ancestor code, or their name', () => {
      expect(byId(res, '1010').categories).to.deep.equal(['food-banks']);
      expect(byId(res, '1011').categories).to.deep.equal(['meals-on-wheels']);
      expect(byId(res, '1014').categories).to.deep.equal(['food']);
      expect(byId(res, '2010').categories).to.deep.equal(['shelters']);
      expect(byId(res, '4000').categories).to.deep.equal(['crisis-lines']);
      expect(byId(res, '7001').categories).to.deep.equal(['youth-houses']);
    });

    it('reports the terms no base category takes, most frequent first', () => {
      const unmatched = withBase.notes.filter((n) => n.code === 'taxonomy-unmatched').map((n) => formatNote(n, 'en'));
      expect(unmatched).to.deep.equal([
        'The taxonomy term "Homework Help Programs" (HH-0500.3000), used 1 time(s), matches no category of the base feed.',
        'The taxonomy term "Medical Appointment Transportation" (BT-4500.6500-450), used 1 time(s), matches no category of the base feed.',
      ]);
    });

    it('gives regions from the coverage area where the base names them, else from the city', () => {
      expect(byId(res, '1010').regions).to.deep.equal(['kamouraska']);
      expect(byId(res, '2010').regions).to.deep.equal(['riviere-du-loup', 'kamouraska']);
      expect(byId(res, '4000').regions).to.deep.equal(['bas-saint-laurent']);
      expect(byId(res, '7001').regions).to.deep.equal(['saint-pascal']);
      expect(withBase.feed.regions.map((r) => r.id)).to.deep.equal(['bas-saint-laurent', 'kamouraska', 'riviere-du-loup', 'saint-pascal']);
    });

    it("writes text in the base feed's language", () => {
      expect(byId(res, '1010').name).to.deep.equal({ fr: 'Comptoir alimentaire' });
    });
  });
});

describe('211 export import: rows as exports really write them', () => {
  const csv = [
    'ResourceAgencyNum;PublicName;TaxonomyLevelName;ParentAgencyNum;AgencyStatus;ExcludeFromWebsite;Phone1Number;Phone1IsPrivate;Phone2Number;Latitude;Longitude;TaxonomyTerms;TaxonomyCodes',
    '10;Organisme A;Agency;;Actif;;418-555-0190;;;;;;',
    '11;Programme privé;Program;10;Actif;;418-555-0191;Yes;418-555-0192;;;Food Pantries;"BD-1800.2000; BD-1800.1900"',
    '12;Programme mal géocodé;Program;10;;;abc;;;95;-70;"Soup Kitchens; Meals";BD-5000.8300',
    '13;Programme fermé;Program;10;Inactif;;;;;;;;',
    '14;Programme retiré;Program;10;Active;1;;;;;;;',
    '15;Service inconnu;Service Area;10;;;;;;;;;',
  ].join('\n');
  const result = importAirs(readCsv(new TextEncoder().encode(csv)), { now: NOW, defaultLocale: 'fr' });
  const resources = result.feed.resources as ResourceInput[];

  it('reads a ;-separated export with French status words', () => {
    expect(resources.map((r) => r.id)).to.deep.equal(['11', '12', '15']);
    expect(result.skipped).to.deep.equal({ inactive: 1, excluded: 1 });
  });

  it('leaves private numbers out and keeps the others', () => {
    expect(byId(resources, '11').phones).to.deep.equal([{ number: '418-555-0192' }]);
  });

  it("drops a number that cannot be dialled and impossible coordinates with a note, then takes the agency's phone", () => {
    expect(byId(resources, '12').phones).to.deep.equal([{ number: '418-555-0190' }]);
    expect(byId(resources, '12').locations).to.equal(undefined);
    const warnings = result.notes.filter((n) => n.line === 4).map((n) => n.code);
    expect(warnings).to.include.members(['bad-phone', 'bad-coordinates']);
  });

  it('gives a term all the codes written beside it, and keeps codes that pair with no term on their own', () => {
    expect(byId(resources, '11').categories).to.deep.equal(['food-pantries']);
    expect(result.feed.categories).to.deep.include({ id: 'food-pantries', name: { fr: 'Food Pantries' }, codes: ['BD-1800.2000', 'BD-1800.1900'] });
    expect(byId(resources, '12').categories).to.deep.equal(['soup-kitchens', 'meals', 'bd-5000-8300']);
    expect(result.feed.categories).to.deep.include({ id: 'bd-5000-8300', name: { fr: 'BD-5000.8300' }, codes: ['BD-5000.8300'] });
  });

  it('reads an unknown level by its links and says so', () => {
    expect(byId(resources, '15').organization).to.deep.equal({ fr: 'Organisme A' });
    expect(formatNote(result.notes.find((n) => n.code === 'airs-level')!, 'en')).to.equal(
      'line 7: The TaxonomyLevelName "Service Area" is not Agency, Site or Program; the row was read by its links.',
    );
  });
});
