import { expect } from 'chai';
import { localize } from '@repere/sdk';

describe('localize', () => {
  it('returns the asked language', () => {
    expect(localize({ fr: 'Santé', en: 'Health' }, 'en')).to.deep.equal({ value: 'Health', lang: 'en', isFallback: false });
  });

  it('matches a regional tag to its language, both ways', () => {
    expect(localize({ fr: 'Santé' }, 'fr-CA')).to.deep.equal({ value: 'Santé', lang: 'fr', isFallback: false });
    expect(localize({ 'fr-CA': 'Santé' }, 'fr')).to.deep.equal({ value: 'Santé', lang: 'fr-CA', isFallback: false });
  });

  it('falls back to the feed language and says so', () => {
    expect(localize({ fr: 'Banque alimentaire', es: 'Banco' }, 'en', ['fr'])).to.deep.equal({ value: 'Banque alimentaire', lang: 'fr', isFallback: true, isOnlyLanguage: false });
  });

  it('falls back to any language when the fallbacks are missing too', () => {
    expect(localize({ ar: 'مساعدة' }, 'en', ['fr'])).to.deep.equal({ value: 'مساعدة', lang: 'ar', isFallback: true, isOnlyLanguage: true });
  });

  it('says whether a fallback is the only language the text has', () => {
    // A Spanish reader whose browser also reads English gets English, and it is not "only" in English.
    expect(localize({ fr: 'Santé', en: 'Health' }, 'es', ['en', 'fr'])).to.deep.equal({ value: 'Health', lang: 'en', isFallback: true, isOnlyLanguage: false });
    expect(localize({ fr: 'Santé', en: '' }, 'es', ['en', 'fr'])).to.deep.equal({ value: 'Santé', lang: 'fr', isFallback: true, isOnlyLanguage: true });
  });

  it('returns nothing for missing or empty text', () => {
    expect(localize(undefined, 'fr')).to.equal(undefined);
    expect(localize({}, 'fr')).to.equal(undefined);
    expect(localize({ fr: '' }, 'fr')).to.equal(undefined);
  });

  it('prefers the text under the asked tag itself', () => {
    expect(localize({ 'fr-CA': 'Santé (Québec)', fr: 'Santé' }, 'fr')).to.deep.equal({ value: 'Santé', lang: 'fr', isFallback: false });
    expect(localize({ fr: '', 'fr-CA': 'Santé' }, 'fr')).to.deep.equal({ value: 'Santé', lang: 'fr-CA', isFallback: false });
  });
});
