/**
 * A 211 resource-database export (AIRS / iCarol style) to a Repère feed, the
 * way a resident meets services: each program is a resource, carrying its
 * agency's contact details and its sites' addresses where its own are empty;
 * a site or an agency with no published program is a resource of its own, so
 * that nothing published is lost. Inactive records and those excluded from
 * the website are skipped and counted, with the programs under them.
 */
import { COSTS, safeEmail, safeWebUrl, telHref, type FeedDocument, type PhoneKind, type RegionInput, type ResourceInput } from '@repere/sdk';
import { assembleFeed, isId, noteCreated, Vocabulary, type ImportOptions } from '../base.js';
import { badRowParams, type CsvTable } from '../csv/read.js';
import { readTextHours } from '../hours-text.js';
import { languageCode } from '../languages.js';
import { Notes, type ImportNote } from '../notes.js';
import { Taxonomy, type SourceTerm } from '../taxonomy.js';
import { UNCATEGORIZED } from '../hsds/nested.js';
import { cell, hiddenBecause, levelOf, nums, yes, type AirsRecord } from './records.js';

type PhoneInput = NonNullable<ResourceInput['phones']>[number];
type LocationInput = NonNullable<ResourceInput['locations']>[number];

/** What a 211 export import produced, beyond the feed. */
export interface AirsImportResult {
  readonly feed: FeedDocument;
  readonly notes: readonly ImportNote[];
  readonly imported: number;
  readonly rejected: number;
  /** Records not published by the export (with the records under them). */
  readonly skipped: { readonly inactive: number; readonly excluded: number };
  /** Resources whose written hours became structured hours, or stayed a note. */
  readonly hours: { readonly structured: number; readonly note: number };
}

const TOLL_FREE = { en: 'Toll free', fr: 'Sans frais' };
const FREE = /^(free|none|no fee|no charge|gratuit|aucun|aucuns frais|sans frais)\b/i;

/** The first value a list of records gives for a column: the record's own, then its sites', then its agency's. */
function inherited(chain: readonly (AirsRecord | undefined)[], read: (r: AirsRecord) => string | undefined): string | undefined {
  for (const record of chain) {
    const value = record ? read(record) : undefined;
    if (value) return value;
  }
  return undefined;
}

/**
 * Imports a 211 export read by `readCsv`. Rows without a number or a name,
 * and repeated numbers, are rejected with their line; values that cannot be
 * used (an unsafe website, an undiallable number) are dropped with a warning.
 *
 * @param table - The export, as `readCsv` reads it.
 * @param options - Feed options; the default locale is the base feed's, else `en`.
 * @param sourceName - The title when neither `options.title` nor a base feed gives one.
 */
