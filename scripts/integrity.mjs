// The Subresource Integrity hashes of the files a page links to directly
// (<script src integrity>), written to packages/widget/dist/integrity.json and
// printed by `npm run build` with the CDN tag to paste: a page that loads the
// finder from a CDN pins the exact bytes it reviewed. The files these load on
// demand (repere-engine.js, locales/, parts/) cannot carry a hash of the
// page's; see docs/security.md.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widget = fileURLToPath(new URL('../packages/widget/', import.meta.url));

/** The files of dist/ a page can name in a `<script src>`. */
export const LINKED_FILES = ['repere-finder.bundle.js', 'repere-finder.iife.js', 'repere-embed.js'];

/** The SRI value of some bytes: sha384, as `sha384-<base64>`. */
export function sri(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The CDN address of a built file, at an exact version. */
export function cdnUrl(version, file) {
  return `https://cdn.jsdelivr.net/npm/@repere/widget@${version}/dist/${file}`;
}

/**
 * Writes dist/integrity.json, `{ package, version, algorithm, files: { name: "sha384-…" } }`,
 * for the files built; returns what it wrote.
 */
export function writeIntegrity(dist = join(widget, 'dist')) {
  const { name, version } = JSON.parse(readFileSync(join(widget, 'package.json'), 'utf8'));
  const files = Object.fromEntries(
    LINKED_FILES.filter((file) => existsSync(join(dist, file))).map((file) => [file, sri(readFileSync(join(dist, file)))]),
  );
  const written = { package: name, version, algorithm: 'sha384', files };
  writeFileSync(join(dist, 'integrity.json'), `${JSON.stringify(written, null, 2)}\n`);
  return written;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { version, files } = writeIntegrity();
  console.log(`SRI hashes (packages/widget/dist/integrity.json), @repere/widget ${version}:`);
  for (const [file, hash] of Object.entries(files)) console.log(`  ${file.padEnd(26)} ${hash}`);
  const bundle = files['repere-finder.bundle.js'];
  if (bundle) {
    console.log('From a CDN, at this exact version (the same files as dist/):');
    console.log(`  <script type="module" src="${cdnUrl(version, 'repere-finder.bundle.js')}" integrity="${bundle}" crossorigin="anonymous"></script>`);
  }
}
