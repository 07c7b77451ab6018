#!/usr/bin/env node
// `npm run pack`: the three packages as the npm registry gets them, one
// tarball each in release/ (after `npm run build`). Publish those tarballs
// (`npm publish release/repere-sdk-0.1.0.tgz`), never a package folder:
// the folders' package.json files carry workspace-only fields that a
// published package must not, and their `prepublishOnly` refuses.
//
// - The "development" export condition points at TypeScript sources, for the
//   tests and tools of this repository. Vite's dev server and webpack in
//   development mode turn that condition on by themselves: published, it
//   would send an app's dev build to sources that are not even in the package.
// - `imports` would name workspace-only modules (tests' helpers, if ever), which are not published.
// - devDependencies and scripts mean nothing outside the workspace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The published packages' folders under packages/, dependencies first. */
export const PACKAGES = ['sdk', 'widget', 'feed-tools'];

/** The export condition that only this repository's tools use. */
const WORKSPACE_CONDITION = 'development';

/** An `exports` value without the workspace-only condition, at any depth. */
function withoutWorkspaceCondition(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== WORKSPACE_CONDITION)
      .map(([key, inner]) => [key, withoutWorkspaceCondition(inner)]),
  );
}

/**
 * The package.json a package is published with: its own, less what only the
 * workspace uses (see the top of this file).
 * @param {Record<string, unknown>} manifest a package folder's package.json
 */
export function publishManifest(manifest) {
  const { devDependencies: _dev, scripts: _scripts, imports: _imports, ...published } = manifest;
  if (published.exports) published.exports = withoutWorkspaceCondition(published.exports);
  return published;
}

/** Runs npm (the one running this script, else the one on the PATH). */
export function npm(args, options = {}) {
  const cli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;
  const [command, argv] = cli ? [process.execPath, [cli, ...args]] : ['npm', args];
  const result = spawnSync(command, argv, { encoding: 'utf8', ...options });
  if (result.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed (status ${result.status}):\n${result.stderr || result.stdout || result.error}`);
  }
  return result.stdout;
}

/**
 * Packs each package from a staging folder holding its published files, its
 * README and CHANGELOG, the licence and its publish manifest.
 * @param {string} destination where the tarballs go (created if missing)
 * @returns {{ name: string, version: string, file: string, size: number, files: string[], manifest: Record<string, any> }[]}
 */
export function packPackages(destination) {
  const out = resolve(destination);
  mkdirSync(out, { recursive: true });
  const stage = mkdtempSync(join(tmpdir(), 'repere-pack-'));
  try {
    return PACKAGES.map((dir) => {
      const source = join(root, 'packages', dir);
      const manifest = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
      const target = join(stage, dir);
      mkdirSync(target);
      for (const entry of [...(manifest.files ?? []), 'README.md', 'CHANGELOG.md']) {
        if (!existsSync(join(source, entry))) {
          throw new Error(`${manifest.name}: ${entry} is missing; run \`npm run build\` first.`);
        }
        cpSync(join(source, entry), join(target, entry), { recursive: true });
      }
      copyFileSync(join(root, 'LICENSE'), join(target, 'LICENSE'));
      const published = publishManifest(manifest);
      writeFileSync(join(target, 'package.json'), `${JSON.stringify(published, null, 2)}\n`);
      const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', out], { cwd: target }));
      return {
        name: packed.name,
        version: packed.version,
        file: join(out, packed.filename),
        size: packed.size,
        files: packed.files.map((f) => f.path),
        manifest: published,
      };
    });
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--refuse-publish')) {
    // A package folder's prepublishOnly: see the top of this file.
    console.error('Publish the tarballs `npm run pack` writes to release/, not a package folder: its package.json has workspace-only fields (the "development" export condition, test imports).');
    process.exit(1);
  }
  try {
    for (const { file, size, files } of packPackages(join(root, 'release'))) {
      console.log(`${file.slice(root.length)}  ${(size / 1024).toFixed(1)} KB, ${files.length} files`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
