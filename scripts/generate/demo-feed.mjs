#!/usr/bin/env node
// Generates examples/data/demo-feed.json: a fictional, bilingual demo feed.
//
//   node scripts/generate/demo-feed.mjs            (writes examples/data/demo-feed.json)
//   node scripts/generate/demo-feed.mjs -o out.json
//
// Deterministic: same script, same output. A few dozen records are written by
// hand (PINNED, stable ids that tests and examples/data/relevance.json rely on);
// the rest come from the service templates in lib/services.mjs placed in
// varied towns, with a seeded PRNG.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { createRng, slugify, fill, deFr } from './lib/random.mjs';
import { DEMO_REGIONS, feedRegion, municipalities } from './lib/geography.mjs';
import { CATEGORIES } from './lib/categories.mjs';
import { SERVICES, HOURS, NICKS, HOST } from './lib/services.mjs';
import { address, phoneAllocator, ACCESSIBILITY, HOLIDAYS, lt, composeDescription, vars, randomUpdated } from './lib/build.mjs';

const SEED = 20261101;
const D5 = ['mo', 'tu', 'we', 'th', 'fr'];
const D7 = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const region = (id) => DEMO_REGIONS.find((r) => r.id === id);
const town = (rid, i = 0) => region(rid).towns[i];

export function generateDemoFeed() {
  const rng = createRng(SEED);
  const phone = phoneAllocator(rng);
  const resources = [];
  const usedIds = new Set();
  const usedNames = new Set();
  const add = (r) => {
    if (usedIds.has(r.id)) throw new Error('duplicate id ' + r.id);
    usedIds.add(r.id);
    const n = typeof r.name === 'string' ? r.name : r.name.fr ?? r.name.en;
    usedNames.add(n);
    resources.push(r);
  };

  // A located place with real-looking coordinates inside the town.
  const place = (rid, i, extra = {}) => {
    const reg = region(rid), t = reg.towns[i];
    const a = rng.pick(ACCESSIBILITY);
    const loc = { address: address(rng, t, reg.province), lat: rng.jitter(t.lat, 0.006), lon: rng.jitter(t.lon, 0.006) };
    loc.accessibility = extra.mode === 'fr' ? a[0] : lt(extra.mode ?? 'bi', a[0], a[1]);
    if (extra.name) loc.name = extra.name;
    return loc;
  };

  for (const p of pinned(rng, phone, place)) { add(p); for (const ph of p.phones ?? []) phone.reserve(ph.number); }

  // ------------------------------------------------------------ templated
  const leaves = DEMO_REGIONS.filter((r) => r.towns);
  const admins = DEMO_REGIONS.filter((r) => !r.parent);
  const exclude = (ids) => leaves.filter((r) => !ids.includes(r.id) && !ids.includes(r.parent));
  const PLAN = [
    ['info-referral', 4, admins],
    ['volunteering', 7, exclude(['sherbrooke'])],
    ['food-bank', 13, exclude(['rimouski-neigette', 'pontiac'])],
    ['community-kitchen', 8, exclude(['rimouski-neigette'])],
    ['meals-on-wheels', 9, exclude(['kamouraska'])],
    ['mental-health-centre', 7, exclude(['sherbrooke'])],
    ['mental-health-group', 4, exclude(['sherbrooke'])],
    ['addiction-group', 4, leaves],
    ['addiction-service', 4, leaves],
    ['counselling', 5, exclude(['gatineau'])],
    ['medical-transport', 8, exclude(['rimouski-neigette'])],
    ['crisis-line', 3, admins.filter((r) => r.id !== 'ottawa')],
    ['shelter', 5, exclude(['gatineau', 'sherbrooke', 'ottawa'])],
    ['womens-shelter', 5, exclude(['outaouais'])],
    ['housing-help', 6, exclude(['estrie'])],
    ['home-support', 8, exclude(['memphremagog'])],
    ['caregiver-support', 7, exclude(['kamouraska'])],
    ['seniors-centre', 5, leaves],
    ['youth-house', 9, exclude(['coaticook', 'gatineau'])],
    ['homework-help', 3, exclude(['la-matanie'])],
    ['family-centre', 6, leaves],
    ['womens-centre', 5, exclude(['la-matanie', 'pontiac'])],
    ['newcomers', 4, exclude(['sherbrooke', 'ottawa'])],
    ['tax-clinic', 7, exclude(['gatineau'])],
    ['budget-debt', 4, leaves],
    ['legal-info', 3, leaves],
  ];
  const nickUse = new Map();
  const nickPool = NICKS.filter((n) => !PINNED_NICKS.includes(n));
  const takeNick = () => {
    for (let i = 0; i < 40; i++) {
      const n = rng.pick(nickPool);
      if ((nickUse.get(n) ?? 0) < 1) { nickUse.set(n, 1); return n; }
    }
    return null;
  };

  for (const [key, count, pool] of PLAN) {
    const tpl = SERVICES[key];
    const regions = rng.shuffle(pool.slice());
    for (let k = 0; k < count; k++) {
      const reg = regions[k % regions.length];
      const isAdmin = !reg.parent && !reg.towns;
      const leaf = isAdmin ? leaves.find((l) => l.parent === reg.id) : reg;
      const urban = ['shelter', 'womens-shelter', 'newcomers', 'counselling', 'addiction-service', 'legal-info'].includes(key);
      const tIdx = urban ? 0 : k < regions.length ? (rng.chance(0.6) ? 0 : rng.int(0, leaf.towns.length - 1)) : leaf.towns.length - 1;
      const t = leaf.towns[tIdx];
      const english = !!(leaf.english || reg.english);
      const mode = reg.id === 'ottawa' ? 'en-first'
        : english ? (rng.chance(0.35) ? 'en' : 'en-first')
        : rng.chance(0.14) ? 'fr' : 'bi';
      // Names: try the patterns in random order until one is unused.
      let nameFr, nameEn, nick = null;
      for (const [f, e] of rng.shuffle(tpl.names.slice())) {
        nick = /\{nick\}/.test(f) ? takeNick() : null;
        if (/\{nick\}/.test(f) && !nick) continue;
        const [vf, ve] = vars(reg.towns ? reg : leaf, t, nick);
        if (isAdmin) { vf.area = reg.area.fr; ve.area = reg.area.en; }
        nameFr = fill(f, vf); nameEn = fill(e, ve);
        if (!usedNames.has(nameFr)) break;
        nameFr = null;
      }
      if (!nameFr) continue;
      if (nick && !nameFr.includes(t.city) && !isAdmin && rng.chance(0.5)) {
        // Disambiguate nickname-only names with the town, as directories do.
        nameFr += ` (${t.city})`; nameEn += ` (${t.city})`;
      }
      const [vf, ve] = vars(isAdmin ? reg : leaf, t, nick);
      const [dFr, dEn] = composeDescription(rng, tpl, vf, ve);
      let id = slugify(nameFr);
      if (usedIds.has(id)) id = slugify(`${nameFr} ${t.city}`);
      if (id.length > 60) id = id.slice(0, 60).replace(/-[^-]*$/, '').replace(/(-(de|du|des|la|le|les|d|l|region))+$/, '');
      if (usedIds.has(id)) continue;

      const ac = rng.pick(leaf.phone);
      const r = { id, name: lt(mode, nameFr, nameEn) };
      if (key === 'meals-on-wheels' || key === 'medical-transport') {
        if (rng.chance(0.6)) r.organization = lt(mode, `Centre d’action bénévole ${leaf.area.fr}`, `${leaf.area.en} Volunteer Centre`);
      }
      r.description = lt(mode, dFr, dEn);
      r.categories = tpl.cats.slice();
      r.regions = [reg.id];
      if (tpl.aud.length) r.audiences = tpl.aud.slice();
      r.languages = mode === 'fr' ? ['fr'] : mode === 'en' ? ['en'] : mode === 'en-first' ? ['en', 'fr'] : ['fr', 'en'];
      if (key === 'newcomers') r.languages.push('ar', 'es', 'sw', 'fa');
      else if (mode !== 'fr' && rng.chance(0.08)) r.languages.push(rng.pick(['es', 'ar', 'pt']));
      r.delivery = tpl.delivery.slice();
      r.cost = tpl.cost;
      if (tpl.fees) { const f = rng.pick(tpl.fees); r.fees = lt(mode, f[0], f[1]); }
      if (tpl.eligibility) { const e = rng.pick(tpl.eligibility); r.eligibility = lt(mode, fill(e[0], vf), fill(e[1], ve)); }
      r.phones = [{ number: phone(ac) }];
      if (key === 'crisis-line') { r.phones[0].kind = 'crisis'; r.phones.push({ number: '1-866-555-01' + String(rng.int(20, 89)), label: lt(mode, 'Sans frais', 'Toll-free'), kind: 'crisis' }); }
      if (key === 'womens-shelter') r.phones[0].kind = 'crisis';
      if (rng.chance(0.12) && key !== 'crisis-line') r.phones.push({ number: phone(ac), kind: 'fax' });
      const hostPlace = isAdmin ? reg.area.fr : /\{area\}/.test(nameFr) || !nameFr.includes(t.city) ? leaf.area.fr : t.city;
      const host = nick
        ? `${HOST[key]}-${slugify(nick).replace(/^(l|le|la|les)-/, '')}`
        : `${HOST[key]}-${slugify(hostPlace.replace(/^(de la |du |des |de l’|d’|de )/, '')).replace(/^(la|le|les)-/, '')}`;
      r.email = `${mode === 'en' || mode === 'en-first' ? rng.pick(['info', 'hello', 'contact']) : rng.pick(['info', 'accueil', 'bonjour'])}@${host}.example.org`;
      r.website = `https://${host}.example.org`;
      if (key === 'womens-shelter') {
        r.locations = [{ address: { city: t.city, province: leaf.province, country: 'CA' }, confidential: true }];
      } else if (key !== 'crisis-line' && !(key === 'info-referral' && rng.chance(0.5))) {
        const a = rng.pick(ACCESSIBILITY);
        r.locations = [{
          address: address(rng, t, leaf.province),
          lat: rng.jitter(t.lat, 0.006), lon: rng.jitter(t.lon, 0.006),
          accessibility: lt(mode, a[0], a[1]),
        }];
        if (t.label && t.label !== t.city) r.locations[0].name = lt(mode, `Point de service ${deFr(t.label)}`, `${t.label} site`);
      }
      r.hours = HOURS[tpl.hours](rng);
      if (tpl.hours !== 'always' && rng.chance(0.3)) r.closedDates = rng.sample(HOLIDAYS, rng.int(2, 4)).sort();
      const note = HOURS_NOTES[key];
      if (note) r.hoursNote = lt(mode, note[0], note[1]);
      if (key === 'tax-clinic') {
        r.closedDates = ['2027-04-06', ...(r.closedDates ?? [])].sort();
        // Tax season, as its note says: March and April 2027.
        r.hours = r.hours.map((h) => ({ ...h, validFrom: '2027-03-01', validTo: '2027-04-30' }));
      }
      r.updated = randomUpdated(rng);
      add(r);
    }
  }

  return {
    format: 'repere-feed',
    version: 1,
    title: { fr: 'Ressources communautaires (démo fictive)', en: 'Community resources (fictional demo)' },
    notice: {
      fr: 'Données entièrement fictives, à des fins de démonstration. Les organismes, adresses, numéros (555) et sites (example.org) n’existent pas. En cas d’urgence, composez le 911.',
      en: 'Entirely fictional data for demonstration purposes. The organizations, addresses, phone numbers (555) and websites (example.org) do not exist. In an emergency, call 911.',
    },
    updated: '2026-11-01',
    defaultLocale: 'fr',
    timezone: 'America/Toronto',
    crisis: [
      { label: { fr: 'Urgence (police, ambulance, pompiers)', en: 'Emergency (police, ambulance, fire)' }, phone: '911', hours: { fr: '24 h sur 24, 7 jours sur 7', en: '24 hours a day, 7 days a week' } },
      { label: { fr: 'Info-Social 811, option 2 (Québec)', en: 'Info-Social 811, option 2 (Quebec)' }, phone: '811', hours: { fr: '24/7 — choisissez l’option 2', en: '24/7 — choose option 2' } },
      { label: { fr: 'Ligne d’aide en cas de crise de suicide 9-8-8', en: '9-8-8 Suicide Crisis Helpline' }, phone: '988', hours: { fr: '24/7, appel ou texto', en: '24/7, call or text' } },
    ],
    interpretation: {
      label: { fr: '211 : information et référence, avec interprètes', en: '211: information and referral, with interpreters' },
      phone: '211',
      hours: { fr: '24 h sur 24, 7 jours sur 7, plus de 200 langues', en: '24 hours a day, 7 days a week, over 200 languages' },
    },
    corrections: 'mailto:corrections@example.org?subject={id}',
    categories: CATEGORIES,
    // The administrative regions and MRCs, then the municipalities residents pick in "Near me".
    regions: [...DEMO_REGIONS.map(feedRegion), ...municipalities(DEMO_REGIONS)],
    resources,
  };
}

