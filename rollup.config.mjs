// One config builds every package from the JavaScript that `tsc -b` emits into
// each package's build/ folder (scripts/build.mjs runs tsc first). TypeScript
// compiles, rollup only bundles: this keeps rollup free of a TypeScript plugin
// and of its version constraints.
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { dts } from 'rollup-plugin-dts';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import MagicString from 'magic-string';

const pkg = (name) => `packages/${name}`;

/** Resolves workspace packages to their freshly compiled build/ output. */
function workspaceSources() {
  const map = {
    '@repere/sdk': `${pkg('sdk')}/build/index.js`,
    '@repere/sdk/internal': `${pkg('sdk')}/build/internal.js`,
  };
  return {
    name: 'repere-workspace',
    resolveId(id) {
      return map[id] ? this.resolve(map[id], undefined, { skipSelf: true }) : null;
    },
  };
}

/**
 * The single-file bundles keep French and English inline and fetch the other
 * languages from `locales/<code>.js` beside themselves: for those two builds,
 * the widget's `locale-loader.js` (literal dynamic imports, which
 * `inlineDynamicImports` would pull inside) is swapped for
 * `locale-loader.url.js` (imports by URL, left alone by rollup).
 */
function localesBesideTheBundle() {
  return {
    name: 'repere-locales-beside-the-bundle',
    resolveId(id, importer) {
      if (id === './locale-loader.js' && importer && /widget[\\/]build[\\/]i18n\.js$/.test(importer)) {
        return this.resolve('./locale-loader.url.js', importer, { skipSelf: true });
      }
      // And the search engine from `repere-engine.js`, beside them too.
      if (id === './engine-url.js' && importer && /widget[\\/]build[\\/]engine[\\/]open-engine\.js$/.test(importer)) {
        return this.resolve('./engine-url.bundle.js', importer, { skipSelf: true });
      }
      return null;
    },
  };
}

/**
 * Every `msg()` of the element carries its own id (a test holds them to it),
 * so @lit/localize never hashes a template into one. In the single-file
 * bundles its id generator (an FNV-1a hash) gives way to a stand-in that
 * returns the template's text: a message that somehow lacked an id would then
 * match no translation and show in English, as an untranslated one does.
 */
function messagesHaveIds() {
  const stub = 'export const generateMsgId = (strings) => (typeof strings === "string" ? strings : strings.join("\\x1e"));';
  return {
    name: 'repere-messages-have-ids',
    load(id) {
      return /@lit[\\/]localize[\\/]internal[\\/]id-generation\.js$/.test(id) ? stub : null;
    },
  };
}

/**
 * Message ids ("crisis.announce") are the keys between the element's `msg()`
 * calls and each language's strings. In the single-file bundles and the
 * language files beside them, each id is written as a short code instead,
 * the same in both (its rank among the ids of xliff/fr.xlf, which lists them
 * all): about 600 bytes of the embed bundle. Only ids with a dot are
 * shortened, so that no other string of the code can be mistaken for one.
 */
function shortMessageIds() {
  const ids = [...readFileSync(`${pkg('widget')}/xliff/fr.xlf`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((id) => id.includes('.'))
    .sort();
  const short = new Map(ids.map((id, i) => [id, `.${i.toString(36)}`]));
  const escape = (id) => id.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const literal = new RegExp(`(['"\`])(${ids.map(escape).join('|')})\\1`, 'g');
  return {
    name: 'repere-short-message-ids',
    transform(code, id) {
      if (!/widget[\\/]build[\\/]/.test(id)) return null;
      const out = new MagicString(code);
      let changed = false;
      for (const m of code.matchAll(literal)) {
        out.overwrite(m.index + 1, m.index + 1 + m[2].length, short.get(m[2]));
        changed = true;
      }
      return changed ? { code: out.toString(), map: out.generateMap({ hires: true }) } : null;
    },
  };
}

/** Copies the embed page, `src/embed/embed.html`, beside its script (tsc leaves HTML alone). */
function embedPage() {
  const source = `${pkg('widget')}/src/embed/embed.html`;
  return {
    name: 'repere-embed-page',
    buildStart() {
      this.addWatchFile(source);
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync(source, 'utf8') });
    },
  };
}

