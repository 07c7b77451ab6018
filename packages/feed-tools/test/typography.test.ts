// French typography in every French message of the CLI.
import { expect } from 'chai';
import { MESSAGE_CODES, message } from '../src/messages.js';
import { frenchTypographyFaults } from '../../../scripts/french-typography.mjs';

/** Any parameter a message asks for, as a neutral word. */
const params = new Proxy({}, { get: (_, key) => (key === 'count' ? 3 : 'x') });

describe('the CLI’s French messages', () => {
  it('put a no-break space before : ; ? ! and inside « », and use one kind of apostrophe (’)', () => {
    expect(MESSAGE_CODES.length).to.be.greaterThan(50);
    const faults = MESSAGE_CODES.flatMap((code) => frenchTypographyFaults(message(code, params, 'fr')).map((f) => `${code}: ${f}`));
    expect(faults, faults.join('\n')).to.deep.equal([]);
  });

  it('writes « flux de base ; elle » with its no-break space', () => {
    expect(message('category-created', { id: 'aines', name: 'Aînés' }, 'fr')).to.equal(
      'La catégorie «\u00a0aines\u00a0» n’est pas dans le flux de base\u00a0; elle a été créée avec le nom «\u00a0Aînés\u00a0».',
    );
  });
});
