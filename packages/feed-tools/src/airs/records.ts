/**
 * The rows of a 211 resource-database export in the AIRS / iCarol style: one
 * row per Agency, Site or Program, linked by `ResourceAgencyNum`,
 * `ParentAgencyNum` and `ConnectsToSiteNum`. Column names are compared as
 * `readCsv` normalizes them (lower case), so `PublicName` is `publicname`.
 */
import { fold } from '../base.js';
import type { CsvRow } from '../csv/read.js';

/** The columns that make a CSV a 211 export: the record number and a name or a level. */
export function isAirsHeader(columns: readonly string[]): boolean {
  return columns.includes('resourceagencynum') && (columns.includes('publicname') || columns.includes('taxonomylevelname'));
}

/** What a row describes. */
export type Level = 'agency' | 'site' | 'program';

/** A row, read once: its number, level and links. */
export interface AirsRecord {
  readonly row: CsvRow;
  readonly num: string;
  readonly level: Level;
  readonly parent?: string;
  readonly sites: readonly string[];
  /** Why the record is not published, if it is not. */
  readonly hidden?: 'inactive' | 'excluded';
}

const YES = /^(1|x|yes|y|true|vrai|oui|o)$/;

/** A cell by its export column name (`PublicName`), trimmed; `undefined` when empty. */
export function cell(row: CsvRow, column: string): string | undefined {
  const value = row.cells[column.toLowerCase()];
  return value ? value : undefined;
}

/** Several numbers in one cell: `1001; 1002` or `1001,1002`. */
export function nums(value: string | undefined): string[] {
  return (value ?? '').split(/\s*[;,|]\s*/).filter(Boolean);
}

/** The level from `TaxonomyLevelName`; anything else ("Service") is a program, which is what residents use. */
export function levelOf(value: string | undefined): Level | undefined {
  const level = fold(value ?? '');
  if (level === 'agency' || level === 'organisme' || level === 'organization') return 'agency';
  if (level === 'site' || level === 'location' || level === 'point de service') return 'site';
  if (level === 'program' || level === 'programme' || level === 'service') return 'program';
  return undefined;
}

/** Whether the export says not to publish a record, and why. */
export function hiddenBecause(row: CsvRow): AirsRecord['hidden'] {
  const status = fold(cell(row, 'AgencyStatus') ?? '');
  if (status && /\b(inactive|inactif|deleted|supprime|closed|ferme)\b/.test(status)) return 'inactive';
  if (YES.test(fold(cell(row, 'ExcludeFromWebsite') ?? ''))) return 'excluded';
  return undefined;
}

/** Whether a yes/no cell says yes. */
export function yes(value: string | undefined): boolean {
  return YES.test(fold(value ?? ''));
}
