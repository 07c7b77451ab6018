// The widget names each value of the SDK's closed vocabularies (audiences,
// delivery modes, costs, phone kinds) with a UI string of its own: a value the
// SDK accepts but the widget has no label for would show residents its raw
// code ("people-with-disabilities"). Checked against the SDK's lists, so that
// a value added to a vocabulary fails here until it is labelled.
import { expect } from 'chai';
import { AUDIENCES, COSTS, DELIVERY_MODES, PHONE_KINDS } from '@repere/sdk';
import { inLocale } from '../../src/i18n.js';
import { audienceLabel, costLabel, deliveryLabel, phoneKindLabel } from '../../src/finder/labels.js';

const vocabularies = [
  ['audience', AUDIENCES, audienceLabel],
  ['delivery mode', DELIVERY_MODES, deliveryLabel],
  ['cost', COSTS, costLabel],
  ['phone kind', PHONE_KINDS, phoneKindLabel],
] as const;

describe('labels for the SDK vocabularies', () => {
  for (const [name, values, label] of vocabularies) {
    for (const locale of ['en', 'fr'] as const) {
      it(`names every ${name} in ${locale === 'en' ? 'English' : 'French'}, each differently`, () => {
        const labels = values.map((value) => inLocale(locale, () => label(value)));
        // A label is words, not the code itself (the fallback for a value the widget does not know).
        values.forEach((value, i) => expect(labels[i], value).to.be.a('string').and.not.equal(value).and.not.equal(''));
        expect(new Set(labels).size, labels.join(', ')).to.equal(values.length);
      });
    }
  }

  it('shows a value from a newer vocabulary as it is, and an unknown phone kind as a phone', () => {
    expect(inLocale('fr', () => audienceLabel('astronauts'))).to.equal('astronauts');
    expect(inLocale('fr', () => phoneKindLabel('pager'))).to.equal(inLocale('fr', () => phoneKindLabel('voice')));
  });

  it('speaks each language: « Personnes aînées » and « Gratuit » in French, Seniors and Free in English', () => {
    expect(inLocale('fr', () => audienceLabel('seniors'))).to.equal('Personnes aînées');
    expect(inLocale('fr', () => costLabel('free'))).to.equal('Gratuit');
    expect(inLocale('en', () => audienceLabel('seniors'))).to.equal('Seniors');
    expect(inLocale('en', () => costLabel('free'))).to.equal('Free');
  });
});
