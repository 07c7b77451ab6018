#!/usr/bin/env node
// Seeded generator of large, fictional, bilingual repere-feed v1 files for scale work.
//
//   node scripts/generate/large-feed.mjs --count 20000 --seed 42 -o /tmp/feed-20k.json [--pretty]
//
//   import { generateLargeFeed, PLANTED } from './scripts/generate/large-feed.mjs';
//   const feed = generateLargeFeed({ count: 20000, seed: 42 });
//
// Same {count, seed} → identical feed. Towns span every Quebec administrative
// region (plus Ottawa). A few "planted" records with fixed ids and distinctive
// names (PLANTED, with suggested queries) are spread through the list so that
// relevance can be tested at scale; they are part of `count`.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { createRng, slugify, fill, deFr, aFr } from './lib/random.mjs';
import { ALL_REGIONS, feedRegion } from './lib/geography.mjs';
import { CATEGORIES } from './lib/categories.mjs';
import { SERVICES, HOURS, NICKS, HOST, CLOSING } from './lib/services.mjs';
import { address, phoneAllocator, ACCESSIBILITY, HOLIDAYS, lt } from './lib/build.mjs';

// Relative frequency of each service type in a large feed.
const WEIGHTS = {
  'info-referral': 1, volunteering: 4, 'food-bank': 9, 'community-kitchen': 6, 'meals-on-wheels': 5,
  'mental-health-centre': 5, 'mental-health-group': 5, 'addiction-group': 4, 'addiction-service': 3, counselling: 3,
  'medical-transport': 5, 'crisis-line': 1, shelter: 3, 'womens-shelter': 2, 'housing-help': 4, 'home-support': 5,
  'caregiver-support': 4, 'seniors-centre': 6, 'youth-house': 6, 'homework-help': 4, 'family-centre': 5,
  'womens-centre': 3, lgbtq: 1, newcomers: 3, 'tax-clinic': 4, 'budget-debt': 2, 'legal-info': 2,
};

const FIRST = ['Marie', 'Jean', 'Louise', 'Gaétan', 'Réjeanne', 'Ghislain', 'Francine', 'Normand', 'Lise', 'Yvon', 'Diane',
  'Sylvie', 'Claude', 'Huguette', 'Rosaire', 'Thérèse', 'Gérard', 'Pierrette', 'Lucien', 'Jeannine', 'Marcel', 'Colette',
  'Armand', 'Germaine', 'Raymond', 'Cécile', 'Roméo', 'Solange', 'Adrien', 'Monique', 'Wilfrid', 'Rita', 'Omer', 'Yvette',
  'Fernand', 'Simone', 'Léo', 'Madeleine', 'Henri', 'Gisèle', 'Émile', 'Laurette', 'Aline', 'Benoît', 'Denise', 'Paul-Émile'];
const LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet',
  'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron', 'Beaulieu',
  'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault', 'Nadeau', 'Martel',
  'Bédard', 'Grenier', 'Lessard', 'Bernier', 'Michaud', 'Hébert', 'Desjardins', 'Couture', 'Turcotte', 'Lachance', 'Parent',
  'Blais', 'Gosselin', 'Savard', 'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Boudreau', 'Rioux', 'Dionne', 'Sirois'];

// Slot vocabularies for extra sentences (fr, en pairs).
const FREQ = [['chaque semaine', 'every week'], ['deux fois par mois', 'twice a month'], ['du lundi au vendredi', 'Monday to Friday'],
  ['en soirée', 'in the evening'], ['le samedi matin', 'on Saturday mornings'], ['toute l’année', 'all year round'], ['pendant l’année scolaire', 'during the school year']];
