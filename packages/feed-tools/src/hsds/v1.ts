/**
 * HSDS 1.x and 2.0 tables, as Ohana API and the first Open Referral tools
 * export them: `services.csv` linked to `locations.csv` by `location_id` (or
 * through `services_at_location.csv`), `phones.csv` linked by `service_id`,
 * `location_id` or `organization_id`, `regular_schedules.csv` with weekday
 * names, `holiday_schedules.csv`, `addresses.csv` / `physical_addresses.csv`,
 * `taxonomy.csv` with `services_taxonomy.csv` or a `taxonomy_ids` column, and
 * a comma-separated `keywords` column. The rows are joined into nested 3.0
 * services so that one mapping (`nested.ts`) serves every HSDS version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { telHref, type ResourceInput } from '@repere/sdk';
import type { ImportOptions } from '../base.js';
import { parseHours } from '../csv/hours.js';
import { badRowParams, readCsv } from '../csv/read.js';
import { readFileBytes } from '../validate.js';
import { Notes, ToolError } from '../notes.js';
import { finishImport, importContext, type HsdsImportResult, type ServiceToMap } from './assemble.js';
import { cleanNumber, type HsdsObject, type HsdsPlace } from './nested.js';
import { LANGUAGE_TAG_PATTERN } from '@repere/sdk/internal';

/** The tables read, by the names the 1.x and 2.0 versions and Ohana gave them. */
const TABLES = [
  'organizations', 'locations', 'services', 'services_at_location', 'service_at_location', 'phones',
  'regular_schedules', 'holiday_schedules', 'schedule', 'addresses', 'physical_addresses', 'postal_addresses',
  'taxonomy', 'services_taxonomy', 'service_taxonomy', 'languages', 'eligibility', 'fees', 'service_area',
  'accessibility_for_disabilities',
] as const;
type Table = (typeof TABLES)[number];

/** Files only the 1.x/2.0 shapes have (3.0 renamed or replaced each of them). */
const MARKERS = ['regular_schedules', 'holiday_schedules', 'physical_addresses', 'postal_addresses', 'taxonomy', 'services_taxonomy', 'service_taxonomy', 'services_at_location'];
/** Columns of an Ohana `services.csv` that 3.0 does not have. */
const MARKER_COLUMNS = ['location_id', 'keywords', 'taxonomy_ids'];

interface Row {
  readonly file: string;
  readonly line: number;
  readonly data: Readonly<Record<string, string>>;
}

/** Dates are spelled out for at most a year; a longer closure is a note, not a list. */
const MAX_CLOSED_DAYS = 366;

/**
 * Whether a folder holds HSDS 1.x/2.0 tables (Ohana style) rather than 3.0
 * ones: a table only the old versions have, or an Ohana `services.csv`
 * column, and no 3.0 `taxonomy_terms.csv` or `schedules.csv`.
 */
export function isHsdsTablesFolder(dir: string): boolean {
  if (!existsSync(join(dir, 'services.csv'))) return false;
  if (existsSync(join(dir, 'taxonomy_terms.csv')) || existsSync(join(dir, 'schedules.csv'))) return false;
  if (MARKERS.some((name) => existsSync(join(dir, `${name}.csv`)))) return true;
  try {
    const header = readFileSync(join(dir, 'services.csv'), 'utf8').split(/\r?\n/, 1)[0]!.toLowerCase();
    return MARKER_COLUMNS.some((column) => header.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, '')).includes(column));
  } catch {
    return false;
  }
}

function readTables(dir: string, notes: Notes): { tables: Record<Table, Row[]>; inputs: string[] } {
  const tables = {} as Record<Table, Row[]>;
  const inputs: string[] = [];
  for (const table of TABLES) {
    tables[table] = [];
    const path = join(dir, `${table}.csv`);
    if (!existsSync(path)) continue;
    inputs.push(path);
    const file = `${table}.csv`;
    const csv = readCsv(readFileBytes(path));
    for (const bad of csv.badRows) notes.error('csv-syntax', badRowParams(bad), { file, line: bad.line });
    tables[table] = csv.rows.map((row) => ({ file, line: row.line, data: row.cells }));
  }
  return { tables, inputs };
}

