// French typography in the finder's French catalogue: every target of
// xliff/fr.xlf (what the generated fr locale is built from).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { frenchTypographyFaults } from '../../../scripts/french-typography.mjs';

const xliff = readFileSync(fileURLToPath(new URL('../xliff/fr.xlf', import.meta.url)), 'utf8');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

describe('the French interface strings (xliff/fr.xlf)', () => {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">[\s\S]*?<target>([\s\S]*?)<\/target>/g)].map(([, id, target]) => ({
    id: id!,
    // Placeholders (a number, a time, a name) are not French text.
    text: decode(target!.replace(/<x [^>]*\/>/g, 'X')),
  }));

  it('has every unit translated', () => {
    expect(units.length).to.be.greaterThan(100);
  });

  it('puts a no-break space before : ; ? ! and uses one kind of apostrophe (’)', () => {
    const faults = units.flatMap(({ id, text }) => frenchTypographyFaults(text).map((f) => `${id}: ${f}`));
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('finds the faults it is looking for', () => {
    expect(frenchTypographyFaults("Besoin d'aide maintenant?")).to.have.length(2);
    expect(frenchTypographyFaults('Heures d’ouverture :')).to.have.length(1);
    expect(frenchTypographyFaults('Heures d’ouverture\u00a0: 8:30')).to.deep.equal([]);
  });
});
