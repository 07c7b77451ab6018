// A single-page app that shows and hides finders must not pile feeds up in
// the engine: a finder removed before its feed has loaded lets it go too,
// whether it was removed in the same task, while loading, or just after.
// Measured as the engine worker's heap after a full garbage collection.
import { expect } from 'chai';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../test/support/fixture.js';
import { feed } from '../fixtures/feed.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

/** A feed of `n` records with distinct text: a few megabytes once indexed. */
function bigFeed(n: number): object {
  const base = feed.resources[1]!;
  return {
    ...feed,
    resources: Array.from({ length: n }, (_, i) => ({
      ...base,
      id: `r${i}`,
      name: { fr: `Service communautaire numéro ${i} ${'abcdefghij'.slice(i % 10)}` },
      description: { fr: `Description ${i}: repas ${i * 7} livrés, aide ${i * 13} au quartier ${i % 97}, tous les jours ${i}.` },
    })),
  };
}

const heapMB = async (): Promise<number | null> => {
  const bytes = await executeServerCommand<number | null, undefined>('repere-worker-heap');
  return bytes === null ? null : bytes / 1e6;
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Appends a finder given `data`, removes it after `removeAfter` ms (-1: in the same task). */
async function cycle(data: object, removeAfter: number): Promise<void> {
  const el = document.createElement('repere-finder') as RepereFinder;
  el.setAttribute('lang', 'fr');
  el.feedData = data;
  document.body.append(el);
  if (removeAfter < 0) el.remove();
  else {
    await pause(removeAfter);
    el.remove();
  }
}

/** The heap once loads sent so far are done (the engine answers in order). */
async function settledHeap(data: object): Promise<number> {
  const probe = document.createElement('repere-finder') as RepereFinder;
  probe.feedData = data;
  document.body.append(probe);
  await probe.updateComplete;
  await probe.searchComplete;
  probe.remove();
  await pause(50);
  return (await heapMB())!;
}

describe('<repere-finder>: removed before its feed has loaded', function () {
  this.timeout(120_000);
  const data = bigFeed(1500);
  let baseline = 0;

  before(async function () {
    // Once, so that the engine is up and its code warm.
    baseline = await settledHeap(data);
    if ((await heapMB()) === null) this.skip(); // no engine worker (page-thread engine): nothing to measure here
  });

  for (const [label, removeAfter] of [
    ['in the same task', -1],
    ['5 ms after being added', 5],
    ['20 ms after being added', 20],
  ] as const) {
    it(`lets the engine forget the feed when removed ${label} (20 finders)`, async () => {
      for (let i = 0; i < 20; i++) await cycle(data, removeAfter);
      const after = await settledHeap(data);
      // One feed of this size is a few megabytes; twenty kept would be tens.
      expect(after - baseline, `engine heap grew from ${baseline.toFixed(1)} MB to ${after.toFixed(1)} MB`).to.be.below(4);
    });
  }
});
