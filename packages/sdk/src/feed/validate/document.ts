/**
 * The document as a whole: is it a Repère feed of a version this SDK reads
 * (else a `FeedError`), its records as a list (a table is expanded first,
 * each row's trouble kept for its turn), their lists capped, and every string
 * cleaned: control characters out, long strings cut, deep values dropped.
 */
import { FeedError } from '../../errors.js';
import type { ValidateOptions } from '../../options.js';
import { cleanJson, MAX_JSON_DEPTH, type CleanReport } from '../clean.js';
import { capRecordsLists, type ListCut } from '../list-caps.js';
import { recordList } from '../record-list.js';
import { expandResourceTable, isResourceTable, type TableIssue } from '../table.js';
import { fastPathFor, type FastPath } from './fast-path.js';
import type { Problems } from './problems.js';
import { memosFor, type Memos } from './shared.js';
import { isObject } from './values.js';

/** A feed document ready for its header, trees and records to be read. */
export interface CleanDocument {
  /** The document, cleaned, with `resources` as a list. */
  readonly doc: Readonly<Record<string, unknown>>;
  /** The records before cleaning (a table's expanded), as problems about rows name them. */
  readonly listed: readonly unknown[];
  /** Whether `resources` was a table. */
  readonly table: boolean;
  /** Where the records are: `$.resources`, or `$.resources.rows` for a table. */
  readonly recordsPath: string;
  /** How many records the document has, including those past `maxRecords`. */
  readonly totalRecords: number;
  /** Each row's trouble, by row. */
  readonly rowIssues: ReadonlyMap<number, readonly TableIssue[]>;
  /** Each record's lists cut to their caps, by record. */
  readonly listCuts: ReadonlyMap<number, readonly ListCut[]>;
  /** A table's shared values' normalized forms (see `shared.ts`). */
  readonly memos: Memos | undefined;
  /** Which records may skip cleaning and valibot; `undefined` without the fast path. */
  readonly fast: FastPath | undefined;
}

/** Throws a `FeedError` (`format`, `version`) unless `document` is a Repère feed of version 1. */
export function checkDocument(document: unknown): asserts document is Record<string, unknown> {
  if (!isObject(document)) throw new FeedError('format', { detail: 'the document is not a JSON object' });
  if (document.format !== 'repere-feed') {
    throw new FeedError('format', {
      detail: document.format === undefined ? 'it has no "format": "repere-feed"' : `"format" is ${JSON.stringify(document.format).slice(0, 60)}`,
    });
  }
  if (document.version !== 1) throw new FeedError('version', { value: JSON.stringify(document.version ?? null).slice(0, 20) });
}

/** The checked document's records read, capped and cleaned; what cleaning cut is reported. */
export function cleanDocument(document: Record<string, unknown>, opts: ValidateOptions, fastPath: boolean, problems: Problems): CleanDocument {
  // A table is read as the list it stands for; its records are then named by
  // their row, which is where a maintainer finds them in the file.
  const table = isResourceTable(document.resources);
  let tableIssues: TableIssue[] = [];
  let listed: unknown[];
  let memos: Memos | undefined;
  let totalRecords = 0;
  if (table) {
    const expanded = expandResourceTable(document.resources, opts.maxRecords);
    listed = expanded.records;
    totalRecords = expanded.rows;
    tableIssues = expanded.issues;
    memos = memosFor(expanded.shared);
  } else if (Array.isArray(document.resources)) {
    listed = recordList(document.resources, opts.maxRecords);
    totalRecords = document.resources.length;
  } else {
    throw new FeedError('format', { detail: '"resources" is neither a list nor a table' });
  }
  const recordsPath = table ? '$.resources.rows' : '$.resources';
  const capped = capRecordsLists(listed);
  listed = capped.records;

  // Records found clean and valid in one walk are neither cleaned nor parsed
  // again; the others go through cleanJson and valibot.
  const fast = fastPath ? fastPathFor(listed, opts.maxStringLength) : undefined;
  const cut: CleanReport[] = [];
  const resources = listed !== document.resources ? { ...document, resources: listed } : document;
  const doc = cleanJson(resources, opts.maxStringLength, '$', cut, fast?.cleanAndValid) as Record<string, unknown>;
  for (const c of cut) {
    const path = table && c.path.startsWith('$.resources[') ? `${recordsPath}${c.path.slice('$.resources'.length)}` : c.path;
    if (c.deep) problems.add('error', 'too-deep', path, 'repaired', { max: MAX_JSON_DEPTH });
    else problems.add('warning', 'string-too-long', path, 'repaired', { field: path, length: c.length, max: opts.maxStringLength });
  }
  // A row's trouble is reported where the list form reports a record's: in
  // its turn, among the resources.
  const rowIssues = new Map<number, TableIssue[]>();
  for (const issue of tableIssues) {
    const known = rowIssues.get(issue.row);
    if (known) known.push(issue);
    else rowIssues.set(issue.row, [issue]);
  }
  return { doc, listed, table, recordsPath, totalRecords, rowIssues, listCuts: capped.cuts, memos, fast };
}
