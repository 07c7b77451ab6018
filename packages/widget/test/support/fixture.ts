// A tiny fixture helper: renders markup into the page, waits for the element
// to settle, and removes everything after each test.
import type { AxeResults, RunOptions } from 'axe-core';
import { expect } from 'chai';
import { clearLastGood } from '@repere/sdk';
import '../../src/finder/finder.js';
import type { RepereFinder } from '../../src/finder/finder.component.js';

const containers: HTMLElement[] = [];

export async function fixture<T extends HTMLElement = RepereFinder>(markup: string, setup?: (el: T) => void): Promise<T> {
  const container = document.createElement('div');
  container.innerHTML = markup;
  const el = container.firstElementChild as T;
  setup?.(el);
  document.body.append(container);
  containers.push(container);
  await settle(el);
  return el;
}

/** Waits until the finder has loaded, searched and rendered. */
export async function settle(el: HTMLElement): Promise<void> {
  const finder = el as unknown as RepereFinder;
  if ('searchComplete' in finder) {
    await finder.updateComplete;
    await finder.searchComplete;
    await finder.updateComplete;
  }
}

afterEach(async () => {
  for (const c of containers.splice(0)) c.remove();
  // The finder keeps the last good feed (Cache API): each test starts without one.
  await clearLastGood();
});

export const $ = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(el: Element, selector: string): E[] => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The names of the result cards, as a resident reads them. */
export const cardNames = (el: Element): string[] => $$(el, '.card .name > span:first-child').map((n) => text(n));

/** Asserts that axe-core finds no violation inside the element (its shadow root included). */
export async function expectAccessible(el: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(el, { resultTypes: ['violations'] });
  const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  expect(summary, summary.join('\n')).to.deep.equal([]);
}

/** Types into the search field as a resident would (input events), then waits for the debounced search. */
export async function typeQuery(el: RepereFinder, value: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await settle(el);
}

interface Axe {
  run(context: Element, options: RunOptions): Promise<AxeResults>;
}
let axeLoading: Promise<Axe> | undefined;
/** axe-core is a UMD script: it is loaded once, as a classic script. */
function loadAxe(): Promise<Axe> {
  axeLoading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = reject;
    document.head.append(script);
  });
  return axeLoading;
}
