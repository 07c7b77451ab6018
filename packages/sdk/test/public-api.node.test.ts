// The SDK's public entry is what docs/sdk.md lists, each name with its TSDoc;
// what Repère's own packages need beyond it lives in `@repere/sdk/internal`.
// Read from the sources with the TypeScript compiler, types included.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import * as sdk from '@repere/sdk';
import * as internal from '@repere/sdk/internal';

const src = (name: string) => fileURLToPath(new URL(`../src/${name}`, import.meta.url));

/** Every name an entry exports (values and types), with whether its declaration has a TSDoc comment. */
function exportsOf(entry: string): Map<string, boolean> {
  const file = src(entry);
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
  const names = new Map<string, boolean>();
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    // A summary, or a tag that stands for one (`@deprecated Renamed …`).
    const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
    names.set(symbol.name, summary !== '' || target.getJsDocTags(checker).some((tag) => tag.name === 'deprecated'));
  }
  return names;
}

/** The names in backticks in docs/sdk.md's section "Everything `@repere/sdk` exports". */
function documentedNames(): Set<string> {
  const doc = readFileSync(new URL('../../../docs/sdk.md', import.meta.url), 'utf8');
  const start = doc.indexOf('## Everything `@repere/sdk` exports');
  expect(start, 'docs/sdk.md has its list of exports').to.be.greaterThan(-1);
  const section = doc.slice(start).split(/\n## /)[0]!.split('@repere/sdk/internal')[0]!;
  const names = [...section.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]!);
  return new Set(names);
}

describe('the SDK public API', function () {
  this.timeout(60_000);
  const publicNames = exportsOf('index.ts');

  it('is exactly the list in docs/sdk.md, types included', () => {
    const documented = documentedNames();
    const exported = new Set(publicNames.keys());
    expect([...exported].filter((n) => !documented.has(n)), 'exported but not listed in docs/sdk.md').to.deep.equal([]);
    expect([...documented].filter((n) => !exported.has(n)), 'listed in docs/sdk.md but not exported').to.deep.equal([]);
  });

  it('gives every export a TSDoc comment', () => {
    expect([...publicNames].filter(([, documented]) => !documented).map(([name]) => name)).to.deep.equal([]);
  });

  it('keeps the internals (index building, retry delays, time-zone arithmetic) out of it, in @repere/sdk/internal', () => {
    for (const name of ['buildIndex', 'searchIndex', 'retryDelay', 'lastGoodKey', 'zonedParts', 'zonedInstant']) {
      expect(sdk, name).not.to.have.property(name);
      expect(internal, name).to.have.property(name).that.is.a('function');
    }
  });

  it('exports each name from one entry only', () => {
    const internalNames = exportsOf('internal.ts');
    expect([...internalNames.keys()].filter((n) => publicNames.has(n))).to.deep.equal([]);
  });

  it('exports at run time every value it declares', () => {
    const values = Object.keys(sdk).sort();
    expect(values.every((name) => publicNames.has(name))).to.equal(true);
    expect(values).to.include.members(['loadFeed', 'validateFeed', 'createFinder', 'FeedError', 'FACET_DIMENSIONS']);
  });
});
