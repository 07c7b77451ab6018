/**
 * `repere import hsds`: an Open Referral HSDS 3.0 document or folder to a
 * Repère feed.
 */
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ImportOptions } from '../base.js';
import { Notes, ToolError } from '../notes.js';
import { finishImport, importContext, type HsdsImportResult } from './assemble.js';
import { collect } from './nested.js';
import { readTabular } from './tabular.js';
import { importHsdsTables, isHsdsTablesFolder } from './v1.js';
import { readTextFile } from '../validate.js';

export type { HsdsImportResult } from './assemble.js';

/**
 * Imports a parsed HSDS 3.0 JSON document: one service, organization,
 * service-at-location or taxonomy term, a list of them, or an API page
 * (`{ contents: [...] }`). Services without an id or a name are reported and
 * skipped; the others are imported. Throws {@link ToolError} when the
 * document is none of these shapes.
 */
export function importHsdsDocument(doc: unknown, options: ImportOptions = {}, title = 'HSDS'): HsdsImportResult {
  const notes = new Notes();
  const found = collect(doc);
  if (!found) throw new ToolError('hsds-unknown-shape');
  return finishImport(
    importContext(options, notes),
    options,
    title,
    found.services.map((service) => ({ service, at: {} })),
    found.terms.map((term) => ({ term, at: {} })),
    [],
  );
}

/**
 * Imports HSDS from a path: a 3.0 `.json` file in the nested form, a folder
 * (or its `datapackage.json`) in the 3.0 tabular form, or a folder of
 * Ohana-style 1.x/2.0 tables ({@link importHsdsTables}). Throws
 * {@link ToolError} when the path is missing or unusable.
 */
export function importHsds(path: string, options: ImportOptions = {}): HsdsImportResult {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new ToolError('file-missing', { path }, { cause: error });
  }
  const isFolder = stats.isDirectory();
  if (isFolder || basename(path) === 'datapackage.json') {
    const dir = isFolder ? path : join(path, '..');
    // Ohana-style HSDS 1.x/2.0 tables have their own names and links.
    if (isFolder && isHsdsTablesFolder(dir)) return importHsdsTables(dir, options);
    const notes = new Notes();
    const ctx = importContext(options, notes);
    const tabular = readTabular(dir, notes);
    return finishImport(
      ctx,
      options,
      basename(join(dir, '.').replace(/[\\/]+$/, '')) || 'HSDS',
      tabular.services.map(({ service, file, line }) => ({ service, at: { file, line } })),
      tabular.terms.map(({ data, file, line }) => ({ term: data, at: { file, line } })),
      tabular.inputs,
    );
  }
  const text = readTextFile(path);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ToolError('hsds-not-json', { path, detail: (error as Error).message }, { cause: error });
  }
  const result = importHsdsDocument(doc, options, basename(path).replace(/\.json$/i, ''));
  return { ...result, inputs: [path] };
}
