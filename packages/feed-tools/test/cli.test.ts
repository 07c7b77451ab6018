import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { writeFileAtomic } from '../src/write-atomic.js';
import { ToolError } from '../src/notes.js';
import { fixtures, hsdsFixtures, repoRoot, run, tempDir } from './helpers.js';

describe('repere validate', () => {
  it('exits 0 on a valid feed and 1 on an invalid one, errors apart from warnings', async () => {
    expect((await run('validate', join(fixtures, 'feed-valid.json'))).code).to.equal(0);
    const { code, out } = await run('validate', join(fixtures, 'feed-invalid.json'), '--json');
    expect(code).to.equal(1);
    const report = JSON.parse(out);
    expect(report.valid).to.equal(false);
    expect(report.errors.map((e: { path: string; code: string; id?: string }) => [e.path, e.code, e.id ?? null])).to.deep.equal([
      ['$.resources[0].website', 'unsafe-url', 'r1'],
      ['$.resources[1]', 'invalid-record', 'r2'],
      ['$.resources[2].id', 'duplicate-id', 'r1'],
    ]);
    expect(report.warnings.map((w: { code: string }) => w.code)).to.include.members(['unknown-category', 'no-hours', 'no-region']);
    expect(report.counts).to.deep.equal({ resources: 1, categories: 1, regions: 0, errors: 3, warnings: report.warnings.length });
  });

  it('speaks French with --lang fr', async () => {
    const { out } = await run('validate', join(fixtures, 'feed-invalid.json'), '--lang', 'fr');
    expect(out).to.include('Erreurs (3) :');
    expect(out).to.include("$.resources[0].categories[1] [r1]: La catégorie « inexistante » n’existe pas dans les catégories du flux.");
  });

  it('exits 2 when the input is unusable', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'html.json'), '<html>error</html>');
    writeFileSync(join(dir, 'other.json'), '{"hello": 1}');
    expect((await run('validate', join(dir, 'missing.json'))).code).to.equal(2);
    expect((await run('validate', join(dir, 'html.json'))).code).to.equal(2);
    const other = await run('validate', join(dir, 'other.json'));
    expect(other.code).to.equal(2);
    expect(other.err).to.include('This is not a Repère feed');
    expect((await run('frobnicate')).code).to.equal(2);
    expect((await run('validate', 'x.json', '--nope')).code).to.equal(2);
  });
});

describe('repere stats', () => {
  it('counts per category, region and language, coverage and gaps, with localized names', async () => {
    const { code, out } = await run('stats', join(fixtures, 'feed-valid.json'), '--json', '--lang', 'fr');
    expect(code).to.equal(0);
    const s = JSON.parse(out);
    expect(s.resources).to.equal(2);
    expect(s.categories).to.deep.equal([
      { id: 'alimentation', name: 'Alimentation', count: 1 },
      { id: 'logement', name: 'Logement', count: 1 },
    ]);
    expect(s.regions).to.deep.equal([{ id: 'quebec', name: 'Ville de Québec', count: 2 }]);
    expect(s.languages.map((l: { id: string; count: number }) => [l.id, l.count])).to.deep.equal([['fr', 2], ['en', 1]]);
    expect(s.translation).to.deep.equal([
      { locale: 'fr', names: 2, descriptions: 2, withDescription: 2 },
      { locale: 'en', names: 2, descriptions: 1, withDescription: 2 },
    ]);
    expect(s.missing).to.deep.equal({ hours: 0, phone: 0, location: 1 });
    expect(s.updated).to.deep.equal({ feed: '2026-10-01', newest: '2026-09-01', oldest: '2026-08-15', undated: 0 });
    const text = await run('stats', join(fixtures, 'feed-valid.json'));
    expect(text.out).to.include('  1  Food [alimentation]');
    expect(text.out).to.include('  en: names 2/2 (100 %), descriptions 1/2 (50 %)');
  });
});

