// One rule for where tests go, in every package (docs/architecture.md): in
// the package's test/ folder, never beside the code in src/; Node-only ones
// end in .node.test.ts. What packages' tests share is in test-support/.
import { expect } from 'chai';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

describe('where tests go', () => {
  it('keeps every package’s tests in its test/ folder, none in src/', () => {
    const packages = readdirSync(join(root, 'packages'));
    expect(packages).to.include.members(['sdk', 'widget', 'feed-tools']);
    const misplaced = packages
      .map((name) => join(root, 'packages', name, 'src'))
      .filter((src) => existsSync(src))
      .flatMap(files)
      .filter((file) => /\.test\.[cm]?[jt]sx?$/.test(file))
      .map((file) => relative(root, file));
    expect(misplaced).to.deep.equal([]);
  });
});
