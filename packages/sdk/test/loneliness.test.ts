// Loneliness and isolation in residents' own words: what a 211 counsellor
// answers when a daughter writes « ma mère est seule toute la journée » —
// friendly visits and calls, check-in calls, a day centre, a listening line
// when no distress is said — and what « seul » means elsewhere (« un seul
// repas », « parent seul »). On a small fictional directory whose services
// are written as real ones are (the food bank serves « personnes seules »
// too), and on the demo feed.
import { expect } from 'chai';
import { readRepoFile } from '../../../test-support/network.js';
import { createFinder, validateFeed, type Finder } from '@repere/sdk';
import { feedOf } from './support/feeds.js';

const categories = [
  { id: 'seniors', name: { fr: 'Aînés', en: 'Seniors' } },
  { id: 'friendly-contact', parent: 'seniors', name: { fr: 'Visites et appels d’amitié', en: 'Friendly visits and calls' } },
  { id: 'day-centres', parent: 'seniors', name: { fr: 'Centres de jour', en: 'Day centres' } },
  { id: 'home-support', parent: 'seniors', name: { fr: 'Soutien à domicile', en: 'Home support' } },
  { id: 'caregivers', name: { fr: 'Proches aidants', en: 'Caregivers' } },
  { id: 'listening-lines', name: { fr: 'Lignes d’écoute', en: 'Listening lines' } },
  { id: 'crisis', name: { fr: 'Crise et prévention du suicide', en: 'Crisis and suicide prevention' }, distress: ['suicide', 'crisis'] },
  { id: 'food-banks', name: { fr: 'Dépannage alimentaire', en: 'Food banks' } },
  { id: 'meals-on-wheels', name: { fr: 'Popote roulante', en: 'Meals on wheels' } },
  { id: 'families', name: { fr: 'Familles', en: 'Families' } },
];

const at = (n: number) => ({ phones: [{ number: `418-555-01${String(n).padStart(2, '0')}` }], website: `https://service-${n}.example.org` });

const resources = [
  {
    id: 'voisins-de-coeur',
    name: { fr: 'Voisins de cœur', en: 'Heart Neighbours' },
    description: {
      fr: 'Des bénévoles rendent visite chaque semaine aux aînés isolés et des visites d’amitié à domicile.',
      en: 'Volunteers visit isolated seniors at home every week: friendly visits.',
    },
    categories: ['friendly-contact'],
    audiences: ['seniors'],
    delivery: ['home-visit'],
    ...at(10),
  },
  {
    id: 'appels-securisants',
    name: { fr: 'Appels sécurisants Bellerive', en: 'Bellerive Telephone Reassurance' },
    description: {
      fr: 'Un appel d’amitié chaque matin, à heure fixe, pour les personnes âgées qui vivent seules.',
      en: 'A friendly call every morning at a set time for older adults who live alone.',
    },
    categories: ['friendly-contact'],
    audiences: ['seniors'],
    delivery: ['phone'],
    ...at(11),
  },
  {
    id: 'centre-de-jour-les-tilleuls',
    name: { fr: 'Centre de jour Les Tilleuls', en: 'Les Tilleuls Day Centre' },
    description: {
      fr: 'Activités de groupe, dîner et transport pour les aînés en perte d’autonomie, pour briser l’isolement.',
      en: 'Group activities, lunch and transport for older adults losing autonomy, to break isolation.',
    },
    categories: ['day-centres'],
    audiences: ['seniors'],
    ...at(12),
  },
  {
    id: 'soutien-a-domicile',
    name: { fr: 'Coop de soutien à domicile', en: 'Home Support Co-op' },
    description: { fr: 'Entretien ménager, courses et aide au bain pour rester chez soi.', en: 'Housekeeping, errands and help with bathing to stay at home.' },
    categories: ['home-support'],
    audiences: ['seniors'],
    ...at(13),
  },
  {
    id: 'repit-proches-aidants',
    name: { fr: 'Répit Proches aidants Bellerive', en: 'Bellerive Caregiver Respite' },
    description: { fr: 'Répit et groupes de soutien pour les proches aidants d’un parent âgé.', en: 'Respite and support groups for people caring for an aging parent.' },
    categories: ['caregivers'],
    audiences: ['caregivers'],
    ...at(14),
  },
  {
    id: 'tel-ecoute',
    name: { fr: 'Tel-Écoute Bellerive', en: 'Bellerive Listening Line' },
    description: { fr: 'Ligne d’écoute anonyme tous les soirs pour briser la solitude.', en: 'Anonymous listening line every evening for loneliness.' },
    categories: ['listening-lines'],
    delivery: ['phone'],
    ...at(15),
  },
  {
    id: 'ligne-crise',
    name: { fr: 'Ligne de crise Bellerive', en: 'Bellerive Crisis Line' },
    description: { fr: 'Intervention 24/7 pour les personnes qui pensent au suicide et leurs proches.', en: 'Help around the clock for people thinking of suicide and their loved ones.' },
    categories: ['crisis'],
    delivery: ['phone'],
    ...at(16),
  },
  {
    id: 'banque-alimentaire',
    name: { fr: 'Comptoir alimentaire Bellerive', en: 'Bellerive Food Bank' },
    description: { fr: 'Dépannage alimentaire pour les familles et les personnes seules.', en: 'Groceries for families and single people.' },
    categories: ['food-banks'],
    ...at(17),
  },
  {
    id: 'popote-roulante',
    name: { fr: 'Popote roulante Bellerive', en: 'Bellerive Meals on Wheels' },
    description: { fr: 'Repas chauds livrés à domicile aux aînés.', en: 'Hot meals delivered at home to seniors.' },
    categories: ['meals-on-wheels'],
    audiences: ['seniors'],
    ...at(18),
  },
  {
    id: 'maison-de-la-famille',
    name: { fr: 'Maison de la famille Bellerive', en: 'Bellerive Family House' },
    description: { fr: 'Soutien aux parents et aux familles monoparentales : ateliers, entraide, répit.', en: 'Support for parents and single-parent families: workshops, peer help, respite.' },
    categories: ['families'],
    audiences: ['families'],
    ...at(19),
  },
];

