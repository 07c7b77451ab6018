// `repere pack` and packFeed(): the table form must give back the records it
// was made from (docs/feed-format.md, "The table form"), and the finder must
// read from it what it reads from the list.
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { validateFeed, type Feed, type FeedProblem } from '@repere/sdk';
import { generateLargeFeed } from '../../../scripts/generate/large-feed.mjs';
import { ToolError } from '../src/notes.js';
import { packFeed, type ResourceTable } from '../src/pack.js';
import { repoRoot, run, tempDir } from './helpers.js';

type Doc = Record<string, unknown>;

const isRecord = (value: unknown): value is Doc => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The spec's reading of a table, written from the spec alone: the list it stands for (`undefined` for a row that is not a list). */
function expand(table: ResourceTable): (Doc | undefined)[] {
  return table.rows.map((row) => {
    if (!Array.isArray(row)) return undefined;
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

/** What packing must keep of a list: its objects in their places, without the keys the finder never reads. */
function keptRecords(resources: readonly unknown[]): (Doc | undefined)[] {
  return resources.map((r) => (isRecord(r) ? Object.fromEntries(Object.entries(r).filter(([key]) => !SKIPPED_KEYS.has(key))) : undefined));
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
      expect(table.rows.length).to.equal(list.length);
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

  it('writes entries that are not objects as empty rows in their place, and leaves out keys the finder never reads', () => {
    const { feed, records, skipped } = packFeed(JSON.parse(hostileText));
    expect([records, skipped]).to.deep.equal([5, 3]);
    const table = feed.resources as ResourceTable;
    expect(table.rows.map((row) => row === null)).to.deep.equal([false, true, false, true, true, false, false, false]);
    expect(table.columns).to.not.include.members(['__proto__', 'constructor', 'prototype']);
    expect(table.columns).to.include.members(['x-note', 'nested']);
    expect(Object.getPrototypeOf(table.shared)).to.equal(Object.prototype);
  });

  it('lists the format\'s fields in its order, then the others in the order first seen, and drops trailing absent cells', () => {
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
    expect(table.columns).to.deep.equal(['id', 'name', 'website', 'phone']);
    expect(table.rows).to.deep.equal([['a', 'A'], ['b', 'B', null, '1'], ['c'], ['d', null, 'https://c.example']]);
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
    expect(shared).to.deep.equal(['cost', 'website', 'lang']);
    expect(table.shared).to.deep.equal({ cost: ['free', 'fee'], lang: [['fr']], website: ['https://a.example', null, 'https://d.example'] });
    expect(table.columns).to.deep.equal(['name', 'cost', 'website', 'lang', 'note', 'extra']);
    expect(table.rows).to.deep.equal([
      ['A', 0, 0, 0, 'x', 1],
      ['B', 1, 1, null, 'y'],
      ['C', 0, null, 0, 'x'],
      ['D', 0, 2],
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
    const deep = JSON.parse(`{"format": "repere-feed", "resources": [{"id": "a", "x-deep": ${'['.repeat(100_000)}${']'.repeat(100_000)}}]}`);
    expect(refusal(deep)).to.equal('pack-too-deep');
  });
});

/** A problem as the list form would name it: `$.resources.rows[i]` read as `$.resources[i]`. */
function asListProblem(problem: FeedProblem): FeedProblem {
  return JSON.parse(JSON.stringify(problem).replaceAll('$.resources.rows[', '$.resources['));
}

/**
 * The problems of the list form as the packed feed should have them: an
 * entry that is not an object is an empty row there, skipped as "not a list".
 */
function problemsAsRows(feed: Feed): FeedProblem[] {
  return feed.problems.map((problem) =>
    problem.code === 'invalid-record' && problem.params.detail === 'not an object'
      ? JSON.parse(JSON.stringify(problem).replaceAll('not an object', 'the row is not a list'))
      : problem,
  );
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
      expect(table.problems.map(asListProblem)).to.deep.equal(problemsAsRows(list));
      if (table.problems.some((p) => p.path.startsWith('$.resources'))) {
        expect(table.problems.filter((p) => p.path.startsWith('$.resources')).every((p) => p.path.startsWith('$.resources.rows['))).to.equal(true);
      }
    });
  }
});

