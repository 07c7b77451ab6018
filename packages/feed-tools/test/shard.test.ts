// `repere pack --split region`: one shard per top-level region, each holding
// exactly what the finder shows for the places inside it, and a manifest a
// reader can trust (docs/feed-format.md, "Region shards").
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { expect } from 'chai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { chooseShards, createFinder, isResourceTable, readShardManifest, validateFeed, type ShardManifest } from '@repere/sdk';
import { splitFeed } from '../src/shard.js';
import { repoRoot, run, tempDir } from './helpers.js';
import { PROVINCE_HEADER, provinceRecord } from '../../sdk/test/support/province.js';

const schema = JSON.parse(readFileSync(join(repoRoot, 'packages/sdk/schema/shards.schema.json'), 'utf8'));

/** A small fictional province: two levels under Québec, a province-wide line, and records the finder skips. */
function province(): Record<string, unknown> {
  const record = provinceRecord;
  return {
    ...PROVINCE_HEADER,
    resources: [
      record('popote-kamouraska', 'Popote roulante du Kamouraska', ['kamouraska'], { locations: [{ address: { city: 'La Pocatière' }, lat: 47.37, lon: -70.03 }] }),
      record('cps-bsl', 'Centre de prévention du suicide du Bas-Saint-Laurent', ['bas-saint-laurent']),
      record('impots-gatineau', 'Clinique d’impôts de Gatineau', ['gatineau'], { locations: [{ address: { city: 'Gatineau' }, lat: 45.48, lon: -75.7 }] }),
      record('info-social', 'Info-Social 811'),
      record('tel-aines', 'Ligne Aide Abus Aînés', ['quebec']),
      record('deux-regions', 'Service de Kamouraska et de l’Estrie', ['kamouraska', 'estrie']),
      record('region-inconnue', 'Service d’une région inconnue', ['atlantide']),
      { id: 'sans-nom', categories: ['aide'], regions: ['estrie'] },
      'pas une fiche',
      record('popote-kamouraska', 'Doublon', ['estrie']),
      record('club-estrie', 'Club des aînés de l’Estrie', ['estrie']),
    ],
  };
}

/** Every record id the finder shows for a place. */
async function shown(feed: ReturnType<typeof validateFeed>, region: string): Promise<string[]> {
  const { items } = await createFinder(feed).search('', { filters: { regions: [region] }, limit: 1000 });
  return items.map((i) => i.resource.id).sort();
}

