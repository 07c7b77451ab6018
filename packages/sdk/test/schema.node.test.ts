// The published JSON Schema, the validator and the types come from one source;
// these tests prove the committed schema is current and agrees with the validator.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { validateFeed } from '@repere/sdk';
import { feedJsonSchema } from '../scripts/feed-json-schema.js';
import { feedOf, RESOURCES } from './support/feeds.js';

const committed = JSON.parse(readFileSync(new URL('../schema/feed.schema.json', import.meta.url), 'utf8'));
const demo = JSON.parse(readFileSync(new URL('../../../examples/data/demo-feed.json', import.meta.url), 'utf8'));

describe('feed.schema.json', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const check = ajv.compile(committed);

  it('is the schema generated from the validator source (run `npm run build` if not)', () => {
    expect(committed).to.deep.equal(feedJsonSchema());
  });

  it('accepts the demo feed and the test feed, as the validator does', () => {
    expect(check(demo), JSON.stringify(check.errors?.slice(0, 3))).to.equal(true);
    expect(check(feedOf(RESOURCES))).to.equal(true);
    expect(validateFeed(demo).problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
  });

  it('accepts resources in the table form, and refuses a table without rows as the validator does', () => {
    const table = { ...feedOf([]), resources: { columns: ['id', 'name', 'categories'], shared: { categories: [['food']] }, rows: [['a', 'Popote', 0]] } };
    expect(check(table), JSON.stringify(check.errors?.slice(0, 3))).to.equal(true);
    expect(validateFeed(table).resources.map((r) => r.categories)).to.deep.equal([['food']]);
    const noRows = { ...feedOf([]), resources: { columns: ['id', 'name', 'categories'] } };
    expect(check(noRows)).to.equal(false);
    expect(() => validateFeed(noRows)).to.throw(/rows/);
    const twice = { ...feedOf([]), resources: { columns: ['id', 'name', 'name'], rows: [] } };
    expect(check(twice)).to.equal(false);
    expect(() => validateFeed(twice)).to.throw(/twice/);
  });

  it('rejects what the validator reports as errors', () => {
    const broken = [
      feedOf([{ id: 'a', categories: ['food'] }]), // no name
      feedOf([{ id: 'a', name: 'A', categories: ['food'], cost: 'cheap' }]),
      feedOf([{ id: 'a', name: 'A', categories: ['food'], hours: [{ days: ['mo'], opens: '9h', closes: '17:00' }] }]),
      { ...feedOf([]), version: 2 },
    ];
    for (const doc of broken) {
      expect(check(doc), JSON.stringify(doc).slice(0, 120)).to.equal(false);
      let reported: boolean;
      try {
        reported = validateFeed(doc).problems.some((p) => p.severity === 'error');
      } catch {
        reported = true;
      }
      expect(reported).to.equal(true);
    }
  });
});