/**
 * In the single-file bundles, the page's copy of the SDK's FeedError carries
 * no error catalogue (`sdk/messages-page.ts` in place of `messages.ts` for
 * `errors.ts`): about 650 bytes gzip left to the engine, whose errors arrive
 * worded in English and French (FeedErrorData). The page's own rare errors
 * (no engine file, a feed object it cannot send) then say only their code.
 */
function errorsWordedByTheEngine() {
  return {
    name: 'repere-errors-worded-by-the-engine',
    resolveId(id, importer) {
      if (id === './messages.js' && importer && /sdk[\\/]build[\\/]errors\.js$/.test(importer)) {
        return this.resolve('./messages-page.js', importer, { skipSelf: true });
      }
      return null;
    },
  };
}

/** What the two single-file builds (ES module and iife) share: everything inside, minified. */
const singleFilePlugins = ({ module }) => [
  localesBesideTheBundle(),
  errorsWordedByTheEngine(),
  messagesHaveIds(),
  shortMessageIds(),
  workspaceSources(),
  nodeResolve({ browser: true }),
  minifyTemplateLiterals({ include: ['packages/widget/build/**'] }),
  terser({ ecma: 2020, module, compress: { passes: 3 }, format: { comments: /^!/ } }),
];

/**
 * Constructors without side effects: an unused module-level `new Set([...])`
 * (the SDK's stop words, beside the `fold` the element uses) is dropped from
 * the single-file bundles instead of kept "in case".
 */
const pureConstructors = { manualPureFunctions: ['Set', 'Map', 'WeakMap'] };

const silenceCircular = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && /node_modules/.test(warning.message)) return;
  warn(warning);
};

const configs = [];

