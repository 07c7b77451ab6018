// French typography in every French message of the CLI.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import type { FeedErrorCode, ProblemCode } from '@repere/sdk';
import { errorMessage, problemMessage } from '@repere/sdk/internal';
import { HELP, MESSAGE_CODES, message } from '../src/messages.js';
import { frenchTypographyFaults } from '../../../scripts/french-typography.mjs';

/** Any parameter a message asks for, as a neutral word. */
const params = new Proxy({}, { get: (_, key) => (key === 'count' ? 3 : 'x') });

describe('the CLI’s French messages', () => {
  it('put a no-break space before : ; ? ! and inside « », and use one kind of apostrophe (’)', () => {
    expect(MESSAGE_CODES.length).to.be.greaterThan(50);
    const faults = MESSAGE_CODES.flatMap((code) => frenchTypographyFaults(message(code, params, 'fr')).map((f) => `${code}: ${f}`));
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('follows it in `repere help --lang fr` too, but for what is typed as shown ("Nom: valeur")', () => {
    const prose = HELP.fr.replace(/"[^"]*"/g, '""');
    expect(frenchTypographyFaults(prose)).to.deep.equal([]);
    expect(HELP.fr).to.include('Utilisation\u00a0:');
  });

  it('writes « flux de base ; elle » with its no-break space', () => {
    expect(message('category-created', { id: 'aines', name: 'Aînés' }, 'fr')).to.equal(
      'La catégorie «\u00a0aines\u00a0» n’est pas dans le flux de base\u00a0; elle a été créée avec le nom «\u00a0Aînés\u00a0».',
    );
  });
});

describe('the SDK’s French messages, which the CLI prints', () => {
  /** The codes of one French catalogue of the SDK, read from its source. */
  const codes = (catalogue: string): string[] => {
    const source = readFileSync(new URL('../../sdk/src/messages.ts', import.meta.url), 'utf8');
    const start = source.indexOf(`const ${catalogue}`);
    const block = source.slice(start, source.indexOf('\n};', start));
    return [...block.matchAll(/^\s+'?([\w-]+)'?: \(/gm)].map((m) => m[1]!);
  };

  it('put a no-break space before : ; ? ! and inside « », and use one kind of apostrophe (’)', () => {
    const problems = codes('problemsFr');
    const errors = codes('errorsFr');
    expect(problems.length).to.be.greaterThan(15);
    expect(errors.length).to.be.greaterThan(5);
    const faults = [
      ...problems.flatMap((code) => frenchTypographyFaults(problemMessage(code as ProblemCode, params, 'fr')).map((f) => `${code}: ${f}`)),
      ...errors.flatMap((code) => frenchTypographyFaults(errorMessage(code as FeedErrorCode, params, 'fr')).map((f) => `${code}: ${f}`)),
    ];
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });
});
