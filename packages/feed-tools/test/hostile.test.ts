// The `repere` command against hostile or broken input (issue 21): duplicate
// columns, inputs too large to read, terminal escape sequences in cells,
// interrupted writes, UTF-16 without a byte-order mark, a NUL in one cell.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { writeFileAtomic } from '../src/write-atomic.js';
import { fixtures, repoRoot, run, tempDir } from './helpers.js';

const HEADER = 'id,name_fr,categories,phone,website';

describe('repere import csv: duplicate column names', () => {
  it('refuses a sheet with two "website" columns instead of losing the first one, in English and French', async () => {
    const dir = tempDir();
    const input = join(dir, 'sheet.csv');
    writeFileSync(input, `${HEADER},Website\nr1,Popote,food,418 555-0142,https://example.org/popote,\n`);
    const en = await run('import', 'csv', input, '-o', join(dir, 'feed.json'));
    expect(en.code).to.equal(2);
    expect(en.err).to.include('"website"').and.to.include('5').and.to.include('6');
    expect(existsSync(join(dir, 'feed.json'))).to.equal(false);
    const fr = await run('import', 'csv', input, '-o', join(dir, 'feed.json'), '--lang', 'fr');
    expect(fr.err).to.include('«\u00a0website\u00a0»');
  });

  it('refuses two "id" columns, even spelled differently ("ID" and "id")', async () => {
    const dir = tempDir();
    const input = join(dir, 'sheet.csv');
    writeFileSync(input, `ID,${HEADER}\nx,r1,Popote,food,418 555-0142,https://example.org/popote\n`);
    const { code, err } = await run('import', 'csv', input, '-o', join(dir, 'feed.json'));
    expect(code).to.equal(2);
    expect(err).to.include('"id"');
  });
});

describe('repere: an input too large to read', () => {
  // A sparse file: 600 MB long, no disk used.
  const huge = (name: string) => {
    const dir = tempDir();
    const path = join(dir, name);
    writeFileSync(path, '');
    truncateSync(path, 600 * 1024 * 1024);
    return { dir, path };
  };

  for (const command of ['validate', 'stats', 'pack', 'import csv', 'import csv --base', 'import hsds'] as const) {
    it(`${command}: exits 2 with a clear message, in English and French`, async () => {
      const { dir, path } = huge(command === 'import csv' ? 'sheet.csv' : 'feed.json');
      const out = join(dir, 'out.json');
      const args =
        command === 'import csv --base'
          ? ['import', 'csv', join(fixtures, 'good.csv'), '--base', path, '-o', out]
          : command.startsWith('import')
            ? [...command.split(' '), path, '-o', out]
            : command === 'pack'
              ? ['pack', path, '-o', out]
              : [command, path];
      const en = await run(...args);
      expect(en.code, en.err).to.equal(2);
      expect(en.err).to.match(/too large/);
      expect(en.err).not.to.match(/\n\s+at /);
      const fr = await run(...args, '--lang', 'fr');
      expect(fr.err).to.match(/trop volumineux/);
      expect(existsSync(out)).to.equal(false);
    });
  }
});

describe('repere import: terminal escape sequences in the input', () => {
  const ESCAPES = ['\u001b[31m', '\u001b]52;c;aGFja2Vk\u0007', '\u001b]8;;https://evil.example\u0007lien\u001b]8;;\u0007', '\u001b[2J', '\u009b31m'];
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('import csv prints none of them', async () => {
    const dir = tempDir();
    const input = join(dir, 'sheet.csv');
    const rows = ESCAPES.map((e, i) => `r${i},Nom ${i},food,${e}555,${e}javascript:x`);
    writeFileSync(input, `${HEADER}\n${rows.join('\n')}\n`);
    for (const lang of ['en', 'fr']) {
      const { out, err } = await run('import', 'csv', input, '-o', join(dir, 'feed.json'), '--lang', lang);
      expect(out + err).to.include('555');
      expect(raw.test(out + err), JSON.stringify(out + err)).to.equal(false);
    }
  });

  it('import hsds prints none of them', async () => {
    const dir = tempDir();
    const input = join(dir, 'services.json');
    const services = ESCAPES.map((e, i) => ({ id: `s${i}`, name: `Service ${i}`, status: `${e}gone`, phones: [{ number: `${e}abc` }] }));
    writeFileSync(input, JSON.stringify([{ id: 'ok', name: 'Fine' }, ...services]));
    const { out, err } = await run('import', 'hsds', input, '-o', join(dir, 'feed.json'));
    expect(out + err).to.include('gone');
    expect(raw.test(out + err), JSON.stringify(out + err)).to.equal(false);
  });
});