const PLACE = [['au sous-sol de l’église', 'in the church basement'], ['au centre communautaire', 'at the community centre'],
  ['à la bibliothèque municipale', 'at the public library'], ['dans nos nouveaux locaux', 'in our new premises'],
  ['à l’école secondaire', 'at the high school'], ['au CLSC', 'at the CLSC'], ['à la salle paroissiale', 'in the parish hall'],
  ['au centre des loisirs', 'at the recreation centre'], ['dans l’ancien presbytère', 'in the former rectory']];
const PEOPLE = [['personnes', 'people'], ['familles', 'families'], ['ménages', 'households'], ['citoyens', 'residents'], ['participants', 'participants']];
const PARTNER = [['le CLSC', 'the local CLSC'], ['les écoles du secteur', 'local schools'], ['la municipalité', 'the municipality'],
  ['les pharmacies de la région', 'local pharmacies'], ['les organismes du quartier', 'neighbourhood organizations'],
  ['le CISSS', 'the regional health and social services centre'], ['la caisse populaire', 'the local credit union'],
  ['les épiceries locales', 'local grocery stores'], ['le cégep', 'the CEGEP'], ['la table de concertation en sécurité alimentaire', 'the regional food-security round table']];
const ACTIVITY = [['des ateliers de cuisine', 'cooking workshops'], ['des conférences', 'talks'], ['des sorties culturelles', 'cultural outings'],
  ['un club de marche', 'a walking club'], ['des cafés-rencontres', 'coffee meetings'], ['des ateliers d’écriture', 'writing workshops'],
  ['un jardin communautaire', 'a community garden'], ['des cours d’informatique', 'computer classes'], ['du yoga sur chaise', 'chair yoga'],
  ['un groupe de tricot', 'a knitting group'], ['des séances d’information', 'information sessions'], ['un service de friperie', 'a thrift shop'],
  ['des ateliers de couture', 'sewing workshops'], ['une cuisine collective', 'a community kitchen'], ['des dîners thématiques', 'themed lunches'],
  ['des cliniques de vaccination', 'vaccination clinics'], ['un comptoir vestimentaire', 'a clothing counter'], ['des ateliers de jardinage', 'gardening workshops'],
  ['des cours de français', 'French classes'], ['un service d’impôts', 'a tax-filing service'], ['des ateliers de premiers soins', 'first-aid workshops'],
  ['un club de lecture', 'a book club'], ['des ateliers de généalogie', 'genealogy workshops'], ['des soirées de jeux de société', 'board-game nights'],
  ['une ligne d’appels d’amitié', 'friendly phone calls'], ['des ateliers de réparation de vélos', 'bike repair workshops'], ['du soutien à la recherche d’emploi', 'job-search support']];
const NEED = [['l’isolement', 'isolation'], ['la pauvreté', 'poverty'], ['l’insécurité alimentaire', 'food insecurity'], ['la détresse psychologique', 'psychological distress'],
  ['le manque de transport', 'lack of transportation'], ['la pénurie de logements', 'the housing shortage'], ['le décrochage scolaire', 'school dropout'],
  ['l’exclusion sociale', 'social exclusion'], ['la maltraitance envers les aînés', 'elder abuse'], ['l’analphabétisme', 'illiteracy'], ['le gaspillage alimentaire', 'food waste'],
  ['la violence', 'violence'], ['les inégalités de santé', 'health inequalities'], ['l’endettement', 'over-indebtedness']];

// Plausible secondary categories per service type.
const SECONDARY = {
  'food-bank': ['community-kitchens'], 'youth-house': ['homework-help'], volunteering: ['medical-transport', 'meals-on-wheels'],
  'family-centre': ['community-kitchens', 'homework-help'], 'seniors-centre': ['home-support'], 'mental-health-centre': ['counselling'],
  'womens-centre': ['family-violence'], newcomers: ['homework-help', 'legal-info'], 'housing-help': ['legal-info'],
  'caregiver-support': ['home-support'], 'addiction-service': ['counselling'], 'meals-on-wheels': ['home-support'], 'budget-debt': ['tax-clinics'],
};

