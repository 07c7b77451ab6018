// "My list" takes ids from a shared link and from storage, both untrusted:
// it keeps only ids a record can have (the SDK's ID_PATTERN, the rule the
// feed's validator applies), at most LIST_MAX, each once.
import { expect } from 'chai';
import { LIST_MAX, cleanIds, loadList, saveList } from '../../src/finder/list-store.js';

describe('My list ids', () => {
  it('keeps the ids a record can have, and drops the ones no valid feed holds', () => {
    const ok = ['popote', 'halte-nuit', 'r:12_a.b', 'A1', 'x'.repeat(200)];
    const junk = ['-popote', '.hidden', '_x', ':x', 'a b', 'é', '', 'x'.repeat(201), '<script>'];
    expect(cleanIds([...ok, ...junk])).to.deep.equal(ok);
  });

  it('keeps each id once, in order, and at most LIST_MAX', () => {
    const many = Array.from({ length: LIST_MAX + 10 }, (_, i) => `r${i}`);
    expect(cleanIds(['b', 'a', 'b'])).to.deep.equal(['b', 'a']);
    expect(cleanIds(many)).to.deep.equal(many.slice(0, LIST_MAX));
  });

  it('reads back from storage only the ids a record can have', () => {
    const key = 'repere:list:test-ids';
    try {
      localStorage.setItem(key, JSON.stringify(['popote', '-x', 42, 'halte-nuit']));
      expect(loadList(key)).to.deep.equal(['popote', 'halte-nuit']);
      saveList(key, []);
      expect(localStorage.getItem(key)).to.equal(null);
    } finally {
      localStorage.removeItem(key);
    }
  });
});
