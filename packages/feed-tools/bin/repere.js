#!/usr/bin/env node
// The `repere` command. A published package runs its bundle; a checkout
// without a build runs the TypeScript sources through tsx, in a child Node
// started with the "development" condition so that @repere/sdk resolves to
// its sources too (conditions cannot be added to a running process).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli.js', import.meta.url);
if (existsSync(bundle)) {
  const cli = await import(bundle.href);
  cli.endQuietlyWhenOutputCloses();
  process.exitCode = await cli.main(process.argv.slice(2));
} else {
  const source = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
  const child = spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), '--conditions', 'development', source, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  process.exitCode = child.status ?? 2;
}
