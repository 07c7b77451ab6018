// The fast path of validateFeed (compiled checks instead of valibot, one walk
// instead of cleaning then parsing) must change nothing but the time taken:
// these tests compare it with the full path on real, generated, broken and
// randomly damaged feeds. No timing is asserted here (see bench/).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { generateLargeFeed } from '../../../scripts/generate/large-feed.mjs';
import { cleanJson, isCleanJson, isCleanKey, isCleanString } from '../src/feed/clean.js';
import { compileFastCheck } from '../src/feed/fast-check.js';
import { ResourceSchema } from '../src/feed/schema.js';
import { validateFeed, validateFeedWithoutFastPath } from '../src/feed/validate.js';
import { feedOf, RESOURCES } from './support/feeds.js';

const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

const FEEDS: Record<string, () => Record<string, unknown>> = {
  demo: () => read('../../../examples/data/demo-feed.json'),
  generated: () => generateLargeFeed({ count: 2000, seed: 7 }) as Record<string, unknown>,
  hostile: () => read('../../widget/test/pages/hostile-feed.json'),
  'feed-tools valid': () => read('../../feed-tools/test/fixtures/feed-valid.json'),
  'feed-tools invalid': () => read('../../feed-tools/test/fixtures/feed-invalid.json'),
  'feed-tools missing required': () => read('../../feed-tools/test/fixtures/missing-required.json'),
  'test resources': () => JSON.parse(JSON.stringify(feedOf(RESOURCES))),
  'deeply nested values': () => deepFeed(),
  'seasonal hours': () => seasonalFeed(),
  'lists past their caps': () => longListsFeed(),
};

/** The test resources with seasons on their hours: valid, reversed, and dates that are not dates. */
function seasonalFeed(): Record<string, unknown> {
  const doc = JSON.parse(JSON.stringify(feedOf(RESOURCES))) as { resources: Record<string, unknown>[] };
  const saturday = { days: ['sa'], opens: '09:00', closes: '17:00' };
  doc.resources[0]!.hours = [{ ...saturday, validFrom: '2027-03-01', validTo: '2027-04-30' }];
  doc.resources[1]!.hours = [{ ...saturday, validFrom: '2027-04-30', validTo: '2027-03-01' }, { ...saturday, validTo: '2026-12-24' }];
  doc.resources[2]!.hours = [{ ...saturday, validFrom: '2027-02-30' }, { ...saturday, validTo: 'mars' }];
  return doc as unknown as Record<string, unknown>;
}

/** The test resources with lists longer than RECORD_LIST_CAPS allow: phones, locations, keywords. */
function longListsFeed(): Record<string, unknown> {
  const doc = JSON.parse(JSON.stringify(feedOf(RESOURCES))) as { resources: Record<string, unknown>[] };
  doc.resources[0]!.phones = Array.from({ length: 50 }, (_, i) => ({ number: `418 555-01${String(i).padStart(2, '0')}` }));
  doc.resources[1]!.locations = Array.from({ length: 150 }, (_, i) => ({ address: { city: `Ville ${i}` } }));
  doc.resources[2]!.keywords = { fr: Array.from({ length: 120 }, (_, i) => `mot${i}`), en: ['x'] };
  doc.resources[3]!.categories = Array.from({ length: 80 }, () => 'food');
  return doc as unknown as Record<string, unknown>;
}

/**
 * The test resources with values nested past what cleaning keeps: an
 * extension field 10,000 levels deep, one just under the limit, and a name
 * made of nested lists.
 */
function deepFeed(): Record<string, unknown> {
  const nest = (depth: number) => '['.repeat(depth) + '"x"' + ']'.repeat(depth);
  const doc = JSON.parse(JSON.stringify(feedOf(RESOURCES))) as { resources: Record<string, unknown>[] };
  doc.resources[0]!['x-deep'] = JSON.parse(nest(10_000));
  doc.resources[1]!['x-shallow'] = JSON.parse(nest(50));
  doc.resources[2]!.name = JSON.parse(`{"fr": ${nest(100)}}`);
  return doc as unknown as Record<string, unknown>;
}

const OPTIONS = [{}, { warnings: false }, { maxStringLength: 40 }, { warnings: false, maxStringLength: 12 }];

/** Both paths on a fresh copy each; the same output, the same problems, keys in the same order. */
function expectSamePaths(make: () => unknown, options: object, label: string): void {
  const run = (validate: typeof validateFeed) => {
    try {
      return validate(make(), options);
    } catch (error) {
      return { threw: String(error) };
    }
  };
  const fast = run(validateFeed);
  const full = run(validateFeedWithoutFastPath);
  expect(fast, label).to.deep.equal(full);
  expect(JSON.stringify(fast), label).to.equal(JSON.stringify(full));
}

