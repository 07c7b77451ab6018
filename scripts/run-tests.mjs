#!/usr/bin/env node
// Runs every suite (Node, then Chromium) and ends with one line that CI reads:
// "N passed, N failed". Exits non-zero when anything failed or a runner broke.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const dir = mkdtempSync(join(tmpdir(), 'repere-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(label, command, commandArgs, countsFile, env = {}) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, commandArgs, {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (!existsSync(countsFile)) {
    console.error(`${label}: the runner ended (status ${result.status}) without reporting results`);
    broken = true;
    return;
  }
  const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  totals.skipped += counts.skipped;
  if (counts.failures?.length) console.log(counts.failures.map((f) => `  ✗ ${f}`).join('\n'));
  if (counts.brokenFiles?.length) console.log(counts.brokenFiles.map((f) => `  ✗ could not run ${f}`).join('\n'));
  if (result.status !== 0 && counts.failed === 0) broken = true;
  console.log(`${label}: ${counts.passed} passed, ${counts.failed} failed`);
}

// The example and trust-page tests load the built bundles, as a webmaster
// would, and the WordPress tests install the plugin's zip: build first when
// they are missing (a fresh clone after npm install).
const BUILT = ['packages/widget/dist/repere-finder.bundle.js', 'packages/widget/dist/repere-finder.iife.js', 'examples/react/dist/app.js', 'packages/wordpress/dist/repere.zip'];
if (!args.has('--node-only') && BUILT.some((file) => !existsSync(file))) {
  console.log('The built bundles are missing: running the build first (npm run build).');
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
  if (build.status !== 0) {
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  }
}

if (!args.has('--browser-only')) {
  const counts = join(dir, 'node.json');
  run(
    'Node tests (SDK, feed tools, bundles, WordPress plugin)',
    process.execPath,
    [
      '--import', 'tsx',
      '--conditions', 'development',
      'node_modules/mocha/bin/mocha.js',
      '--reporter', './scripts/mocha-counting-reporter.cjs',
      '--timeout', '20000',
      'packages/sdk/test/**/*.test.ts',
      'packages/feed-tools/test/**/*.test.ts',
      'packages/widget/test/**/*.node.test.ts',
      'scripts/**/*.test.ts',
      'packages/wordpress/test/**/*.test.ts',
    ],
    counts,
    { REPERE_MOCHA_COUNTS: counts },
  );
}

if (!args.has('--node-only')) {
  const counts = join(dir, 'browser.json');
  run(
    'Browser tests (Chromium)',
    process.execPath,
    ['node_modules/@web/test-runner/dist/bin.js', ...process.argv.slice(2).filter((a) => !a.startsWith('--browser-only'))],
    counts,
    { REPERE_WTR_COUNTS: counts },
  );
}

if (broken) totals.failed += totals.failed === 0 ? 1 : 0;
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 || broken ? 1 : 0);
