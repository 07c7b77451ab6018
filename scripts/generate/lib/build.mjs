// Turning a service template + a place into a resource record.
import { SERVICES, HOURS, CLOSING } from './services.mjs';
import { deFr, aFr, fill, slugify, addDays } from './random.mjs';

const POSTAL_LETTERS = 'ABCEGHJKLMNPRSTVWXYZ';

export function postalCode(rng, prefixes) {
  const p = rng.pick(prefixes);
  if (p.length > 3) return p;
  return `${p} ${rng.int(0, 9)}${POSTAL_LETTERS[rng.int(0, POSTAL_LETTERS.length - 1)]}${rng.int(0, 9)}`;
}

const EN_STREET = /(Street|Avenue|Road|Boulevard|Line Road)( (East|West))?$/;

export function streetAddress(rng, street) {
  const n = rng.int(1, 48) * rng.pick([1, 5, 10, 25]) + rng.int(0, 9);
  return EN_STREET.test(street) ? `${n} ${street}` : `${n}, ${street}`;
}

export function address(rng, town, province) {
  return {
    street: streetAddress(rng, rng.pick(town.streets)),
    city: town.city,
    province,
    postalCode: postalCode(rng, town.postal),
    country: 'CA',
  };
}

/** Phone-number allocator: fictional 555-01XX numbers per area code, no repeats until 100 are used. */
export function phoneAllocator(rng) {
  const next = new Map();
  const used = new Set();
  const alloc = (areaCode) => {
    if (!next.has(areaCode)) next.set(areaCode, rng.int(0, 99));
    let n;
    for (let tries = 0; tries < 100; tries++) {
      const k = next.get(areaCode);
      next.set(areaCode, (k + 37) % 100); // 37 is coprime with 100: cycles through all 100
      n = `${areaCode}-555-01${String(k).padStart(2, '0')}`;
      if (!used.has(n)) break;
    }
    used.add(n);
    return n;
  };
  /** Mark numbers (e.g. hand-written ones) as taken. */
  alloc.reserve = (n) => used.add(n);
  return alloc;
}

export const ACCESSIBILITY = [
  ['Entrée de plain-pied et toilette adaptée.', 'Step-free entrance and accessible washroom.'],
  ['Rampe d’accès à l’arrière du bâtiment; ascenseur.', 'Ramp at the back of the building; elevator.'],
  ['Local au 2e étage sans ascenseur.', 'Second-floor office, no elevator.'],
  ['Accessible en fauteuil roulant; stationnement réservé.', 'Wheelchair accessible; reserved parking.'],
  ['Quelques marches à l’entrée; une sonnette permet de demander de l’aide.', 'A few steps at the entrance; a doorbell lets you ask for help.'],
];

export const HOLIDAYS = ['2026-12-24', '2026-12-25', '2026-12-26', '2026-12-31', '2027-01-01', '2027-01-02'];

/** Localized text in a given language mode. */
export function lt(mode, fr, en) {
  if (mode === 'fr' || en == null) return fr;
  if (mode === 'en') return { en };
  if (mode === 'en-first') return { en, fr };
  return { fr, en };
}

/** Compose a description from intro/details/closing pairs, both languages within [150, 400] chars. */
export function composeDescription(rng, tpl, varsFr, varsEn, extraPairs = []) {
  const intro = rng.pick(tpl.intro);
  const pool = rng.shuffle([...(tpl.details ?? []), ...extraPairs]).concat(rng.shuffle(CLOSING.slice()));
  let fr = fill(intro[0], varsFr);
  let en = fill(intro[1], varsEn);
  const target = rng.int(220, 340);
  for (const [f, e] of pool) {
    if (fr.length >= target && en.length >= 150) break;
    const f2 = fill(f, varsFr), e2 = fill(e, varsEn);
    if (fr.length + 1 + f2.length > 400 || en.length + 1 + e2.length > 400) continue;
    fr += ' ' + f2;
    en += ' ' + e2;
  }
  return [fr, en];
}

export function vars(region, town, nick) {
  return [
    { town: town.city, deTown: deFr(town.city), aTown: aFr(town.city), area: region.area.fr, nick: nick ?? '' },
    { town: town.city, area: region.area.en, nick: stripArticle(nick ?? '') },
  ];
}

/** English names keep the French proper noun ("L'Envol Youth Centre"). */
function stripArticle(n) { return n; }

export function randomUpdated(rng) {
  return addDays('2026-02-01', rng.int(0, 268));
}

export { SERVICES, HOURS };
export { slugify };