const EXTRA = [
  (r, v) => { const f = r.pick(FREQ), p = r.pick(PLACE); return [`Les activités ont lieu ${f[0]} ${p[0]} ${v.aTown}.`, `Activities take place ${f[1]} ${p[1]} in ${v.town}.`]; },
  (r) => { const y = r.int(1972, 2019), n = r.int(3, 95) * 10, p = r.pick(PEOPLE); return [`Fondé en ${y}, l’organisme vient en aide à plus de ${n} ${p[0]} chaque année.`, `Founded in ${y}, the organization helps more than ${n} ${p[1]} every year.`]; },
  (r) => { const p = r.pick(PARTNER); return [`Nous travaillons en étroite collaboration avec ${p[0]}.`, `We work closely with ${p[1]}.`]; },
  (r) => { const a = r.pick(ACTIVITY), b = r.pick(ACTIVITY); return a === b ? [`On y propose aussi ${a[0]}.`, `We also offer ${a[1]}.`] : [`On y propose aussi ${a[0]} et ${b[0]}.`, `We also offer ${a[1]} and ${b[1]}.`]; },
  (r) => { const n = r.pick(NEED); return [`Notre mission : lutter contre ${n[0]} par l’entraide et la solidarité.`, `Our mission: to fight ${n[1]} through mutual aid and solidarity.`]; },
  (r) => { const f = r.pick(FIRST), l = r.pick(LAST); return [`Pour plus d’information, demandez ${f} ${l}, coordonnatrice ou coordonnateur des services.`, `For more information, ask for ${f} ${l}, services coordinator.`]; },
  (r, v) => [`L’organisme dessert ${v.town} et les municipalités voisines ${v.area}.`, `The organization serves ${v.town} and neighbouring municipalities in ${v.areaEn}.`],
  () => ['Des bénévoles sont toujours recherchés, même pour quelques heures par mois.', 'Volunteers are always welcome, even for a few hours a month.'],
];

/**
 * Planted records: fixed ids and distinctive names, with queries that must
 * find them in the top 5 even among tens of thousands of records.
 */
export const PLANTED = [
  {
    id: 'planted-popote-kamouraska', type: 'meals-on-wheels', region: 'kamouraska', town: 1,
    name: { fr: 'Popote roulante La Cuillère d’Argent du Kamouraska', en: 'Silver Spoon Meals on Wheels (Kamouraska)' },
    queries: [{ query: 'cuillere d\'argent', locale: 'fr' }, { query: 'silver spoon meals on wheels', locale: 'en' }, { query: 'popotte cuillere argent kamouraska', locale: 'fr' }],
  },
  {
    id: 'planted-banque-alimentaire-rimouski', type: 'food-bank', region: 'rimouski-neigette', town: 0, frOnly: true,
    name: 'Banque alimentaire Le Grenier des Bleuets de Rimouski',
    queries: [{ query: 'grenier des bleuets', locale: 'fr' }, { query: 'grenier bleuets rimouski', locale: 'fr' }],
  },
  {
    id: 'planted-sante-mentale-sherbrooke', type: 'mental-health-centre', region: 'sherbrooke', town: 0,
    name: { fr: 'Santé mentale Aurore-Boréale Sherbrooke', en: 'Aurore-Boréale Mental Health Sherbrooke' },
    queries: [{ query: 'aurore boreale sante mentale', locale: 'fr' }, { query: 'aurore-boreale mental health', locale: 'en' }],
  },
  {
    id: 'planted-clinique-impots-gatineau', type: 'tax-clinic', region: 'gatineau', town: 0,
    name: { fr: 'Clinique d’impôts Quatre-Saisons de Gatineau', en: 'Quatre-Saisons Tax Clinic, Gatineau' },
    queries: [{ query: 'quatre saisons impots', locale: 'fr' }, { query: 'quatre-saisons tax clinic', locale: 'en' }],
  },
  {
    id: 'planted-ligne-crise-gaspesie', type: 'crisis-line', region: 'la-cote-de-gaspe', town: 0,
    name: { fr: 'Ligne de crise Phare-Gaspé 24/7', en: 'Phare-Gaspé 24/7 Crisis Line' },
    queries: [{ query: 'phare gaspe crise', locale: 'fr' }, { query: 'phare-gaspe crisis line', locale: 'en' }],
  },
  {
    id: 'planted-newcomers-ottawa', type: 'newcomers', region: 'ottawa', town: 2, english: true,
    name: { en: 'Maple Compass Newcomer Hub (Ottawa)', fr: 'Carrefour Boussole d’Érable pour nouveaux arrivants (Ottawa)' },
    queries: [{ query: 'maple compass newcomers', locale: 'en' }, { query: 'boussole d\'erable', locale: 'fr' }],
  },
  {
    id: 'planted-maison-des-jeunes-matane', type: 'youth-house', region: 'la-matanie', town: 0,
    name: { fr: 'Maison des jeunes Le Zodiaque de Matane', en: 'Le Zodiaque Youth Centre (Matane)' },
    queries: [{ query: 'zodiaque maison des jeunes', locale: 'fr' }, { query: 'zodiaque youth centre', locale: 'en' }],
  },
];