describe('repere pack', () => {
  const demo = join(repoRoot, 'examples/data/demo-feed.json');

  it('writes the packed feed, compact, and prints the records, the shared columns and the sizes', async () => {
    const dir = tempDir();
    const output = join(dir, 'packed.json');
    const { code, out } = await run('pack', demo, '-o', output);
    expect(code).to.equal(0);
    const text = readFileSync(output, 'utf8');
    expect(text).to.not.match(/\n {2}/);
    const written = JSON.parse(text) as Doc;
    expect(expand(written.resources as ResourceTable)).to.deep.equal(keptRecords(JSON.parse(demoText).resources));
    expect(out).to.match(/Packed 184 record\(s\) into .*packed\.json \(shared: categories, regions, [^)]*\): [\d.]+ kB → [\d.]+ kB, gzip [\d.]+ kB → [\d.]+ kB\.\n$/);
    expect(readdirSync(dir)).to.deep.equal(['packed.json']);
  });

  it('prints the figures and the validation report as JSON with --json', async () => {
    const dir = tempDir();
    const output = join(dir, 'packed.json');
    const { code, out } = await run('pack', demo, '-o', output, '--json');
    expect(code).to.equal(0);
    const report = JSON.parse(out);
    expect([report.records, report.skipped, report.output]).to.deep.equal([184, 0, output]);
    expect(report.shared).to.include.members(['categories', 'hours']);
    expect(report.bytes).to.deep.equal({ before: Buffer.byteLength(demoText), after: statSync(output).size });
    expect(report.gzip.after).to.be.below(report.gzip.before);
    expect(report.feed.valid).to.equal(true);
    expect(report.feed.counts.resources).to.equal(184);
  });

  it('writes the feed but exits 1 when it has errors, reporting them with paths into the input', async () => {
    const dir = tempDir();
    const input = join(dir, 'hostile.json');
    const output = join(dir, 'packed.json');
    writeFileSync(input, hostileText);
    const { code, out } = await run('pack', input, '-o', output);
    expect(code).to.equal(1);
    expect(out).to.include('$.resources[1]: This record was skipped');
    expect(out).to.include('3 entry(ies) of "resources" are not objects: each was written as an empty row');
    expect(out).to.include('Packed 5 record(s)');
    // Eight rows, one per entry: the three that are not records are empty rows.
    expect((JSON.parse(readFileSync(output, 'utf8')).resources as ResourceTable).rows).to.have.length(8);
  });

  it('is suggested by validate for a list of 5,000 records, in French too, but not for its table or a shorter list', async () => {
    const dir = tempDir();
    const large = join(dir, 'large.json');
    const packed = join(dir, 'large.packed.json');
    const small = join(dir, 'small.json');
    writeFileSync(large, JSON.stringify(generateLargeFeed({ count: 5000, seed: 3 })));
    writeFileSync(small, JSON.stringify(generateLargeFeed({ count: 4999, seed: 3 })));
    await run('pack', large, '-o', packed);
    expect((await run('validate', large)).out).to.include('Tip: this feed lists 5,000 resources; "repere pack" writes them as a table');
    expect((await run('validate', large, '--lang', 'fr')).out).to.include('Astuce : ce flux énumère 5');
    expect((await run('validate', packed)).out).to.not.include('repere pack');
    expect((await run('validate', small)).out).to.not.include('repere pack');
  });

  it('is suggested by import when it writes 5,000 records, not fewer', async () => {
    const dir = tempDir();
    const header = 'id,name_fr,categories';
    const sheet = (count: number) => [header, ...Array.from({ length: count }, (_, i) => `r${i},Service ${i},aide`)].join('\n');
    writeFileSync(join(dir, 'large.csv'), sheet(5000));
    writeFileSync(join(dir, 'small.csv'), sheet(10));
    expect((await run('import', 'csv', join(dir, 'large.csv'), '-o', join(dir, 'large.json'))).out).to.include('Tip: this feed lists 5,000 resources');
    expect((await run('import', 'csv', join(dir, 'small.csv'), '-o', join(dir, 'small.json'))).out).to.not.include('repere pack');
  });

  it('lets validate and stats read the packed file, naming records by their row', async () => {
    const dir = tempDir();
    const input = join(dir, 'hostile.json');
    const output = join(dir, 'packed.json');
    writeFileSync(input, hostileText);
    await run('pack', input, '-o', output);
    const validated = await run('validate', output);
    expect(validated.code).to.equal(1);
    expect(validated.out).to.include('$.resources.rows[1]: This record was skipped: the row is not a list.');
    expect(validated.out).to.include('$.resources.rows[7].cost [d]: The field "cost" was removed');
    const original = await run('stats', input, '--json');
    const packed = await run('stats', output, '--json');
    expect(packed.code).to.equal(0);
    const { problems: _p, ...fromTable } = JSON.parse(packed.out) as Record<string, unknown>;
    const { problems: _o, ...fromList } = JSON.parse(original.out) as Record<string, unknown>;
    expect(fromTable.resources).to.be.above(0);
    expect(fromTable).to.deep.equal(fromList);
  });

  it('exits 1 and writes nothing when there is no record to pack', async () => {
    const dir = tempDir();
    const input = join(dir, 'empty.json');
    const output = join(dir, 'packed.json');
    writeFileSync(input, JSON.stringify({ format: 'repere-feed', version: 1, title: 'Empty', defaultLocale: 'fr', timezone: 'America/Toronto', categories: [], regions: [], resources: [] }));
    const { code, out } = await run('pack', input, '-o', output);
    expect(code).to.equal(1);
    expect(out).to.include('no file was written');
    expect(existsSync(output)).to.equal(false);
  });

  it('exits 2, writing nothing, on unusable input or wrong usage', async () => {
    const dir = tempDir();
    const output = join(dir, 'packed.json');
    writeFileSync(join(dir, 'html.json'), '<html>error</html>');
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    writeFileSync(join(dir, 'v2.json'), JSON.stringify({ format: 'repere-feed', version: 2, resources: [{ id: 'a' }] }));
    expect((await run('pack', join(dir, 'missing.json'), '-o', output)).code).to.equal(2);
    expect((await run('pack', join(dir, 'html.json'), '-o', output)).code).to.equal(2);
    const other = await run('pack', join(dir, 'other.json'), '-o', output);
    expect(other.code).to.equal(2);
    expect(other.err).to.include('not a Repère feed in the list form');
    expect((await run('pack', join(dir, 'v2.json'), '-o', output)).code).to.equal(2);
    expect((await run('pack', demo)).code).to.equal(2);
    expect((await run('pack', '-o', output)).code).to.equal(2);
    expect(existsSync(output)).to.equal(false);
  });

  it('refuses to overwrite its input, and to pack a feed that is already a table', async () => {
    const dir = tempDir();
    const input = join(dir, 'feed.json');
    copyFileSync(demo, input);
    const same = await run('pack', input, '-o', join(dir, '.', 'feed.json'));
    expect(same.code).to.equal(2);
    expect(same.err).to.include('is one of the input files');
    expect(readFileSync(input, 'utf8')).to.equal(demoText);

    const packed = join(dir, 'packed.json');
    expect((await run('pack', input, '-o', packed)).code).to.equal(0);
    const again = await run('pack', packed, '-o', join(dir, 'again.json'));
    expect(again.code).to.equal(2);
    expect(again.err).to.include('is already a table');
    expect(readdirSync(dir).sort()).to.deep.equal(['feed.json', 'packed.json']);
  });

  it('speaks French with --lang fr', async () => {
    const dir = tempDir();
    const input = join(dir, 'hostile.json');
    writeFileSync(input, hostileText);
    const { out } = await run('pack', input, '-o', join(dir, 'packed.json'), '--lang', 'fr');
    expect(out).to.include('Problèmes dans le flux (');
    expect(out).to.include('3 élément(s) de « resources » ne sont pas des objets : chacun a été écrit comme une ligne vide');
    expect(out).to.match(/5 fiche\(s\) mise\(s\) en tableau dans .*packed\.json \(colonnes partagées\u00a0: [^)]*\)\u00a0: \d+ o → \d+ o, gzip \d+ o → \d+ o\./);
    const demoOut = await run('pack', demo, '-o', join(dir, 'demo.json'), '--lang', 'fr');
    expect(demoOut.out).to.match(/\u00a0: [\d,]+ ko → [\d,]+ ko, gzip [\d,]+ ko → [\d,]+ ko\./);
    const table = await run('pack', join(dir, 'demo.json'), '-o', join(dir, 'again.json'), '--lang', 'fr');
    expect(table.err).to.include('sont déjà un tableau');
    expect((await run('help', '--lang', 'fr')).out).to.include('repere pack FLUX.json -o TABLEAU.json');
  });
});