/** The rows of a table grouped by one column's value. */
function groupBy(rows: readonly Row[], key: string, keep: (row: Row) => boolean = () => true): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row.data[key];
    if (!value || !keep(row)) continue;
    const group = map.get(value);
    if (group) group.push(row);
    else map.set(value, [row]);
  }
  return map;
}

/** A comma-separated cell as a list, blanks removed. */
function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}

const LANGUAGE_CODES = new Map<string, string>();
/** A language name ("French", "Français", "Spanish") or code as an ISO 639 code; the value itself when unknown. */
function languageCode(value: string): string {
  if (LANGUAGE_TAG_PATTERN.test(value)) return value.toLowerCase();
  if (LANGUAGE_CODES.size === 0) {
    // Names from the runtime's own data, in both languages: no table to keep up to date.
    const names = ['en', 'fr'].map((lang) => new Intl.DisplayNames([lang], { type: 'language' }));
    for (let a = 97; a <= 122; a++) {
      for (let b = 97; b <= 122; b++) {
        const code = String.fromCharCode(a, b);
        for (const display of names) {
          const name = display.of(code);
          if (name && name !== code) LANGUAGE_CODES.set(name.toLowerCase(), code);
        }
      }
    }
  }
  return LANGUAGE_CODES.get(value.trim().toLowerCase()) ?? value;
}

/** The time as `HH:MM`, seconds dropped, so that the spreadsheet hours reader can take it. */
function time(value: string | undefined): string {
  return (value ?? '').trim().replace(/^(\d{1,2}:\d{2}):\d{2}$/, '$1');
}

/** ISO weekday numbers, Monday 1; a name goes through the spreadsheet hours reader. */
const WEEKDAY_NUMBERS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Regular schedule rows (one weekday each) as 3.0 weekly schedules, days
 * with the same hours joined. A row that cannot be read is reported on its
 * line and left out; 2.0 `schedule` rows that already carry `freq` pass as
 * they are.
 */
function weeklySchedules(rows: readonly Row[], notes: Notes): HsdsObject[] {
  const byTimes = new Map<string, { days: string[]; opens: string; closes: string }>();
  const schedules: HsdsObject[] = [];
  for (const row of rows) {
    if (row.data.freq) {
      schedules.push({ ...row.data });
      continue;
    }
    const weekday = row.data.weekday ?? '';
    const day = /^[1-7]$/.test(weekday) ? WEEKDAY_NUMBERS[Number(weekday) - 1]! : weekday;
    const spans = parseHours(`${day} ${time(row.data.opens_at)}-${time(row.data.closes_at)}`);
    if (!Array.isArray(spans)) {
      notes.warning('hsds-regular-schedule', { table: row.file, detailCode: spans.code, detailValue: spans.value }, { file: row.file, line: row.line });
      continue;
    }
    for (const span of spans) {
      const key = `${span.opens}-${span.closes}`;
      const entry = byTimes.get(key) ?? { days: [], opens: span.opens, closes: span.closes };
      for (const d of span.days) if (!entry.days.includes(d)) entry.days.push(d);
      byTimes.set(key, entry);
    }
  }
  for (const { days, opens, closes } of byTimes.values()) {
    schedules.push({ freq: 'WEEKLY', byday: days.map((d) => d.toUpperCase()).join(','), opens_at: opens, closes_at: closes });
  }
  return schedules;
}

/** Closed holiday rows as dates; holiday opening hours are reported, the format having no place for them. */
function closedDates(rows: readonly Row[], notes: Notes): string[] {
  const dates: string[] = [];
  for (const row of rows) {
    const { start_date: start = '', end_date: end = start, closed = '' } = row.data;
    const at = { file: row.file, line: row.line };
    const from = /^\d{4}-\d{2}-\d{2}$/.test(start) ? new Date(`${start}T00:00:00Z`) : undefined;
    const to = /^\d{4}-\d{2}-\d{2}$/.test(end || start) ? new Date(`${end || start}T00:00:00Z`) : undefined;
    if (!from || !to || Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to < from) {
      notes.warning('hsds-bad-holiday', { start, end }, at);
      continue;
    }
    if (!/^(true|t|yes|y|1|oui|o)$/i.test(closed)) {
      notes.warning('hsds-holiday-hours', { start, end: end || start, opens: time(row.data.opens_at), closes: time(row.data.closes_at) }, at);
      continue;
    }
    const days = (to.getTime() - from.getTime()) / 86_400_000 + 1;
    if (days > MAX_CLOSED_DAYS) {
      notes.warning('hsds-bad-holiday', { start, end }, at);
      continue;
    }
    for (let i = 0; i < days; i++) {
      const date = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
      if (!dates.includes(date)) dates.push(date);
    }
  }
  return dates.sort();
}

