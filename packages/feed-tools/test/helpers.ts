import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, 'fixtures');
export const repoRoot = resolve(here, '../../..');
/** The Open Referral examples, outside the repository (CI checks them out next to it). */
export const hsdsFixtures = resolve(repoRoot, '../shared/fixtures/hsds-3.0');

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'repere-feed-tools-'));
}

/** Runs the command in-process and captures what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`) });
  return { code, out, err };
}
