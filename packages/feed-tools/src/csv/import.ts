/**
 * A spreadsheet (one row per resource) to a Repère feed. Bad rows are
 * reported with their line and skipped; every other row is imported.
 */
import {
  AUDIENCES,
  COSTS,
  DELIVERY_MODES,
  safeEmail,
  safeWebUrl,
  telHref,
  type CategoryInput,
  type FeedDocument,
  type RegionInput,
  type ResourceInput,
} from '@repere/sdk';
import { assembleFeed, fold, isId, noteCreated, Vocabulary, type ImportOptions } from '../base.js';
import { Notes, ToolError, type ImportNote } from '../notes.js';
import { languageCode } from '../languages.js';
import { parseHours } from './hours.js';
import { badRowParams, readCsv, type CsvTable } from './read.js';
import { message } from '../messages.js';

type PhoneInput = NonNullable<ResourceInput['phones']>[number];
type LocationInput = NonNullable<ResourceInput['locations']>[number];

/** The columns that hold text in several languages: `name_fr`, `name_en`, or plain `name` in the default locale. */
export const LOCALIZED_COLUMNS = ['name', 'description', 'organization', 'eligibility', 'fees', 'hours_note', 'keywords'] as const;

/** Every other documented column. */
export const PLAIN_COLUMNS = [
  'id', 'categories', 'regions', 'audiences', 'languages', 'delivery', 'cost', 'phone', 'phone_label', 'email', 'website',
  'address', 'city', 'province', 'postal_code', 'lat', 'lon', 'confidential', 'hours', 'season_from', 'season_to', 'closed_dates', 'updated',
] as const;

/** What a CSV import produced. */
export interface CsvImportResult {
  /** The feed document, ready to be written (and already checked by {@link validateFeed} in `importCsv`'s callers). */
  readonly feed: FeedDocument;
  /** Rows skipped and values dropped, with their lines. */
  readonly notes: readonly ImportNote[];
  readonly imported: number;
  readonly rejected: number;
  readonly encoding: CsvTable['encoding'];
  readonly delimiter: string;
}

const LANG_SUFFIX = /^([a-z]{2,3}(?:_[a-z0-9]{2,8})*)$/;

// French and English words people type for the fixed vocabularies.
const SYNONYMS: Record<string, Record<string, string>> = {
  audiences: {
    aines: 'seniors', 'personnes-agees': 'seniors', jeunes: 'youth', enfants: 'children', familles: 'families', femmes: 'women',
    hommes: 'men', lgbtq: '2slgbtq', '2slgbtqia+': '2slgbtq', autochtones: 'indigenous', 'nouveaux-arrivants': 'newcomers',
    immigrants: 'newcomers', 'personnes-handicapees': 'people-with-disabilities', 'proches-aidants': 'caregivers', etudiants: 'students',
  },
  delivery: { 'en-personne': 'in-person', 'sur-place': 'in-person', telephone: 'phone', 'par-telephone': 'phone', 'en-ligne': 'online', 'a-domicile': 'home-visit' },
  cost: { gratuit: 'free', 'faible-cout': 'low-cost', 'a-faible-cout': 'low-cost', payant: 'fee', 'des-frais': 'fee' },
};

const VOCABULARIES: Record<string, readonly string[]> = { audiences: AUDIENCES, delivery: DELIVERY_MODES, cost: COSTS };

function list(cell: string | undefined): string[] {
  return (cell ?? '').split(/\s*[;|\n]\s*/).map((s) => s.trim()).filter(Boolean);
}

function term(column: string, value: string): string | undefined {
  const key = fold(value).replace(/\s+/g, '-');
  const known = VOCABULARIES[column];
  if (known?.includes(key)) return key;
  return SYNONYMS[column]?.[key];
}

function number(cell: string): number | undefined {
  const n = Number(cell.replace(',', '.'));
  return cell.trim() !== '' && Number.isFinite(n) ? n : undefined;
}

function truthy(cell: string | undefined): boolean {
  return /^(1|x|oui|o|yes|y|true|vrai)$/i.test(fold(cell ?? ''));
}

/** Which known column a header names: `name_fr` → field `name` in `fr`. */
function classify(column: string, defaultLocale: string): { field: string; locale?: string } | undefined {
  if ((PLAIN_COLUMNS as readonly string[]).includes(column)) return { field: column };
  for (const field of LOCALIZED_COLUMNS) {
    if (column === field) return { field, locale: defaultLocale };
    if (column.startsWith(`${field}_`)) {
      const suffix = column.slice(field.length + 1);
      if (LANG_SUFFIX.test(suffix)) return { field, locale: suffix.replace(/_/g, '-') };
    }
  }
  return undefined;
}