const HOURS_NOTES = {
  'meals-on-wheels': ['Livraison entre 11 h et 12 h 30. Inscription du lundi au vendredi.', 'Delivery between 11:00 and 12:30. Registration Monday to Friday.'],
  'mental-health-group': ['Rencontres hebdomadaires, sauf en juillet.', 'Weekly meetings, except in July.'],
  'addiction-group': ['Rencontre hebdomadaire; arrivez 10 minutes à l’avance.', 'Weekly meeting; please arrive 10 minutes early.'],
  'tax-clinic': ['Clinique ouverte de mars à avril 2027, sur rendez-vous ou sans rendez-vous selon les journées.', 'Clinic open March to April 2027; appointment or walk-in depending on the day.'],
  'homework-help': ['Pendant l’année scolaire seulement.', 'During the school year only.'],
  'youth-house': ['Horaire d’été différent : consultez notre page.', 'Summer hours differ: see our website.'],
  counselling: ['Dernière admission une heure avant la fermeture.', 'Last admission one hour before closing.'],
};

const PINNED_NICKS = ['L’Accalmie', 'Le Semoir', 'La Ruche', 'L’Alizé', 'Le Fanal', 'Le Bercail'];

// ------------------------------------------------------------------ pinned
function pinned(rng, phone, place) {
  const U = (d) => d; // readability: literal updated dates
  return [
    {
      id: 'popote-roulante-kamouraska',
      name: { fr: 'Popote roulante du Kamouraska', en: 'Kamouraska Meals on Wheels' },
      organization: { fr: 'Entraide des Battures', en: 'Entraide des Battures' },
      description: {
        fr: 'Des bénévoles livrent des repas chauds et équilibrés à domicile aux aînés et aux personnes en convalescence de La Pocatière à Saint-Alexandre. La livraison est aussi un moment de contact : le bénévole prend des nouvelles et signale toute inquiétude à la famille.',
        en: 'Volunteers deliver hot, balanced meals to the homes of seniors and people recovering from illness, from La Pocatière to Saint-Alexandre. Each delivery is also a friendly check-in: the volunteer makes sure everything is fine and alerts family if needed.',
      },
      categories: ['meals-on-wheels'],
      regions: ['kamouraska'],
      audiences: ['seniors'],
      languages: ['fr', 'en'],
      delivery: ['home-visit', 'phone'],
      cost: 'low-cost',
      fees: { fr: '7 $ par repas, payable à la livraison.', en: '$7 per meal, paid on delivery.' },
      eligibility: { fr: 'Personnes de 65 ans et plus ou en perte d’autonomie temporaire, résidant dans la MRC de Kamouraska.', en: 'People aged 65 and over, or temporarily losing autonomy, living in the Kamouraska RCM.' },
      phones: [{ number: '418-555-0142', label: { fr: 'Inscriptions', en: 'Registration' } }],
      email: 'popote@battures.example.org',
      website: 'https://battures.example.org',
      locations: [{ ...place('kamouraska', 1, { name: { fr: 'Cuisine centrale', en: 'Central kitchen' } }) }],
      hours: [{ days: D5, opens: '09:00', closes: '13:00' }],
      closedDates: ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01'],
      hoursNote: { fr: 'Repas livrés entre 11 h et 12 h 30.', en: 'Meals are delivered between 11:00 and 12:30.' },
      keywords: { fr: ['popote', 'repas chauds', 'aînés'], en: ['meals on wheels', 'hot meals', 'seniors'] },
      updated: U('2026-10-14'),
    },
    {
      id: 'banque-alimentaire-rimouski',
      name: 'Le Grenier solidaire de Rimouski-Neigette',
      description: 'Banque alimentaire régionale qui offre un dépannage alimentaire d’urgence aux personnes et aux familles de Rimouski et des municipalités de la Neigette. Épicerie solidaire à prix réduit, paniers de Noël en décembre et récupération des invendus des épiceries locales.',
      categories: ['food-banks'],
      regions: ['rimouski-neigette'],
      audiences: ['families'],
      languages: ['fr'],
      delivery: ['in-person'],
      cost: 'free',
      eligibility: 'Ménages à faible revenu de la MRC de Rimouski-Neigette. Preuve de résidence demandée.',
      phones: [{ number: '418-555-0107' }],
      email: 'accueil@grenier-solidaire.example.org',
      website: 'https://grenier-solidaire.example.org',
      locations: [{ ...place('rimouski-neigette', 0, { mode: 'fr' }) }],
      hours: [{ days: ['tu', 'th'], opens: '13:00', closes: '16:00' }, { days: ['we'], opens: '09:00', closes: '12:00' }],
      closedDates: ['2026-12-24', '2026-12-25', '2027-01-01'],
      hoursNote: 'Inscription aux paniers de Noël du 2 au 20 novembre.',
      updated: '2026-09-30',
    },
    {
      id: 'centre-sante-mentale-sherbrooke',
      name: { fr: 'L’Éclaircie, centre Santé mentale de Sherbrooke', en: 'L’Éclaircie Mental Health Centre, Sherbrooke' },
      description: {
        fr: 'Centre communautaire en santé mentale qui accueille les adultes vivant de l’anxiété, de la dépression ou un trouble de santé mentale. Écoute individuelle, groupes d’entraide, ateliers sur le rétablissement et soutien aux proches, dans un milieu chaleureux du centre-ville.',
        en: 'A community mental health centre for adults living with anxiety, depression or a mental health condition. One-on-one support, peer groups, recovery workshops and help for families, in a welcoming downtown setting.',
      },
      categories: ['mental-health'],
      regions: ['sherbrooke'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0163' }],
      email: 'info@eclaircie.example.org',
      website: 'https://eclaircie.example.org',
      locations: [place('sherbrooke', 0)],
      hours: [{ days: D5, opens: '09:00', closes: '12:00' }, { days: D5, opens: '13:00', closes: '17:00' }, { days: ['we'], opens: '18:00', closes: '21:00' }],
      closedDates: ['2026-12-25', '2027-01-01'],
      keywords: { fr: ['santé mentale', 'anxiété', 'dépression'], en: ['mental health', 'anxiety', 'depression'] },
      updated: '2026-10-02',
    },
    {
      id: 'ligne-crise-24-7',
      name: { fr: 'Ligne d’écoute et de crise 24/7', en: '24/7 Crisis and Support Line' },
      organization: { fr: 'Le Relais-Vie, prévention du suicide', en: 'Le Relais-Vie Suicide Prevention' },
      description: {
        fr: 'Intervenantes et intervenants formés répondent jour et nuit aux personnes en détresse, qui ont des idées noires ou des pensées suicidaires, ainsi qu’à leurs proches inquiets. Écoute, évaluation du risque, plan de sécurité et référence vers les services de votre région.',
        en: 'Trained counsellors answer day and night for people in distress or having suicidal thoughts, and for worried family and friends. Listening, risk assessment, safety planning and referrals to services in your area.',
      },
      categories: ['crisis-lines', 'mental-health'],
      regions: ['outaouais', 'bas-saint-laurent', 'estrie'],
      languages: ['fr', 'en'],
      delivery: ['phone'],
      cost: 'free',
      phones: [
        { number: '1-800-555-0111', label: { fr: 'Ligne de crise', en: 'Crisis line' }, kind: 'crisis' },
        { number: '1-800-555-0112', label: { fr: 'Texto', en: 'Text' }, kind: 'text' },
      ],
      website: 'https://relais-vie.example.org',
      hours: [{ days: D7, opens: '00:00', closes: '24:00' }],
      hoursNote: { fr: 'Toujours ouvert, y compris les jours fériés.', en: 'Always open, including holidays.' },
      keywords: { fr: ['idées noires', 'suicide', 'détresse', 'urgence'], en: ['suicide', 'crisis', 'distress', 'hotline'] },
      updated: '2026-10-20',
    },
    {
      id: 'refuge-femmes-outaouais',
      name: { fr: 'Maison d’hébergement L’Aquarelle pour femmes', en: 'L’Aquarelle Women’s Shelter' },
      description: {
        fr: 'Refuge pour femmes victimes de violence conjugale, seules ou avec leurs enfants, en Outaouais. Hébergement sécuritaire, écoute 24 heures sur 24, accompagnement juridique et aide à la relocalisation. L’adresse est confidentielle : appelez pour être accueillie.',
        en: 'A shelter for women experiencing intimate partner violence, alone or with their children, in the Outaouais. Safe housing, 24-hour support line, legal accompaniment and help with relocation. The address is confidential: call us to be welcomed.',
      },
      categories: ['family-violence', 'shelters'],
      regions: ['outaouais'],
      audiences: ['women', 'children'],
      languages: ['fr', 'en', 'es'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0101', label: { fr: 'Ligne 24/7', en: '24/7 line' }, kind: 'crisis' }, { number: '819-555-0102', label: { fr: 'Services externes', en: 'Outreach services' } }],
      email: 'intervention@aquarelle.example.org',
      website: 'https://aquarelle.example.org',
      locations: [{ name: { fr: 'Maison d’hébergement (adresse confidentielle)', en: 'Shelter (confidential address)' }, address: { city: 'Gatineau', province: 'QC', country: 'CA' }, confidential: true }],
      hours: [{ days: D7, opens: '00:00', closes: '24:00' }],
      keywords: { fr: ['violence conjugale', 'refuge', 'femmes'], en: ['women’s shelter', 'domestic violence', 'refuge'] },
      updated: '2026-08-19',
    },
    {
      id: 'ottawa-newcomer-services',
      name: { en: 'Ottawa Newcomer Welcome Centre', fr: 'Centre d’accueil des nouveaux arrivants d’Ottawa' },
      description: {
        en: 'Settlement services for newcomers to Ottawa: needs assessment, help with housing and schools, employment workshops, English and French conversation circles, and orientation for refugees and asylum seekers. Services offered in English, French, Arabic and Spanish.',
        fr: 'Services d’établissement pour les nouveaux arrivants à Ottawa : évaluation des besoins, aide pour le logement et l’école, ateliers d’emploi, cercles de conversation en français et en anglais, et accueil des réfugiés et demandeurs d’asile.',
      },
      categories: ['newcomers'],
      regions: ['ottawa'],
      audiences: ['newcomers', 'families'],
      languages: ['en', 'fr', 'ar', 'es'],
      delivery: ['in-person', 'phone', 'online'],
      cost: 'free',
      eligibility: { en: 'Permanent residents, refugees, asylum claimants and temporary residents living in Ottawa.', fr: 'Résidents permanents, réfugiés, demandeurs d’asile et résidents temporaires d’Ottawa.' },
      phones: [{ number: '613-555-0123' }, { number: '613-555-0124', label: { en: 'Arabic and Spanish line', fr: 'Ligne en arabe et en espagnol' } }],
      email: 'welcome@ottawa-newcomers.example.org',
      website: 'https://ottawa-newcomers.example.org',
      locations: [place('ottawa', 2, { mode: 'en-first' })],
      hours: [{ days: D5, opens: '08:30', closes: '16:30' }, { days: ['th'], opens: '16:30', closes: '20:00' }],
      closedDates: ['2026-12-25', '2026-12-26', '2027-01-01'],
      keywords: { en: ['settlement', 'immigrant', 'refugee'], fr: ['établissement', 'immigrant', 'réfugié'] },
      updated: '2026-10-07',
    },
    {
      id: 'clinique-impots-gatineau',
      name: { fr: 'Clinique d’impôts gratuite de Gatineau', en: 'Gatineau Free Tax Clinic' },
      organization: { fr: 'Association des retraités bénévoles de l’Outaouais', en: 'Outaouais Volunteer Retirees Association' },
      description: {
        fr: 'Chaque printemps, des bénévoles formés préparent gratuitement les déclarations de revenus fédérales et provinciales des personnes et des familles à revenu modeste. Apportez vos feuillets, vos reçus et votre avis de cotisation de l’année précédente.',
        en: 'Every spring, trained volunteers prepare federal and provincial tax returns free of charge for individuals and families with modest incomes. Bring your slips, receipts and last year’s notice of assessment.',
      },
      categories: ['tax-clinics'],
      regions: ['gatineau'],
      languages: ['fr', 'en'],
      delivery: ['in-person'],
      cost: 'free',
      eligibility: { fr: 'Revenu de moins de 35 000 $ (personne seule) ou 45 000 $ (couple); pas de revenus de location ni de travail autonome.', en: 'Income under $35,000 (single) or $45,000 (couple); no rental or self-employment income.' },
      phones: [{ number: '819-555-0199' }],
      email: 'impots@retraites-outaouais.example.org',
      website: 'https://retraites-outaouais.example.org',
      locations: [place('gatineau', 0, { name: { fr: 'Bibliothèque, salle 2', en: 'Library, room 2' } })],
      // A season (validFrom/validTo): « Fermé, ouvre en mars » in December.
      hours: [
        { days: ['tu', 'we', 'th'], opens: '09:00', closes: '16:00', validFrom: '2027-03-02', validTo: '2027-04-30' },
        { days: ['sa'], opens: '10:00', closes: '14:00', validFrom: '2027-03-02', validTo: '2027-04-30' },
      ],
      closedDates: ['2027-03-27', '2027-04-03', '2027-04-05'],
      hoursNote: { fr: 'Du 2 mars au 30 avril 2027.', en: 'March 2 to April 30, 2027.' },
      keywords: { fr: ['impôts', 'déclaration de revenus', 'rapport d’impôt'], en: ['tax clinic', 'income tax', 'tax return'] },
      updated: '2026-10-25',
    },
    {
      id: 'logement-social-estrie',
      name: { fr: 'Info-Logement social Estrie', en: 'Estrie Social Housing Info' },
      organization: { fr: 'Regroupement estrien pour le droit au logement', en: 'Estrie Housing Rights Coalition' },
      description: {
        fr: 'Aide à la recherche de logement abordable, accompagnement pour les demandes de logement social, de HLM et de coopérative d’habitation, et information juridique sur le bail. Le regroupement dessert toute l’Estrie, avec des permanences à Sherbrooke et à Magog.',
        en: 'Help finding affordable housing, support with applications for social housing, public housing and housing co-ops, and legal information about leases. The coalition serves the whole Eastern Townships, with offices in Sherbrooke and Magog.',
      },
      categories: ['housing-help'],
      regions: ['estrie'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone', 'online'],
      cost: 'free',
      phones: [{ number: '819-555-0150' }, { number: '819-555-0151', kind: 'tty', label: { fr: 'ATS', en: 'TTY' } }],
      email: 'logement@rel-estrie.example.org',
      website: 'https://rel-estrie.example.org',
      locations: [place('sherbrooke', 2, { name: { fr: 'Bureau de Sherbrooke', en: 'Sherbrooke office' } }), place('memphremagog', 0, { name: { fr: 'Permanence de Magog (mardi)', en: 'Magog office (Tuesdays)' } })],
      hours: [{ days: D5, opens: '09:00', closes: '16:00' }],
      closedDates: ['2026-12-24', '2026-12-25', '2026-12-26', '2027-01-01'],
      keywords: { fr: ['logement', 'logement social', 'HLM', 'coop d’habitation'], en: ['housing', 'social housing', 'affordable housing'] },
      updated: '2026-09-12',
    },
    {
      id: 'ecoute-nuit-bas-saint-laurent',
      name: { fr: 'Écoute-Nuit Le Fanal', en: 'Le Fanal Night Listening Line' },
      description: {
        fr: 'Ligne d’écoute anonyme de soirée et de nuit pour briser la solitude, parler de ce qui pèse ou simplement être entendu. Des bénévoles formés répondent tous les soirs de 20 h à 2 h, partout au Bas-Saint-Laurent.',
        en: 'An anonymous evening and overnight listening line to break loneliness, talk about what weighs on you or simply be heard. Trained volunteers answer every night from 8 p.m. to 2 a.m. across the Lower St. Lawrence.',
      },
      categories: ['crisis-lines', 'mental-health'],
      regions: ['bas-saint-laurent'],
      languages: ['fr', 'en'],
      delivery: ['phone', 'online'],
      cost: 'free',
      phones: [{ number: '1-877-555-0130', label: { fr: 'Sans frais', en: 'Toll-free' } }],
      website: 'https://fanal-ecoute.example.org',
      hours: [{ days: D7, opens: '20:00', closes: '02:00' }],
      hoursNote: { fr: 'Clavardage de 20 h à minuit.', en: 'Chat from 8 p.m. to midnight.' },
      keywords: { fr: ['ligne d’écoute', 'solitude', 'nuit'], en: ['listening line', 'loneliness', 'night'] },
      updated: '2026-07-08',
    },
    {
      id: 'ottawa-lowertown-shelter',
      name: { en: 'Lowertown Emergency Shelter', fr: 'Refuge d’urgence de la Basse-Ville' },
      organization: { en: 'Bytown Shelter Society', fr: 'Société d’hébergement Bytown' },
      description: {
        en: 'Emergency shelter for adults experiencing homelessness in Ottawa: beds, evening meal and breakfast, showers, laundry, and housing-focused case management to help people move into permanent housing.',
        fr: 'Refuge d’urgence pour adultes en situation d’itinérance à Ottawa : lits, souper et déjeuner, douches, buanderie, et accompagnement vers un logement permanent.',
      },
      categories: ['shelters'],
      regions: ['ottawa'],
      audiences: ['men', 'women'],
      languages: ['en', 'fr'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '613-555-0188' }],
      email: 'intake@bytownshelter.example.org',
      website: 'https://bytownshelter.example.org',
      locations: [place('ottawa', 1, { mode: 'en-first' })],
      hours: [{ days: D7, opens: '00:00', closes: '24:00' }],
      keywords: { en: ['homeless', 'shelter bed', 'emergency shelter'], fr: ['itinérance', 'refuge'] },
      updated: '2026-10-30',
    },
    {
      id: 'pontiac-womens-centre',
      name: { en: 'Pontiac Women’s Centre' },
      description: {
        en: 'A drop-in centre for women in the Pontiac: peer support, information on rights and services, workshops, a clothing exchange and a Thursday lunch. Individual support is available for women living with violence or isolation.',
      },
      categories: ['womens-centres'],
      regions: ['pontiac'],
      audiences: ['women'],
      languages: ['en'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0177' }],
      email: 'hello@pontiacwomen.example.org',
      website: 'https://pontiacwomen.example.org',
      locations: [place('pontiac', 0, { mode: 'en' })],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:30', closes: '15:30' }],
      updated: '2026-06-22',
    },
    {
      id: 'shawville-food-cupboard',
      name: { en: 'Shawville Community Food Cupboard' },
      organization: { en: 'Pontiac United Churches Outreach' },
      description: {
        en: 'Emergency food and grocery help for Pontiac households on a tight budget. Non-perishables, fresh produce when available, baby formula and hygiene products. Home delivery can be arranged for people without transportation.',
      },
      categories: ['food-banks'],
      regions: ['pontiac'],
      languages: ['en'],
      delivery: ['in-person', 'home-visit'],
      cost: 'free',
      phones: [{ number: '819-555-0178' }],
      email: 'foodcupboard@pontiacoutreach.example.org',
      locations: [place('pontiac', 0, { mode: 'en' })],
      hours: [{ days: ['we'], opens: '10:00', closes: '14:00' }],
      closedDates: ['2026-12-23', '2026-12-30'],
      updated: '2026-05-11',
    },
    {
      id: 'groupe-entraide-en-ligne-accalmie',
      name: { fr: 'L’Accalmie, groupe d’entraide en ligne en santé mentale', en: 'L’Accalmie Online Mental Health Peer Support' },
      description: {
        fr: 'Groupe d’entraide en ligne par visioconférence pour les adultes qui vivent de l’anxiété ou de la dépression. Une paire aidante certifiée anime chaque rencontre; on peut garder la caméra fermée. Idéal pour les personnes qui habitent loin des services.',
        en: 'An online video peer support group for adults living with anxiety or depression. A certified peer supporter facilitates each meeting; you can keep your camera off. Ideal for people who live far from services.',
      },
      categories: ['mental-health'],
      regions: ['outaouais', 'bas-saint-laurent', 'estrie'],
      languages: ['fr', 'en'],
      delivery: ['online'],
      cost: 'free',
      email: 'groupes@accalmie.example.org',
      website: 'https://accalmie.example.org',
      hours: [{ days: ['mo'], opens: '19:00', closes: '20:30' }, { days: ['th'], opens: '12:00', closes: '13:00' }],
      hoursNote: { fr: 'Inscription en ligne; le lien est envoyé par courriel.', en: 'Register online; the link is sent by email.' },
      keywords: { fr: ['groupe de soutien', 'en ligne', 'visioconférence', 'anxiété'], en: ['online support group', 'virtual', 'anxiety'] },
      updated: '2026-09-03',
    },
    {
      id: 'retablissement-en-ligne',
      name: { fr: 'Rétablissement en ligne — groupe de soutien en dépendances', en: 'Online Recovery — Addiction Support Group' },
      description: {
        fr: 'Rencontres de soutien virtuelles pour les personnes qui veulent diminuer ou cesser leur consommation d’alcool, de cannabis ou d’autres drogues. Approche sans jugement, anonymat respecté, soirs de semaine et dimanche matin.',
        en: 'Virtual support meetings for people who want to cut down or stop drinking, using cannabis or other drugs. Non-judgmental approach, anonymity respected, weekday evenings and Sunday mornings.',
      },
      categories: ['addictions'],
      regions: ['outaouais', 'bas-saint-laurent', 'estrie', 'ottawa'],
      languages: ['fr', 'en'],
      delivery: ['online'],
      cost: 'free',
      website: 'https://retablissement-en-ligne.example.org',
      email: 'groupe@retablissement-en-ligne.example.org',
      hours: [{ days: ['tu', 'th'], opens: '19:30', closes: '21:00' }, { days: ['su'], opens: '10:00', closes: '11:30' }],
      keywords: { fr: ['alcool', 'drogue', 'en ligne', 'virtuel'], en: ['online meeting', 'virtual', 'sobriety'] },
      updated: '2026-08-27',
    },
    {
      id: 'consultation-sans-rdv-gatineau',
      name: { fr: 'Clinique de consultation sans rendez-vous de Gatineau', en: 'Gatineau Walk-in Counselling Clinic' },
      description: {
        fr: 'Une séance de consultation gratuite d’environ une heure, le jour même, avec une travailleuse sociale ou un psychothérapeute. Pour faire le point sur une rupture, un deuil, du stress, un conflit familial ou toute situation qui vous préoccupe.',
        en: 'A free, one-hour counselling session the same day with a social worker or psychotherapist. Take stock of a breakup, grief, stress, a family conflict or anything that is on your mind.',
      },
      categories: ['counselling'],
      regions: ['gatineau'],
      languages: ['fr', 'en', 'ar'],
      delivery: ['in-person', 'online'],
      cost: 'free',
      phones: [{ number: '819-555-0135' }],
      website: 'https://sansrdv-gatineau.example.org',
      locations: [place('gatineau', 1)],
      hours: [{ days: ['tu', 'we', 'th'], opens: '12:00', closes: '19:00' }, { days: ['sa'], opens: '10:00', closes: '14:00' }],
      closedDates: ['2026-12-24', '2026-12-26', '2026-12-31', '2027-01-02'],
      hoursNote: { fr: 'Dernière admission à 18 h.', en: 'Last admission at 6 p.m.' },
      updated: '2026-10-11',
    },
    {
      id: 'benevolat-sherbrooke',
      name: { fr: 'Centre d’action bénévole Le Semoir de Sherbrooke', en: 'Le Semoir Volunteer Centre, Sherbrooke' },
      description: {
        fr: 'Le centre d’action bénévole recrute, forme et jumelle des bénévoles avec plus de 80 organismes sherbrookois. Il offre aussi des appels d’amitié, des visites aux aînés isolés et de l’accompagnement pour les courses.',
        en: 'The volunteer centre recruits, trains and matches volunteers with more than 80 Sherbrooke organizations. It also offers friendly calls, visits to isolated seniors and help with errands.',
      },
      categories: ['volunteering', 'seniors-centres'],
      regions: ['sherbrooke'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0120' }],
      email: 'benevoles@semoir.example.org',
      website: 'https://semoir.example.org',
      locations: [place('sherbrooke', 1)],
      hours: [{ days: D5, opens: '08:30', closes: '16:30' }],
      updated: '2026-04-16',
    },
    {
      id: 'maison-des-jeunes-coaticook',
      name: { fr: 'Maison des jeunes La Ruche de Coaticook', en: 'La Ruche Youth Centre, Coaticook' },
      description: {
        fr: 'La maison des jeunes accueille les 12 à 17 ans de Coaticook et des environs après l’école et le vendredi soir : billard, cuisine, projets d’art, sorties en plein air et discussions sur les sujets qui les touchent.',
        en: 'The youth centre welcomes 12- to 17-year-olds from Coaticook and the surrounding area after school and on Friday nights: pool, cooking, art projects, outdoor trips and talks about what matters to them.',
      },
      categories: ['youth-houses'],
      regions: ['coaticook'],
      audiences: ['youth'],
      languages: ['fr'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '819-555-0114' }],
      email: 'animation@mdj-laruche.example.org',
      website: 'https://mdj-laruche.example.org',
      locations: [place('coaticook', 0)],
      hours: [{ days: ['tu', 'we', 'th'], opens: '15:30', closes: '20:30' }, { days: ['fr'], opens: '15:30', closes: '22:30' }],
      updated: '2026-09-21',
    },
    {
      id: 'maison-des-jeunes-aylmer',
      name: { fr: 'Maison des jeunes L’Alizé d’Aylmer', en: 'L’Alizé Youth Centre, Aylmer (Gatineau)' },
      description: {
        fr: 'Maison des jeunes du secteur Aylmer, à Gatineau, pour les 11 à 17 ans : aide aux devoirs, studio de musique, ligue de soccer intérieur, cuisine du vendredi et intervention de milieu dans les parcs l’été.',
        en: 'A youth centre in the Aylmer sector of Gatineau for ages 11 to 17: homework help, music studio, indoor soccer league, Friday cooking night and street outreach in parks in the summer.',
      },
      categories: ['youth-houses'],
      regions: ['gatineau'],
      audiences: ['youth'],
      languages: ['fr', 'en'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '819-555-0166' }, { number: '873-555-0166', kind: 'text', label: { fr: 'Texto des intervenants', en: 'Text a youth worker' } }],
      website: 'https://alize-aylmer.example.org',
      locations: [place('gatineau', 2)],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '15:00', closes: '21:00' }, { days: ['fr'], opens: '15:00', closes: '23:00' }],
      hoursNote: { fr: 'Fermé la semaine de Noël.', en: 'Closed the week of Christmas.' },
      closedDates: ['2026-12-21', '2026-12-22', '2026-12-23', '2026-12-24', '2026-12-25'],
      updated: '2026-10-01',
    },
    {
      id: 'aide-aux-devoirs-matane',
      name: { fr: 'L’aide aux devoirs du Sémaphore (Matane)', en: 'Le Sémaphore Homework Help (Matane)' },
      description: {
        fr: 'Aide aux devoirs gratuite pour les élèves du primaire et du début du secondaire à Matane, quatre après-midi par semaine, avec des tuteurs bénévoles et des étudiants du cégep. Collation santé servie à chaque séance.',
        en: 'Free homework help for elementary and early high-school students in Matane, four afternoons a week, with volunteer tutors and CEGEP students. A healthy snack is served at every session.',
      },
      categories: ['homework-help'],
      regions: ['la-matanie'],
      audiences: ['children', 'youth'],
      languages: ['fr'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '418-555-0155' }],
      email: 'devoirs@semaphore.example.org',
      locations: [place('la-matanie', 0)],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '15:30', closes: '17:30' }],
      closedDates: ['2026-12-21', '2026-12-22', '2026-12-23'],
      hoursNote: { fr: 'De septembre à juin.', en: 'September to June.' },
      updated: '2026-08-30',
    },
    {
      id: 'centre-femmes-matanie',
      name: { fr: 'Centre de femmes Marée-Haute de La Matanie', en: 'Marée-Haute Women’s Centre, La Matanie' },
      description: {
        fr: 'Centre de femmes de Matane : écoute et accompagnement individuel, cafés-causeries, ateliers d’autodéfense, groupe de marche et actions collectives pour l’égalité. Halte-garderie pendant les activités de jour.',
        en: 'A women’s centre in Matane: one-on-one support, coffee chats, self-defence workshops, a walking group and collective action for equality. Childcare during daytime activities.',
      },
      categories: ['womens-centres'],
      regions: ['la-matanie'],
      audiences: ['women'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '418-555-0171' }],
      email: 'accueil@mareehaute.example.org',
      website: 'https://mareehaute.example.org',
      locations: [place('la-matanie', 0)],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '16:00' }],
      updated: '2026-07-15',
    },
    {
      id: 'proches-aidants-kamouraska',
      name: { fr: 'Le Relais des proches aidants du Kamouraska', en: 'Kamouraska Caregivers’ Relay' },
      description: {
        fr: 'Soutien aux proches aidants du Kamouraska qui accompagnent un parent âgé, un conjoint malade ou un enfant handicapé : écoute, groupe de soutien mensuel, formations, répit à domicile et aide pour s’y retrouver dans les services.',
        en: 'Support for Kamouraska caregivers looking after an aging parent, an ill spouse or a child with a disability: listening, a monthly support group, training, in-home respite and help navigating services.',
      },
      categories: ['caregiver-support'],
      regions: ['kamouraska'],
      audiences: ['caregivers'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone', 'home-visit'],
      cost: 'free',
      phones: [{ number: '418-555-0148' }],
      email: 'relais@proches-aidants-kam.example.org',
      locations: [place('kamouraska', 0)],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '08:30', closes: '16:30' }],
      keywords: { fr: ['proche aidant', 'répit', 'aidant naturel'], en: ['caregiver', 'respite'] },
      updated: '2026-06-03',
    },
    {
      id: 'accompagnement-medical-rimouski',
      name: { fr: 'Accompagnement-transport médical Rimouski-Neigette', en: 'Rimouski-Neigette Medical Transportation and Accompaniment' },
      organization: { fr: 'Les Bons Voisins de la Neigette', en: 'Les Bons Voisins de la Neigette' },
      description: {
        fr: 'Des chauffeurs bénévoles conduisent les aînés et les personnes sans moyen de transport à leurs rendez-vous médicaux à Rimouski, et à Québec pour les soins spécialisés. L’accompagnateur attend pendant le rendez-vous et vous ramène à la maison.',
        en: 'Volunteer drivers take seniors and people without transportation to medical appointments in Rimouski, and to Quebec City for specialized care. Your escort waits during the appointment and drives you home.',
      },
      categories: ['medical-transport'],
      regions: ['rimouski-neigette'],
      audiences: ['seniors', 'people-with-disabilities'],
      languages: ['fr'],
      delivery: ['phone'],
      cost: 'low-cost',
      fees: { fr: '0,45 $/km; 10 $ minimum.', en: '$0.45/km; $10 minimum.' },
      phones: [{ number: '418-555-0109' }],
      email: 'transport@bonsvoisins.example.org',
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '08:30', closes: '15:30' }, { days: ['fr'], opens: '08:30', closes: '12:00' }],
      hoursNote: { fr: 'Réservez 3 jours ouvrables à l’avance.', en: 'Book 3 business days ahead.' },
      updated: '2026-05-29',
    },
    {
      id: 'aide-domicile-memphremagog',
      name: { fr: 'Coop d’aide à domicile de Memphrémagog', en: 'Memphrémagog Home Support Co-op' },
      description: {
        fr: 'Coopérative d’aide à domicile qui offre aux aînés de Magog et des environs l’entretien ménager, la préparation de repas, les courses et l’aide à l’hygiène, pour rester chez soi en sécurité le plus longtemps possible.',
        en: 'A home support co-operative offering seniors in Magog and the surrounding area housekeeping, meal preparation, errands and help with personal care, so they can stay safely at home as long as possible.',
      },
      categories: ['home-support'],
      regions: ['memphremagog'],
      audiences: ['seniors', 'people-with-disabilities'],
      languages: ['fr', 'en'],
      delivery: ['home-visit'],
      cost: 'fee',
      fees: { fr: 'De 6 $ à 29 $ l’heure selon l’aide financière.', en: '$6 to $29 an hour depending on financial assistance.' },
      phones: [{ number: '819-555-0131' }],
      email: 'services@coop-magog.example.org',
      website: 'https://coop-magog.example.org',
      locations: [place('memphremagog', 0)],
      hours: [{ days: D5, opens: '08:00', closes: '16:00' }],
      updated: '2026-03-18',
    },
    {
      id: 'fierte-estrie',
      name: { fr: 'Fierté Estrie — centre 2ELGBTQI+', en: 'Fierté Estrie 2SLGBTQ+ Centre' },
      description: {
        fr: 'Centre communautaire pour les personnes 2ELGBTQI+ de l’Estrie : accueil, groupes jeunesse, soutien aux personnes trans et non binaires, accompagnement dans les démarches de changement de nom et ateliers de sensibilisation dans les écoles.',
        en: 'A community centre for 2SLGBTQ+ people in the Eastern Townships: drop-in, youth groups, support for trans and non-binary people, help with name-change procedures and awareness workshops in schools.',
      },
      categories: ['lgbtq'],
      regions: ['estrie'],
      audiences: ['2slgbtq', 'youth'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'online'],
      cost: 'free',
      phones: [{ number: '873-555-0117' }],
      email: 'bonjour@fierte-estrie.example.org',
      website: 'https://fierte-estrie.example.org',
      locations: [place('sherbrooke', 0)],
      hours: [{ days: ['tu', 'we', 'th'], opens: '13:00', closes: '20:00' }],
      updated: '2026-06-28',
    },
    {
      id: 'arc-en-ciel-outaouais',
      name: { fr: 'Réseau Arc-en-ciel de l’Outaouais', en: 'Outaouais Rainbow Network' },
      description: {
        fr: 'Soutien par les pairs, groupes de discussion et activités sociales pour les personnes LGBTQ+ de l’Outaouais et leurs proches, en ville comme en région rurale. Ligne d’écoute en soirée et accompagnement vers des services inclusifs.',
        en: 'Peer support, discussion groups and social activities for LGBTQ+ people in the Outaouais and their families, in the city and in rural areas. Evening support line and referrals to inclusive services.',
      },
      categories: ['lgbtq'],
      regions: ['outaouais'],
      audiences: ['2slgbtq'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone', 'online'],
      cost: 'free',
      phones: [{ number: '819-555-0144' }],
      website: 'https://arcenciel-outaouais.example.org',
      locations: [place('gatineau', 0)],
      hours: [{ days: ['mo', 'we'], opens: '18:00', closes: '21:00' }, { days: ['sa'], opens: '13:00', closes: '17:00' }],
      updated: '2026-05-05',
    },
    {
      id: 'ottawa-rainbow-youth',
      name: { en: 'Capital Rainbow Youth Drop-in', fr: 'Halte jeunesse arc-en-ciel de la capitale' },
      description: {
        en: 'A safe drop-in for 2SLGBTQ+ youth aged 14 to 24 in Ottawa: peer groups, snacks, gender-affirming clothing closet, and one-on-one support from youth workers. Parents and caregivers can also ask for information.',
        fr: 'Halte sécuritaire pour les jeunes 2ELGBTQI+ de 14 à 24 ans à Ottawa : groupes de pairs, collations, vestiaire d’affirmation de genre et soutien individuel par des intervenants jeunesse.',
      },
      categories: ['lgbtq'],
      regions: ['ottawa'],
      audiences: ['2slgbtq', 'youth'],
      languages: ['en', 'fr'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '613-555-0146' }],
      email: 'dropin@rainbowyouth.example.org',
      website: 'https://rainbowyouth.example.org',
      locations: [place('ottawa', 0, { mode: 'en-first' })],
      hours: [{ days: ['tu', 'th'], opens: '15:00', closes: '20:00' }, { days: ['sa'], opens: '12:00', closes: '17:00' }],
      updated: '2026-10-09',
    },
    {
      id: 'alliance-arc-en-ciel-bsl',
      name: 'Alliance Arc-en-ciel du Bas-Saint-Laurent',
      description: 'Regroupement qui soutient les personnes de la diversité sexuelle et de genre au Bas-Saint-Laurent : rencontres mensuelles à Rimouski et à Rivière-du-Loup, soutien individuel, prêt de livres et formation des organismes pour un accueil inclusif.',
      categories: ['lgbtq'],
      regions: ['bas-saint-laurent'],
      audiences: ['2slgbtq'],
      languages: ['fr'],
      delivery: ['in-person', 'online'],
      cost: 'free',
      phones: [{ number: '581-555-0119' }],
      email: 'info@alliance-arcenciel.example.org',
      hours: [{ days: ['we'], opens: '18:30', closes: '21:00' }],
      hoursNote: 'Rencontres le 2e mercredi du mois.',
      updated: '2026-04-02',
    },
    {
      id: 'accueil-immigrants-sherbrooke',
      name: { fr: 'Accueil interculturel de Sherbrooke', en: 'Sherbrooke Intercultural Welcome Centre' },
      description: {
        fr: 'Accueil des personnes immigrantes et réfugiées à Sherbrooke : francisation à temps partiel, aide à l’installation, inscription à l’école, jumelage avec des familles d’ici et soutien en recherche d’emploi. Interprètes en espagnol, arabe, swahili, dari et népali.',
        en: 'Welcome services for immigrants and refugees in Sherbrooke: part-time French classes, help getting settled, school registration, matching with local families and job-search support. Interpreters in Spanish, Arabic, Swahili, Dari and Nepali.',
      },
      categories: ['newcomers'],
      regions: ['sherbrooke'],
      audiences: ['newcomers', 'families'],
      languages: ['fr', 'en', 'es', 'ar', 'sw', 'fa', 'ne'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0158' }],
      email: 'accueil@interculturel-sherbrooke.example.org',
      website: 'https://interculturel-sherbrooke.example.org',
      locations: [place('sherbrooke', 0)],
      hours: [{ days: D5, opens: '08:30', closes: '16:30' }],
      keywords: { fr: ['francisation', 'cours de français', 'réfugié'], en: ['French classes', 'refugee', 'settlement'] },
      updated: '2026-10-18',
    },
    {
      id: 'cercle-autochtone-maniwaki',
      name: { fr: 'Cercle d’amitié autochtone de la Haute-Gatineau', en: 'Upper Gatineau Indigenous Friendship Circle' },
      description: {
        fr: 'Lieu de rassemblement pour les Autochtones vivant à Maniwaki et dans la vallée de la Gatineau : accompagnement vers les services de santé et sociaux, cercles de partage, cuisine traditionnelle et soutien aux familles.',
        en: 'A gathering place for Indigenous people living in Maniwaki and the Gatineau Valley: navigation of health and social services, sharing circles, traditional cooking and family support.',
      },
      categories: ['indigenous'],
      regions: ['vallee-de-la-gatineau'],
      audiences: ['indigenous', 'families'],
      languages: ['fr', 'en', 'alq'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '819-555-0183' }],
      locations: [place('vallee-de-la-gatineau', 0)],
      hours: [{ days: D5, opens: '09:00', closes: '16:00' }],
      updated: '2026-07-29',
    },
    {
      id: 'ottawa-indigenous-wellness',
      name: { en: 'Ottawa Indigenous Wellness Circle', fr: 'Cercle de mieux-être autochtone d’Ottawa' },
      description: {
        en: 'Culturally grounded wellness services for First Nations, Inuit and Métis people in Ottawa: Elder visits, mental health counselling, harm reduction, and support for families. Inuktitut interpretation available by appointment.',
        fr: 'Services de mieux-être ancrés dans la culture pour les Premières Nations, les Inuit et les Métis d’Ottawa : visites d’aînés, counseling en santé mentale, réduction des méfaits et soutien aux familles.',
      },
      categories: ['indigenous', 'mental-health'],
      regions: ['ottawa'],
      audiences: ['indigenous'],
      languages: ['en', 'fr', 'iu'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '613-555-0161' }],
      website: 'https://indigenous-wellness-ottawa.example.org',
      locations: [place('ottawa', 2, { mode: 'en-first' })],
      hours: [{ days: D5, opens: '09:00', closes: '17:00' }],
      updated: '2026-09-09',
    },
    {
      id: 'autre-mise-jeu-compulsif',
      name: { fr: 'L’Autre Mise — aide pour le jeu compulsif', en: 'L’Autre Mise Problem Gambling Help' },
      description: {
        fr: 'Soutien gratuit et confidentiel pour les personnes aux prises avec le jeu compulsif (loteries, casino en ligne, paris sportifs) et pour leur entourage. Rencontres individuelles à Rivière-du-Loup et à Rimouski, ou par téléphone.',
        en: 'Free, confidential help for people struggling with problem gambling (lotteries, online casinos, sports betting) and for their families. Individual sessions in Rivière-du-Loup and Rimouski, or by phone.',
      },
      categories: ['addictions'],
      regions: ['bas-saint-laurent'],
      languages: ['fr', 'en'],
      delivery: ['in-person', 'phone'],
      cost: 'free',
      phones: [{ number: '418-555-0126' }],
      website: 'https://autremise.example.org',
      locations: [place('riviere-du-loup', 0)],
      hours: [{ days: ['mo', 'tu', 'we', 'th'], opens: '09:00', closes: '19:00' }],
      keywords: { fr: ['jeu compulsif', 'gambling', 'paris sportifs', 'casino'], en: ['problem gambling', 'gambling addiction', 'betting'] },
      updated: '2026-06-14',
    },
    {
      id: 'soupe-populaire-rimouski',
      name: { fr: 'La Soupe populaire du Vieux-Rimouski', en: 'Old Rimouski Soup Kitchen' },
      description: {
        fr: 'Repas chaud complet servi le midi du lundi au vendredi au centre-ville de Rimouski, pour une contribution volontaire. Une intervenante est sur place pour l’écoute et la référence; des repas congelés sont offerts pour la fin de semaine.',
        en: 'A complete hot lunch served Monday to Friday in downtown Rimouski for a voluntary contribution. A counsellor is on site for support and referrals; frozen meals are available for the weekend.',
      },
      categories: ['community-kitchens'],
      regions: ['rimouski-neigette'],
      languages: ['fr'],
      delivery: ['in-person'],
      cost: 'low-cost',
      fees: { fr: 'Contribution volontaire (1 $ suggéré).', en: 'Voluntary contribution ($1 suggested).' },
      phones: [{ number: '418-555-0186' }],
      locations: [place('rimouski-neigette', 0)],
      hours: [{ days: D5, opens: '11:00', closes: '13:00' }],
      closedDates: ['2026-12-25', '2027-01-01'],
      keywords: { fr: ['soupe populaire', 'dîner', 'repas chaud'], en: ['soup kitchen', 'free lunch'] },
      updated: '2026-10-21',
    },
    {
      id: 'refuge-le-bercail-sherbrooke',
      name: { fr: 'Le Bercail, hébergement d’urgence de Sherbrooke', en: 'Le Bercail Emergency Shelter, Sherbrooke' },
      description: {
        fr: 'Hébergement d’urgence pour hommes et femmes en situation d’itinérance à Sherbrooke : 40 lits, repas, douches, consigne et intervention psychosociale. Halte-chaleur ouverte la nuit de décembre à mars.',
        en: 'Emergency shelter for men and women experiencing homelessness in Sherbrooke: 40 beds, meals, showers, storage and psychosocial support. A warming centre is open overnight from December to March.',
      },
      categories: ['shelters'],
      regions: ['sherbrooke'],
      audiences: ['men', 'women'],
      languages: ['fr', 'en'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '819-555-0190' }],
      website: 'https://lebercail.example.org',
      locations: [place('sherbrooke', 0)],
      hours: [{ days: D7, opens: '00:00', closes: '24:00' }],
      keywords: { fr: ['itinérance', 'sans-abri', 'halte-chaleur'], en: ['homeless', 'warming centre'] },
      updated: '2026-10-28',
    },
    {
      id: 'hebergement-urgence-gatineau',
      name: { fr: 'Maison d’hébergement d’urgence Le Tournesol (Gatineau)', en: 'Le Tournesol Emergency Shelter (Gatineau)' },
      description: {
        fr: 'Hébergement d’urgence de courte durée pour les adultes sans logement à Gatineau : lit, souper, déjeuner et accompagnement intensif vers un logement stable. Lits réservés aux femmes et aux jeunes de 18 à 25 ans.',
        en: 'Short-term emergency shelter for adults without housing in Gatineau: a bed, dinner, breakfast and intensive support to find stable housing. Beds reserved for women and young adults aged 18 to 25.',
      },
      categories: ['shelters'],
      regions: ['gatineau'],
      languages: ['fr', 'en'],
      delivery: ['in-person'],
      cost: 'free',
      phones: [{ number: '819-555-0104' }],
      website: 'https://tournesol-gatineau.example.org',
      locations: [place('gatineau', 0)],
      hours: [{ days: D7, opens: '00:00', closes: '24:00' }],
      keywords: { fr: ['itinérance', 'dormir ce soir'], en: ['homeless', 'bed tonight'] },
      updated: '2026-10-16',
    },
  ];
}

// ------------------------------------------------------------------ CLI
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('-o');
  const here = dirname(fileURLToPath(import.meta.url));
  const out = i > 0 ? process.argv[i + 1] : resolve(here, '../../examples/data/demo-feed.json');
  const feed = generateDemoFeed();
  writeFileSync(out, JSON.stringify(feed, null, 2) + '\n');
  console.log(`wrote ${out}: ${feed.resources.length} resources`);
}
