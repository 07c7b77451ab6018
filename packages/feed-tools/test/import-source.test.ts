import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed, type ResourceInput } from '@repere/sdk';
import { csvShape, pathShape } from '../src/detect.js';
import { fixtures, run, tempDir } from './helpers.js';

const airs = join(fixtures, 'airs', 'export.csv');
const airsBase = join(fixtures, 'airs', 'base.json');
const sheet = join(fixtures, 'mapping', 'coalition.csv');
const mapping = join(fixtures, 'mapping', 'mapping.json');

describe('repere import: what it reads', () => {
  it('recognizes each known shape from the path and the header', () => {
    const dir = tempDir();
    const ohana = join(dir, 'ohana');
    mkdirSync(ohana);
    for (const file of ['organizations.csv', 'services.csv', 'regular_schedules.csv', 'taxonomy.csv']) writeFileSync(join(ohana, file), 'id\n');
    const tabular = join(dir, 'hsds3');
    mkdirSync(tabular);
    for (const file of ['services.csv', 'schedules.csv', 'taxonomy_terms.csv']) writeFileSync(join(tabular, file), 'id\n');
    expect(pathShape(ohana)).to.equal('hsds-1-tables');
    expect(pathShape(tabular)).to.equal('hsds-3-tables');
    expect(pathShape(join(tabular, 'datapackage.json'))).to.equal('hsds-3-tables');
    expect(pathShape(join(dir, 'services.json'))).to.equal('hsds-3-json');
    expect(pathShape('https://api.example.org/hsds')).to.equal('hsds-3-api');
    expect(pathShape(airs)).to.equal('csv');
    expect(csvShape({ columns: ['resourceagencynum', 'publicname', 'taxonomylevelname'] })).to.equal('airs-csv');
    expect(csvShape({ columns: ['id', 'name_fr', 'categories'] })).to.equal('repere-csv');
    expect(csvShape({ columns: ['nom', 'téléphone'] })).to.equal(undefined);
  });

  it('imports a 211 export given as "csv" and says what it read, in English and French', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const { code, out } = await run('import', 'csv', airs, '-o', output, '--base', airsBase);
    // Rows without a number or a name are rejected: exit 1, the others written.
    expect(code).to.equal(1);
    expect(out).to.include('Read as a 211 resource-database export (AIRS/iCarol style).');
    expect(out).to.include('Hours: 7 resource(s) with opening hours read from the text, 1 with the text kept as a note.');
    expect(out).to.include('line 16: No ResourceAgencyNum: the row was skipped.');
    expect(out).to.include('8 resource(s) imported, 3 rejected.');
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    expect(feed.resources).to.have.length(8);
    const fr = await run('import', airs, '-o', join(dir, 'fr.json'), '--lang', 'fr');
    expect(fr.out).to.include('Lu comme un export de base de ressources 211 (style AIRS/iCarol).');
    expect(fr.out).to.include('Horaires\u00a0: 7 fiche(s) avec des heures d’ouverture lues dans le texte, 1 avec le texte gardé en note.');
  });

  it('reports the format, skipped records and hours in --json', async () => {
    const dir = tempDir();
    const { out } = await run('import', airs, '-o', join(dir, 'feed.json'), '--json');
    const report = JSON.parse(out);
    expect(report.format).to.equal('airs-csv');
    expect(report.skipped).to.deep.equal({ inactive: 2, excluded: 1 });
    expect(report.hours).to.deep.equal({ structured: 7, note: 1 });
    expect(report.imported).to.equal(8);
  });

  it('reads HSDS 1.x/2.0 tables without being told, and says so in English and French', async () => {
    const dir = tempDir();
    const en = await run('import', join(fixtures, 'hsds-1'), '-o', join(dir, 'feed.json'));
    expect(en.out).to.include('Read as HSDS 1.x/2.0 tables (Ohana style).');
    expect(JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8')).resources.length).to.be.greaterThan(0);
    const fr = await run('import', join(fixtures, 'hsds-1'), '-o', join(dir, 'fr.json'), '--lang', 'fr', '--json');
    expect(JSON.parse(fr.out).format).to.equal('hsds-1-tables');
    const tabular = await run('import', join(fixtures, 'hsds-3.0', 'csv'), '-o', join(dir, 'v3.json'), '--lang', 'fr');
    expect(tabular.out).to.include('Lu comme des tables HSDS 3 (forme tabulaire).');
  });

  it('tells how to map a spreadsheet that is neither the template nor a 211 export', async () => {
    const { code, err } = await run('import', 'csv', sheet, '-o', join(tempDir(), 'feed.json'));
    expect(code).to.equal(2);
    expect(err).to.include('--suggest-map');
  });
});

