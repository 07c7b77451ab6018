// The format’s text patterns have one home, the SDK (feed/patterns.ts): the tools
// import them (`@repere/sdk/internal`) and keep no copy that could drift.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ID_PATTERN } from '@repere/sdk';
import { LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from '@repere/sdk/internal';

const src = fileURLToPath(new URL('../src', import.meta.url));
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the feed tools and the format’s patterns', () => {
  it('copy none of the SDK’s id, language-tag and timestamp patterns', () => {
    // Each pattern's distinctive part, as it would be written in a copy (either case of letters).
    const copies = [ID_PATTERN.source.slice(1, -1), TIMESTAMP_PATTERN.source.slice(1, 30), '{2,3}(-[a-z0-9]{2,8})*$', '{2,3}(-[a-zA-Z0-9]{2,8})*$'];
    const found = sources(src).flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return copies.filter((copy) => text.includes(copy)).map((copy) => `${file}: ${copy}`);
    });
    expect(found).to.deep.equal([]);
    expect(LANGUAGE_TAG_PATTERN.test('fr-CA') && ID_PATTERN.test('popote-roulante') && TIMESTAMP_PATTERN.test('2026-11-01T09:30:00Z')).to.equal(true);
  });
});
