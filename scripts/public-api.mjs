#!/usr/bin/env node
// The public API of <repere-finder> as docs/versioning.md defines it — tag,
// attributes, properties and methods, events, parts, CSS custom properties —
// read from custom-elements.json (which `npm run build` writes from the
// element's JSDoc). packages/widget/public-api.json keeps it as released;
// packages/widget/test/public-api.node.test.ts fails when something in it is
// gone and the version does not say so.
//
// At a release, after raising the version: node scripts/public-api.mjs --write
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const widget = fileURLToPath(new URL('../packages/widget/', import.meta.url));
export const PUBLIC_API_FILE = `${widget}public-api.json`;

const names = (list) => [...new Set((list ?? []).map((x) => x.name))].sort();

/**
 * The public surface of each custom element a manifest declares, by tag name.
 * @param {{ modules: Array<{ declarations?: any[] }> }} manifest custom-elements.json
 */
export function publicApi(manifest) {
  const elements = {};
  for (const module of manifest.modules) {
    for (const d of module.declarations ?? []) {
      if (!d.tagName) continue;
      elements[d.tagName] = {
        attributes: names(d.attributes),
        members: names((d.members ?? []).filter((m) => !m.static && (!m.privacy || m.privacy === 'public'))),
        events: names(d.events),
        parts: names(d.cssParts),
        cssProperties: names(d.cssProperties),
      };
    }
  }
  return elements;
}

/** What `before` has that `after` lacks, as readable lines ("repere-finder part badge"). */
export function removals(before, after) {
  const gone = [];
  for (const [tag, api] of Object.entries(before)) {
    if (!after[tag]) {
      gone.push(`the element <${tag}>`);
      continue;
    }
    for (const [kind, list] of Object.entries(api)) {
      for (const name of list) if (!after[tag][kind]?.includes(name)) gone.push(`<${tag}> ${kind}: ${name}`);
    }
  }
  return gone;
}

/**
 * Whether a version may remove public API released in `released`: a new major
 * version, or, while 0.x, a new minor one (docs/versioning.md).
 */
export function mayBreak(released, current) {
  const [rMajor, rMinor] = released.split('.').map(Number);
  const [cMajor, cMinor] = current.split('.').map(Number);
  if (cMajor > rMajor) return true;
  return rMajor === 0 && cMajor === 0 && cMinor > rMinor;
}

/** The manifest's public API now, with the package's version. */
export function currentApi() {
  const manifest = JSON.parse(readFileSync(`${widget}custom-elements.json`, 'utf8'));
  const { version } = JSON.parse(readFileSync(`${widget}package.json`, 'utf8'));
  return { version, elements: publicApi(manifest) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--write')) {
    writeFileSync(PUBLIC_API_FILE, `${JSON.stringify(currentApi(), null, 2)}\n`);
    console.log(`Wrote ${PUBLIC_API_FILE}`);
  } else {
    console.log(JSON.stringify(currentApi(), null, 2));
  }
}
