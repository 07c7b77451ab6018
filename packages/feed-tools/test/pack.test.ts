// `repere pack` and packFeed(): the table form must give back the records it
// was made from (docs/feed-format.md, "The table form"), and the finder must
// read from it what it reads from the list.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed, type Feed, type FeedProblem } from '@repere/sdk';
import { generateLargeFeed } from '../../../scripts/generate/large-feed.mjs';
import { ToolError } from '../src/notes.js';
import { packFeed, type ResourceTable } from '../src/pack.js';
import { repoRoot } from './helpers.js';

type Doc = Record<string, unknown>;

const isRecord = (value: unknown): value is Doc => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The spec's reading of a table, written from the spec alone: the list it stands for. */
function expand(table: ResourceTable): Doc[] {
  return table.rows.map((row) => {
    const record: Doc = {};
    table.columns.forEach((name, i) => {
      const cell = row[i];
      if (cell === undefined || cell === null) return;
      const list = Object.hasOwn(table.shared, name) ? table.shared[name] : undefined;
      record[name] = list ? list[cell as number] : cell;
    });
    return record;
  });
}

const SKIPPED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** What packing must keep of a list: its objects, without the keys the finder never reads. */
function keptRecords(resources: readonly unknown[]): Doc[] {
  return resources.filter(isRecord).map((r) => Object.fromEntries(Object.entries(r).filter(([key]) => !SKIPPED_KEYS.has(key))));
}

const demoText = readFileSync(join(repoRoot, 'examples/data/demo-feed.json'), 'utf8');

/**
 * A feed written to be awkward: nulls, fields missing here and there,
 * entries that are not records, extension fields, and keys that could set a
 * prototype (JSON.parse makes `__proto__` an own key).
 */
const hostileText = JSON.stringify({
  format: 'repere-feed',
  version: 1,
  title: 'Hostile',
  defaultLocale: 'fr',
  timezone: 'America/Toronto',
  categories: [{ id: 'food', name: 'Food' }],
  regions: [{ id: 'here', name: 'Here' }],
  resources: [
    { id: 'a', name: 'A', categories: ['food'], website: null, cost: 'free', 'x-note': 'kept' },
    'not a record',
    { id: 'b', name: { fr: 'B' }, categories: ['food'], regions: ['here'], 'x-note': 'kept', nested: { deep: [1, null, { x: null }] } },
    null,
    [1, 2],
    { id: 'c', categories: ['food'], cost: 'free', 'x-note': 'kept' },
    { name: 'No id', categories: ['food'], constructor: 'x', prototype: 1 },
    { id: 'd', name: 'D', categories: ['food', 'nope'], cost: 'cheap', email: 'x@example.org', hours: null },
  ],
}).replace('"nested":', '"__proto__":{"polluted":true},"nested":');

const feeds: Record<string, () => Doc> = {
  'the demo feed': () => JSON.parse(demoText),
  'a generated feed of 500 records': () => generateLargeFeed({ count: 500, seed: 1 }),
  'a hostile hand-made feed': () => JSON.parse(hostileText),
};

