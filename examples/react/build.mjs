#!/usr/bin/env node
// Bundles the React example (src/app.jsx) into dist/app.js with esbuild:
// React 19 in production mode, and the <repere-finder> element imported from
// the BUILT @repere/widget (packages/widget/dist/index.js), as an app that
// installed the package would. `npm start` (scripts/serve.mjs) calls this on
// start; run it by hand with `node examples/react/build.mjs` after `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

/** Where the bundle goes (gitignored). */
export const REACT_EXAMPLE_OUTFILE = join(here, 'dist', 'app.js');

/**
 * Builds examples/react/dist/app.js. Needs the widget and the SDK built
 * (`npm run build`): it throws a clear error otherwise.
 * @returns {Promise<string>} the path of the bundle written
 */
export async function buildReactExample({ logLevel = 'warning' } = {}) {
  for (const file of ['packages/widget/dist/index.js', 'packages/sdk/dist/index.js']) {
    if (!existsSync(join(root, file))) {
      throw new Error(`The React example needs ${file}: run \`npm run build\` first.`);
    }
  }
  await build({
    absWorkingDir: root,
    // The finder starts its search engine as `new Worker(new URL('./engine.worker.js',
    // import.meta.url))`: esbuild does not follow that form (Vite, webpack and
    // Parcel do), so the worker is one more entry point, beside app.js.
    entryPoints: { app: join(here, 'src', 'app.jsx'), 'engine.worker': '@repere/widget/engine.worker.js' },
    outdir: join(here, 'dist'),
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // React's package entry points are CommonJS and pick their production
    // build from process.env.NODE_ENV.
    define: { 'process.env.NODE_ENV': '"production"' },
    // Only the published entry points (dist/), never the packages' sources.
    conditions: ['module'],
    minify: true,
    sourcemap: true,
    legalComments: 'eof',
    logLevel,
  });
  return REACT_EXAMPLE_OUTFILE;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const out = await buildReactExample();
    console.log(`React example built: ${relative(process.cwd(), out)}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
