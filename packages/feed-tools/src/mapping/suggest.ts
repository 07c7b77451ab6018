/**
 * `repere import csv SHEET.csv --suggest-map`: a first mapping for a
 * spreadsheet, guessed from its header names in French or English, for the
 * maintainer to check and edit. Nothing is guessed from the cells but the
 * list of values to translate.
 */
import type { CategoryInput, FeedDocument, RegionInput } from '@repere/sdk';
import { fold, Vocabulary } from '../base.js';
import type { CsvTable } from '../csv/read.js';
import type { Mapping } from './mapping.js';

// Header words (folded, single spaces) → template field. Longer phrases win over their first word.
const HEADER_WORDS: Readonly<Record<string, string>> = {
  id: 'id', identifiant: 'id', code: 'id', numero: 'id', no: 'id', 'record id': 'id', resourceagencynum: 'id',
  nom: 'name', name: 'name', titre: 'name', title: 'name', 'nom du service': 'name', 'service name': 'name', 'nom du programme': 'name', publicname: 'name',
  organisme: 'organization', organisation: 'organization', organization: 'organization', agency: 'organization', 'nom de l organisme': 'organization', 'organization name': 'organization',
  description: 'description', descriptif: 'description', resume: 'description', summary: 'description', services: 'description',
  categorie: 'categories', categories: 'categories', category: 'categories', type: 'categories', 'type de service': 'categories', 'service type': 'categories', theme: 'categories', domaine: 'categories',
  region: 'regions', regions: 'regions', territoire: 'regions', 'territoire desservi': 'regions', secteur: 'regions', mrc: 'regions', 'service area': 'regions', coverage: 'regions', 'coverage area': 'regions',
  clientele: 'audiences', 'population cible': 'audiences', public: 'audiences', audience: 'audiences', audiences: 'audiences', 'target population': 'audiences',
  langue: 'languages', langues: 'languages', language: 'languages', languages: 'languages',
  'mode de prestation': 'delivery', prestation: 'delivery', delivery: 'delivery',
  cout: 'cost', prix: 'cost', cost: 'cost', price: 'cost', gratuit: 'cost',
  frais: 'fees', fees: 'fees', tarif: 'fees', tarifs: 'fees', tarification: 'fees',
  admissibilite: 'eligibility', criteres: 'eligibility', conditions: 'eligibility', eligibility: 'eligibility', eligibilite: 'eligibility',
  telephone: 'phone', tel: 'phone', phone: 'phone', 'phone number': 'phone', 'numero de telephone': 'phone',
  courriel: 'email', email: 'email', 'e mail': 'email', mail: 'email', 'adresse courriel': 'email',
  'site web': 'website', 'site internet': 'website', site: 'website', website: 'website', web: 'website', url: 'website', 'lien': 'website',
  adresse: 'address', address: 'address', rue: 'address', street: 'address', 'adresse civique': 'address',
  ville: 'city', municipalite: 'city', city: 'city', town: 'city', localite: 'city',
  province: 'province', state: 'province', prov: 'province',
  'code postal': 'postal_code', 'postal code': 'postal_code', cp: 'postal_code', zip: 'postal_code',
  latitude: 'lat', lat: 'lat', longitude: 'lon', lon: 'lon', lng: 'lon', long: 'lon',
  heures: 'hours', horaire: 'hours', horaires: 'hours', "heures d ouverture": 'hours', hours: 'hours', 'opening hours': 'hours', schedule: 'hours',
  'mots cles': 'keywords', 'mot cle': 'keywords', keywords: 'keywords', tags: 'keywords',
  'mis a jour': 'updated', 'mise a jour': 'updated', 'date de mise a jour': 'updated', updated: 'updated', 'last updated': 'updated', modified: 'updated',
  confidentiel: 'confidential', confidential: 'confidential',
};

const LOCALIZED = new Set(['name', 'organization', 'description', 'eligibility', 'fees', 'keywords']);
const LANGUAGE_MARKS: readonly [RegExp, string][] = [
  [/\s*\b(fr|francais|french)\b\s*$/, 'fr'],
  [/\s*\b(en|anglais|english|ang)\b\s*$/, 'en'],
];
// Columns whose values are worth listing for translation to the feed's vocabularies.
const VALUE_COLUMNS = ['categories', 'regions', 'audiences', 'delivery', 'cost'];
const MAX_VALUES = 200;

/** The template column a header names, or `null` when it names none. */
export function suggestColumn(header: string): string | null {
  let words = fold(header).replace(/[^a-z0-9]+/g, ' ').trim();
  let lang: string | undefined;
  for (const [mark, code] of LANGUAGE_MARKS) {
    if (mark.test(words) && words.replace(mark, '').trim()) {
      words = words.replace(mark, '').trim();
      lang = code;
      break;
    }
  }
  let field: string | undefined = HEADER_WORDS[words];
  if (!field) {
    // "Téléphone principal", "Adresse du point de service": the longest known phrase the header starts with.
    const phrase = Object.keys(HEADER_WORDS)
      .filter((known) => words.startsWith(`${known} `))
      .sort((a, b) => b.length - a.length)[0];
    field = phrase ? HEADER_WORDS[phrase] : undefined;
  }
  if (!field) return null;
  return lang && LOCALIZED.has(field) ? `${field}_${lang}` : field;
}

/**
 * A mapping for a table: each header's guessed template column (or `null`),
 * and for the vocabulary columns, the values met, each mapped to the base
 * feed's id when the base names it, else to itself, to be edited.
 */
export function suggestMapping(table: CsvTable, base?: FeedDocument): Mapping {
  const headers = table.header;
  const columns: Record<string, string | null> = {};
  const taken = new Set<string>();
  headers.forEach((header) => {
    if (!header.trim()) return;
    const target = suggestColumn(header);
    // A second "Nom…" column is more likely something else: leave it for the maintainer.
    const single = target !== null && !['phone', 'categories', 'regions', 'languages', 'audiences', 'keywords'].some((t) => target.startsWith(t));
    columns[header] = target !== null && single && taken.has(target) ? null : target;
    if (target) taken.add(target);
  });
  const vocabularies = {
    categories: new Vocabulary<CategoryInput>(base?.categories, base?.defaultLocale ?? 'fr'),
    regions: new Vocabulary<RegionInput>(base?.regions as RegionInput[] | undefined, base?.defaultLocale ?? 'fr'),
  };
  const values: Record<string, Record<string, string>> = {};
  for (const target of VALUE_COLUMNS) {
    const sources = Object.entries(columns).filter(([, t]) => t === target).map(([h]) => table.columns[headers.indexOf(h)]!);
    if (!sources.length) continue;
    const seen: Record<string, string> = {};
    for (const row of table.rows) {
      for (const source of sources) {
        for (const item of (row.cells[source] ?? '').split(/\s*[;|\n]\s*/).filter(Boolean)) {
          if (Object.keys(seen).length >= MAX_VALUES || item in seen) continue;
          const vocabulary = target === 'categories' || target === 'regions' ? vocabularies[target] : undefined;
          seen[item] = vocabulary?.find(item) ?? item;
        }
      }
    }
    if (Object.keys(seen).length) values[target] = seen;
  }
  return { columns, values, fixed: {} };
}