describe('repere: an interrupted write', () => {
  it('removes the temporary file when stopped by SIGTERM or SIGINT, and the target stays whole', async function () {
    this.timeout(60_000);
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const dir = tempDir();
      const target = join(dir, 'feed.json');
      writeFileSync(target, '{"old": true}');
      // The signal arrives in the middle of the write, once the temporary
      // file holds its bytes (fsync is made to send it), not before or after.
      const script = `
        import fs from 'node:fs';
        import { syncBuiltinESMExports } from 'node:module';
        const fsync = fs.fsyncSync;
        fs.fsyncSync = (fd) => { process.kill(process.pid, ${JSON.stringify(signal)}); fsync(fd); };
        syncBuiltinESMExports();
        const { writeFileAtomic } = await import('./packages/feed-tools/src/write-atomic.ts');
        writeFileAtomic(${JSON.stringify(target)}, Buffer.alloc(4 * 1024 * 1024, 0x20));
        setTimeout(() => {}, 20000);
      `;
      const child = spawn(process.execPath, ['--import', 'tsx', '--conditions', 'development', '--input-type=module', '-e', script], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
      const killer = setTimeout(() => child.kill('SIGKILL'), 20000);
      const ended = await new Promise<string | null>((resolve) => child.once('exit', (_code, sig) => resolve(sig)));
      clearTimeout(killer);
      expect(ended, 'ended by the signal').to.equal(signal);
      expect(readdirSync(dir), signal).to.deep.equal(['feed.json']);
      const size = readFileSync(target).byteLength;
      expect(size).to.equal(4 * 1024 * 1024);
    }
  });

  it('removes a temporary file left by a run that was killed, and keeps one a running command is writing', () => {
    const dir = tempDir();
    const target = join(dir, 'feed.json');
    const dead = join(dir, 'feed.json.tmp-2147483646-0123456789ab');
    const alive = join(dir, `feed.json.tmp-${process.ppid}-0123456789ab`);
    const other = join(dir, 'notes.json.tmp-2147483646-0123456789ab');
    for (const f of [dead, alive, other]) writeFileSync(f, 'partial');
    writeFileAtomic(target, '{}');
    expect(readdirSync(dir).sort()).to.deep.equal(['feed.json', `feed.json.tmp-${process.ppid}-0123456789ab`, 'notes.json.tmp-2147483646-0123456789ab']);
  });
});

describe('repere import csv: encodings and NUL', () => {
  it('reads UTF-16LE without a byte-order mark', async () => {
    const dir = tempDir();
    const input = join(dir, 'sheet.csv');
    writeFileSync(input, Buffer.from(`${HEADER}\nr1,Épicerie solidaire,food,418 555-0142,https://example.org/\n`, 'utf16le'));
    const { code, out } = await run('import', 'csv', input, '-o', join(dir, 'feed.json'), '--json');
    expect(code).to.equal(0);
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    expect(feed.resources[0].name).to.deep.equal({ fr: 'Épicerie solidaire' });
    expect(JSON.parse(out).imported).to.equal(1);
  });

  it('skips only the row with a NUL in a cell, with its line, and imports the others', async () => {
    const dir = tempDir();
    const input = join(dir, 'sheet.csv');
    writeFileSync(input, `${HEADER}\nr1,Popote,food,418 555-0142,\nr2,Bad\u0000name,food,418 555-0143,\nr3,Halte,food,418 555-0144,\n`);
    const { code, out } = await run('import', 'csv', input, '-o', join(dir, 'feed.json'), '--json');
    expect(code).to.equal(1);
    const report = JSON.parse(out);
    expect(report.imported).to.equal(2);
    expect(report.notes.map((n: { line: number; severity: string }) => [n.line, n.severity])).to.deep.include([3, 'error']);
  });
});
