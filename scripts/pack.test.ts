// The three packages as an outside project gets them: packed with `npm pack`
// (scripts/pack.mjs), installed from the tarballs into a fresh project in the
// system's temporary folder, far from this workspace and its node_modules,
// then used the way their READMEs say. The install is offline: the third-party
// packages come from the npm cache that `npm ci` filled, through a lockfile
// written from this repository's own (a fresh clone in CI needs no network).
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { npm, packPackages, publishManifest } from './pack.mjs';
import { fileIn, startServer } from './static-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const FEED = join(root, 'packages/widget/test/pages/small-feed.json');
const BUILT = ['sdk', 'widget', 'feed-tools'].map((dir) => join(root, 'packages', dir, 'dist/index.js'));
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

type LockEntry = { version: string; dependencies?: Record<string, string>; [key: string]: unknown };
type Packed = ReturnType<typeof packPackages>[number];

/**
 * package-lock.json for a project depending on the tarballs: their entries
 * point at the files, and every third-party package they need, however deep,
 * is the entry this repository's lockfile has (so `npm ci --offline` finds
 * it in the cache by its integrity).
 */
function outsideLockfile(project: string, packed: Packed[]) {
  const workspaceLock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')).packages as Record<string, LockEntry>;
  const packages: Record<string, LockEntry> = {};
  const dependencies: Record<string, string> = {};
  const pending: string[] = [];
  for (const tarball of packed) {
    const spec = `file:${relative(project, tarball.file)}`;
    const manifest = tarball.manifest as LockEntry & { bin?: unknown; engines?: unknown; license?: string };
    dependencies[tarball.name] = spec;
    packages[`node_modules/${tarball.name}`] = {
      version: tarball.version,
      resolved: spec,
      integrity: `sha512-${createHash('sha512').update(readFileSync(tarball.file)).digest('base64')}`,
      license: manifest.license,
      ...(manifest.dependencies ? { dependencies: manifest.dependencies } : {}),
      ...(manifest.bin ? { bin: manifest.bin } : {}),
      ...(manifest.engines ? { engines: manifest.engines } : {}),
    };
    pending.push(...Object.keys(manifest.dependencies ?? {}));
  }
  while (pending.length) {
    const name = pending.pop()!;
    const key = `node_modules/${name}`;
    if (packages[key]) continue;
    const entry = workspaceLock[key];
    if (!entry) throw new Error(`${name} is not in package-lock.json: run npm install`);
    const { dev: _dev, devOptional: _devOptional, peer: _peer, ...kept } = entry;
    packages[key] = kept;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  const name = basename(project);
  return {
    name,
    lockfileVersion: 3,
    requires: true,
    packages: { '': { name, dependencies }, ...packages },
  };
}

/** Runs a command in the outside project; its exit status and output. */
function run(cwd: string, command: string, args: string[]) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the packages, packed and installed by an outside project', function () {
  this.timeout(90_000);
  let work: string;
  let project: string;
  let packed: Packed[];

  before(function () {
    if (BUILT.some((file) => !existsSync(file))) this.skip(); // a Node-only run before any build
    work = mkdtempSync(join(tmpdir(), 'repere-outside-'));
    project = join(work, 'app');
    mkdirSync(project);
    packed = packPackages(join(work, 'tarballs'));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify(outsideLockfile(project, packed), null, 2));
    const lock = JSON.parse(readFileSync(join(project, 'package-lock.json'), 'utf8'));
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: basename(project), private: true, type: 'module', dependencies: lock.packages[''].dependencies }, null, 2),
    );
    npm(['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel', 'error'], { cwd: project });
  });

  after(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('publishes built files, README, CHANGELOG and licence, never sources, tests or workspace-only fields', () => {
    for (const { name, files } of packed) {
      expect(files, name).to.include.members(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'dist/index.js', 'dist/index.d.ts']);
      expect(files.filter((f) => /^(src|test|build)\/|\.ts$(?<!\.d\.ts)|tsbuildinfo/.test(f)), name).to.deep.equal([]);
      const manifest = JSON.parse(readFileSync(join(project, 'node_modules', name, 'package.json'), 'utf8'));
      expect(JSON.stringify(manifest.exports), name).not.to.contain('development');
      expect(manifest, name).not.to.have.any.keys('imports', 'devDependencies', 'scripts');
      expect(manifest, name).to.include.keys('license', 'repository', 'homepage', 'keywords', 'engines', 'files', 'types', 'exports', 'sideEffects');
    }
    expect(packed.find((p) => p.name === '@repere/widget')!.files).to.include.members([
      'dist/repere-finder.bundle.js',
      'dist/repere-finder.iife.js',
      'dist/repere-engine.js',
      'dist/engine.worker.js',
      'dist/embed.html',
      'dist/embed.js',
      'dist/repere-embed.js',
      'dist/integrity.json',
      'custom-elements.json',
    ]);
  });

  it('imports the SDK in Node as an ES module and searches a feed', () => {
    writeFileSync(
      join(project, 'search.mjs'),
      `import { readFileSync } from 'node:fs';
import { createFinder, validateFeed } from '@repere/sdk';
const feed = validateFeed(JSON.parse(readFileSync(process.argv[2], 'utf8')));
const { items } = await createFinder(feed).search('popote', { locale: 'fr' });
console.log(JSON.stringify(items.map((item) => item.resource.id)));
`,
    );
    const r = run(project, process.execPath, ['search.mjs', FEED]);
    expect(r.code, r.err).to.equal(0);
    expect(JSON.parse(r.out)).to.deep.equal(['popote-fictive']);
  });

  it("type-checks an app's TypeScript against the published types of the SDK and the element", () => {
    writeFileSync(
      join(project, 'app.ts'),
      `import { createFinder, type Feed, type SearchResults } from '@repere/sdk';
import type { RepereFinder, RepereSelectEvent } from '@repere/widget';
export async function first(feed: Feed): Promise<string | undefined> {
  const result: SearchResults = await createFinder(feed).search('popote', { locale: 'en', filters: { regions: ['kamouraska'] } });
  return result.items[0]?.resource.id;
}
export function listen(finder: RepereFinder): void {
  finder.lang = 'fr';
  finder.addEventListener('repere-select', (e: RepereSelectEvent) => console.log(e.detail.id));
}
`,
    );
    writeFileSync(
      join(project, 'bad.ts'),
      `import { createFinder } from '@repere/sdk';\nimport type { RepereFinder } from '@repere/widget';\nexport const n: number = createFinder;\nexport const p = (f: RepereFinder): number => f.searchComplete;\n`,
    );
    const tsconfig = (files: string[]) =>
      JSON.stringify({ compilerOptions: { strict: true, skipLibCheck: true, noEmit: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], types: [] }, files });
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    writeFileSync(join(project, 'tsconfig.json'), tsconfig(['app.ts']));
    const good = run(project, process.execPath, [tsc, '-p', '.']);
    expect(good.code, good.out + good.err).to.equal(0);
    // The check can fail: a wrong use of the same API is an error in each
    // package (types that did not resolve would be \`any\`, and pass).
    writeFileSync(join(project, 'tsconfig.json'), tsconfig(['bad.ts']));
    const bad = run(project, process.execPath, [tsc, '-p', '.']);
    expect(bad.code).to.equal(2);
    expect(bad.out).to.match(/bad\.ts\(3,14\): error TS2322: Type '.*' is not assignable to type 'number'/);
    expect(bad.out).to.match(/bad\.ts\(4,47\): error TS2322: Type 'Promise<void>' is not assignable to type 'number'/);
  });

  it('runs `npx repere validate`, which passes a good feed and fails a broken one', () => {
    const good = run(project, 'npx', ['--offline', 'repere', 'validate', FEED]);
    expect(good.code, good.err).to.equal(0);
    expect(good.out).to.match(/^Valid: 3 resource\(s\)/m);
    writeFileSync(join(project, 'broken.json'), JSON.stringify({ format: 'repere-feed', version: 1, resources: [{ id: 'x' }] }));
    const bad = run(project, 'npx', ['--offline', 'repere', 'validate', 'broken.json', '--lang', 'fr']);
    expect(bad.code).to.equal(1);
    expect(bad.out + bad.err).to.match(/Erreurs?\s\(\d+\)\u00a0:/);
  });

  it('bundles `import "@repere/widget"` with rollup, and Chromium shows the cards a search finds', async function () {
    if (!existsSync(chromium)) this.skip();
    const www = join(project, 'www');
    mkdirSync(www);
    writeFileSync(join(project, 'main.js'), "import '@repere/widget';\n");
    writeFileSync(join(www, 'feed.json'), readFileSync(FEED));
    writeFileSync(
      join(www, 'index.html'),
      '<!doctype html><html lang="en"><meta charset="utf-8"><title>Outside app</title><script type="module" src="main.js"></script><repere-finder feed="feed.json" lang="en"></repere-finder></html>',
    );
    // As docs/embedding.md says for bundlers that do not follow `new Worker(new URL(…))`:
    // the engine worker is a second entry point. Rollup honours "sideEffects": a
    // built file left out of it would be dropped, and the element never defined.
    const { rollup } = await import('rollup');
    const { nodeResolve } = await import('@rollup/plugin-node-resolve');
    const bundle = await rollup({
      input: { main: join(project, 'main.js'), 'engine.worker': '@repere/widget/engine.worker.js' },
      plugins: [nodeResolve({ browser: true, rootDir: project })],
      onwarn: (warning, warn) => (warning.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(warning)),
    });
    await bundle.write({ dir: www, format: 'es' });
    await bundle.close();
    const server = await startServer((u) => fileIn(www, u.pathname));
    const url = `http://127.0.0.1:${server.port}`;
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.setViewport({ width: 390, height: 800 });
      await page.goto(`${url}/index.html`);
      // The finder is drawn with its first results, inside its shadow root:
      // polled, since no change of the page's own tree announces it.
      await page.waitForFunction(() => document.querySelector('repere-finder')?.shadowRoot?.querySelector('input[type="search"]'), { polling: 50, timeout: 30_000 });
      const input = await page.$('repere-finder >>> input[type="search"]');
      await input!.type('tax');
      await page.waitForFunction(
        () => {
          const titles = [...(document.querySelector('repere-finder')!.shadowRoot!.querySelectorAll('[part~="card-title"]'))];
          return titles.length === 1 && titles[0]!.textContent!.includes('Volunteer Tax Clinic');
        },
        { timeout: 15_000 },
      );
      // The engine ran in the worker the bundler emitted, not on the page's thread.
      expect(page.workers().map((w) => basename(new URL(w.url()).pathname))).to.include('engine.worker.js');
      expect(errors).to.deep.equal([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('refuses `npm publish` from a package folder, whose manifest points at sources', () => {
    const r = run(join(root, 'packages/sdk'), 'npm', ['publish', '--dry-run', '--offline']);
    expect(r.code).not.to.equal(0);
    expect(r.err).to.contain('Publish the tarballs `npm run pack` writes to release/');
  });

  it('leaves the workspace manifests as they are: only the published copy loses the workspace fields', () => {
    const sdk = JSON.parse(readFileSync(join(root, 'packages/sdk/package.json'), 'utf8'));
    expect(sdk.exports['.']).to.have.property('development');
    expect(publishManifest(sdk).exports['.']).to.deep.equal({ types: './dist/index.d.ts', default: './dist/index.js' });
  });
});