export function importAirs(table: CsvTable, options: ImportOptions = {}, sourceName = '211'): AirsImportResult {
  const locale = options.defaultLocale ?? options.base?.defaultLocale ?? 'en';
  const notes = new Notes();
  const text = (value: string | undefined) => (value ? { [locale]: value } : undefined);
  let rejected = 0;
  for (const bad of table.badRows) {
    notes.error('csv-syntax', badRowParams(bad), { line: bad.line });
    rejected++;
  }

  // Pass 1: every row by number, with its level and links.
  const records = new Map<string, AirsRecord>();
  for (const row of table.rows) {
    const num = cell(row, 'ResourceAgencyNum');
    const at = { line: row.line, ...(num ? { id: num } : {}) };
    if (!num) { notes.error('airs-no-num', {}, at); rejected++; continue; }
    if (!isId(num)) { notes.error('row-bad-id', { value: num }, at); rejected++; continue; }
    const first = records.get(num);
    if (first) { notes.error('row-duplicate-id', { value: num, first: first.row.line }, at); rejected++; continue; }
    const levelText = cell(row, 'TaxonomyLevelName');
    const level = levelOf(levelText);
    if (levelText && !level) notes.warning('airs-level', { value: levelText }, at);
    const parent = cell(row, 'ParentAgencyNum');
    const hidden = hiddenBecause(row);
    records.set(num, {
      row,
      num,
      level: level ?? (parent && parent !== num ? 'program' : 'agency'),
      ...(parent && parent !== num ? { parent } : {}),
      sites: nums(cell(row, 'ConnectsToSiteNum')).filter((s) => s !== num),
      ...(hidden ? { hidden } : {}),
    });
  }
  const find = (num: string | undefined, column: string, from: AirsRecord): AirsRecord | undefined => {
    if (!num) return undefined;
    const found = records.get(num);
    if (!found) notes.warning('airs-dangling', { column, value: num }, { line: from.row.line, id: from.num });
    return found;
  };

  // Pass 2: which records are published, and which become resources.
  const skipped = { inactive: 0, excluded: 0 };
  const agencyOf = new Map<string, AirsRecord | undefined>();
  const sitesOf = new Map<string, AirsRecord[]>();
  const published: AirsRecord[] = [];
  for (const record of records.values()) {
    const agency = record.level === 'agency' ? undefined : find(record.parent, 'ParentAgencyNum', record);
    const sites = record.level === 'program' ? record.sites.map((s) => find(s, 'ConnectsToSiteNum', record)).filter((s): s is AirsRecord => s !== undefined) : [];
    // A program under an unpublished agency is not published either.
    const hidden = record.hidden ?? agency?.hidden;
    if (hidden) {
      skipped[hidden]++;
      continue;
    }
    agencyOf.set(record.num, agency);
    sitesOf.set(record.num, sites.filter((s) => !s.hidden));
    published.push(record);
  }
  const served = new Set<string>();
  for (const record of published) {
    if (record.level !== 'program') continue;
    served.add(record.num);
    const agency = agencyOf.get(record.num);
    if (agency) served.add(agency.num);
    for (const site of sitesOf.get(record.num) ?? []) served.add(site.num);
  }
  // Sites without a program stand for their agency too.
  for (const record of published) if (record.level === 'site' && !served.has(record.num)) {
    const agency = agencyOf.get(record.num);
    if (agency) served.add(agency.num);
  }

  const taxonomy = new Taxonomy(options.base?.categories, locale);
  const regions = new Vocabulary<RegionInput>(options.base?.regions as RegionInput[] | undefined, locale);
  const hasBase = options.base !== undefined;
  const hours = { structured: 0, note: 0 };
  const resources: ResourceInput[] = [];

  for (const record of published) {
    if (record.level !== 'program' && served.has(record.num)) continue;
    const { row, num: id } = record;
    const where = { line: row.line, id };
    const agency = agencyOf.get(id);
    const sites = sitesOf.get(id) ?? [];
    const own = record;
    const chain = [own, ...sites, agency];
    const name = cell(row, 'PublicName') ?? cell(row, 'OfficialName') ?? cell(row, 'AlternateName');
    if (!name) { notes.error('airs-no-name', {}, where); rejected++; continue; }

    // Contact: the record's own phones, else its sites', else its agency's.
    let phones: PhoneInput[] = [];
    for (const source of chain) {
      if (!source) continue;
      phones = readPhones(source, locale, (value) => notes.warning('bad-phone', { value }, where));
      if (phones.length) break;
    }
    const websiteText = inherited(chain, (r) => cell(r.row, 'WebsiteAddress'));
    const website = websiteText ? safeWebUrl(websiteText) : undefined;
    if (websiteText && !website) notes.warning('bad-url', { value: websiteText }, where);
    const emailText = inherited(chain, (r) => cell(r.row, 'EmailAddressMain'));
    const email = emailText ? safeEmail(emailText) : undefined;
    if (emailText && !email) notes.warning('bad-email', { value: emailText }, where);

    // Places: the program's sites; else its own address; else its agency's.
    const places = sites.length ? sites : [own, agency].filter((r): r is AirsRecord => r !== undefined).slice(0, 1);
    const locations: LocationInput[] = [];
    for (const place of places) {
      const location = readLocation(place, locale, (value) => notes.warning('bad-coordinates', { value }, where));
      if (location) locations.push(location);
    }
    const agencyLocation = locations.length === 0 && agency && places[0] !== agency ? readLocation(agency, locale, () => {}) : undefined;
    if (agencyLocation) locations.push(agencyLocation);

    // Hours in free text: structured when certain, else kept as written.
    const hoursText = inherited(chain, (r) => cell(r.row, 'HoursOfOperation'));
    const read = hoursText ? readTextHours(hoursText) : undefined;
    if (read?.hours?.length) hours.structured++;
    else if (read) hours.note++;

    // Categories: taxonomy terms and codes, paired in order.
    const terms = readTerms(record) ?? (agency ? readTerms(agency) : undefined) ?? [];
    const { ids: categories, created } = taxonomy.resolve(terms);
    for (const category of created) if (hasBase) noteCreated(notes, 'category', category.id, category.name, where);
    if (categories.length === 0) {
      taxonomy.categories.define(UNCATEGORIZED);
      categories.push(UNCATEGORIZED.id);
      notes.warning('hsds-no-category', { id }, where);
    }

    // Regions: only those a base feed gives, by coverage area, else by city.
    const regionIds: string[] = [];
    if (hasBase) {
      for (const area of (inherited(chain, (r) => cell(r.row, 'CoverageArea')) ?? '').split(/\s*[;\n]\s*/).filter(Boolean)) {
        // "Québec - Bas-Saint-Laurent - Kamouraska": the most precise part that the base names.
        const parts = area.split(/\s+[-–>]\s+|\s*\/\s*/);
        const regionId = regions.find(area) ?? [...parts].reverse().map((p) => regions.find(p)).find(Boolean);
        if (regionId && !regionIds.includes(regionId)) regionIds.push(regionId);
      }
      for (const location of regionIds.length ? [] : locations) {
        const regionId = location.address?.city ? regions.find(location.address.city) : undefined;
        if (regionId && !regionIds.includes(regionId)) regionIds.push(regionId);
      }
    }

    const languages: string[] = [];
    for (const value of (inherited([own, agency], (r) => cell(r.row, 'LanguagesOffered')) ?? '').replace(/\([^)]*\)/g, '').split(/\s*(?:[;,/\n]|\band\b|\bet\b)\s*/)) {
      if (!value.trim()) continue;
      const code = languageCode(value);
      if (!code) notes.warning('bad-language', { value }, where);
      else if (!languages.includes(code)) languages.push(code);
    }
    // Description, eligibility and fees are the record's own: an agency's rarely fit each of its programs.
    const description = cell(row, 'AgencyDescription') ?? cell(row, 'ShortDescription');
    const eligibility = cell(row, 'Eligibility');
    const fees = cell(row, 'FeeStructureSource');
    const cost = fees && FREE.test(fees.trim()) ? COSTS[0] : undefined;
    const organization = record.level === 'agency' ? undefined : agency ? cell(agency.row, 'PublicName') : undefined;
    const alternate = cell(row, 'AlternateName');
    const updated = /^\d{4}-\d{2}-\d{2}/.exec(cell(row, 'LastVerifiedOn') ?? cell(row, 'UpdatedOn') ?? '')?.[0];

    const resource: Record<string, unknown> = {
      id,
      name: { [locale]: name },
      ...(organization && organization !== name ? { organization: text(organization) } : {}),
      ...(description ? { description: text(description) } : {}),
      categories,
      ...(regionIds.length ? { regions: regionIds } : {}),
      ...(languages.length ? { languages } : {}),
      ...(cost ? { cost } : {}),
      ...(fees ? { fees: text(fees) } : {}),
      ...(eligibility ? { eligibility: text(eligibility) } : {}),
      ...(phones.length ? { phones } : {}),
      ...(email ? { email } : {}),
      ...(website ? { website } : {}),
      ...(locations.length ? { locations } : {}),
      ...(read?.hours?.length ? { hours: read.hours } : {}),
      ...(read?.note ? { hoursNote: text(read.note) } : {}),
      ...(alternate && alternate !== name ? { keywords: { [locale]: [alternate] } } : {}),
      ...(updated && !Number.isNaN(Date.parse(updated)) ? { updated } : {}),
    };
    resources.push(resource as ResourceInput);
  }
  taxonomy.reportUnmatched(notes);
  if (skipped.inactive + skipped.excluded > 0) notes.warning('airs-skipped', { ...skipped });

  const feed = assembleFeed(options, sourceName, locale, taxonomy.categories.list(), regions.list(), resources);
  // In file order, as a maintainer goes through the export; notes about the whole file last.
  const ordered = notes.list.map((note, i) => [note, i] as const).sort(([a, i], [b, j]) => (a.line ?? Infinity) - (b.line ?? Infinity) || i - j).map(([note]) => note);
  return { feed, notes: ordered, imported: resources.length, rejected, skipped, hours };
}