describe('repere pack --split region', () => {
  it('gives every place exactly the records the whole feed shows there, from the shards its manifest picks', async () => {
    for (const [name, document] of [['a small province', province()], ['the demo feed', JSON.parse(readFileSync(join(repoRoot, 'examples/data/demo-feed.json'), 'utf8'))]] as const) {
      const whole = validateFeed(document, { warnings: false });
      const { manifest, files } = splitFeed(document, whole);
      const byFile = new Map(files.map((f) => [f.name, validateFeed(JSON.parse(f.text), { warnings: false })]));
      for (const region of whole.regions.map((r) => r.id)) {
        const chosen = chooseShards(manifest, { regions: [region] });
        // Only a place above the shards' regions (the province) needs them all.
        if (whole.regions.find((r) => r.id === region)!.parent !== undefined) expect(chosen.length, `${name}: ${region}`).to.equal(1);
        const ids = new Set<string>();
        for (const s of chosen) for (const r of byFile.get(s.file)!.resources) ids.add(r.id);
        const joined = { ...whole, resources: whole.resources.filter((r) => ids.has(r.id)) };
        expect(await shown(joined, region), `${name}: ${region}`).to.deep.equal(await shown(whole, region));
      }
    }
  });

  it('puts a Kamouraska record in the Bas-Saint-Laurent shard only, and province-wide records in every shard', () => {
    const document = province();
    const { manifest, files, skipped } = splitFeed(document, validateFeed(document));
    expect(manifest.shards.map((s) => s.region)).to.deep.equal(['bas-saint-laurent', 'outaouais', 'estrie']);
    const ids = Object.fromEntries(files.map((f, i) => [manifest.shards[i]!.region, validateFeed(JSON.parse(f.text)).resources.map((r) => r.id)]));
    expect(ids['bas-saint-laurent']).to.have.members(['popote-kamouraska', 'cps-bsl', 'info-social', 'tel-aines', 'deux-regions', 'region-inconnue']);
    expect(ids.outaouais).to.have.members(['impots-gatineau', 'info-social', 'tel-aines', 'region-inconnue']);
    expect(ids.estrie).to.have.members(['club-estrie', 'info-social', 'tel-aines', 'deux-regions', 'region-inconnue']);
    // The nameless record, the entry that is no record and the duplicate id: the finder skips them, no shard carries them.
    expect(skipped).to.equal(3);
    expect(manifest.records).to.equal(8);
    expect(manifest.everywhere).to.equal(3);
    // Each shard is a feed in the table form, with the crisis lines every resident needs.
    for (const f of files) {
      const shard = JSON.parse(f.text);
      expect(isResourceTable(shard.resources)).to.equal(true);
      expect(validateFeed(shard).meta.crisis.map((c) => c.phone)).to.deep.equal(['911']);
    }
  });

  it('writes a manifest that the JSON Schema and the SDK accept, whose hashes and sizes are the files', async () => {
    const dir = join(tempDir(), 'bottin');
    const input = join(tempDir(), 'province.json');
    writeFileSync(input, JSON.stringify(province()));
    const { code, out } = await run('pack', input, '--split', 'region', '-o', dir);
    expect(code, out).to.equal(1); // the nameless record is an error in the feed, reported
    expect(out).to.match(/Split 8 record\(s\) into 3 region shards/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ShardManifest;
    const check = new Ajv2020({ strict: false }).compile(schema);
    expect(check(manifest), JSON.stringify(check.errors)).to.equal(true);
    expect(readShardManifest(manifest)).to.deep.equal(manifest);
    for (const s of manifest.shards) {
      const bytes = readFileSync(join(dir, s.file));
      expect(bytes.byteLength).to.equal(s.bytes);
      expect(createHash('sha256').update(bytes).digest('hex')).to.equal(s.sha256);
    }
    expect(readdirSync(dir).sort()).to.deep.equal(['manifest.json', ...manifest.shards.map((s) => s.file)].sort());
    const bad = { ...manifest, shards: [{ ...manifest.shards[0], sha256: 'abc' }] };
    expect(check(bad)).to.equal(false);
  });

  it('says it in French, with French typography', async () => {
    const document = province();
    document.resources = (document.resources as unknown[]).filter((r) => typeof r === 'object' && r !== null && 'name' in r && (r as { id: string }).id !== 'popote-kamouraska');
    const input = join(tempDir(), 'province.json');
    writeFileSync(input, JSON.stringify(document));
    const { code, out } = await run('pack', input, '--split', 'region', '-o', join(tempDir(), 'bottin'), '--lang', 'fr');
    expect(code, out).to.equal(0);
    expect(out).to.contain('fiche(s) découpée(s) en 3 tranches régionales').and.to.contain('manifest.json\u00a0: plus grosse tranche');
  });

  it('updates the folder of an earlier split: new shards, then the manifest; the previous shards stay for readers mid-load, older ones go', async () => {
    const dir = join(tempDir(), 'bottin');
    const input = join(tempDir(), 'province.json');
    const document = province();
    const names: string[][] = [];
    for (const title of ['Version 1', 'Version 2', 'Version 3']) {
      writeFileSync(input, JSON.stringify({ ...document, title }));
      await run('pack', input, '--split', 'region', '-o', dir);
      names.push((JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ShardManifest).shards.map((s) => s.file));
    }
    const present = readdirSync(dir);
    for (const file of [...names[1]!, ...names[2]!]) expect(present).to.include(file);
    for (const file of names[0]!) expect(present).not.to.include(file);
  });

  it('refuses a folder that holds other files, a feed with one region, and an unknown split, with exit code 2', async () => {
    const input = join(tempDir(), 'province.json');
    writeFileSync(input, JSON.stringify(province()));
    const foreign = tempDir();
    writeFileSync(join(foreign, 'index.html'), '<p>site</p>');
    const a = await run('pack', input, '--split', 'region', '-o', foreign, '--lang', 'fr');
    expect(a.code).to.equal(2);
    expect(a.err).to.contain('aucun manifeste de tranches');
    expect(readdirSync(foreign)).to.deep.equal(['index.html']);

    const single = join(tempDir(), 'single.json');
    writeFileSync(single, JSON.stringify({ ...province(), regions: [{ id: 'estrie', name: 'Estrie' }], resources: [] }));
    const out = join(tempDir(), 'out');
    const b = await run('pack', single, '--split', 'region', '-o', out);
    expect(b.code).to.equal(2);
    expect(b.err).to.contain('1 top-level region(s)');
    expect(existsSync(out)).to.equal(false);

    const c = await run('pack', input, '--split', 'category', '-o', out);
    expect(c.code).to.equal(2);
    expect(c.err).to.contain('--split takes "region"');
  });

  it('never leaves a half-written folder: a write that fails leaves nothing behind', async () => {
    const input = join(tempDir(), 'province.json');
    writeFileSync(input, JSON.stringify(province()));
    const parent = tempDir();
    // The output's parent is a file: the folder cannot be made.
    writeFileSync(join(parent, 'file'), 'x');
    const { code, err } = await run('pack', input, '--split', 'region', '-o', join(parent, 'file', 'bottin'));
    expect(code).to.equal(2);
    expect(err).to.contain('could not be written');
    expect(readdirSync(parent)).to.deep.equal(['file']);
  });
});
