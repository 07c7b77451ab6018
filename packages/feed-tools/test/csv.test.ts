import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed } from '@repere/sdk';
import { importCsv } from '../src/csv/import.js';
import { readCsv } from '../src/csv/read.js';
import { formatNote, ToolError } from '../src/notes.js';
import { fixtures } from './helpers.js';

const NOW = new Date('2026-11-01T12:00:00Z');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('CSV import', () => {
  it('imports the documented columns, with multi-line cells and bilingual text', () => {
    const result = importCsv(readFileSync(join(fixtures, 'good.csv')), { now: NOW, title: 'Test' });
    expect(result.imported).to.equal(2);
    expect(result.rejected).to.equal(0);
    const [popote, halte] = result.feed.resources;
    expect(popote).to.deep.equal({
      id: 'popote-1',
      name: { fr: 'Popote roulante du quartier', en: 'Neighbourhood meals on wheels' },
      description: { fr: 'Repas livrés\naux aînés', en: 'Meals delivered to seniors' },
      categories: ['alimentation'],
      regions: ['montreal'],
      languages: ['fr', 'en'],
      phones: [{ number: '514-555-0101' }],
      website: 'https://example.org/popote',
      locations: [{ address: { street: '123 rue Exemple', city: 'Montréal', postalCode: 'H2X 1Y1' } }],
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' }],
    });
    expect(halte!.categories).to.deep.equal(['famille', 'enfance']);
    expect(halte!.hours).to.deep.equal([
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '12:00' },
      { days: ['sa'], opens: '10:00', closes: '14:00' },
    ]);
    // Categories and regions are created from their ids, named by the id made readable.
    expect(result.feed.categories).to.deep.equal([
      { id: 'alimentation', name: { fr: 'Alimentation' } },
      { id: 'famille', name: { fr: 'Famille' } },
      { id: 'enfance', name: { fr: 'Enfance' } },
    ]);
    expect(result.feed.title).to.deep.equal({ fr: 'Test' });
    expect(result.feed.updated).to.equal('2026-11-01T12:00:00Z');
    const feed = validateFeed(result.feed);
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.resources).to.have.length(2);
  });

  it('reports each bad row with its physical line and imports the good ones', () => {
    const result = importCsv(readFileSync(join(fixtures, 'broken.csv')));
    expect(result.delimiter).to.equal(';');
    expect(result.feed.resources.map((r) => r.id)).to.deep.equal(['ok-1', 'ok-2', 'ok-3']);
    expect(result.rejected).to.equal(4);
    const errors = result.notes.filter((n) => n.severity === 'error').map((n) => [n.line, n.code]);
    expect(errors).to.deep.equal([
      [3, 'row-no-id'],
      [6, 'row-bad-hours'],
      [7, 'row-duplicate-id'],
      [8, 'row-no-name'],
    ]);
    const duplicate = result.notes.find((n) => n.code === 'row-duplicate-id')!;
    expect(formatNote(duplicate)).to.equal('line 7: The id "ok-1" is already used on line 2; the row was skipped.');
    expect(formatNote(duplicate, 'fr')).to.equal("ligne 7 : L’identifiant « ok-1 » est déjà utilisé à la ligne 2 ; la ligne a été ignorée.");
    const hours = result.notes.find((n) => n.code === 'row-bad-hours')!;
    expect(formatNote(hours, 'fr')).to.equal("ligne 6 : L’horaire « lun-ven le matin » est illisible (« ven le matin » n’est pas un jour) ; la ligne a été ignorée.");
    // The unsafe website of the multi-line row (lines 4-5) is dropped, the row kept.
    const unsafe = result.notes.find((n) => n.code === 'bad-url')!;
    expect([unsafe.line, unsafe.id, unsafe.severity]).to.deep.equal([4, 'ok-2', 'warning']);
    expect(result.feed.resources[1]).to.not.have.property('website');
    expect(result.feed.resources[2]!.hours).to.deep.equal([{ days: ['fr', 'sa'], opens: '20:00', closes: '02:00' }]);
  });

  it('reads Windows-1252 (Excel on Windows) and says so', () => {
    const header = Buffer.from('id;name_fr;categories\r\n', 'latin1');
    const row = Buffer.from([...Buffer.from('cafe-1;Caf', 'latin1'), 0xe9, ...Buffer.from(' des a', 'latin1'), 0xee, ...Buffer.from('n', 'latin1'), 0xe9, ...Buffer.from('s;alimentation\r\n', 'latin1')]);
    const result = importCsv(Buffer.concat([header, row]));
    expect(result.encoding).to.equal('windows-1252');
    expect(result.feed.resources[0]!.name).to.deep.equal({ fr: 'Café des aînés' });
    expect(result.notes.map((n) => n.code)).to.include('csv-encoding');
  });

  it('strips a UTF-8 byte-order mark so the first column is still "id"', () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('id,name_en,categories\nx1,Clinic,health\n')]);
    const result = importCsv(bom, { defaultLocale: 'en' });
    expect(result.encoding).to.equal('utf-8');
    expect(result.feed.resources.map((r) => r.id)).to.deep.equal(['x1']);
  });

  it('reuses the categories and regions of a base feed, by id or by name', () => {
    const base = JSON.parse(readFileSync(join(fixtures, 'feed-valid.json'), 'utf8'));
    const csv = 'id,name_fr,categories,regions\na1,Comptoir,Alimentation,Ville de Québec\na2,Friperie,vetements,quebec\n';
    const result = importCsv(bytes(csv), { base });
    expect(result.feed.resources.map((r) => [r.categories, r.regions])).to.deep.equal([
      [['alimentation'], ['quebec']],
      [['vetements'], ['quebec']],
    ]);
    expect(result.feed.categories.map((c) => c.id)).to.deep.equal(['alimentation', 'logement', 'vetements']);
    expect(result.notes.filter((n) => n.code === 'category-created').map((n) => [n.line, n.params.id])).to.deep.equal([[3, 'vetements']]);
    expect(result.feed.title).to.deep.equal({ fr: 'Ressources de Québec', en: 'Québec resources' });
  });

  it('maps French vocabulary and reports unknown values without losing the row', () => {
    const csv = 'id,name_fr,categories,audiences,delivery,cost,lat,lon,confidential\nb1,Refuge,hebergement,aînés;femmes;martiens,en personne,gratuit,"46,81",-71.2,oui\n';
    const result = importCsv(bytes(csv));
    const r = result.feed.resources[0]!;
    expect(r.audiences).to.deep.equal(['seniors', 'women']);
    expect(r.delivery).to.deep.equal(['in-person']);
    expect(r.cost).to.equal('free');
    expect(r.locations).to.deep.equal([{ lat: 46.81, lon: -71.2, confidential: true }]);
    expect(result.notes.map((n) => [n.code, n.params.value])).to.deep.equal([['bad-value', 'martiens']]);
  });

  it('gives the row\'s hours the season of season_from / season_to, and warns of a date it cannot read', () => {
    const csv =
      'id,name_fr,categories,hours,season_from,season_to\n' +
      'impots,Clinique d’impôts,finances,sam 9:00-17:00,2027-03-01,2027-04-30\n' +
      'jardin,Jardin collectif,alimentation,"mer 18h-20h; sam 9h-12h",2027-05-15,\n' +
      'erreur,Comptoir,alimentation,lun 9:00-12:00,1er mars,\n';
    const result = importCsv(bytes(csv));
    const [impots, jardin, erreur] = result.feed.resources;
    expect(impots!.hours).to.deep.equal([{ days: ['sa'], opens: '09:00', closes: '17:00', validFrom: '2027-03-01', validTo: '2027-04-30' }]);
    expect(jardin!.hours).to.deep.equal([
      { days: ['we'], opens: '18:00', closes: '20:00', validFrom: '2027-05-15' },
      { days: ['sa'], opens: '09:00', closes: '12:00', validFrom: '2027-05-15' },
    ]);
    expect(erreur!.hours).to.deep.equal([{ days: ['mo'], opens: '09:00', closes: '12:00' }]);
    const bad = result.notes.find((n) => n.code === 'bad-date')!;
    expect(bad.params).to.include({ value: '1er mars', column: 'season_from' });
    expect(validateFeed(result.feed).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('refuses input that is not a CSV with a header and an id column', () => {
    const code = (input: Uint8Array) => {
      try {
        importCsv(input);
        return 'no error';
      } catch (error) {
        return error instanceof ToolError ? error.code : String(error);
      }
    };
    expect(code(bytes(''))).to.equal('no-header');
    expect(code(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).to.equal('xlsx');
    expect(code(bytes('name_fr,categories\nA,b\n'))).to.equal('missing-column');
  });

  it('reports an unclosed quote on the line where its row starts', () => {
    const table = readCsv(bytes('id,name_fr\na,"ok"\nb,"never closed\nc,x\n'));
    expect(table.rows.map((r) => r.cells.id)).to.deep.equal(['a']);
    expect(table.badRows.map((r) => r.line)).to.deep.equal([3]);
  });
});
