// The SDK's folders depend on each other one way only (feed ← hours ← search
// ← worker…), and its top-level modules beside the entries (errors, messages,
// options, time-zone, region-tree) are leaves that any folder may use.
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../src', import.meta.url));
const ENTRIES = new Set(['index.ts', 'internal.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** Each module's relative imports, as paths under src/: all of them, or (`values`) those that are not types only. */
function imports({ values = false } = {}): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(root)) {
    const from = relative(root, file).split(sep).join('/');
    const targets = [...readFileSync(file, 'utf8').matchAll(/^(import|export)( type)?\b[^;]*?\bfrom '(\.{1,2}\/[^']+)'/gms)]
      .filter((m) => !(values && m[2]))
      .map((m) => relative(root, join(dirname(file), m[3]!.replace(/\.js$/, '.ts'))).split(sep).join('/'));
    graph.set(from, targets);
  }
  return graph;
}

/** A module's top folder (`feed` for feed/validate/header.ts), or `.` beside the entries. */
const folderOf = (path: string) => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '.');

describe('the SDK layers', () => {
  const graph = imports();

  it('has no loop between its folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [from, targets] of graph) {
      for (const to of targets) {
        const a = folderOf(from);
        const b = folderOf(to);
        if (a === b || a === '.' || b === '.') continue;
        if (!edges.has(a)) edges.set(a, new Set());
        edges.get(a)!.add(b);
      }
    }
    const loops: string[] = [];
    const visit = (node: string, path: string[]) => {
      if (path.includes(node)) return void loops.push([...path.slice(path.indexOf(node)), node].join(' → '));
      for (const next of edges.get(node) ?? []) visit(next, [...path, node]);
    };
    for (const folder of edges.keys()) visit(folder, []);
    expect(loops).to.deep.equal([]);
  });

  it('keeps the validator (feed/) and the hours (hours/) from importing each other: both read time zones from time-zone.ts', () => {
    const crossing = [...graph].filter(([from, targets]) => from.startsWith('feed/') && targets.some((t) => t.startsWith('hours/')));
    expect(crossing).to.deep.equal([]);
    expect(graph.get('feed/validate/header.ts')).to.include('time-zone.ts');
    expect(graph.get('hours/zoned.ts')).to.include('time-zone.ts');
  });

  it('keeps the loader (feed/) from importing the search (search/): region shards and the search read the region tree from region-tree.ts', () => {
    const crossing = [...graph].filter(([from, targets]) => from.startsWith('feed/') && targets.some((t) => t.startsWith('search/')));
    expect(crossing).to.deep.equal([]);
    expect(graph.get('feed/shards.ts')).to.include('region-tree.ts');
    expect(graph.get('search/index-base.ts')).to.include('region-tree.ts');
  });

  it('keeps the top-level modules beside the entries as leaves (a type they name may live in a folder: types are gone at run time)', () => {
    for (const [from, targets] of imports({ values: true })) {
      if (from.includes('/') || ENTRIES.has(from)) continue;
      expect(targets.filter((t) => t.includes('/')), from).to.deep.equal([]);
    }
  });
});