function weightedTypes() {
  const out = [];
  for (const [k, w] of Object.entries(WEIGHTS)) for (let i = 0; i < w; i++) out.push(k);
  return out;
}

/**
 * @param {{count?: number, seed?: number, provinceWide?: number}} [opts] with
 *   `provinceWide: n`, every n-th record (the first, the n+1-th…) names no
 *   region: it serves the whole province, as 811 or a provincial help line
 *   does (region shards repeat such records in each). The other records are
 *   the same as without it. Default 0: every record names its region.
 * @returns {object} a repere-feed v1 object
 */
export function generateLargeFeed({ count = 20000, seed = 42, provinceWide = 0 } = {}) {
  const rng = createRng(seed);
  const phone = phoneAllocator(rng);
  const leaves = ALL_REGIONS.filter((r) => r.towns);
  const regionById = new Map(ALL_REGIONS.map((r) => [r.id, r]));
  // Weight leaves by number of towns (bigger places, more services).
  const leafPool = leaves.flatMap((l) => Array(l.towns.length).fill(l));
  const types = weightedTypes();
  const EN_AREAS = new Set(['ottawa', 'pontiac', 'montreal-ouest']);

  const plantedAt = new Map();
  const step = Math.floor(count / (PLANTED.length + 1));
  if (step > 0) PLANTED.forEach((p, i) => plantedAt.set(step * (i + 1), p));

  const resources = new Array(count);
  for (let i = 0; i < count; i++) {
    const p = plantedAt.get(i);
    resources[i] = p ? plantedRecord(rng, phone, regionById, p) : record(rng, phone, i, leafPool, types, EN_AREAS);
    if (provinceWide > 0 && !p && i % provinceWide === 0) delete resources[i].regions;
  }

  return {
    format: 'repere-feed',
    version: 1,
    title: { fr: `Ressources communautaires — jeu de données fictif (${count} fiches, graine ${seed})`, en: `Community resources — fictional dataset (${count} records, seed ${seed})` },
    notice: { fr: 'Données générées automatiquement, entièrement fictives (numéros 555, sites example.org).', en: 'Automatically generated, entirely fictional data (555 numbers, example.org websites).' },
    updated: '2026-11-01',
    defaultLocale: 'fr',
    timezone: 'America/Toronto',
    crisis: [
      { label: { fr: 'Urgence', en: 'Emergency' }, phone: '911' },
      { label: { fr: 'Info-Social 811, option 2', en: 'Info-Social 811, option 2' }, phone: '811', hours: { fr: '24/7', en: '24/7' } },
      { label: { fr: 'Ligne 9-8-8', en: '9-8-8 helpline' }, phone: '988', hours: { fr: '24/7', en: '24/7' } },
    ],
    corrections: 'mailto:corrections@example.org?subject={id}',
    categories: CATEGORIES,
    regions: ALL_REGIONS.map(feedRegion),
    resources,
  };
}

