/**
 * What every HSDS import shares once its input is read into nested services
 * (3.0 JSON, 3.0 tables, 1.x/2.0 tables, an API): one mapping per service,
 * duplicates refused, the categories linked, the feed assembled.
 */
import type { CategoryInput, FeedDocument, RegionInput, ResourceInput } from '@repere/sdk';
import { assembleFeed, Vocabulary, type ImportOptions } from '../base.js';
import type { ImportNote, Notes } from '../notes.js';
import { Taxonomy } from '../taxonomy.js';
import { defineTerm, linkParents, type HsdsContext, type HsdsObject, type HsdsPlace } from './nested.js';
import { mapService } from './service.js';

/** What an HSDS import produced. */
export interface HsdsImportResult {
  readonly feed: FeedDocument;
  readonly notes: readonly ImportNote[];
  readonly imported: number;
  readonly rejected: number;
  /** Every file read: the output must not be one of them. */
  readonly inputs: readonly string[];
}

/** A nested service to map, where it came from, and what its source knows beyond HSDS 3.0. */
export interface ServiceToMap {
  readonly service: HsdsObject;
  readonly at: HsdsPlace;
  /** Adds to the mapped resource what only this source carries (closed dates, keywords). */
  readonly amend?: (resource: ResourceInput) => void;
}

/** The shared state of one import. */
export function importContext(options: ImportOptions, notes: Notes): HsdsContext {
  const locale = options.defaultLocale ?? 'en';
  // With a base feed, terms are matched to its categories by code or name (taxonomy.ts).
  const taxonomy = options.base ? new Taxonomy(options.base.categories, locale) : undefined;
  return {
    notes,
    locale,
    categories: taxonomy?.categories ?? new Vocabulary<CategoryInput>(undefined, locale),
    ...(taxonomy ? { taxonomy } : {}),
    regions: new Vocabulary<RegionInput>(options.base?.regions as RegionInput[] | undefined, locale),
    parents: new Map(),
    today: (options.now ?? new Date()).toISOString().slice(0, 10),
  };
}

/** Maps the services and terms into a feed; a service without id or name, or a duplicate, is rejected. */
export function finishImport(
  ctx: HsdsContext,
  options: ImportOptions,
  title: string,
  services: readonly ServiceToMap[],
  terms: readonly { term: HsdsObject; at: HsdsPlace }[],
  inputs: string[],
): HsdsImportResult {
  for (const { term, at } of terms) defineTerm(term, ctx, at);
  const resources: ResourceInput[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  for (const { service, at, amend } of services) {
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
    amend?.(resource);
    resources.push(resource);
  }
  if (services.length === 0) ctx.notes.warning('hsds-no-services');
  ctx.taxonomy?.reportUnmatched(ctx.notes);
  const categories = linkParents(ctx);
  const feed = assembleFeed(options, title, ctx.locale, categories, ctx.regions.list(), resources);
  return { feed, notes: ctx.notes.list, imported: resources.length, rejected, inputs };
}
