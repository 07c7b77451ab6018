/**
 * `repere import`: finds what an input is (`detect.ts`) and hands it to the
 * importer for that shape, so that every importer returns the same report.
 */
import { basename } from 'node:path';
import type { FeedDocument } from '@repere/sdk';
import { importAirs } from './airs/import.js';
import { readableName, type ImportOptions } from './base.js';
import { importCsvTable } from './csv/import.js';
import { readCsv } from './csv/read.js';
import { csvShape, pathShape, SOURCE_SHAPES, type SourceShape } from './detect.js';
import { importHsdsApi } from './hsds/api.js';
import { importHsds } from './hsds/import.js';
import { applyMapping, readMapping } from './mapping/mapping.js';
import { ToolError, type ImportNote } from './notes.js';
import { readFileBytes } from './validate.js';

/** What any import produced. */
export interface SourceImportResult {
  /** What the input was read as. */
  readonly shape: SourceShape;
  readonly feed: FeedDocument;
  readonly notes: readonly ImportNote[];
  readonly imported: number;
  readonly rejected: number;
  /** Every file read: the output must not be one of them. */
  readonly inputs: readonly string[];
  /** Records the source marks as unpublished (211 exports). */
  readonly skipped?: { readonly inactive: number; readonly excluded: number };
  /** Resources whose free-text hours became opening hours, or stayed a note (211 exports, mapped sheets). */
  readonly hours?: { readonly structured: number; readonly note: number };
}

/** How to ask an HSDS API (`--header`, `--since`). */
export interface ApiRequest {
  readonly headers?: Readonly<Record<string, string>>;
  readonly since?: string;
}

/** What to import. */
export interface SourceImportRequest {
  /** What the user said (`repere import csv …`); detected when absent. */
  readonly kind?: 'csv' | 'hsds' | 'hsds-api';
  readonly input: string;
  readonly options: ImportOptions;
  /** A mapping file for a spreadsheet (`--map`). */
  readonly map?: string;
  /** For an HSDS API. */
  readonly api?: ApiRequest;
}

/** The shape's name in both languages, as message parameters. */
export function shapeParams(shape: SourceShape): { shapeEn: string; shapeFr: string } {
  return { shapeEn: SOURCE_SHAPES[shape].name.en, shapeFr: SOURCE_SHAPES[shape].name.fr };
}

/**
 * Imports any known input, whose shape is detected unless `kind` says it.
 * Throws {@link ToolError} when the input is unusable.
 */
export async function importSource(request: SourceImportRequest): Promise<SourceImportResult> {
  const { input, options, map } = request;
  const detected = pathShape(input);
  const shape =
    request.kind === 'csv' || map ? 'csv'
    : request.kind === 'hsds-api' ? 'hsds-3-api'
    : request.kind === 'hsds' && detected === 'csv' ? 'hsds-3-json'
    : detected;
  if (shape === undefined) throw new ToolError('hsds-no-services-table');
  switch (shape) {
    // importHsds tells 1.x/2.0 tables from 3.0 ones by the same test as pathShape (isHsdsTablesFolder).
    case 'hsds-1-tables':
    case 'hsds-3-tables':
    case 'hsds-3-json':
      return { shape, ...importHsds(input, options) };
    case 'hsds-3-api':
      return { shape, ...(await importHsdsApi(input, { ...options, ...request.api })) };
  }
  // The file name is the title of last resort: "resources-template" reads as "Resources template".
  const title = readableName(basename(input).replace(/\.[^.]*$/, ''));
  const table = readCsv(readFileBytes(input));
  if (map) {
    const mapped = applyMapping(table, readMapping(map), options.defaultLocale ?? options.base?.defaultLocale ?? 'fr');
    const result = importCsvTable(mapped.table, options, title);
    return { shape: 'mapped-csv', ...result, notes: [...mapped.notes, ...result.notes], inputs: [input, map], hours: mapped.hours };
  }
  const kind = csvShape(table);
  if (kind === 'airs-csv') return { shape: kind, ...importAirs(table, options, title), inputs: [input] };
  if (kind === 'repere-csv') return { shape: kind, ...importCsvTable(table, options, title), inputs: [input] };
  throw new ToolError('csv-unknown-shape');
}
