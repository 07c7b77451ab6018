import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli.js';

export const here = dirname(fileURLToPath(import.meta.url));
export const fixtures = join(here, 'fixtures');
export const repoRoot = resolve(here, '../../..');
/** Synthetic HSDS 3.0 examples in the shapes of the specification's own, kept in the repository. */
export const hsdsFixtures = join(fixtures, 'hsds-3.0');
/**
 * The Open Referral reference examples and JSON Schemas, next to the repository
 * when a checkout provides them. Tests that read them add checks and skip
 * when they are absent: a fresh clone has nothing beside it.
 */
export const sharedHsds = resolve(repoRoot, '../shared/fixtures/hsds-3.0');

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