/**
 * The phones of some rows; a number that cannot be dialled is reported on
 * its own line of phones.csv (the mapping would only know the service).
 */
function phones(rows: readonly Row[] | undefined, notes: Notes): HsdsObject[] {
  const kept: HsdsObject[] = [];
  for (const row of rows ?? []) {
    const d = row.data;
    const number = cleanNumber(d.number);
    if (!number) continue;
    const full = d.extension ? `${number} ext. ${d.extension}` : number;
    if (!telHref(full)) {
      notes.warning('hsds-bad-phone', { id: d.service_id || d.location_id || d.organization_id || d.id || '', value: full }, { file: row.file, line: row.line });
      continue;
    }
    kept.push({ number: d.number, extension: d.extension, type: d.type || d.number_type, description: d.description || d.department });
  }
  return kept;
}

function address(row: Row, type: string): HsdsObject {
  const d = row.data;
  return { ...d, address_1: d.address_1, address_2: [d.address_2, d.address_3, d.address_4].filter(Boolean).join(', '), address_type: d.address_type || type };
}

/**
 * Imports a folder of HSDS 1.x/2.0 tables (Ohana style). Every service row
 * becomes a resource carrying its phones (its own, else its locations', else
 * its organization's), addresses, hours, closed dates, keywords, languages
 * and categories; every row that cannot be used is reported with its file
 * and line. Throws {@link ToolError} when there is no `services.csv`.
 */
