import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { Ajv } from 'ajv';
import { validateFeed } from '@repere/sdk';
import { feedToHsds, hsdsId } from '../src/export/hsds.js';
import { importHsds } from '../src/hsds/import.js';
import { run, sharedHsds, tempDir } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A small bilingual feed with what HSDS can carry: hours to midnight, a fax, a sub-category, a hidden shelter, a free service. */
const FEED = {
  format: 'repere-feed',
  version: 1,
  title: { fr: 'Ressources de Riverside', en: 'Riverside resources' },
  defaultLocale: 'fr',
  timezone: 'America/Toronto',
  categories: [
    { id: 'besoins', name: { fr: 'Besoins de base', en: 'Basic needs' } },
    { id: 'alimentation', name: { fr: 'Alimentation', en: 'Food' }, parent: 'besoins' },
    { id: 'hebergement', name: { fr: 'Hébergement', en: 'Shelter' } },
  ],
  regions: [{ id: 'riverside', name: { fr: 'Riverside', en: 'Riverside' } }],
  resources: [
    {
      id: 'popote',
      name: { fr: 'Popote roulante', en: 'Meals on wheels' },
      organization: { fr: 'Entraide Riverside', en: 'Riverside Mutual Aid' },
      description: { fr: 'Repas livrés à domicile.', en: 'Meals delivered at home.' },
      categories: ['alimentation'],
      regions: ['riverside'],
      languages: ['fr', 'en'],
      cost: 'free',
      phones: [{ number: '418-555-0142', label: { fr: 'Inscriptions', en: 'Sign-up' } }, { number: '418-555-0143', kind: 'fax' }],
      website: 'https://popote.example.org/',
      email: 'popote@example.org',
      locations: [{ name: { fr: 'Centre communautaire' }, address: { street: '12 rue Exemple', city: 'Riverside', province: 'QC', postalCode: 'G0R 1Z0', country: 'CA' }, lat: 47.37, lon: -70.03 }],
      hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '24:00' }],
      hoursNote: { fr: 'Fermé les jours fériés.' },
      updated: '2026-09-01',
    },
    {
      id: 'refuge',
      name: { fr: 'Maison d’hébergement' },
      categories: ['hebergement'],
      regions: ['riverside'],
      phones: [{ number: '418-555-0199', kind: 'crisis' }],
      locations: [{ address: { city: 'Riverside', street: '1 rue Secrète' }, lat: 47.1, lon: -70.1, confidential: true }],
    },
  ],
};

