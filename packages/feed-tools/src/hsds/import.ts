/**
 * `repere import hsds`: an Open Referral HSDS 3.0 document or folder to a
 * Repère feed.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { CategoryInput, FeedDocument, RegionInput, ResourceInput } from '@repere/sdk';
import { assembleFeed, Vocabulary, type ImportOptions } from '../base.js';
import { Notes, ToolError, type ImportNote } from '../notes.js';
import { collect, defineTerm, linkParents, mapService, type HsdsContext, type HsdsObject, type HsdsPlace } from './nested.js';
import { readTabular } from './tabular.js';

/** What an HSDS import produced. */
export interface HsdsImportResult {
  readonly feed: FeedDocument;
  readonly notes: readonly ImportNote[];
  readonly imported: number;
  readonly rejected: number;
  /** Every file read: the output must not be one of them. */
  readonly inputs: readonly string[];
}

function context(options: ImportOptions, notes: Notes): HsdsContext {
  const locale = options.defaultLocale ?? 'en';
  return {
    notes,
    locale,
    categories: new Vocabulary<CategoryInput>(options.base?.categories, locale),
    regions: new Vocabulary<RegionInput>(options.base?.regions as RegionInput[] | undefined, locale),
    parents: new Map(),
  };
}

function finish(
  ctx: HsdsContext,
  options: ImportOptions,
  title: string,
  services: { service: HsdsObject; at: HsdsPlace }[],
  terms: { term: HsdsObject; at: HsdsPlace }[],
  inputs: string[],
): HsdsImportResult {
  for (const { term, at } of terms) defineTerm(term, ctx, at);
  const resources: ResourceInput[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  for (const { service, at } of services) {
    const resource = mapService(service, ctx, at);
    if (!resource) {
      if (ctx.notes.list.at(-1)?.severity === 'error') rejected++;
      continue;
    }
    if (seen.has(resource.id)) {
      ctx.notes.error('hsds-duplicate', { id: resource.id }, { ...at, id: resource.id });
      rejected++;
      continue;
    }
    seen.add(resource.id);
    resources.push(resource);
  }
  if (services.length === 0) ctx.notes.warning('hsds-no-services');
  const categories = linkParents(ctx);
  const feed = assembleFeed(options, title, ctx.locale, categories, ctx.regions.list(), resources);
  return { feed, notes: ctx.notes.list, imported: resources.length, rejected, inputs };
}

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
  return finish(
    context(options, notes),
    options,
    title,
    found.services.map((service) => ({ service, at: {} })),
    found.terms.map((term) => ({ term, at: {} })),
    [],
  );
}

/**
 * Imports HSDS 3.0 from a path: a `.json` file in the nested form, or a
 * folder (or its `datapackage.json`) in the tabular form. Throws
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
    const notes = new Notes();
    const ctx = context(options, notes);
    const tabular = readTabular(dir, notes);
    return finish(
      ctx,
      options,
      basename(join(dir, '.').replace(/[\\/]+$/, '')) || 'HSDS',
      tabular.services.map(({ service, file, line }) => ({ service, at: { file, line } })),
      tabular.terms.map(({ data, file, line }) => ({ term: data, at: { file, line } })),
      tabular.inputs,
    );
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ToolError('file-unreadable', { path, detail: (error as NodeJS.ErrnoException).code }, { cause: error });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ToolError('hsds-not-json', { path, detail: (error as Error).message }, { cause: error });
  }
  const result = importHsdsDocument(doc, options, basename(path).replace(/\.json$/i, ''));
  return { ...result, inputs: [path] };
}
