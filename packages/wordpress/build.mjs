#!/usr/bin/env node
// Builds the WordPress plugin zip, packages/wordpress/dist/repere.zip (one
// folder, repere/, as WordPress expects), from:
// - plugin/ (the PHP, the block, readme.txt, the .po translations);
// - the element's built files (packages/widget/dist: run the widget build
//   first), shipped inside the plugin in assets/: WordPress.org forbids
//   loading a plugin's code from elsewhere;
// - assets/languages.json, the interface languages, from the widget's one
//   table (packages/widget/src/languages.ts, compiled to build/);
// - languages/*.mo, compiled from languages/*.po, and languages/repere.pot,
//   made from the sources (strings.mjs).
// The zip is written to a temporary name and renamed, so that a failed
// build never leaves half a zip.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import gettextParser from 'gettext-parser';
import { potFile } from './strings.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pluginDir = join(here, 'plugin');
const widgetDist = join(root, 'packages/widget/dist');
const out = join(here, 'dist/repere.zip');

/** The element's files a page needs: the bundle, its loader, its engine, its languages and parts (no maps). */
const WIDGET_FILES = /^(repere-finder\.bundle\.js|repere-finder\.iife\.js|repere-engine\.js|(locales|parts)\/[\w.-]+\.js)$/;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

if (!existsSync(join(widgetDist, 'repere-finder.bundle.js'))) {
  console.error('WordPress plugin: packages/widget/dist is missing; run `npm run build` first.');
  process.exit(1);
}

// A fixed date keeps the zip the same from one build to the next for the same files.
const mtime = new Date('2026-01-01T00:00:00Z');
/** @type {Record<string, [Uint8Array, { mtime: Date }]>} */
const files = {};
const add = (path, data) => {
  files[`repere/${path}`] = [typeof data === 'string' ? new TextEncoder().encode(data) : new Uint8Array(data), { mtime }];
};

for (const file of walk(pluginDir)) {
  const path = relative(pluginDir, file).split('\\').join('/');
  add(path, readFileSync(file));
  if (path.endsWith('.po')) {
    add(path.replace(/\.po$/, '.mo'), gettextParser.mo.compile(gettextParser.po.parse(readFileSync(file))));
  }
}

const widgetFiles = walk(widgetDist)
  .map((file) => relative(widgetDist, file).split('\\').join('/'))
  .filter((path) => WIDGET_FILES.test(path));
for (const path of widgetFiles) add(`assets/${path}`, readFileSync(join(widgetDist, path)));
add('languages/repere.pot', potFile());
add('assets/LICENSE-repere-finder.txt', readFileSync(join(root, 'LICENSE')));

const { LANGUAGES } = await import(pathToFileURL(join(root, 'packages/widget/build/languages.js')).href);
add('assets/languages.json', `${JSON.stringify(Object.fromEntries(Object.entries(LANGUAGES).map(([code, { name }]) => [code, name])), null, 1)}\n`);

const zip = zipSync(files, { level: 9 });
mkdirSync(dirname(out), { recursive: true });
const partial = `${out}.partial`;
try {
  writeFileSync(partial, zip);
  renameSync(partial, out);
} finally {
  rmSync(partial, { force: true });
}
console.log(`WordPress plugin: ${relative(root, out)} (${Object.keys(files).length} files, ${zip.length.toLocaleString('en')} B)`);
