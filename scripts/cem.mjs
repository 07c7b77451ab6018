#!/usr/bin/env node
// Generates packages/widget/custom-elements.json (named by "customElements" in
// its package.json) from the element's JSDoc, with the analyzer's Lit plugin.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const widget = join(root, 'packages/widget');
const cli = join(root, 'node_modules/@custom-elements-manifest/analyzer/cem.js');
const r = spawnSync(process.execPath, [cli, 'analyze', '--config', 'custom-elements-manifest.config.mjs'], {
  cwd: widget,
  stdio: 'inherit',
});
if (r.status !== 0) process.exit(r.status ?? 1);

// The manifest must describe the element: fail the build if the JSDoc was lost.
const manifest = JSON.parse(readFileSync(join(widget, 'custom-elements.json'), 'utf8'));
const element = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .find((d) => d.tagName === 'repere-finder' || d.name === 'RepereFinder');
// The analyzer also lists each `dispatchEvent(new X())` as a nameless event; the
// JSDoc @fires entries already name them.
for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
  if (d.events) d.events = d.events.filter((e) => e.name);
}
writeFileSync(join(widget, 'custom-elements.json'), JSON.stringify(manifest, null, 2) + '\n');
const missing = ['events', 'cssParts', 'cssProperties', 'attributes'].filter((k) => !element?.[k]?.length);
if (!existsSync(join(widget, 'custom-elements.json')) || missing.length) {
  console.error(`custom-elements.json lacks ${missing.join(', ') || 'the element'}`);
  process.exit(1);
}
console.log(`custom-elements.json: <repere-finder> with ${element.attributes.length} attributes, ${element.events.length} events, ${element.cssParts.length} parts, ${element.cssProperties.length} custom properties`);