const bellerive = createFinder(validateFeed(feedOf(resources, { categories } as never), { warnings: false }));
const demo = createFinder(validateFeed(JSON.parse(await readRepoFile('examples/data/demo-feed.json')), { warnings: false }));

const top = async (finder: Finder, query: string, locale = 'fr', k = 3) =>
  (await finder.search(query, { locale, limit: k })).items.map((i) => i.resource.id);
const friendly = ['voisins-de-coeur', 'appels-securisants'];
const meals = ['banque-alimentaire', 'popote-roulante'];

describe('loneliness and isolation, in residents’ own words', () => {
  it('offers friendly visits when a resident says her mother is alone all day', async () => {
    const ids = await top(bellerive, 'ma mère est seule toute la journée');
    expect(ids.filter((id) => friendly.includes(id)), ids.join()).to.have.length(2);
    expect(ids).not.to.include.members(meals);
    // The food bank says « personnes seules » too: it is not the answer.
    expect(await top(bellerive, 'ma mère est seule toute la journée', 'fr', 5)).not.to.include('banque-alimentaire');
  });

  it('offers friendly contact for the ways families write it, in French and in English', async () => {
    const queries: [string, string][] = [
      ['mon père vit seul', 'fr'],
      ['personne ne vient la voir', 'fr'],
      ['elle s’ennuie toute seule', 'fr'],
      ['isolement des aînés', 'fr'],
      ['my mom is alone all day', 'en'],
      ['no one visits her', 'en'],
      ['my dad is isolated', 'en'],
      ['lonely', 'en'],
    ];
    for (const [q, locale] of queries) {
      const ids = await top(bellerive, q, locale);
      expect(ids.some((id) => friendly.includes(id)), `${q} → ${ids.join(', ')}`).to.equal(true);
      expect(ids.some((id) => meals.includes(id)), `${q} → ${ids.join(', ')}`).to.equal(false);
    }
  });

  it('offers the listening line and the day centre that speak of loneliness to « je me sens seule »', async () => {
    const ids = await top(bellerive, 'je me sens seule', 'fr', 5);
    expect(ids).to.include.members(['tel-ecoute', 'centre-de-jour-les-tilleuls']);
    expect(ids).not.to.include('banque-alimentaire');
  });

  it('reads « un seul repas par jour » as a meal, not as loneliness', async () => {
    const ids = await top(bellerive, 'un seul repas par jour', 'fr', 2);
    expect(ids).to.have.members(meals);
  });

  it('reads « parent seul » and « single parent » as a family', async () => {
    for (const [q, locale] of [['parent seul', 'fr'], ['single parent', 'en']] as const) {
      const ids = await top(bellerive, q, locale);
      expect(ids[0], `${q} → ${ids.join(', ')}`).to.equal('maison-de-la-famille');
      expect(ids.some((id) => friendly.includes(id)), `${q} → ${ids.join(', ')}`).to.equal(false);
    }
  });

  it('keeps a service’s own name to that service: « popote roulante » lists meal delivery, not every meal or every senior', async () => {
    // A phrase that is also a service's name (not only residents' words) stays discounted where the feed uses it.
    const { items, total } = await demo.search('popote roulante', { limit: 100 });
    expect(total).to.be.above(0);
    for (const item of items) expect(item.resource.categories, item.resource.id).to.include('meals-on-wheels');
  });

  it('still puts crisis help first for « je suis seule et j’ai envie de mourir »', async () => {
    for (const finder of [bellerive, demo]) {
      const { items } = await finder.search('je suis seule et j’ai envie de mourir', { limit: 3 });
      expect(items[0]?.distress).to.equal('suicide');
    }
    // The crisis line and the listening line (which answers suicide too) before any friendly visit.
    const ids = await top(bellerive, 'je suis seule et j’ai envie de mourir', 'fr', 2);
    expect(ids).to.have.members(['ligne-crise', 'tel-ecoute']);
  });

  it('offers the demo feed’s seniors’ friendly calls, not meals, for « ma mère est seule toute la journée »', async () => {
    const { items } = await demo.search('ma mère est seule toute la journée', { limit: 5 });
    const categories = items.map((i) => i.resource.categories);
    expect(categories.some((c) => c.includes('seniors-centres')), JSON.stringify(categories)).to.equal(true);
    expect(categories.some((c) => c.includes('meals-on-wheels') || c.includes('food-banks'))).to.equal(false);
  });
});
