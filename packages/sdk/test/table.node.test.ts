// The table form of resources (docs/feed-format.md, "The table form"): the
// finder must read from a table exactly the records it reads from the list,
// and a broken table must cost no more than the broken part of it.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { generateLargeFeed } from '../../../scripts/generate/large-feed.mjs';
import { isFeedError } from '../src/errors.js';
import type { Feed, FeedProblem } from '../src/feed/model.js';
import { validateFeed } from '../src/feed/validate.js';
import { formatProblem } from '../src/feed/validate.js';
import { feedOf, RESOURCES } from './support/feeds.js';

type Doc = Record<string, unknown>;

const read = (path: string): Doc => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/**
 * A plain writer of the table form, from the spec rather than from
 * `repere pack`: columns in first-seen order, a column shared when it
 * repeats (or holds null), trailing absent cells dropped.
 */
function toTable(feed: Doc): Doc {
  const records = feed.resources as unknown[];
  const columns: string[] = [];
  for (const r of records) if (r && typeof r === 'object' && !Array.isArray(r)) for (const key of Object.keys(r)) if (!columns.includes(key)) columns.push(key);
  const shared: Record<string, unknown[]> = {};
  for (const column of columns) {
    const values = records.filter((r): r is Doc => !!r && typeof r === 'object' && column in r).map((r) => JSON.stringify(r[column]));
    const distinct = [...new Set(values)];
    if (distinct.length * 2 <= values.length || distinct.includes('null')) shared[column] = distinct.map((s) => JSON.parse(s));
  }
  const rows = records.map((r) => {
    if (!r || typeof r !== 'object' || Array.isArray(r)) return r;
    const row = columns.map((column) => {
      if (!(column in r)) return null;
      const value = (r as Doc)[column];
      return shared[column] ? shared[column]!.findIndex((s) => JSON.stringify(s) === JSON.stringify(value)) : value;
    });
    while (row.length && row[row.length - 1] === null) row.pop();
    return row;
  });
  return { ...feed, resources: { columns, shared, rows } };
}

/** A problem as the list form names it. */
const asListPath = (p: FeedProblem): FeedProblem => ({ ...p, path: p.path.replace(/^\$\.resources\.rows\[/, '$.resources['), ...(typeof p.params.field === 'string' ? { params: { ...p.params, field: p.params.field.replace(/^\$\.resources\.rows\[/, '$.resources[') } } : {}) });

function expectSameFeed(fromTable: Feed, fromList: Feed): void {
  expect(fromTable.resources).to.deep.equal(fromList.resources);
  expect(fromTable.categories).to.deep.equal(fromList.categories);
  expect(fromTable.regions).to.deep.equal(fromList.regions);
  expect(fromTable.meta).to.deep.equal(fromList.meta);
  expect(fromTable.problems.map(asListPath)).to.deep.equal(fromList.problems);
}

const header = (): Doc => {
  const { resources: _r, ...rest } = feedOf([]) as unknown as Doc;
  return rest;
};

function table(resources: Doc): Doc {
  return { ...header(), resources };
}

function formatError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isFeedError(error), String(error)).to.equal(true);
    expect((error as { code: string }).code).to.equal('format');
    return String((error as Error).message);
  }
  throw new Error('no FeedError was thrown');
}

