/**
 * The tabular form of HSDS 3.0 (a folder of CSVs described by a
 * `datapackage.json`), joined by ids back into nested service objects, so
 * that both forms go through one mapping (`nested.ts`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badRowParams, readCsv, type CsvRow } from '../csv/read.js';
import { readFileBytes } from '../validate.js';
import { Notes, ToolError } from '../notes.js';
import type { HsdsObject } from './nested.js';

/** The HSDS tables this importer reads; the others are not part of a Repère feed. */
export const TABLES = [
  'services', 'organizations', 'locations', 'addresses', 'phones', 'schedules', 'service_at_location', 'service_areas',
  'languages', 'cost_options', 'accessibility', 'attributes', 'taxonomy_terms',
] as const;
type Table = (typeof TABLES)[number];

/** A table row with where it came from. */
export interface TabularRow {
  readonly file: string;
  readonly line: number;
  readonly data: HsdsObject;
}

/** A service assembled from the tables, with the place of its row. */
export interface TabularService {
  readonly service: HsdsObject;
  readonly file: string;
  readonly line: number;
}

function tablePaths(dir: string, notes: Notes): Partial<Record<Table, string>> {
  const paths: Partial<Record<Table, string>> = {};
  const descriptor = join(dir, 'datapackage.json');
  let fromPackage = false;
  if (existsSync(descriptor)) {
    try {
      const pkg = JSON.parse(readFileSync(descriptor, 'utf8')) as { resources?: { name?: string; path?: string }[] };
      if (!Array.isArray(pkg.resources)) throw new Error('no "resources" list');
      for (const resource of pkg.resources) {
        const name = resource.name as Table;
        if (TABLES.includes(name) && typeof resource.path === 'string') paths[name] = join(dir, resource.path);
      }
      fromPackage = true;
    } catch (error) {
      // Git checkouts on some systems turn the specification's symbolic link into a one-line text file.
      notes.warning('hsds-datapackage', { detail: error instanceof SyntaxError ? 'not JSON' : (error as Error).message });
    }
  } else {
    notes.warning('hsds-datapackage', { detail: 'missing' });
  }
  for (const table of TABLES) {
    const path = join(dir, `${table}.csv`);
    if (!paths[table] && (!fromPackage || !(table in paths)) && existsSync(path)) paths[table] = path;
  }
  return paths;
}

/**
 * Reads a tabular HSDS folder into nested services (and the taxonomy terms),
 * ready for `mapService`. Throws {@link ToolError} when there is no services
 * table. `inputs` lists every file read, so that the output never replaces one.
 */
export function readTabular(dir: string, notes: Notes): { services: TabularService[]; terms: TabularRow[]; inputs: string[] } {
  const paths = tablePaths(dir, notes);
  if (!paths.services) throw new ToolError('hsds-no-services-table');
  const tables = {} as Record<Table, TabularRow[]>;
  for (const table of TABLES) {
    const path = paths[table];
    tables[table] = [];
    if (!path || !existsSync(path)) continue;
    const file = path.slice(dir.length).replace(/^[\\/]+/, '');
    const csv = readCsv(readFileBytes(path));
    for (const bad of csv.badRows) notes.error('csv-syntax', badRowParams(bad), { file, line: bad.line });
    tables[table] = csv.rows.map((row: CsvRow) => ({ file, line: row.line, data: { ...row.cells } }));
  }
  const byId = (rows: TabularRow[]) => new Map(rows.filter((r) => r.data.id).map((r) => [String(r.data.id), r.data]));
  const byKey = (rows: TabularRow[], key: string) => {
    const map = new Map<string, HsdsObject[]>();
    for (const r of rows) {
      const value = r.data[key];
      if (typeof value === 'string' && value) map.set(value, [...(map.get(value) ?? []), r.data]);
    }
    return map;
  };
  const organizations = byId(tables.organizations);
  const terms = byId(tables.taxonomy_terms);
  const addresses = byKey(tables.addresses, 'location_id');
  const accessibility = byKey(tables.accessibility, 'location_id');
  const locationPhones = byKey(tables.phones.filter((r) => !r.data.service_id), 'location_id');
  const locationSchedules = byKey(tables.schedules.filter((r) => !r.data.service_id), 'location_id');
  const locations = new Map(
    [...byId(tables.locations)].map(([id, l]) => [
      id,
      { ...l, addresses: addresses.get(id) ?? [], accessibility: accessibility.get(id) ?? [], phones: locationPhones.get(id) ?? [], schedules: locationSchedules.get(id) ?? [] },
    ]),
  );
  const servicePhones = byKey(tables.phones, 'service_id');
  const serviceSchedules = byKey(tables.schedules, 'service_id');
  const languages = byKey(tables.languages, 'service_id');
  const areas = byKey(tables.service_areas, 'service_id');
  const costs = byKey(tables.cost_options, 'service_id');
  const attributes = byKey(tables.attributes, 'link_id');

  const sals = new Map<string, HsdsObject[]>();
  for (const row of tables.service_at_location) {
    const locationId = String(row.data.location_id ?? '');
    const location = locations.get(locationId);
    if (!location) {
      notes.warning('hsds-dangling', { table: 'service_at_location', column: 'location_id', value: locationId }, { file: row.file, line: row.line });
      continue;
    }
    const serviceId = String(row.data.service_id ?? '');
    sals.set(serviceId, [...(sals.get(serviceId) ?? []), { ...row.data, location }]);
  }

  const services: TabularService[] = tables.services.map((row) => {
    const id = typeof row.data.id === 'string' ? row.data.id : '';
    const organizationId = typeof row.data.organization_id === 'string' ? row.data.organization_id : '';
    const service: HsdsObject = {
      ...row.data,
      organization: organizations.get(organizationId),
      phones: servicePhones.get(id) ?? [],
      schedules: serviceSchedules.get(id) ?? [],
      languages: languages.get(id) ?? [],
      service_areas: areas.get(id) ?? [],
      cost_options: costs.get(id) ?? [],
      service_at_locations: sals.get(id) ?? [],
      attributes: (attributes.get(id) ?? []).map((a) => ({ ...a, taxonomy_term: terms.get(String(a.taxonomy_term_id ?? '')) })),
    };
    return { service, file: row.file, line: row.line };
  });
  const inputs = Object.values(paths).filter((p): p is string => typeof p === 'string');
  if (existsSync(join(dir, 'datapackage.json'))) inputs.push(join(dir, 'datapackage.json'));
  return { services, terms: tables.taxonomy_terms, inputs };
}