export function importHsdsTables(dir: string, options: ImportOptions = {}): HsdsImportResult {
  if (!existsSync(join(dir, 'services.csv'))) throw new ToolError('hsds-no-services-table');
  const notes = new Notes();
  const ctx = importContext(options, notes);
  const { tables: t, inputs } = readTables(dir, notes);
  const byId = (rows: readonly Row[]) => new Map(rows.filter((r) => r.data.id).map((r) => [r.data.id!, r]));
  const organizations = byId(t.organizations);
  const terms = byId(t.taxonomy);

  const own = (r: Row) => !r.data.service_id;
  // Physical first: the mapping takes the first physical address of a place.
  const addresses = groupBy([...t.physical_addresses, ...t.addresses, ...t.postal_addresses], 'location_id');
  const accessibility = groupBy(t.accessibility_for_disabilities, 'location_id');
  const locationPhones = groupBy(t.phones, 'location_id', own);
  const locationSchedules = groupBy([...t.regular_schedules, ...t.schedule], 'location_id', own);
  const locations = new Map<string, HsdsObject>();
  for (const row of t.locations) {
    const id = row.data.id;
    if (!id) {
      notes.warning('hsds-row-no-id', { table: row.file }, { file: row.file, line: row.line });
      continue;
    }
    locations.set(id, {
      ...row.data,
      location_type: row.data.location_type || 'physical',
      addresses: (addresses.get(id) ?? []).map((r) => address(r, r.file === 'postal_addresses.csv' ? 'postal' : 'physical')),
      accessibility: (accessibility.get(id) ?? []).map((r) => ({ description: r.data.accessibility, details: r.data.details })),
      phones: phones(locationPhones.get(id), notes),
      schedules: weeklySchedules(locationSchedules.get(id) ?? [], notes),
    });
  }
  const linked = (row: Row, table: string, column: string, value: string, known: Map<string, unknown>) => {
    if (known.has(value)) return true;
    notes.warning('hsds-dangling', { table, column, value }, { file: row.file, line: row.line });
    return false;
  };

  const serviceLocations = new Map<string, string[]>();
  for (const row of [...t.services_at_location, ...t.service_at_location]) {
    const { service_id: serviceId = '', location_id: locationId = '' } = row.data;
    if (!linked(row, row.file, 'location_id', locationId, locations)) continue;
    const list = serviceLocations.get(serviceId);
    if (list) list.push(locationId);
    else serviceLocations.set(serviceId, [locationId]);
  }
  const organizationPhones = groupBy(t.phones, 'organization_id', (r) => !r.data.service_id && !r.data.location_id);
  // Built once, so that a bad number of an organization is reported once, not once per service.
  const organizationObjects = new Map([...organizations].map(([id, row]) => [id, { ...row.data, phones: phones(organizationPhones.get(id), notes) }]));
  const servicePhones = groupBy(t.phones, 'service_id');
  const serviceSchedules = groupBy([...t.regular_schedules, ...t.schedule], 'service_id');
  const holidays = groupBy(t.holiday_schedules, 'service_id');
  const locationHolidays = groupBy(t.holiday_schedules, 'location_id', own);
  const taxonomyLinks = groupBy([...t.services_taxonomy, ...t.service_taxonomy], 'service_id');
  const languages = groupBy(t.languages, 'service_id');
  const eligibility = groupBy(t.eligibility, 'service_id');
  const fees = groupBy(t.fees, 'service_id');
  const areas = groupBy(t.service_area, 'service_id');

  const services: ServiceToMap[] = t.services.map((row) => {
    const d = row.data;
    const id = d.id ?? '';
    const at: HsdsPlace = { file: row.file, line: row.line };
    const locationIds = [...(d.location_id ? [d.location_id] : []), ...(serviceLocations.get(id) ?? [])];
    const places = locationIds.filter((l, i) => locationIds.indexOf(l) === i && linked(row, row.file, 'location_id', l, locations));
    const organizationId = d.organization_id || places.map((l) => locations.get(l)!.organization_id).find((o): o is string => typeof o === 'string' && o !== '');
    if (d.organization_id) linked(row, row.file, 'organization_id', d.organization_id, organizations);
    const termIds = [...list(d.taxonomy_ids), ...(taxonomyLinks.get(id) ?? []).map((r) => r.data.taxonomy_id ?? '')].filter(Boolean);
    const attributes = termIds.map((termId) => {
      const term = terms.get(termId);
      if (!term) notes.warning('hsds-unknown-term', { id, term: termId }, { ...at, id });
      return { taxonomy_term: term ? { ...term.data } : { id: termId, name: termId } };
    });
    const service: HsdsObject = {
      ...d,
      eligibility_description: d.eligibility_description || d.eligibility || eligibility.get(id)?.map((r) => r.data.eligibility).join(' '),
      fees_description: d.fees_description || d.fees || fees.get(id)?.map((r) => r.data.fees).join(' '),
      organization: organizationId ? organizationObjects.get(organizationId) : undefined,
      phones: phones(servicePhones.get(id), notes),
      schedules: weeklySchedules(serviceSchedules.get(id) ?? [], notes),
      service_at_locations: places.map((l) => ({ location: locations.get(l) })),
      languages: [...list(d.languages), ...(languages.get(id) ?? []).map((r) => r.data.language ?? '')].filter(Boolean).map((name) => ({ code: languageCode(name), name })),
      service_areas: [...list(d.service_areas), ...(areas.get(id) ?? []).map((r) => r.data.service_area ?? '')].filter(Boolean).map((name) => ({ name })),
      attributes,
    };
    const keywords = list(d.keywords);
    const closed = closedDates([...(holidays.get(id) ?? []), ...places.flatMap((l) => locationHolidays.get(l) ?? [])], notes);
    const amend = (resource: ResourceInput) => {
      if (keywords.length) {
        const existing = resource.keywords?.[ctx.locale] ?? [];
        resource.keywords = { ...resource.keywords, [ctx.locale]: [...existing, ...keywords.filter((k) => !existing.includes(k))] };
      }
      if (closed.length) resource.closedDates = closed;
    };
    return { service, at, amend };
  });
  const termRows = t.taxonomy.map((r) => ({ term: { ...r.data } as HsdsObject, at: { file: r.file, line: r.line } }));
  return finishImport(ctx, options, basename(join(dir, '.').replace(/[\\/]+$/, '')) || 'HSDS', services, termRows, inputs);
}