describe('packFeed', () => {
  for (const [name, make] of Object.entries(feeds)) {
    it(`loses nothing: ${name} expands back to the same records`, () => {
      const original = make();
      const before = JSON.stringify(original);
      const { feed, records, skipped } = packFeed(original);
      const table = feed.resources as ResourceTable;
      // Through JSON, as the finder will read it.
      const written = JSON.parse(JSON.stringify(table)) as ResourceTable;
      const list = original.resources as unknown[];
      expect(expand(written)).to.deep.equal(keptRecords(list));
      expect(records).to.equal(table.rows.length);
      expect(records + skipped).to.equal(list.length);
      expect(JSON.stringify(original), 'the input is left as it was').to.equal(before);
    });
  }

  it('keeps the header, its keys in their order, and only replaces resources', () => {
    const original = JSON.parse(demoText) as Doc;
    const { feed } = packFeed(original);
    expect(Object.keys(feed)).to.deep.equal(Object.keys(original));
    for (const key of Object.keys(original)) if (key !== 'resources') expect(feed[key]).to.deep.equal(original[key]);
  });

  it('leaves out entries that are not objects, and keys the finder never reads', () => {
    const { feed, records, skipped } = packFeed(JSON.parse(hostileText));
    expect([records, skipped]).to.deep.equal([5, 3]);
    const table = feed.resources as ResourceTable;
    expect(table.columns).to.not.include.members(['__proto__', 'constructor', 'prototype']);
    expect(table.columns).to.include.members(['x-note', 'nested']);
    expect(Object.getPrototypeOf(table.shared)).to.equal(Object.prototype);
  });

  it('lists the columns in the order first seen, and drops trailing absent cells', () => {
    const { feed } = packFeed({
      format: 'repere-feed',
      resources: [
        { id: 'a', name: 'A' },
        { name: 'B', id: 'b', phone: '1' },
        { id: 'c' },
        { website: 'https://c.example', id: 'd' },
      ],
    });
    const table = feed.resources as ResourceTable;
    expect(table.columns).to.deep.equal(['id', 'name', 'phone', 'website']);
    expect(table.rows).to.deep.equal([['a', 'A'], ['b', 'B', '1'], ['c'], ['d', null, null, 'https://c.example']]);
  });

  it('shares a column whose values repeat (at most half as many as the records that have it), or that holds null', () => {
    const resources = [
      // cost: 2 distinct in 4 → shared. name: 4 in 4 → not. lang: 1 in 2 → shared
      // (records without the field do not count). note: 2 in 3 → not.
      // extra: a single value once → not. website: unique, but one null → shared.
      { name: 'A', cost: 'free', lang: ['fr'], note: 'x', extra: 1, website: 'https://a.example' },
      { name: 'B', cost: 'fee', note: 'y', website: null },
      { name: 'C', cost: 'free', lang: ['fr'], note: 'x' },
      { name: 'D', cost: 'free', website: 'https://d.example' },
    ];
    const { feed, shared } = packFeed({ format: 'repere-feed', resources });
    const table = feed.resources as ResourceTable;
    expect(shared).to.deep.equal(['cost', 'lang', 'website']);
    expect(table.shared).to.deep.equal({ cost: ['free', 'fee'], lang: [['fr']], website: ['https://a.example', null, 'https://d.example'] });
    expect(table.columns).to.deep.equal(['name', 'cost', 'lang', 'note', 'extra', 'website']);
    expect(table.rows).to.deep.equal([
      ['A', 0, 0, 'x', 1, 0],
      ['B', 1, null, 'y', null, 1],
      ['C', 0, 0, 'x'],
      ['D', 0, null, null, null, 2],
    ]);
    expect(expand(table)).to.deep.equal(resources);
  });

  it('compares values by their JSON, so equal objects share one entry', () => {
    const hours = () => [{ days: ['mo'], opens: '09:00', closes: '12:00' }];
    const { feed } = packFeed({ format: 'repere-feed', resources: [{ hours: hours() }, { hours: hours() }, { hours: [] }, { hours: [] }] });
    const table = feed.resources as ResourceTable;
    expect(table.shared.hours).to.deep.equal([hours(), []]);
    expect(table.rows).to.deep.equal([[0], [0], [1], [1]]);
  });

  it('refuses what is not a feed in the list form, and says so apart when it is already a table', () => {
    const refusal = (document: unknown): string => {
      try {
        packFeed(document);
      } catch (error) {
        expect(error).to.be.instanceOf(ToolError);
        return `${(error as ToolError).code} ${(error as ToolError).params.reason ?? ''}`.trim();
      }
      throw new Error('not refused');
    };
    expect(refusal([])).to.equal('pack-not-feed object');
    expect(refusal('feed')).to.equal('pack-not-feed object');
    expect(refusal({ format: 'other', resources: [] })).to.equal('pack-not-feed format');
    expect(refusal({ format: 'repere-feed' })).to.equal('pack-not-feed resources');
    expect(refusal({ format: 'repere-feed', resources: { id: 'a' } })).to.equal('pack-not-feed resources');
    const packed = packFeed(JSON.parse(demoText)).feed;
    expect(refusal(packed)).to.equal('pack-already-table');
    expect(refusal({ format: 'repere-feed', resources: { rows: [] } })).to.equal('pack-already-table');
  });
});

/** A problem as the list form would name it: `$.resources.rows[i]` read as `$.resources[i]`. */
function asListProblem(problem: FeedProblem): FeedProblem {
  return JSON.parse(JSON.stringify(problem).replaceAll('$.resources.rows[', '$.resources['));
}

/**
 * The problems of the list form as the packed feed should have them: none
 * for the entries left out, and record indices counted without them.
 */
function problemsWithoutSkipped(feed: Feed, resources: readonly unknown[]): FeedProblem[] {
  const rowOf = new Map<number, number>();
  resources.forEach((entry, index) => {
    if (isRecord(entry)) rowOf.set(index, rowOf.size);
  });
  const out: FeedProblem[] = [];
  for (const problem of feed.problems) {
    const match = /^\$\.resources\[(\d+)\]/.exec(problem.path);
    if (!match) {
      out.push(problem);
      continue;
    }
    const row = rowOf.get(Number(match[1]));
    if (row === undefined) continue;
    const moved = JSON.stringify(problem).replaceAll(`$.resources[${match[1]}]`, `$.resources[${row}]`);
    out.push({ ...JSON.parse(moved), ...(problem.index !== undefined ? { index: row } : {}) });
  }
  return out;
}

describe('packFeed and the finder', () => {
  for (const [name, make] of Object.entries(feeds)) {
    it(`validates the same: ${name}, packed, gives the records, categories, regions, header and problems of the list`, () => {
      const original = make();
      const list = validateFeed(original);
      const table = validateFeed(JSON.parse(JSON.stringify(packFeed(original).feed)));
      expect(table.resources).to.deep.equal(list.resources);
      expect(table.categories).to.deep.equal(list.categories);
      expect(table.regions).to.deep.equal(list.regions);
      expect(table.meta).to.deep.equal(list.meta);
      expect(table.problems.map(asListProblem)).to.deep.equal(problemsWithoutSkipped(list, original.resources as unknown[]));
      if (table.problems.some((p) => p.path.startsWith('$.resources'))) {
        expect(table.problems.filter((p) => p.path.startsWith('$.resources')).every((p) => p.path.startsWith('$.resources.rows['))).to.equal(true);
      }
    });
  }
});
