#!/usr/bin/env node
// The widget's UI strings (@lit/localize, runtime mode).
//
//   node scripts/localize.mjs build   extract msg() calls into xliff/<locale>.xlf (every
//                                     target locale of lit-localize.json), fail if any
//                                     string of any locale lacks a <target>, then
//                                     generate src/generated/locales/*.ts (lit-localize
//                                     fails there if a target's placeholders differ)
//   node scripts/localize.mjs check   only the missing-translation check
//
// A missing translation fails CI: scripts/build.mjs runs `build`.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const widget = join(root, 'packages/widget');
const config = join(widget, 'lit-localize.json');
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');
const command = process.argv[2] ?? 'build';

function litLocalize(sub) {
  const r = spawnSync(process.execPath, [cli, sub, '--config', config], { cwd: widget, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`lit-localize ${sub} failed`);
    process.exit(r.status ?? 1);
  }
}

/** Trans-units of every target locale whose <target> is missing or empty. */
function missingTranslations() {
  const { targetLocales, interchange } = JSON.parse(readFileSync(config, 'utf8'));
  const missing = [];
  for (const locale of targetLocales) {
    const file = join(widget, interchange.xliffDir, `${locale}.xlf`);
    const xml = readFileSync(file, 'utf8');
    for (const unit of xml.matchAll(/<trans-unit\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      const target = /<target\b[^>]*>([\s\S]*?)<\/target>/.exec(unit[2]);
      if (!target || target[1].trim() === '') missing.push(`${locale}: ${unit[1]}`);
    }
  }
  return missing;
}

if (command === 'build') litLocalize('extract');
if (command === 'build' || command === 'check') {
  const missing = missingTranslations();
  if (missing.length) {
    console.error(`Missing translations (add a <target> in packages/widget/xliff/):\n  ${missing.join('\n  ')}`);
    process.exit(1);
  }
}
if (command === 'build') litLocalize('build');
if (!['build', 'check'].includes(command)) {
  console.error('usage: node scripts/localize.mjs build|check');
  process.exit(2);
}
