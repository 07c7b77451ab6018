// dist/integrity.json, which `npm run build` writes and prints for pages that
// load the finder from a CDN: each hash is the one of the file as built.
// (finder.trust-pages.test.ts checks in Chromium that the bundle's hash is
// one a <script integrity> accepts.)
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widget = fileURLToPath(new URL('..', import.meta.url));
const file = join(widget, 'dist/integrity.json');

describe('dist/integrity.json', () => {
  it('gives the sha384 of each file a page links to, for this version', function () {
    if (!existsSync(file)) this.skip(); // before any build
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(written.version).to.equal(JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8')).version);
    expect(Object.keys(written.files)).to.have.members(['repere-finder.bundle.js', 'repere-finder.iife.js', 'repere-embed.js']);
    for (const [name, hash] of Object.entries<string>(written.files)) {
      const actual = createHash('sha384').update(readFileSync(join(widget, 'dist', name))).digest('base64');
      expect(hash, name).to.equal(`sha384-${actual}`);
    }
  });
});
