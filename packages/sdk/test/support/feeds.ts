// Small feeds built in code, so that each test shows the data it relies on.
import type { FeedDocument, ResourceInput } from '@repere/sdk';

export const CATEGORIES = [
  { id: 'food', name: { fr: 'Alimentation', en: 'Food' } },
  { id: 'food-banks', parent: 'food', name: { fr: 'Banques alimentaires', en: 'Food banks' }, keywords: { fr: ['dépannage alimentaire'], en: ['food pantry'] } },
  { id: 'meals-on-wheels', parent: 'food', name: { fr: 'Popote roulante', en: 'Meals on wheels' } },
  { id: 'health', name: { fr: 'Santé', en: 'Health' } },
  { id: 'mental-health', parent: 'health', name: { fr: 'Santé mentale', en: 'Mental health' }, keywords: { fr: ['idées noires', 'détresse'], en: ['distress'] } },
  { id: 'housing', name: { fr: 'Logement', en: 'Housing' } },
  { id: 'homework', name: { fr: 'Aide aux devoirs', en: 'Homework help' } },
];

export const REGIONS = [
  { id: 'bas-saint-laurent', name: 'Bas-Saint-Laurent', centroid: { lat: 48.2, lon: -68.5 } },
  { id: 'kamouraska', parent: 'bas-saint-laurent', name: 'Kamouraska' },
  { id: 'rimouski-neigette', parent: 'bas-saint-laurent', name: 'Rimouski-Neigette' },
  { id: 'estrie', name: 'Estrie' },
  { id: 'sherbrooke', parent: 'estrie', name: 'Sherbrooke' },
];

export function feedOf(resources: unknown[], extra: Partial<FeedDocument> = {}): FeedDocument {
  return {
    format: 'repere-feed',
    version: 1,
    title: { fr: 'Ressources de test', en: 'Test resources' },
    updated: '2026-11-01',
    defaultLocale: 'fr',
    timezone: 'America/Toronto',
    categories: CATEGORIES,
    regions: REGIONS,
    resources: resources as ResourceInput[],
    ...extra,
  } as FeedDocument;
}

export const RESOURCES: ResourceInput[] = [
  {
    id: 'popote-kamouraska',
    name: { fr: 'Popote roulante du Kamouraska', en: 'Kamouraska Meals on Wheels' },
    description: { fr: 'Repas chauds livrés à domicile aux aînés.', en: 'Hot meals delivered at home to seniors.' },
    categories: ['meals-on-wheels'],
    regions: ['kamouraska'],
    audiences: ['seniors'],
    languages: ['fr'],
    delivery: ['home-visit'],
    cost: 'low-cost',
    phones: [{ number: '418-555-0142' }],
    locations: [{ address: { street: '12, rue Principale', city: 'La Pocatière', province: 'QC', postalCode: 'G0R 1Z0' }, lat: 47.366, lon: -70.033 }],
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' }],
  },
  {
    id: 'banque-rimouski',
    name: 'Moisson Rimouski-Neigette',
    description: "Dépannage alimentaire d'urgence pour les familles et les personnes seules.",
    categories: ['food-banks'],
    regions: ['rimouski-neigette'],
    audiences: ['families'],
    languages: ['fr'],
    delivery: ['in-person'],
    cost: 'free',
    phones: [{ number: '418-555-0170' }],
    locations: [{ address: { city: 'Rimouski' }, lat: 48.449, lon: -68.523 }],
    hours: [{ days: ['tu', 'th'], opens: '13:00', closes: '16:00' }],
  },
  {
    id: 'sante-mentale-sherbrooke',
    name: { fr: 'Centre de santé mentale de Sherbrooke', en: 'Sherbrooke Mental Health Centre' },
    description: { fr: 'Écoute, groupes de soutien et accompagnement.', en: 'Listening, support groups and accompaniment.' },
    categories: ['mental-health'],
    regions: ['sherbrooke'],
    audiences: ['youth', 'families'],
    languages: ['fr', 'en'],
    delivery: ['in-person', 'phone'],
    cost: 'free',
    phones: [{ number: '819-555-0123' }],
    locations: [{ address: { city: 'Sherbrooke' }, lat: 45.404, lon: -71.893 }],
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '16:30' }],
  },
  {
    id: 'logement-estrie',
    name: { fr: 'Comité logement de l’Estrie', en: 'Estrie Housing Committee' },
    description: { fr: 'Aide à la recherche de logement et information sur les droits des locataires.' },
    categories: ['housing'],
    regions: ['estrie'],
    languages: ['fr'],
    cost: 'free',
    website: 'https://logement.example.org',
  },
  {
    id: 'devoirs-rimouski',
    name: { fr: "L'aide aux devoirs de Rimouski", en: 'Rimouski Homework Help' },
    categories: ['homework'],
    regions: ['rimouski-neigette'],
    audiences: ['children', 'students'],
    languages: ['fr'],
    cost: 'free',
  },
  {
    id: 'cuisine-collective',
    name: { fr: 'Cuisine collective La Marmite', en: 'La Marmite community kitchen' },
    description: { fr: 'Cuisiner ensemble des repas économiques; banque de recettes.', en: 'Cook affordable meals together.' },
    categories: ['food'],
    regions: ['kamouraska'],
    cost: 'low-cost',
  },
];
