// The interface languages have one table, languages.ts; the lists that cannot
// import it (lit-localize.json, which must stay JSON; the bundlers' loader,
// which needs one literal import() per language) must name exactly its
// languages.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { DOWNLOADED_LOCALES, INLINE_LOCALES, UI_LOCALES } from '../src/languages.js';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the interface languages’ one table', () => {
  it('is what lit-localize.json translates: English as the source, every other language a target', () => {
    const config = JSON.parse(read('lit-localize.json')) as { sourceLocale: string; targetLocales: string[] };
    expect(config.sourceLocale).to.equal('en');
    expect([config.sourceLocale, ...config.targetLocales].sort()).to.deep.equal([...UI_LOCALES].sort());
  });

  it('is what the bundlers’ loader imports, one chunk for each language that is not inline, and nothing else', () => {
    const cases = [...read('src/locale-loader.ts').matchAll(/case '([^']+)': return import\('\.\/generated\/locales\/([^']+)\.js'\)/g)];
    expect(cases.map((m) => m[1])).to.deep.equal([...DOWNLOADED_LOCALES]);
    expect(cases.every((m) => m[1] === m[2])).to.equal(true);
    expect(INLINE_LOCALES).to.deep.equal(['fr', 'en']);
  });
});