describe('repere import csv --map and --suggest-map', () => {
  it('suggests a mapping from French header names, with the values to translate matched to the base feed', async () => {
    const { code, out } = await run('import', 'csv', '--suggest-map', sheet, '--base', airsBase);
    expect(code).to.equal(0);
    const suggested = JSON.parse(out);
    expect(suggested.columns).to.deep.equal({
      'Nom du service': 'name',
      "Nom de l'organisme": 'organization',
      'Type de service': 'categories',
      'Territoire desservi': 'regions',
      'Téléphone principal': 'phone',
      Courriel: 'email',
      'Site Web': 'website',
      Adresse: 'address',
      Ville: 'city',
      'Code postal': 'postal_code',
      Horaire: 'hours',
      'Coût': 'cost',
      'Notes internes': null,
    });
    expect(suggested.values.regions).to.deep.equal({ Kamouraska: 'kamouraska', 'Rivière-du-Loup': 'riviere-du-loup' });
    expect(suggested.values.categories).to.deep.equal({ 'Banque alimentaire': 'Banque alimentaire', Popote: 'Popote' });
  });

  it('reads English headers and language marks', async () => {
    const dir = tempDir();
    const file = join(dir, 'sheet.csv');
    writeFileSync(file, 'Service Name (EN),Nom FR,Phone Number,E-mail,Opening hours,Postal Code,Website\nA,B,418-555-0100,a@example.org,Mon-Fri 9-5,G0R 1Z0,example.org\n');
    const suggested = JSON.parse((await run('import', 'csv', file, '--suggest-map')).out);
    expect(suggested.columns).to.deep.equal({
      'Service Name (EN)': 'name_en',
      'Nom FR': 'name_fr',
      'Phone Number': 'phone',
      'E-mail': 'email',
      'Opening hours': 'hours',
      'Postal Code': 'postal_code',
      Website: 'website',
    });
  });

  it('imports a spreadsheet through a mapping: columns renamed, values translated, fixed values, ids made from names, hours read', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const { code, out } = await run('import', 'csv', sheet, '--map', mapping, '--base', airsBase, '-o', output);
    expect(out).to.include('Read as a spreadsheet read through a mapping.');
    expect(out).to.include('line 5: No name (name_fr or name_en): the row was skipped.');
    expect(code).to.equal(1);
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    const [first, second, third] = feed.resources as ResourceInput[];
    expect(first).to.deep.include({
      id: 'depannage-alimentaire',
      name: { fr: 'Dépannage alimentaire' },
      organization: { fr: 'Entraide Exemple' },
      categories: ['food-banks'],
      regions: ['kamouraska'],
      languages: ['fr'],
      cost: 'free',
      phones: [{ number: '418-555-0160' }],
      email: 'depannage@example.org',
      website: 'https://example.org/depannage',
      locations: [{ address: { street: '10, rue Exemple', city: 'La Pocatière', province: 'QC', postalCode: 'G0R 1Z0' } }],
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' }],
    });
    expect(second).to.deep.include({ id: 'popote-roulante', categories: ['meals-on-wheels'], cost: 'low-cost', hoursNote: { fr: 'Sur appel' } });
    expect(second!.hours).to.equal(undefined);
    expect(third).to.deep.include({ id: 'depannage-alimentaire-2', regions: ['riviere-du-loup'], hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] });
    expect(validateFeed(feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('refuses an unusable mapping with a clear message, exit 2', async () => {
    const dir = tempDir();
    const bad = join(dir, 'map.json');
    writeFileSync(bad, JSON.stringify({ columns: { Nom: 'nom_du_service' } }));
    const { code, err } = await run('import', 'csv', sheet, '--map', bad, '-o', join(dir, 'feed.json'), '--lang', 'fr');
    expect(code).to.equal(2);
    expect(err).to.include(`La correspondance «\u00a0${bad}\u00a0» est inutilisable\u00a0: "Nom" → "nom_du_service" is not a template column.`);
    expect(existsSync(join(dir, 'feed.json'))).to.equal(false);
  });
});