/** A seeded generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Values a damaged or hostile feed might hold anywhere.
const ODD_VALUES: unknown[] = [
  null, 0, -91, 181, 45.5, true, false, '', ' ', '  padded  ', 'x', 'mo', 'xx', '24:00', '25:00', '2026-02-30', '2026-11-01',
  'Sante\u0301', 'a\u202Eb', 'zero\u200Bwidth', 'ctrl\u0007', 'line\nbreak', 'é'.repeat(30), 'tel:911', '+1 819 555-0199 poste 12',
  'javascript:alert(1)', '//evil.example', 'https://u:p@evil.example', 'example.org/aide', 'HTTPS://EXAMPLE.ORG', 'a@b.example',
  '/a@b.example', 'mailto:a@b.example?subject=x', 'fr', 'fr-CA', '1x', 'food', 'seniors', 'in-person', 'free', 'voice',
  [], {}, ['mo'], ['mo', 'mo'], ['food', 'food'], [''], [null], [{}], { fr: '' }, { fr: '  ' }, { 'en-CA': 'x' }, { '1x': 'y' },
  { fr: 'a', en: 'b' }, { fr: ['a', ' ', 'a'] }, { number: '911' }, { days: ['mo'], opens: '09:00', closes: '17:00' },
  { confidential: true, address: { city: 'Rimouski', street: '1 rue' }, lat: 48, lon: -68 }, { lat: 'x' },
  JSON.parse('{"__proto__": {"polluted": true}, "fr": "x"}'), JSON.parse('{"constructor": "x"}'),
];

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

/** A copy of a JSON value with one random change somewhere inside. */
function damage(value: unknown, rnd: () => number, depth = 0): unknown {
  if (Array.isArray(value)) {
    if (value.length === 0 || rnd() < 0.2) return [...value, clone(pick(rnd, ODD_VALUES))];
    const i = Math.floor(rnd() * value.length);
    return value.map((item, j) => (j === i ? damage(item, rnd, depth + 1) : item));
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    const roll = rnd();
    if (keys.length === 0 || roll < 0.1) return { ...value, [pick(rnd, ['extra', 'fr', 'en', 'name', 'cost', 'x-note'])]: clone(pick(rnd, ODD_VALUES)) };
    if (roll < 0.2) {
      // The same fields in another order.
      const shuffled = keys.map((key) => [rnd(), key] as const).sort((a, b) => a[0] - b[0]);
      return Object.fromEntries(shuffled.map(([, key]) => [key, (value as Record<string, unknown>)[key]]));
    }
    const key = pick(rnd, keys);
    if (roll < 0.3) {
      const { [key]: _dropped, ...rest } = value as Record<string, unknown>;
      return rest;
    }
    return { ...value, [key]: damage((value as Record<string, unknown>)[key], rnd, depth + 1) };
  }
  return depth > 0 && rnd() < 0.5 ? clone(pick(rnd, ODD_VALUES)) : clone(pick(rnd, ODD_VALUES));
}

function clone<T>(value: T): T {
  // JSON.parse keeps an own "__proto__" key, as a feed would have it.
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function records(): Record<string, unknown>[] {
  const demo = FEEDS.demo!().resources as Record<string, unknown>[];
  const generated = (FEEDS.generated!().resources as Record<string, unknown>[]).slice(0, 300);
  const hostile = FEEDS.hostile!().resources as Record<string, unknown>[];
  return [...demo, ...generated, ...hostile, ...(clone(RESOURCES) as unknown as Record<string, unknown>[])];
}

describe('validateFeed fast path', () => {
  it('compiles for the resource schema (else every record would take the slow path)', () => {
    expect(compileFastCheck(ResourceSchema)).to.be.a('function');
    expect(compileFastCheck(ResourceSchema, { text: (s) => isCleanString(s, 10_000), key: isCleanKey, json: (j) => isCleanJson(j, 10_000) })).to.be.a(
      'function',
    );
  });

  for (const [name, make] of Object.entries(FEEDS)) {
    it(`gives the same feed and problems as the full path: ${name}`, () => {
      for (const options of OPTIONS) expectSamePaths(make, options, `${name} ${JSON.stringify(options)}`);
    });
  }

  it('gives the same feed and problems for 600 randomly damaged records', function () {
    this.timeout(60_000);
    const rnd = random(20261123);
    const base = records();
    const feed = FEEDS.demo!();
    for (let round = 0; round < 30; round++) {
      const damaged = Array.from({ length: 20 }, () => {
        let record: unknown = pick(rnd, base);
        const times = 1 + Math.floor(rnd() * 3);
        for (let i = 0; i < times; i++) record = damage(record, rnd);
        return record;
      });
      const text = JSON.stringify({ ...feed, resources: damaged });
      for (const options of [{}, { warnings: false, maxStringLength: 40 }]) {
        expectSamePaths(() => JSON.parse(text), options, `round ${round} ${JSON.stringify(options)}`);
      }
    }
  });

  it('says yes to a record only when valibot does, and to a clean one only when cleaning changes nothing', function () {
    this.timeout(60_000);
    const valid = compileFastCheck(ResourceSchema)!;
    const clean = compileFastCheck(ResourceSchema, { text: (s) => isCleanString(s, 40), key: isCleanKey, json: (j) => isCleanJson(j, 40) })!;
    const rnd = random(7);
    const base = records();
    let yes = 0;
    for (let i = 0; i < 3000; i++) {
      const record = i < base.length ? base[i] : damage(pick(rnd, base), rnd);
      const parsed = v.safeParse(ResourceSchema, record);
      if (valid(record)) {
        yes++;
        expect(parsed.success, JSON.stringify(record)).to.equal(true);
      }
      if (clean(record)) {
        expect(valid(record)).to.equal(true);
        const cut: unknown[] = [];
        expect(cleanJson(record, 40, '$', cut as never)).to.equal(record);
        expect(cut).to.deep.equal([]);
      }
    }
    // The check is not vacuous: most real records take the fast path.
    expect(yes).to.be.greaterThan(base.length * 0.9);
  });

  it('leaves every valid record of the demo and generated feeds on the fast path', () => {
    const valid = compileFastCheck(ResourceSchema)!;
    for (const name of ['demo', 'generated']) {
      for (const record of FEEDS[name]!().resources as unknown[]) {
        expect(valid(record), `${name} ${(record as { id: string }).id}`).to.equal(v.safeParse(ResourceSchema, record).success);
      }
    }
  });
});
