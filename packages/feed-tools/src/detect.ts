/**
 * Which kind of directory an input is, so that `repere import` reads it
 * without being told: every shape it knows is listed here, once, with the
 * name it says when it reads one.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { isAirsHeader } from './airs/records.js';
import type { CsvTable } from './csv/read.js';
import { isHsdsTablesFolder } from './hsds/v1.js';
import type { Lang } from './messages.js';

/** A source shape `repere import` recognizes. */
export type SourceShape = 'repere-csv' | 'airs-csv' | 'mapped-csv' | 'hsds-1-tables' | 'hsds-3-tables' | 'hsds-3-json' | 'hsds-3-api';

/** Every known shape, with what the import says it read. */
export const SOURCE_SHAPES: Readonly<Record<SourceShape, { readonly name: Readonly<Record<Lang, string>> }>> = {
  'repere-csv': { name: { en: 'a Repère template spreadsheet', fr: 'une feuille du modèle Repère' } },
  'airs-csv': { name: { en: 'a 211 resource-database export (AIRS/iCarol style)', fr: 'un export de base de ressources 211 (style AIRS/iCarol)' } },
  'mapped-csv': { name: { en: 'a spreadsheet read through a mapping', fr: 'une feuille lue au moyen d’une correspondance' } },
  'hsds-1-tables': { name: { en: 'HSDS 1.x/2.0 tables (Ohana style)', fr: 'des tables HSDS 1.x/2.0 (style Ohana)' } },
  'hsds-3-tables': { name: { en: 'HSDS 3 tables (tabular form)', fr: 'des tables HSDS 3 (forme tabulaire)' } },
  'hsds-3-json': { name: { en: 'HSDS 3 JSON', fr: 'du JSON HSDS 3' } },
  'hsds-3-api': { name: { en: 'an HSDS 3 API', fr: 'une API HSDS 3' } },
};

/** The shape of a CSV from its header: a 211 export, the template (an `id` column), or `undefined`. */
export function csvShape(table: Pick<CsvTable, 'columns'>): 'airs-csv' | 'repere-csv' | undefined {
  if (isAirsHeader(table.columns)) return 'airs-csv';
  if (table.columns.includes('id')) return 'repere-csv';
  return undefined;
}

/**
 * The shape of a path before reading it: an URL is an API; a folder (or its
 * `datapackage.json`) holds HSDS tables, 1.x/2.0 (by `isHsdsTablesFolder`) or 3;
 * a `.json` file is HSDS 3 JSON; anything else is a spreadsheet (`csv`),
 * whose header decides ({@link csvShape}). `undefined` for a folder with no
 * `services.csv`.
 */
export function pathShape(path: string): Exclude<SourceShape, 'repere-csv' | 'airs-csv' | 'mapped-csv'> | 'csv' | undefined {
  if (/^https?:\/\//i.test(path)) return 'hsds-3-api';
  let folder: string | undefined;
  if (basename(path) === 'datapackage.json') folder = dirname(path);
  else {
    try {
      if (statSync(path).isDirectory()) folder = path;
    } catch {
      folder = undefined;
    }
  }
  if (folder !== undefined) {
    if (isHsdsTablesFolder(folder)) return 'hsds-1-tables';
    return existsSync(join(folder, 'services.csv')) || existsSync(join(folder, 'datapackage.json')) ? 'hsds-3-tables' : undefined;
  }
  return extname(path).toLowerCase() === '.json' ? 'hsds-3-json' : 'csv';
}
