import { expect } from 'chai';
import { remembered } from '../../src/finder/remembered.js';

describe('remembered', () => {
  it('computes each key once and gives the same answer again', () => {
    const asked: string[] = [];
    const hosts = remembered<string>();
    const host = (url: string) =>
      hosts(url, () => {
        asked.push(url);
        return new URL(url).hostname;
      });
    expect(host('https://a.example/x')).to.equal('a.example');
    expect(host('https://b.example/')).to.equal('b.example');
    expect(host('https://a.example/x')).to.equal('a.example');
    expect(asked).to.deep.equal(['https://a.example/x', 'https://b.example/']);
  });

  it('remembers that there is no answer', () => {
    let calls = 0;
    const safe = remembered<string | undefined>();
    const check = (url: string) =>
      safe(url, () => {
        calls++;
        return url.startsWith('https:') ? url : undefined;
      });
    expect(check('javascript:alert(1)')).to.equal(undefined);
    expect(check('javascript:alert(1)')).to.equal(undefined);
    expect(calls).to.equal(1);
  });

  it('keeps at most its limit of answers, and answers right after letting them go', () => {
    let calls = 0;
    const uppers = remembered<string>(2);
    const upper = (s: string) =>
      uppers(s, () => {
        calls++;
        return s.toUpperCase();
      });
    expect([upper('a'), upper('b'), upper('c'), upper('a')]).to.deep.equal(['A', 'B', 'C', 'A']);
    expect(calls, 'a was let go when c came').to.equal(4);
  });
});