/** `TaxonomyTerms` and `TaxonomyCodes` (`;`-separated), paired by position when both are given; unpaired codes stand alone. */
function readTerms(record: AirsRecord): SourceTerm[] | undefined {
  const split = (value: string | undefined) => (value ?? '').split(/\s*;\s*/).filter(Boolean);
  const names = split(cell(record.row, 'TaxonomyTerms') ?? cell(record.row, 'TaxonomyTerm'));
  const codes = split(cell(record.row, 'TaxonomyCodes') ?? cell(record.row, 'TaxonomyCode'));
  // One term with several codes: the codes are its own (a term used at several levels of the taxonomy).
  if (names.length === 1 && codes.length > 1) return codes.map((code) => ({ name: names[0]!, code }));
  const paired = names.length === codes.length;
  const terms: SourceTerm[] = names.map((name, i) => ({ name, ...(paired ? { code: codes[i] } : {}) }));
  if (!paired) terms.push(...codes.map((code) => ({ code })));
  return terms.length ? terms : undefined;
}

/** `Phone1Number`…`Phone5Number` with their names and types, then toll free, TTY and fax; private numbers left out. */
function readPhones(record: AirsRecord, locale: string, bad: (value: string) => void): PhoneInput[] {
  const phones: PhoneInput[] = [];
  const seen = new Set<string>();
  const add = (number: string | undefined, kind: PhoneKind, label?: PhoneInput['label']) => {
    if (!number) return;
    const href = telHref(number);
    if (!href) return bad(number);
    if (seen.has(href)) return;
    seen.add(href);
    phones.push({ number, ...(kind !== 'voice' ? { kind } : {}), ...(label ? { label } : {}) });
  };
  const row = record.row;
  for (let n = 1; n <= 5; n++) {
    if (yes(cell(row, `Phone${n}IsPrivate`)) || yes(cell(row, `Phone${n}IsConfidential`))) continue;
    const type = (cell(row, `Phone${n}Type`) ?? '').toLowerCase();
    const kind: PhoneKind = /fax|télécopieur/.test(type) ? 'fax' : /tty|ats|tdd/.test(type) ? 'tty' : /text|sms|texto/.test(type) ? 'text' : 'voice';
    const label = cell(row, `Phone${n}Name`) ?? cell(row, `Phone${n}Description`);
    add(cell(row, `Phone${n}Number`), kind, label && label.length <= 80 ? { [locale]: label } : undefined);
  }
  add(cell(row, 'PhoneTollFree'), 'voice', TOLL_FREE);
  add(cell(row, 'PhoneTTY'), 'tty');
  add(cell(row, 'PhoneFax'), 'fax');
  return phones;
}