describe('repere import', () => {
  it('imports a broken CSV: good rows written, bad rows reported by line, exit 1', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const { code, out } = await run('import', 'csv', join(fixtures, 'broken.csv'), '-o', output, '--title', 'Essai');
    expect(code).to.equal(1);
    expect(out).to.include('line 6: The hours "lun-ven le matin" cannot be read');
    expect(out).to.include('3 resource(s) imported, 4 rejected.');
    const feed = JSON.parse(readFileSync(output, 'utf8'));
    expect(feed.resources.map((r: { id: string }) => r.id)).to.deep.equal(['ok-1', 'ok-2', 'ok-3']);
    expect(readdirSync(dir)).to.deep.equal(['feed.json']);
  });

  it('exits 0 on a clean import, and the result validates', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const imported = await run('import', 'csv', join(fixtures, 'good.csv'), '-o', output, '--timezone', 'America/Montreal');
    expect(imported.code).to.equal(0);
    expect(JSON.parse(readFileSync(output, 'utf8')).timezone).to.equal('America/Montreal');
    expect((await run('validate', output)).code).to.equal(0);
  });

  it('leaves no output when the input is unusable, and never overwrites the input', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    writeFileSync(join(dir, 'empty.csv'), '');
    expect((await run('import', 'csv', join(dir, 'empty.csv'), '-o', output)).code).to.equal(2);
    expect((await run('import', 'csv', join(dir, 'absent.csv'), '-o', output)).code).to.equal(2);
    expect((await run('import', 'hsds', join(dir, 'empty.csv'), '-o', output)).code).to.equal(2);
    expect(existsSync(output)).to.equal(false);

    const input = join(dir, 'sheet.csv');
    copyFileSync(join(fixtures, 'good.csv'), input);
    const before = readFileSync(input);
    const same = await run('import', 'csv', input, '-o', join(dir, '.', 'sheet.csv'));
    expect(same.code).to.equal(2);
    expect(same.err).to.include('is one of the input files');
    expect(readFileSync(input).equals(before)).to.equal(true);
    expect(readdirSync(dir).sort()).to.deep.equal(['empty.csv', 'sheet.csv']);
  });

  it('keeps the previous feed intact when writing fails', () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    writeFileSync(output, 'previous');
    expect(() => writeFileAtomic(join(dir, 'no-such-dir', 'feed.json'), 'x')).to.throw(ToolError);
    writeFileAtomic(output, 'next');
    expect(readFileSync(output, 'utf8')).to.equal('next');
    expect(readdirSync(dir)).to.deep.equal(['feed.json']);
  });

  it('imports the HSDS tabular package end to end through the bin, from the repository root', () => {
    const dir = tempDir();
    const output = join(dir, 'hsds.json');
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--conditions', 'development', 'packages/feed-tools/src/cli.ts', 'import', 'hsds', join(hsdsFixtures, 'csv'), '-o', output, '--json'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    expect(child.status, child.stderr).to.equal(0);
    const report = JSON.parse(child.stdout);
    expect([report.imported, report.rejected, report.feed.valid]).to.deep.equal([1, 0, true]);
    expect(JSON.parse(readFileSync(output, 'utf8')).resources[0].name).to.deep.equal({ en: 'Riverside Counselling' });
  });

  it('ends quietly when its reader stops early, as `repere validate feed.json | head` does', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions', 'development', 'packages/feed-tools/src/cli.ts', 'validate', 'examples/data/demo-feed.json'],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // The reader is gone before the command writes a line.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).to.not.match(/EPIPE|Error/);
    expect(code).to.be.oneOf([0, 1]);
  });

  it('exits 1 and writes nothing when the HSDS document has no service', async () => {
    const dir = tempDir();
    const output = join(dir, 'feed.json');
    const { code } = await run('import', 'hsds', join(hsdsFixtures, 'organization_list.json'), '-o', output);
    expect(code).to.equal(1);
    expect(existsSync(output)).to.equal(false);
  });
});