/**
 * Imports a CSV export of a spreadsheet, one row per resource, into a feed
 * document. Throws a {@link ToolError} when the bytes are not a usable CSV
 * (binary, empty, no `id` or name column); otherwise reports each bad row in
 * `notes` with its physical line and imports the others.
 *
 * @param bytes - The file's content, in UTF-8 (with or without a BOM), UTF-16 or Windows-1252.
 * @param options - Feed envelope options; `defaultLocale` defaults to `fr`.
 * @param sourceName - Used as the title when neither `options.title` nor a base feed gives one.
 */
export function importCsv(bytes: Uint8Array, options: ImportOptions = {}, sourceName = 'Repère'): CsvImportResult {
  return importCsvTable(readCsv(bytes), options, sourceName);
}

/**
 * Imports a spreadsheet already read by `readCsv` (or rewritten by a
 * mapping), with the same rules as {@link importCsv}.
 */
export function importCsvTable(table: CsvTable, options: ImportOptions = {}, sourceName = 'Repère'): CsvImportResult {
  const defaultLocale = options.defaultLocale ?? options.base?.defaultLocale ?? 'fr';
  const notes = new Notes();
  if (table.encoding === 'windows-1252') notes.warning('csv-encoding', { encoding: 'Windows-1252' });

  const columns = new Map<string, { field: string; locale?: string }>();
  for (const column of table.columns) {
    if (!column) continue;
    const kind = classify(column, defaultLocale);
    if (kind) columns.set(column, kind);
    else notes.warning('unknown-column', { column }, { line: 1 });
  }
  const fields = new Set([...columns.values()].map((c) => c.field));
  if (!fields.has('id')) throw new ToolError('missing-column', { column: 'id' });
  if (!fields.has('name')) throw new ToolError('missing-column', { column: `name_${defaultLocale}` });

  const categories = new Vocabulary<CategoryInput>(options.base?.categories, defaultLocale);
  const regions = new Vocabulary<RegionInput>(options.base?.regions as RegionInput[] | undefined, defaultLocale);
  const hasBase = options.base !== undefined;
  const firstLine = new Map<string, number>();
  const resources: ResourceInput[] = [];
  let rejected = 0;

  for (const bad of table.badRows) {
    notes.error('csv-syntax', badRowParams(bad), { line: bad.line });
    rejected++;
  }

  for (const row of table.rows) {
    const at = { line: row.line };
    const text: Record<string, Record<string, string>> = {};
    const plain: Record<string, string> = {};
    for (const [column, value] of Object.entries(row.cells)) {
      const kind = columns.get(column);
      if (!kind || value === '') continue;
      if (kind.locale) (text[kind.field] ??= {})[kind.locale] = value;
      else plain[kind.field] = value;
    }
    const reject = (code: Parameters<Notes['error']>[0], params: Record<string, string | number> = {}) => {
      notes.error(code, params, { ...at, ...(plain.id ? { id: plain.id } : {}) });
      rejected++;
    };

    const id = plain.id;
    if (!id) { reject('row-no-id'); continue; }
    if (!isId(id)) { reject('row-bad-id', { value: id }); continue; }
    if (firstLine.has(id)) { reject('row-duplicate-id', { value: id, first: firstLine.get(id)! }); continue; }
    if (!text.name) { reject('row-no-name'); continue; }
    let hours: ResourceInput['hours'];
    if (plain.hours) {
      const parsed = parseHours(plain.hours);
      if (!Array.isArray(parsed)) {
        reject('row-bad-hours', { value: plain.hours.replace(/\n/g, '; '), detail: message(parsed.code, { value: parsed.value }, 'en'), detailCode: parsed.code, detailValue: parsed.value });
        continue;
      }
      hours = parsed;
    }
    const categoryIds: string[] = [];
    for (const value of list(plain.categories)) {
      const r = categories.resolve(value);
      if (!r) continue;
      if (r.created && hasBase) noteCreated(notes, 'category', r.id, value, at);
      if (!categoryIds.includes(r.id)) categoryIds.push(r.id);
    }
    if (categoryIds.length === 0) { reject('row-no-category'); continue; }
    firstLine.set(id, row.line);

    const where = { ...at, id };
    const regionIds: string[] = [];
    for (const value of list(plain.regions)) {
      const r = regions.resolve(value);
      if (!r) continue;
      if (r.created && hasBase) noteCreated(notes, 'region', r.id, value, at);
      if (!regionIds.includes(r.id)) regionIds.push(r.id);
    }
    const terms = (column: 'audiences' | 'delivery') =>
      list(plain[column]).flatMap((value) => {
        const t = term(column, value);
        if (!t) notes.warning('bad-value', { column, value, allowed: VOCABULARIES[column]!.join(', ') }, where);
        return t ? [t] : [];
      });
    const languages = list(plain.languages).flatMap((value) => {
      const code = languageCode(value);
      if (!code) notes.warning('bad-language', { value }, where);
      return code ? [code] : [];
    });
    let cost: string | undefined;
    if (plain.cost) {
      cost = term('cost', plain.cost);
      if (!cost) notes.warning('bad-value', { column: 'cost', value: plain.cost, allowed: COSTS.join(', ') }, where);
    }
    const phones: PhoneInput[] = [];
    for (const number of list(plain.phone)) {
      if (!telHref(number)) { notes.warning('bad-phone', { value: number }, where); continue; }
      phones.push({ number, ...(phones.length === 0 && plain.phone_label ? { label: { [defaultLocale]: plain.phone_label } } : {}) });
    }
    let website: string | undefined;
    if (plain.website) {
      website = safeWebUrl(plain.website);
      if (!website) notes.warning('bad-url', { value: plain.website }, where);
    }
    let email: string | undefined;
    if (plain.email) {
      email = safeEmail(plain.email);
      if (!email) notes.warning('bad-email', { value: plain.email }, where);
    }
    const location: LocationInput = {};
    const address = Object.fromEntries(
      Object.entries({ street: plain.address, city: plain.city, province: plain.province, postalCode: plain.postal_code }).filter(([, v]) => v),
    );
    if (Object.keys(address).length) location.address = address;
    if (plain.lat || plain.lon) {
      const lat = number(plain.lat ?? '');
      const lon = number(plain.lon ?? '');
      if (lat === undefined || lon === undefined || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
        notes.warning('bad-coordinates', { value: `${plain.lat ?? ''} ${plain.lon ?? ''}`.trim() }, where);
      } else Object.assign(location, { lat, lon });
    }
    if (truthy(plain.confidential)) location.confidential = true;
    const dates = (column: string, value: string | undefined) => {
      if (value === undefined) return undefined;
      if (/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value) && !Number.isNaN(Date.parse(value.slice(0, 10)))) return value;
      notes.warning('bad-date', { value, column }, where);
      return undefined;
    };
    const closedDates = list(plain.closed_dates).flatMap((d) => dates('closed_dates', d) ?? []);
    // A season for the row's hours (a tax clinic in March and April): calendar days only.
    const season = (column: 'season_from' | 'season_to') => dates(column, plain[column])?.slice(0, 10);
    const validFrom = season('season_from');
    const validTo = season('season_to');
    if (hours && (validFrom || validTo)) hours = hours.map((h) => ({ ...h, ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) }));
    const keywords = text.keywords
      ? Object.fromEntries(Object.entries(text.keywords).map(([lang, words]) => [lang, list(words.replace(/,/g, ';'))]))
      : undefined;

    const resource: Record<string, unknown> = {
      id,
      name: text.name,
      ...(text.organization ? { organization: text.organization } : {}),
      ...(text.description ? { description: text.description } : {}),
      categories: categoryIds,
      ...(regionIds.length ? { regions: regionIds } : {}),
      ...(plain.audiences ? { audiences: terms('audiences') } : {}),
      ...(languages.length ? { languages } : {}),
      ...(plain.delivery ? { delivery: terms('delivery') } : {}),
      ...(cost ? { cost } : {}),
      ...(text.fees ? { fees: text.fees } : {}),
      ...(text.eligibility ? { eligibility: text.eligibility } : {}),
      ...(phones.length ? { phones } : {}),
      ...(email ? { email } : {}),
      ...(website ? { website } : {}),
      ...(Object.keys(location).length ? { locations: [location] } : {}),
      ...(hours?.length ? { hours } : {}),
      ...(closedDates.length ? { closedDates } : {}),
      ...(text.hours_note ? { hoursNote: text.hours_note } : {}),
      ...(keywords ? { keywords } : {}),
    };
    const updated = dates('updated', plain.updated);
    if (updated) resource.updated = updated;
    resources.push(resource as ResourceInput);
  }

  const feed = assembleFeed(options, sourceName, defaultLocale, categories.list(), regions.list(), resources);
  return { feed, notes: notes.list, imported: resources.length, rejected, encoding: table.encoding, delimiter: table.delimiter };
}