/** The physical address and coordinates of a record; `undefined` when it gives neither. */
function readLocation(record: AirsRecord, locale: string, bad: (value: string) => void): LocationInput | undefined {
  const row = record.row;
  const location: LocationInput = {};
  const street = [cell(row, 'PhysicalAddress1'), cell(row, 'PhysicalAddress2')].filter(Boolean).join(', ');
  const address = Object.fromEntries(
    Object.entries({
      street,
      city: cell(row, 'PhysicalCity'),
      province: cell(row, 'PhysicalStateProvince'),
      postalCode: cell(row, 'PhysicalPostalCode'),
      country: cell(row, 'PhysicalCountry'),
    }).filter(([, v]) => v),
  );
  if (Object.keys(address).length) location.address = address;
  const latText = cell(row, 'Latitude');
  const lonText = cell(row, 'Longitude');
  if (latText || lonText) {
    const lat = Number(latText?.replace(',', '.'));
    const lon = Number(lonText?.replace(',', '.'));
    // 0, 0 is what many exports write for "not geocoded".
    if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) bad(`${latText ?? ''} ${lonText ?? ''}`.trim());
    else if (lat !== 0 || lon !== 0) Object.assign(location, { lat, lon });
  }
  if (Object.keys(location).length === 0) return undefined;
  if (record.level === 'site') {
    const siteName = cell(row, 'PublicName');
    if (siteName) location.name = { [locale]: siteName };
  }
  if (yes(cell(row, 'PhysicalAddressIsPrivate')) || yes(cell(row, 'PhysicalAddressIsConfidential'))) location.confidential = true;
  return location;
}