function langVars(leaf, town, nick) {
  return [
    { town: town.city, deTown: deFr(town.city), aTown: aFr(town.city), area: leaf.area.fr, areaEn: leaf.area.en, nick },
    { town: town.city, area: leaf.area.en, nick },
  ];
}

function describe(rng, tpl, vf, ve) {
  const intro = rng.pick(tpl.intro);
  let fr = fill(intro[0], vf), en = fill(intro[1], ve);
  const target = rng.int(250, 360);
  // Interleave template details, slot-filled extras and closings.
  const pool = [...(tpl.details ?? [])];
  for (let k = 0; k < 3; k++) pool.push(rng.pick(EXTRA)(rng, vf));
  pool.push(rng.pick(CLOSING));
  rng.shuffle(pool);
  for (const [f, e] of pool) {
    if (fr.length >= target && en.length >= 200) break;
    const f2 = fill(f, vf), e2 = fill(e, ve);
    if (fr.length + f2.length > 420 || en.length + e2.length > 420) continue;
    fr += ' ' + f2; en += ' ' + e2;
  }
  return [fr, en];
}

function record(rng, phone, i, leafPool, types, EN_AREAS) {
  const key = rng.pick(types);
  const tpl = SERVICES[key];
  const leaf = rng.pick(leafPool);
  const town = rng.pick(leaf.towns);
  const english = EN_AREAS.has(leaf.id);
  const roll = rng.next();
  const mode = english ? (roll < 0.3 ? 'en' : 'en-first') : roll < 0.16 ? 'fr' : roll < 0.2 ? 'en-first' : 'bi';

  // Name: template pattern with a nickname, or an honoree ("Centre Rosaire-Gagnon").
  const [pf, pe] = rng.pick(tpl.names);
  let nick = rng.pick(NICKS);
  if (rng.chance(0.35)) nick = `${rng.pick(FIRST)}-${rng.pick(LAST)}`;
  const [vf, ve] = langVars(leaf, town, nick);
  let nameFr = fill(pf, vf), nameEn = fill(pe, ve);
  if (/\{nick\}/.test(pf) && !nameFr.includes(town.city)) { nameFr += ` (${town.city})`; nameEn += ` (${town.city})`; }
  const [dFr, dEn] = describe(rng, tpl, vf, ve);

  const r = { id: `${slugify(nameFr).slice(0, 48).replace(/-$/, '')}-${i.toString(36)}`, name: lt(mode, nameFr, nameEn) };
  if (rng.chance(0.25)) {
    const [of, oe] = rng.pick([['pour l’entraide', 'Mutual Aid'], ['des services communautaires', 'Community Services'], ['de développement social', 'Social Development']]);
    r.organization = lt(mode, `Corporation ${deFr(town.city)} ${of}`, `${town.city} ${oe} Corporation`);
  }
  r.description = lt(mode, dFr, dEn);
  r.categories = tpl.cats.slice();
  if (SECONDARY[key] && rng.chance(0.2)) r.categories.push(rng.pick(SECONDARY[key]));
  r.regions = [leaf.id];
  if (tpl.aud.length) r.audiences = tpl.aud.slice();
  r.languages = mode === 'fr' ? ['fr'] : mode === 'en' ? ['en'] : mode === 'en-first' ? ['en', 'fr'] : ['fr', 'en'];
  if (key === 'newcomers' || rng.chance(0.05)) r.languages.push(...rng.sample(['es', 'ar', 'sw', 'fa', 'zh', 'vi', 'pt', 'uk', 'ht', 'ne'], key === 'newcomers' ? 3 : 1));
  r.delivery = tpl.delivery.slice();
  r.cost = tpl.cost;
  if (tpl.fees) { const f = rng.pick(tpl.fees); r.fees = lt(mode, f[0], f[1]); }
  if (tpl.eligibility) { const e = rng.pick(tpl.eligibility); r.eligibility = lt(mode, fill(e[0], vf), fill(e[1], ve)); }
  const ac = rng.pick(leaf.phone);
  r.phones = [{ number: phone(ac) }];
  if (key === 'crisis-line' || key === 'womens-shelter') r.phones[0].kind = 'crisis';
  const host = `${HOST[key]}-${slugify(nick).replace(/^(l|le|la|les)-/, '')}-${slugify(town.city)}`.slice(0, 50).replace(/-$/, '');
  if (rng.chance(0.8)) r.email = `info@${host}.example.org`;
  if (rng.chance(0.7)) r.website = `https://${host}.example.org`;
  if (key === 'womens-shelter') {
    r.locations = [{ address: { city: town.city, province: leaf.province, country: 'CA' }, confidential: true }];
  } else if (key !== 'crisis-line') {
    const a = rng.pick(ACCESSIBILITY);
    r.locations = [{ address: address(rng, town, leaf.province), lat: rng.jitter(town.lat, 0.01), lon: rng.jitter(town.lon, 0.01), accessibility: lt(mode, a[0], a[1]) }];
  }
  r.hours = HOURS[tpl.hours](rng);
  if (tpl.hours !== 'always' && rng.chance(0.2)) r.closedDates = rng.sample(HOLIDAYS, rng.int(1, 3)).sort();
  r.updated = `2026-${String(rng.int(1, 10)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return r;
}

function plantedRecord(rng, phone, regionById, p) {
  const tpl = SERVICES[p.type];
  const leaf = regionById.get(p.region);
  const town = leaf.towns[p.town];
  const mode = p.frOnly ? 'fr' : p.english ? 'en-first' : 'bi';
  const [vf, ve] = langVars(leaf, town, '');
  const [dFr, dEn] = describe(rng, tpl, vf, ve);
  const r = { id: p.id, name: p.name, description: lt(mode, dFr, dEn), categories: tpl.cats.slice(), regions: [leaf.id] };
  if (tpl.aud.length) r.audiences = tpl.aud.slice();
  r.languages = mode === 'fr' ? ['fr'] : mode === 'en-first' ? ['en', 'fr'] : ['fr', 'en'];
  r.delivery = tpl.delivery.slice();
  r.cost = tpl.cost;
  r.phones = [{ number: phone(leaf.phone[0]), ...(p.type === 'crisis-line' ? { kind: 'crisis' } : {}) }];
  r.website = `https://${p.id}.example.org`;
  if (p.type !== 'crisis-line') r.locations = [{ address: address(rng, town, leaf.province), lat: rng.jitter(town.lat, 0.005), lon: rng.jitter(town.lon, 0.005) }];
  r.hours = HOURS[tpl.hours](rng);
  r.updated = '2026-10-31';
  return r;
}

// ------------------------------------------------------------------ CLI
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, def) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : def; };
  const count = Number(arg('--count', 20000));
  const seed = Number(arg('--seed', 42));
  const out = arg('-o', arg('--out', `/tmp/feed-${count >= 1000 ? Math.round(count / 1000) + 'k' : count}.json`));
  if (!Number.isInteger(count) || count < 1) { console.error('--count must be a positive integer'); process.exit(2); }
  const t0 = performance.now();
  const feed = generateLargeFeed({ count, seed });
  const json = process.argv.includes('--pretty') ? JSON.stringify(feed, null, 2) : JSON.stringify(feed);
  writeFileSync(out, json);
  // Bytes as written (UTF-8), not characters: what a server sends and `repere pack` reports.
  console.log(`wrote ${out}: ${count} resources, ${(Buffer.byteLength(json) / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - t0)} ms`);
}
