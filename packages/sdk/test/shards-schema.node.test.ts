// The published shard manifest schema is generated from the reader's check, and agrees with it.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { FeedError, readShardManifest } from '@repere/sdk';
import { shardsJsonSchema } from '../scripts/shards-json-schema.js';

const committed = JSON.parse(readFileSync(new URL('../schema/shards.schema.json', import.meta.url), 'utf8'));

describe('shards.schema.json', () => {
  it('is the schema generated from the reader\'s check (run `npm run build` if not)', () => {
    expect(committed).to.deep.equal(shardsJsonSchema());
  });

  it('accepts and refuses the same manifests as readShardManifest', () => {
    const check = new Ajv2020({ strict: false }).compile(committed);
    const feed = { format: 'repere-feed', version: 1, title: 'Bottin', defaultLocale: 'fr', timezone: 'America/Toronto', categories: [], regions: [{ id: 'estrie', name: 'Estrie' }] };
    const shard = { region: 'estrie', file: 'estrie.0123456789ab.json', sha256: 'a'.repeat(64), bytes: 120, records: 2, bbox: [45, -72.3, 45.8, -70.9] };
    const good = { format: 'repere-shards', version: 1, feed, records: 2, everywhere: 0, shards: [shard] };
    const bad = [
      { ...good, shards: [] },
      { ...good, shards: [{ ...shard, file: 'https://elsewhere.example.org/estrie.json' }] },
      { ...good, shards: [{ ...shard, file: '../estrie.json' }] },
      { ...good, shards: [{ ...shard, sha256: 'A'.repeat(64) }] },
      { ...good, shards: [{ ...shard, records: -1 }] },
      { ...good, feed: { ...feed, timezone: '' } },
      { ...good, version: 2 },
    ];
    expect(check(good)).to.equal(true);
    expect(readShardManifest(good)).to.deep.equal(good);
    for (const b of bad) {
      expect(check(b), JSON.stringify(b)).to.equal(false);
      expect(() => readShardManifest(b), JSON.stringify(b)).to.throw(FeedError);
    }
  });
});
