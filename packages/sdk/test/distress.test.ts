// Distress is read once, in the SDK, for every interface: which kinds of
// distress a query speaks of, and which categories answer each kind.
import { expect } from 'chai';
import { DISTRESS_KINDS, validateFeed } from '@repere/sdk';
import { categoryAnswers, readDistress } from '../src/search/distress.js';
import { DISTRESS_ANSWERS, DISTRESS_WORDS } from '../src/search/lexicon/distress.js';
import { feedOf } from './support/feeds.js';

describe('reading distress in a query', () => {
  it('recognizes French and English words of distress, with or without accents', () => {
    for (const q of ['suicide', 'idées noires', 'IDEES NOIRES', 'je veux me tuer', 'kill myself', 'overdose', 'surdose', 'violence conjugale', 'domestic violence', 'abuse', 'détresse', 'crise', 'crisis', 'pensées suicidaires', 'suicidal thoughts'])
      expect(readDistress(q), q).not.to.deep.equal([]);
    for (const q of ['', 'popote', 'violon', 'aide aux devoirs', 'crispy', 'dangling']) expect(readDistress(q), q).to.deep.equal([]);
  });

  it('tells the kinds apart as a counsellor would', () => {
    expect(readDistress('je veux mourir')).to.deep.equal(['suicide']);
    expect(readDistress('I want to end it all')).to.deep.equal(['suicide']);
    expect(readDistress("mon mari me bat")).to.deep.equal(['violence']);
    expect(readDistress('he hits me')).to.deep.equal(['violence']);
    expect(readDistress("il m'a frappée")).to.deep.equal(['violence']);
    expect(readDistress('my friend took an overdose')).to.deep.equal(['overdose']);
    expect(readDistress('automutilation')).to.deep.equal(['self-harm']);
    expect(readDistress('nowhere to sleep tonight')).to.deep.equal(['shelter']);
  });

  it('does not read a bill or a haircut as self-harm', () => {
    expect(readDistress("on va me couper l'électricité")).to.deep.equal([]);
    expect(readDistress('Hydro va couper le courant')).to.deep.equal([]);
    expect(readDistress('je veux me couper les cheveux')).to.deep.equal([]);
    expect(readDistress('je veux me couper')).to.deep.equal(['self-harm']);
  });

  it('has words and answers for every kind of distress', () => {
    for (const kind of DISTRESS_KINDS) {
      expect(DISTRESS_WORDS[kind], kind).to.have.length.above(0);
      expect(DISTRESS_ANSWERS[kind], kind).to.have.length.above(0);
    }
    expect(Object.keys(DISTRESS_WORDS).sort()).to.deep.equal([...DISTRESS_KINDS].sort());
    expect(Object.keys(DISTRESS_ANSWERS).sort()).to.deep.equal([...DISTRESS_KINDS].sort());
  });
});

describe('categories that answer distress', () => {
  const categories = (list: object[]) => validateFeed({ ...feedOf([]), categories: list }).categories;

  it('infers what a category answers from its names and keywords', () => {
    const [lines, violence, addictions, shelter, food] = categories([
      { id: 'lignes', name: { fr: 'Lignes d’écoute', en: 'Helplines' } },
      { id: 'vc', name: { fr: 'Violence conjugale' } },
      { id: 'dep', name: { fr: 'Dépendances' }, keywords: { fr: ['toxicomanie'] } },
      { id: 'abri', name: { en: 'Emergency shelters' } },
      { id: 'food', name: { fr: 'Alimentation' } },
    ]);
    expect(categoryAnswers(lines!)).to.include.members(['suicide', 'crisis']);
    expect(categoryAnswers(violence!)).to.deep.equal(['violence']);
    expect(categoryAnswers(addictions!)).to.deep.equal(['overdose']);
    expect(categoryAnswers(shelter!)).to.deep.equal(['shelter']);
    expect(categoryAnswers(food!)).to.deep.equal([]);
  });

  it('takes what the feed says over what the names suggest, and reports unknown kinds', () => {
    const feed = validateFeed({
      ...feedOf([]),
      categories: [
        { id: 'cab', name: 'Centre d’action bénévole', distress: ['crisis'] },
        { id: 'vc', name: 'Ateliers de prévention de la violence', distress: [] },
        { id: 'x', name: 'X', distress: ['suicide', 'sadness'] },
      ],
    });
    expect(categoryAnswers(feed.categories[0]!)).to.deep.equal(['crisis']);
    // An empty list says "none": workshops on violence are not crisis help.
    expect(categoryAnswers(feed.categories[1]!)).to.deep.equal([]);
    expect(categoryAnswers(feed.categories[2]!)).to.deep.equal(['suicide']);
    expect(feed.problems.some((p) => p.code === 'invalid-field' && p.path === '$.categories[2].distress[1]')).to.equal(true);
  });
});
