/**
 * Validation and normalization of a feed document, record by record, so that
 * one bad record never hides the good ones. Shared by `loadFeed` and by the
 * `repere validate` command.
 *
 * The steps, each in `validate/`: the document as a whole (`document.ts`,
 * with the fast path, `fast-path.ts`), the header (`header.ts`), the trees
 * (`trees.ts`), then each record (`resource.ts`, with a table's shared values,
 * `shared.ts`, and its quality warnings, `quality.ts`); every problem is
 * recorded by `problems.ts`.
 */
import { problemMessage } from '../messages.js';
import { VALIDATE_DEFAULTS, type ValidateOptions } from '../options.js';
import type { Feed, FeedProblem, Resource } from './model.js';
import { ResourceSchema } from './schema.js';
import { checkDocument, cleanDocument, type CleanDocument } from './validate/document.js';
import { feedMeta, readHeader, readHeaderLines, type Header } from './validate/header.js';
import { parseLenient } from './validate/lenient.js';
import { Problems, tableProblem } from './validate/problems.js';
import { qualityWarnings } from './validate/quality.js';
import { normalizeResource, REQUIRED_RESOURCE_FIELDS, type ParsedResource } from './validate/resource.js';
import { readTrees, type Trees } from './validate/trees.js';
import { hasOwn, isObject } from './validate/values.js';

/**
 * Validates and normalizes a parsed feed document.
 *
 * Throws a `FeedError` (`format` or `version`) only when the document as a
 * whole is not a usable feed; every problem with a single record or field is
 * reported in `problems` and the rest of the feed is kept.
 */
export function validateFeed(document: unknown, options: Partial<ValidateOptions> = {}): Feed {
  return validate(document, options, true);
}

/**
 * {@link validateFeed} with every record parsed by valibot, never by the
 * fast check: what the tests compare the fast path against.
 *
 * @internal
 */
export function validateFeedWithoutFastPath(document: unknown, options: Partial<ValidateOptions> = {}): Feed {
  return validate(document, options, false);
}

/** A problem's message in French or English. */
export function formatProblem(problem: FeedProblem, locale = 'en'): string {
  return problemMessage(problem.code, problem.params, locale);
}

function validate(document: unknown, options: Partial<ValidateOptions>, fastPath: boolean): Feed {
  const opts = { ...VALIDATE_DEFAULTS, ...options };
  const problems = new Problems(opts.warnings);
  checkDocument(document);
  const clean = cleanDocument(document, opts, fastPath, problems);
  const header = readHeader(clean.doc, opts.fallbackTimezone, problems);
  const trees = readTrees(clean.doc, header.defaultLocale, problems);
  const lines = readHeaderLines(clean.doc, header, problems);
  const resources = readResources(clean, header, trees, opts, problems);

  const locales = new Set<string>(header.feedLocales);
  // for…in over each name's own keys: no array per record.
  for (const r of resources) for (const lang in r.name) if (hasOwn.call(r.name, lang)) locales.add(lang);
  const { categories, regions } = trees;
  return { meta: feedMeta(header, lines, [...locales]), resources, categories, regions, synonyms: lines.synonyms, problems: problems.list };
}

/** The records, one by one: a bad one is reported and skipped, the others normalized. */
function readResources(clean: CleanDocument, header: Header, trees: Trees, opts: ValidateOptions, problems: Problems): Resource[] {
  const { doc, table, recordsPath, fast } = clean;
  const resources: Resource[] = [];
  const seen = new Set<string>();
  const rawResources = doc.resources as unknown[];
  if (clean.totalRecords > opts.maxRecords) {
    problems.add('error', 'too-many-records', '$.resources', 'repaired', { count: clean.totalRecords, max: opts.maxRecords });
  }
  const count = Math.min(rawResources.length, opts.maxRecords);
  for (let index = 0; index < count; index++) {
    const entry = rawResources[index];
    const path = `${recordsPath}[${index}]`;
    const issues = table ? clean.rowIssues.get(index) : undefined;
    if (issues) for (const issue of issues) tableProblem(issue, recordsPath, clean.listed, problems);
    if (!isObject(entry)) {
      // A row that is not a list has just been reported as such.
      if (!table) problems.add('error', 'invalid-record', path, 'skipped', { detail: 'not an object' }, { index });
      continue;
    }
    const rawId = typeof entry.id === 'string' ? entry.id : undefined;
    const at = { id: rawId, index };
    for (const cut of clean.listCuts.get(index) ?? []) problems.add('error', 'too-many-items', `${path}.${cut.field}`, 'repaired', { ...cut }, at);
    const parsed = fast?.isValid(entry) ? (entry as ParsedResource) : parseLenient(ResourceSchema, entry, REQUIRED_RESOURCE_FIELDS, path, problems, at);
    if (!parsed) continue;
    if (seen.has(parsed.id)) {
      problems.add('error', 'duplicate-id', `${path}.id`, 'skipped', { value: parsed.id }, at);
      continue;
    }
    seen.add(parsed.id);
    const resource = normalizeResource(parsed, path, at, header.defaultLocale, trees, problems, clean.memos);
    if (opts.warnings) qualityWarnings(resource, path, at, header.feedLocales, problems);
    resources.push(resource);
  }
  return resources;
}