describe('the table form of resources', () => {
  for (const [name, make] of Object.entries({
    'the demo feed': () => read('../../../examples/data/demo-feed.json'),
    'a generated 2,000-record feed': () => generateLargeFeed({ count: 2000, seed: 11 }) as Doc,
    'the hostile test feed': () => read('../../widget/test/pages/hostile-feed.json'),
    'a feed with invalid records': () => read('../../feed-tools/test/fixtures/feed-invalid.json'),
    'the test resources': () => JSON.parse(JSON.stringify(feedOf(RESOURCES))) as Doc,
  })) {
    it(`gives the same records and problems as the list, for ${name}`, () => {
      const list = make();
      const packed = toTable(make());
      expect(packed.resources).to.have.property('rows');
      expectSameFeed(validateFeed(packed), validateFeed(list));
      expectSameFeed(validateFeed(toTable(make()), { warnings: false, maxStringLength: 40 }), validateFeed(make(), { warnings: false, maxStringLength: 40 }));
    });
  }

  it('reads shared values, short rows and null cells', () => {
    const feed = validateFeed(
      table({
        columns: ['id', 'name', 'categories', 'cost', 'languages'],
        shared: { categories: [['food-banks'], ['meals-on-wheels']], cost: ['free', 'fee'] },
        rows: [
          ['a', 'Moisson', 0, 1, ['fr']],
          ['b', 'Popote', 1],
          ['c', 'Cuisine', 0, null, ['en', 'fr']],
        ],
      }),
    );
    expect(feed.problems.filter((p) => p.severity === 'error')).to.deep.equal([]);
    expect(feed.resources.map((r) => [r.id, r.categories, r.cost ?? null, r.languages])).to.deep.equal([
      ['a', ['food-banks'], 'fee', ['fr']],
      ['b', ['meals-on-wheels'], null, []],
      ['c', ['food-banks'], null, ['en', 'fr']],
    ]);
  });

  it('reports a problem with a shared value on every record that has it', () => {
    const feed = validateFeed(
      table({
        columns: ['id', 'name', 'categories', 'phones', 'hours'],
        shared: {
          categories: [['food-banks', 'nope']],
          phones: [[{ number: 'javascript:alert(1)' }, { number: '418-555-0100' }]],
          hours: [[{ days: ['mo', 'mo', 'tu'], opens: '09:00', closes: '12:00' }]],
        },
        rows: [['a', 'Moisson', 0, 0, 0], ['b', 'Popote', 0, 0, 0], ['c', 'Cuisine', 0, 0, 0]],
      }),
      { warnings: true },
    );
    const rowsOf = (code: string) => feed.problems.filter((p) => p.code === code).map((p) => p.path);
    expect(rowsOf('unknown-category')).to.deep.equal(['$.resources.rows[0].categories[1]', '$.resources.rows[1].categories[1]', '$.resources.rows[2].categories[1]']);
    expect(rowsOf('unsafe-url')).to.deep.equal(['$.resources.rows[0].phones[0].number', '$.resources.rows[1].phones[0].number', '$.resources.rows[2].phones[0].number']);
    for (const r of feed.resources) {
      expect(r.categories).to.deep.equal(['food-banks']);
      expect(r.phones.map((p) => p.href)).to.deep.equal(['tel:4185550100']);
      expect(r.hours).to.deep.equal([{ days: ['mo', 'tu'], opens: '09:00', closes: '12:00' }]);
    }
  });

  it('refuses a malformed table with a format error that says what is wrong', () => {
    const rows = [['a', 'Moisson', ['food-banks']]];
    expect(formatError(() => validateFeed(table({ columns: 'id,name', rows })))).to.match(/columns/);
    expect(formatError(() => validateFeed(table({ columns: ['id', 'id'], rows })))).to.match(/twice/);
    expect(formatError(() => validateFeed(table({ columns: ['id', 'name', 'categories'], rows: {} })))).to.match(/rows/);
    expect(formatError(() => validateFeed(table({ columns: ['id', 'name', 'categories'], shared: [], rows })))).to.match(/shared/);
    expect(formatError(() => validateFeed(table({ columns: ['id', 'name', 'categories'], shared: { cost: ['free'] }, rows })))).to.match(/"cost", which is not a column/);
    expect(formatError(() => validateFeed(table({ columns: ['id', 'name', 'categories'], shared: { categories: 'food' }, rows })))).to.match(/not a list/);
    expect(formatError(() => validateFeed({ ...header(), resources: 'many' }))).to.match(/neither a list nor a table/);
  });

  it('skips a row that is not a list and keeps the others', () => {
    const feed = validateFeed(table({ columns: ['id', 'name', 'categories'], rows: [['a', 'Moisson', ['food-banks']], { id: 'b' }, ['c', 'Popote', ['food-banks']]] }));
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['a', 'c']);
    const problem = feed.problems.find((p) => p.code === 'invalid-record')!;
    expect(problem.path).to.equal('$.resources.rows[1]');
    expect(formatProblem(problem, 'fr')).to.contain('ignorée');
  });

  it('drops a cell that points outside its shared list, and only that field', () => {
    const feed = validateFeed(
      table({
        columns: ['id', 'name', 'categories', 'cost'],
        shared: { cost: ['free'] },
        rows: [['a', 'Moisson', ['food-banks'], 3], ['b', 'Popote', ['food-banks'], 0], ['c', 'Cuisine', ['food-banks'], 'free']],
      }),
    );
    expect(feed.resources.map((r) => [r.id, r.cost ?? null])).to.deep.equal([['a', null], ['b', 'free'], ['c', null]]);
    const paths = feed.problems.filter((p) => p.code === 'invalid-field').map((p) => [p.path, p.id]);
    expect(paths).to.deep.equal([['$.resources.rows[0].cost', 'a'], ['$.resources.rows[2].cost', 'c']]);
  });

  it('ignores the values of a row beyond its columns, and says so in French and English', () => {
    const feed = validateFeed(table({ columns: ['id', 'name', 'categories'], rows: [['a', 'Moisson', ['food-banks'], 'extra', 'more']] }));
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['a']);
    const problem = feed.problems.find((p) => p.code === 'extra-cells')!;
    expect(problem).to.include({ path: '$.resources.rows[0]', severity: 'error', id: 'a' });
    expect(formatProblem(problem, 'en')).to.equal('This row has 2 more value(s) than the table has columns; they were ignored.');
    expect(formatProblem(problem, 'fr')).to.contain('2 valeur(s) de plus');
  });

  it('never lets a column set a prototype', () => {
    const text = '{"columns": ["id", "name", "categories", "__proto__", "constructor"], "rows": [["a", "Moisson", ["food-banks"], {"polluted": true}, {"prototype": {"polluted": true}}]]}';
    const feed = validateFeed(table(JSON.parse(text)));
    const [resource] = feed.resources;
    expect(Object.getPrototypeOf(resource)).to.equal(Object.prototype);
    expect(Object.keys(resource!)).not.to.include.members(['__proto__', 'constructor']);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('names a cut string by its row', () => {
    const feed = validateFeed(table({ columns: ['id', 'name', 'categories', 'description'], rows: [['a', 'Moisson', ['food-banks'], 'x'.repeat(50)]] }), { maxStringLength: 20 });
    expect(feed.resources[0]!.description).to.deep.equal({ fr: 'x'.repeat(20) });
    expect(feed.problems.filter((p) => p.code === 'string-too-long' && p.path.startsWith('$.resources')).map((p) => p.path)).to.deep.equal(['$.resources.rows[0].description']);
  });

  it('loads only the first records of a table too long for the limit', () => {
    const rows = Array.from({ length: 5 }, (_, i) => [`r${i}`, `Service ${i}`, 0]);
    const feed = validateFeed(table({ columns: ['id', 'name', 'categories'], shared: { categories: [['food-banks']] }, rows }), { maxRecords: 3 });
    expect(feed.resources.map((r) => r.id)).to.deep.equal(['r0', 'r1', 'r2']);
    expect(feed.problems.find((p) => p.code === 'too-many-records')?.params).to.deep.equal({ count: 5, max: 3 });
  });

  it('refuses a table whose shared values, repeated on its rows, stand for far more than it holds', () => {
    // 1 MB written once, pointed to by 400 rows: 400 MB to read, a bomb.
    const rows = Array.from({ length: 400 }, (_, i) => [`r${i}`, `Service ${i}`, ['food-banks'], 0]);
    const bomb = table({ columns: ['id', 'name', 'categories', 'description'], shared: { description: ['x'.repeat(1_000_000)] }, rows });
    expect(formatError(() => validateFeed(bomb))).to.match(/256 MiB/);
    // The same value on a few rows is a table like any other.
    const fine = validateFeed(table({ ...(bomb.resources as Doc), rows: rows.slice(0, 3) }), { warnings: false });
    expect(fine.resources.map((r) => r.description?.fr?.length)).to.deep.equal([10_000, 10_000, 10_000]);
  });
});