describe('repere export hsds', () => {
  const feed = validateFeed(FEED);
  const { services, taxonomyTerms } = feedToHsds(feed);

  it('derives stable version 5 UUIDs from the Repère ids', () => {
    // The same name always gives the same id, as RFC 9562 computes it (checked against Python's uuid.uuid5).
    expect(hsdsId('resource:popote')).to.equal('f07e6863-bf53-51da-b4d2-dd214cca0bc6');
    const ids: string[] = [];
    JSON.stringify({ services, taxonomyTerms }, (key, value) => {
      if (/(^|_)id$/.test(key)) ids.push(value);
      return value;
    });
    expect(ids.length).to.be.above(20);
    for (const id of ids) expect(id).to.match(UUID);
  });

  it('writes each resource as a full service with its organization, phones, schedules, place and terms', () => {
    const popote = services[0] as Record<string, any>;
    expect(popote).to.include({ name: 'Popote roulante', description: 'Repas livrés à domicile.', status: 'active', url: 'https://popote.example.org/', email: 'popote@example.org', last_modified: '2026-09-01T00:00:00Z' });
    expect(popote.organization).to.include({ name: 'Entraide Riverside' });
    expect(popote.phones.map((p: any) => [p.number, p.type, p.description])).to.deep.equal([['418-555-0142', 'voice', 'Inscriptions'], ['418-555-0143', 'fax', undefined]]);
    // The feed's 24:00 is HSDS midnight; the note on hours becomes a schedule description.
    expect(popote.schedules.map((s: any) => [s.freq, s.byday, s.opens_at, s.closes_at, s.description])).to.deep.equal([
      ['WEEKLY', 'MO,TU,WE,TH,FR', '09:00', '00:00', undefined],
      [undefined, undefined, undefined, undefined, 'Fermé les jours fériés.'],
    ]);
    expect(popote.service_at_locations[0].location.addresses[0]).to.include({ address_1: '12 rue Exemple', city: 'Riverside', state_province: 'QC', postal_code: 'G0R 1Z0', country: 'CA', address_type: 'physical' });
    expect(popote.attributes.map((a: any) => [a.taxonomy_term.code, a.taxonomy_term.name])).to.deep.equal([['alimentation', 'Alimentation']]);
    expect(popote.cost_options.map((c: any) => c.amount)).to.deep.equal([0]);
    expect(taxonomyTerms.find((t: any) => t.code === 'alimentation')!.parent_id).to.equal(hsdsId('category:besoins'));
  });

  it('never gives away a confidential place', () => {
    const location = (services[1] as any).service_at_locations[0].location;
    expect(location).to.not.have.any.keys('latitude', 'longitude');
    expect(location.addresses).to.deep.equal([]);
    expect(JSON.stringify(services[1])).to.not.include('Secrète');
  });

  it('takes the text in the language asked, else the default', () => {
    const english = feedToHsds(feed, 'en').services as any[];
    expect(english.map((s) => s.name)).to.deep.equal(['Meals on wheels', 'Maison d’hébergement']);
  });

  it('writes services.json and taxonomy_terms.json that import back to the same resources', async () => {
    const dir = tempDir();
    const input = join(dir, 'feed.json');
    writeFileSync(input, JSON.stringify(FEED));
    const out = join(dir, 'hsds');
    const { code, out: printed } = await run('export', 'hsds', input, '-o', out);
    expect(code).to.equal(0);
    expect(printed).to.equal(`Exported 2 service(s) and 3 taxonomy term(s) as HSDS 3.0 into ${out} (services.json, taxonomy_terms.json).\n`);
    expect(readdirSync(out).sort()).to.deep.equal(['services.json', 'taxonomy_terms.json']);
    const back = importHsds(join(out, 'services.json'), { defaultLocale: 'fr' });
    expect(back.rejected).to.equal(0);
    const popote = back.feed.resources[0]!;
    expect(popote.name).to.deep.equal({ fr: 'Popote roulante' });
    expect(popote.hours).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '24:00' }]);
    expect(popote.phones).to.deep.equal([{ number: '418-555-0142', kind: 'voice', label: { fr: 'Inscriptions' } }, { number: '418-555-0143', kind: 'fax' }]);
    expect(popote.cost).to.equal('free');
    expect(popote.locations![0]!.address).to.deep.equal({ street: '12 rue Exemple', city: 'Riverside', province: 'QC', postalCode: 'G0R 1Z0', country: 'CA' });
  });

  it('exits 2 with a bilingual message when the folder cannot be made, and writes nothing', async () => {
    const dir = tempDir();
    const input = join(dir, 'feed.json');
    writeFileSync(input, JSON.stringify(FEED));
    const blocker = join(dir, 'taken');
    writeFileSync(blocker, 'a file');
    const en = await run('export', 'hsds', input, '-o', blocker);
    expect(en.code).to.equal(2);
    expect(en.err).to.match(/could not be written .*taken/);
    const fr = await run('export', 'hsds', input, '-o', blocker, '--lang', 'fr');
    expect(fr.err).to.match(/n’a pas pu être écrit .*taken/);
    expect(readFileSync(blocker, 'utf8')).to.equal('a file');
  });

  describe('against the HSDS 3.0 JSON Schema (../shared, when present)', () => {
    const schemaDir = join(sharedHsds, 'schema');
    before(function () {
      if (!existsSync(schemaDir)) this.skip();
    });

    it('validates every exported service and taxonomy term', () => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      // The schema's formats, checked as HSDS means them (ajv-formats is not needed for four patterns).
      ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
      ajv.addFormat('uri', /^https?:\/\/\S+$/);
      ajv.addFormat('email', /^[^\s@]+@[^\s@]+$/);
      ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/);
      ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
      for (const file of readdirSync(schemaDir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
        ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, file), 'utf8')), file);
      }
      const service = ajv.getSchema('service.json')!;
      const term = ajv.getSchema('taxonomy_term.json')!;
      for (const s of services) expect(service(s), JSON.stringify(service.errors)).to.equal(true);
      for (const t of taxonomyTerms) expect(term(t), JSON.stringify(term.errors)).to.equal(true);
      // The schema is strict enough to notice: a service without a status is refused.
      expect(service({ ...services[0], status: undefined })).to.equal(false);
    });
  });
});
