#!/usr/bin/env node
// The whole build, in order: generated sources, TypeScript, bundles, manifests.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';

function step(label, cmd, args) {
  console.log(`› ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`build failed at: ${label}`);
    process.exit(r.status ?? 1);
  }
}
const node = process.execPath;

step('feed JSON Schema (from the SDK validator)', node, ['--import', 'tsx', 'packages/sdk/scripts/build-schema.ts']);
if (existsSync('packages/widget/lit-localize.json')) {
  step('UI strings (lit-localize)', node, ['scripts/localize.mjs', 'build']);
}
step('TypeScript (tsc -b)', node, ['node_modules/typescript/bin/tsc', '-b']);
// The parts' (and the SDK's shared chunks') names carry a hash of their content: last build's are removed, not left beside the new ones.
rmSync('packages/widget/dist/parts', { recursive: true, force: true });
rmSync('packages/widget/dist/chunks', { recursive: true, force: true });
rmSync('packages/sdk/dist/chunks', { recursive: true, force: true });
step('bundles (rollup)', node, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent']);
if (existsSync('packages/widget/custom-elements-manifest.config.mjs')) {
  step('custom-elements.json', node, ['scripts/cem.mjs']);
}
step('SRI hashes (dist/integrity.json)', node, ['scripts/integrity.mjs']);
step('React example (esbuild)', node, ['examples/react/build.mjs']);
step('WordPress plugin (zip)', node, ['packages/wordpress/build.mjs']);
