// What the single-file bundles promise webmasters, checked on the files built
// by `npm run build` (npm test builds them first on a fresh clone).
import { expect } from 'chai';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import ts from 'typescript';

const widget = fileURLToPath(new URL('..', import.meta.url));
const dist = join(widget, 'dist');

/** The embed budget: one script tag's worth, gzip level 9 (its engine, a worker chunk, is counted apart). */
const EMBED_BUDGET_BYTES = 30_000;

describe('the single-file bundles', () => {
  for (const file of ['repere-finder.bundle.js', 'repere-finder.iife.js']) {
    it(`keeps ${file} within ${EMBED_BUDGET_BYTES.toLocaleString('en')} bytes gzip`, function () {
      const path = join(dist, file);
      if (!existsSync(path)) this.skip(); // a Node-only run before any build
      const gzipped = gzipSync(readFileSync(path), { level: 9 }).length;
      expect(gzipped, `${file}: ${gzipped} bytes gzip`).to.be.at.most(EMBED_BUDGET_BYTES);
    });
  }
});

/** Every .ts file of the widget's sources, tests aside. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'generated' ? [] : sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('UI strings', () => {
  it('give every msg() its own id, which the bundles rely on to drop id hashing', () => {
    const missing: string[] = [];
    let calls = 0;
    for (const path of sources(join(widget, 'src'))) {
      const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          calls++;
          const options = node.arguments[1];
          const id =
            options && ts.isObjectLiteralExpression(options)
              ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText(file) === 'id')
              : undefined;
          if (!id || !ts.isPropertyAssignment(id) || !ts.isStringLiteralLike(id.initializer)) {
            const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
            missing.push(`${path.slice(widget.length)}:${line + 1}`);
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(calls, 'msg() calls found').to.be.greaterThan(100);
    expect(missing, `msg() without a literal id: ${missing.join(', ')}`).to.deep.equal([]);
  });
});

/**
 * What the bundles' template-literal minifier says about one source file. It
 * warns on the console, and a literal it warns about ships unminified.
 */
async function minifierWarnings(code: string, path: string): Promise<string[]> {
  const plugin = minifyTemplateLiterals();
  const said: string[] = [];
  const { warn, log } = console;
  console.warn = console.log = (...args: unknown[]) => said.push(args.join(' '));
  try {
    const transform = plugin.transform as (this: unknown, code: string, id: string) => Promise<unknown>;
    await transform.call({ warn: (m: string) => said.push(m), error: (m: string) => said.push(m) }, code, path);
  } finally {
    console.warn = warn;
    console.log = log;
  }
  return said;
}

describe('the bundles\' CSS and HTML minification', () => {
  it('minifies every literal of the widget without a warning', async () => {
    const warned: string[] = [];
    for (const path of sources(join(widget, 'src'))) {
      const said = await minifierWarnings(readFileSync(path, 'utf8'), path);
      if (said.length) warned.push(`${path.slice(widget.length)}: ${said.join(' ').slice(0, 200)}`);
    }
    expect(warned).to.deep.equal([]);
  });

  it('would notice a css literal that is not a style sheet of its own', async () => {
    const code = "import { css } from 'lit';\nexport const palette = css`\n  --_text: var(--x, #000);\n`;\n";
    expect((await minifierWarnings(code, 'palette.ts')).join(' ')).to.match(/minif/i);
  });
});