// @repere/sdk: ES module for bundlers and Node, dependencies left to the app.
// Its two entries, the public API and `@repere/sdk/internal`, share their
// modules (dist/chunks/): one FeedError class, one cache of formatters.
configs.push(
  {
    input: { index: `${pkg('sdk')}/build/index.js`, internal: `${pkg('sdk')}/build/internal.js` },
    external: ['fuse.js', 'valibot'],
    output: { dir: `${pkg('sdk')}/dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js' },
    onwarn: silenceCircular,
  },
  {
    input: { index: `${pkg('sdk')}/build/index.d.ts`, internal: `${pkg('sdk')}/build/internal.d.ts` },
    output: { dir: `${pkg('sdk')}/dist`, format: 'es', chunkFileNames: 'chunks/types-[hash].d.ts' },
    plugins: [dts()],
  },
);

// @repere/widget
if (existsSync(`${pkg('widget')}/build/index.js`)) {
  // Each file names what it bundles: the engine's own banner names fuse.js and valibot.
  const widgetBanner = '/*! Repère <repere-finder> | MIT | bundles lit (BSD-3-Clause) */';
  configs.push(
    // For bundlers: lit, @lit/localize and the SDK stay external so that the host
    // app shares its copy of lit.
    {
      input: {
        index: `${pkg('widget')}/build/index.js`,
        // Started by index.js as `new Worker(new URL('./engine.worker.js', import.meta.url))`,
        // the form bundlers turn into a worker chunk.
        'engine.worker': `${pkg('widget')}/build/engine/engine.worker.js`,
      },
      external: (id) => /^(lit|@lit\/|@lit-labs\/|@repere\/sdk|fuse\.js|valibot)/.test(id),
      // No bare imports of the chunks' dependencies in the entry (`import '@repere/sdk'`):
      // the chunk imports what it uses, and an app's bundler warns about a side-effect-free import.
      output: { dir: `${pkg('widget')}/dist`, format: 'es', sourcemap: true, chunkFileNames: 'chunks/[name]-[hash].js', hoistTransitiveImports: false },
      onwarn: silenceCircular,
    },
    {
      input: `${pkg('widget')}/build/index.d.ts`,
      output: { file: `${pkg('widget')}/dist/index.d.ts`, format: 'es' },
      external: (id) => /^(lit|@lit\/|@repere\/sdk)/.test(id),
      plugins: [dts()],
    },
    // For a plain <script type="module">: everything inside, minified.
    {
      input: existsSync(`${pkg('widget')}/build/bundle.js`) ? `${pkg('widget')}/build/bundle.js` : `${pkg('widget')}/build/index.js`,
      // The module bundle, and the parts it imports on demand (the list
      // panel) in dist/parts/, which import lit and the strings from it:
      // the bundle may export more than its own API for them.
      preserveEntrySignatures: 'allow-extension',
      output: {
        dir: `${pkg('widget')}/dist`,
        entryFileNames: 'repere-finder.bundle.js',
        chunkFileNames: 'parts/[name]-[hash].js',
        format: 'es',
        banner: widgetBanner,
        sourcemap: true,
      },
      plugins: singleFilePlugins({ module: true }),
      treeshake: pureConstructors,
      onwarn: silenceCircular,
    },
    // The search engine the single-file bundles start as a module worker (or
    // import, where no worker can start): the SDK's loading, validation, index
    // and fuse.js, self-contained.
    {
      input: `${pkg('widget')}/build/engine/engine.worker.js`,
      output: { file: `${pkg('widget')}/dist/repere-engine.js`, format: 'es', banner: '/*! Repère search engine | MIT | bundles fuse.js (Apache-2.0), valibot (MIT) */', sourcemap: true },
      plugins: [workspaceSources(), nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: /^!/ } })],
      onwarn: silenceCircular,
    },
    // For a classic <script> without type="module": a loader of the module bundle beside it.
    {
      input: `${pkg('widget')}/build/iife.js`,
      output: { file: `${pkg('widget')}/dist/repere-finder.iife.js`, format: 'iife', banner: widgetBanner, sourcemap: true },
      plugins: [terser({ ecma: 2020, module: false, format: { comments: /^!/ } })],
    },
  );
  // The iframe embed: embed.html (copied from the sources) and its script,
  // which loads beside repere-finder.bundle.js; and the host page's snippet.
  configs.push(
    {
      input: `${pkg('widget')}/build/embed/page.js`,
      output: { file: `${pkg('widget')}/dist/embed.js`, format: 'es', banner: '/*! Repère embed page | MIT */', sourcemap: true },
      plugins: [embedPage(), workspaceSources(), nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: /^!/ } })],
      // Only the SDK's safeWebUrl is used: none of its modules' top-level code is needed.
      treeshake: { moduleSideEffects: (id) => !/sdk[\\/]build[\\/]/.test(id) },
    },
    {
      input: `${pkg('widget')}/build/embed/host.js`,
      output: { file: `${pkg('widget')}/dist/repere-embed.js`, format: 'iife', banner: '/*! Repère embed host snippet | MIT */', sourcemap: true },
      plugins: [terser({ ecma: 2020, module: false, format: { comments: /^!/ } })],
    },
  );
  // The languages fetched on demand by the single-file bundles: dist/locales/<code>.js,
  // one self-contained ES module each (its strings and @lit/localize's tiny `str`).
  // Which ones: the widget's one table of languages (languages.ts, as tsc emitted it).
  const { DOWNLOADED_LOCALES } = await import(`./${pkg('widget')}/build/languages.js`);
  for (const locale of DOWNLOADED_LOCALES) {
    const input = `${pkg('widget')}/build/generated/locales/${locale}.js`;
    if (!existsSync(input)) continue;
    configs.push({
      input,
      output: { file: `${pkg('widget')}/dist/locales/${locale}.js`, format: 'es', banner: '/*! Repère <repere-finder> UI strings | MIT */' },
      // Only `str` is used: none of @lit/localize's module-level code is needed.
      treeshake: { moduleSideEffects: false },
      plugins: [shortMessageIds(), nodeResolve({ browser: true }), terser({ ecma: 2020, module: true, format: { comments: /^!/ } })],
      onwarn: silenceCircular,
    });
  }
}

// @repere/feed-tools: Node only; its dependencies stay external.
if (existsSync(`${pkg('feed-tools')}/build/index.js`)) {
  const nodeExternal = (id) =>
    id.startsWith('node:') || builtinModules.includes(id) || /^(@repere\/sdk|csv-parse)/.test(id);
  configs.push(
    {
      input: {
        index: `${pkg('feed-tools')}/build/index.js`,
        ...(existsSync(`${pkg('feed-tools')}/build/cli.js`) ? { cli: `${pkg('feed-tools')}/build/cli.js` } : {}),
      },
      external: nodeExternal,
      output: { dir: `${pkg('feed-tools')}/dist`, format: 'es', sourcemap: true },
      onwarn: silenceCircular,
    },
    {
      input: `${pkg('feed-tools')}/build/index.d.ts`,
      output: { file: `${pkg('feed-tools')}/dist/index.d.ts`, format: 'es' },
      external: nodeExternal,
      plugins: [dts()],
    },
  );
}

export default configs;
