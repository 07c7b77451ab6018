// The published needs batch schema is generated from the collector's check, and agrees with it.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { checkNeedsBatch } from '@repere/sdk';
import { needsJsonSchema } from '../scripts/needs-json-schema.js';

const committed = JSON.parse(readFileSync(new URL('../schema/needs-batch.schema.json', import.meta.url), 'utf8'));

describe('needs-batch.schema.json', () => {
  it('is the schema generated from the collector\'s check (run `npm run build` if not)', () => {
    expect(committed).to.deep.equal(needsJsonSchema());
  });

  it('accepts and refuses the same batches as checkNeedsBatch', () => {
    const ajv = new Ajv2020({ strict: false });
    const check = ajv.compile(committed);
    const search = { lang: 'fr', regions: ['kamouraska'], categories: ['food'], results: '0', distress: false, filters: ['region'], tokens: ['dentiste'] };
    const good = { format: 'repere-needs', version: 1, day: '2026-12-07', searches: [search] };
    const bad = [
      { ...good, ip: '203.0.113.9' },
      { ...good, searches: [{ ...search, tokens: ['Jean Tremblay'] }] },
      { ...good, searches: [{ ...search, near: { lat: 47.3, lon: -70 } }] },
      { ...good, version: 2 },
    ];
    expect(check(good)).to.equal(true);
    expect(checkNeedsBatch(good).ok).to.equal(true);
    for (const b of bad) {
      expect(check(b), JSON.stringify(b)).to.equal(false);
      expect(checkNeedsBatch(b).ok, JSON.stringify(b)).to.equal(false);
    }
  });
});
