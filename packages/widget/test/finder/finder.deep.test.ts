// A feed object with a value nested thousands of levels deep, given as
// `feedData`: the deep value is removed (as it is for a feed fetched by URL),
// the other records are shown, and the finder never hangs on "Loading".
import { expect } from 'chai';
import { $, text } from '../support/fixture.js';
import { feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

const status = (el: Element) => text($(el, '[part="status"]'));

function nested(depth: number): unknown {
  let v: unknown = 'fond';
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

/** Resolves with the element's outcome, or 'hung' after `ms`. */
async function outcome(el: RepereFinder, ms: number): Promise<string> {
  const hung = new Promise<string>((r) => setTimeout(() => r('hung'), ms));
  return Promise.race([el.searchComplete.then(() => status(el)), hung]);
}

describe('<repere-finder>: a feedData value nested very deep', () => {
  for (const depth of [1_500, 20_000, 200_000]) {
    it(`shows the other records of a feed with a value ${depth.toLocaleString('en')} levels deep`, async () => {
      const errors: string[] = [];
      const deep = { ...feed, resources: [{ ...feed.resources[1]!, extension: nested(depth) }, ...feed.resources.slice(2)] };
      const el = document.createElement('repere-finder') as RepereFinder;
      el.setAttribute('lang', 'fr');
      el.addEventListener('repere-error', (e) => errors.push((e as CustomEvent<{ code: string }>).detail.code));
      el.feedData = deep;
      document.body.append(el);
      try {
        expect(await outcome(el, 8000)).to.equal(`${deep.resources.length} ressources`);
        expect(errors).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  }
});
