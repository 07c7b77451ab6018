/**
 * Open Referral HSDS 3.0 records, in their nested JSON form (as an HSDS API
 * serves them): what a document holds, taxonomy terms as categories,
 * schedules as hours. Services become resources in `service.ts`.
 */
import type { CategoryInput, Day, RegionInput, ResourceInput } from '@repere/sdk';
import { isId, type Vocabulary } from '../base.js';
import type { Notes } from '../notes.js';
import type { Taxonomy } from '../taxonomy.js';

/** A JSON object from an HSDS document. */
export type HsdsObject = Record<string, unknown>;

/** What the mapping needs to share across records. */
export interface HsdsContext {
  readonly notes: Notes;
  readonly categories: Vocabulary<CategoryInput>;
  readonly regions: Vocabulary<RegionInput>;
  readonly locale: string;
  /** Parent links of taxonomy terms, checked once every term is known. */
  readonly parents: Map<string, string>;
  /** With a base feed: matches terms to its categories by code or name, and counts those it cannot. */
  readonly taxonomy?: Taxonomy;
  /** The import's date (`YYYY-MM-DD`): a schedule whose season ended before it is reported. */
  readonly today?: string;
}

/** Where a record came from, for notes. */
export interface HsdsPlace {
  readonly file?: string;
  readonly line?: number;
}

/** The category of services that carry no taxonomy term (a feed resource needs one). */
export const UNCATEGORIZED: CategoryInput = { id: 'uncategorized', name: { en: 'Uncategorized', fr: 'Non classé' } };

type HoursInput = NonNullable<ResourceInput['hours']>[number];

export function isObject(value: unknown): value is HsdsObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The objects of a list (anything else: none). */
export function objects(value: unknown): HsdsObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** A non-empty trimmed string (a finite number as its digits), else `undefined`. */
export function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** A finite number, or a string that reads as one, else `undefined`. */
export function num(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Which HSDS object a JSON object is, from the fields only that object has. */
export function kindOf(o: HsdsObject): 'service' | 'organization' | 'service_at_location' | 'taxonomy_term' | undefined {
  if (isObject(o.service) && ('location' in o || 'location_id' in o)) return 'service_at_location';
  if (Array.isArray(o.services) || ['legal_status', 'year_incorporated', 'tax_status', 'organization_identifiers', 'parent_organization_id', 'website'].some((k) => k in o)) {
    return 'organization';
  }
  if (['term_uri', 'taxonomy', 'taxonomy_detail', 'taxonomy_id'].some((k) => k in o)) return 'taxonomy_term';
  if (['id', 'name', 'description', 'url', 'service_at_locations', 'organization', 'schedules', 'eligibility_description', 'status'].some((k) => k in o)) {
    return 'service';
  }
  return undefined;
}

/**
 * The services and taxonomy terms in a nested document: one object, a list,
 * or a page (`{ contents: [...] }`) of services, organizations (with their
 * `services`), services-at-location or taxonomy terms. `undefined` when the
 * document is none of these.
 */
export function collect(doc: unknown): { services: HsdsObject[]; terms: HsdsObject[] } | undefined {
  const items = Array.isArray(doc) ? doc : isObject(doc) && Array.isArray(doc.contents) ? doc.contents : isObject(doc) ? [doc] : undefined;
  if (!items) return undefined;
  const services: HsdsObject[] = [];
  const terms: HsdsObject[] = [];
  let recognised = items.length === 0;
  for (const item of items) {
    if (!isObject(item)) continue;
    const kind = kindOf(item);
    if (kind) recognised = true;
    if (kind === 'service') services.push(item);
    else if (kind === 'taxonomy_term') terms.push(item);
    else if (kind === 'service_at_location') {
      const { service, ...sal } = item;
      const s = service as HsdsObject;
      services.push({ ...s, service_at_locations: [...objects(s.service_at_locations), sal] });
    } else if (kind === 'organization') {
      const { services: orgServices, ...org } = item;
      for (const s of objects(orgServices)) services.push({ organization: org, ...s });
    }
  }
  return recognised ? { services, terms } : undefined;
}

/** Adds a taxonomy term as a category; parents are linked by {@link linkParents}. */
export function defineTerm(term: HsdsObject, ctx: HsdsContext, at: HsdsPlace = {}): string | undefined {
  const id = str(term.id);
  if (!id) {
    ctx.notes.warning('hsds-no-id', { kind: 'taxonomy term' }, at);
    return undefined;
  }
  if (!isId(id)) {
    ctx.notes.warning('hsds-bad-id', { kind: 'taxonomy term', id }, at);
    return undefined;
  }
  const name = str(term.name) ?? str(term.code) ?? id;
  const code = str(term.code);
  ctx.categories.define({ id, name: { [ctx.locale]: name }, ...(code ? { codes: [code] } : {}) });
  const parent = str(term.parent_id);
  if (parent && parent !== id) ctx.parents.set(id, parent);
  return id;
}

/** Links each term to its parent when the parent is in the data; reports the others. */
export function linkParents(ctx: HsdsContext): CategoryInput[] {
  return ctx.categories.list().map((category) => {
    const parent = ctx.parents.get(category.id);
    if (parent === undefined || category.parent !== undefined) return category;
    if (ctx.categories.has(parent)) return { ...category, parent };
    ctx.notes.warning('hsds-unknown-parent', { id: category.id, parent }, {});
    return category;
  });
}

const DAY_CODES: Record<string, Day> = { MO: 'mo', TU: 'tu', WE: 'we', TH: 'th', FR: 'fr', SA: 'sa', SU: 'su' };

function hhmm(value: unknown): string | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(str(value) ?? '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 24 || min > 59 || (h === 24 && min > 0)) return undefined;
  return `${String(h).padStart(2, '0')}:${m[2]}`;
}

/** One HSDS schedule as hours, or why it cannot be one (only the weekly RRULE subset maps). */
export function scheduleToHours(schedule: HsdsObject): { hours: HoursInput } | { dropped: string } {
  const freq = str(schedule.freq)?.toUpperCase();
  if (freq !== 'WEEKLY') return { dropped: freq ? `freq ${freq} is not WEEKLY` : 'no freq' };
  const interval = num(schedule.interval);
  if (interval !== undefined && interval !== 1) return { dropped: `every ${interval} weeks` };
  const byday = str(schedule.byday);
  if (!byday) return { dropped: 'no byday' };
  const days: Day[] = [];
  for (const code of byday.split(',').map((d) => d.trim().toUpperCase())) {
    const day = DAY_CODES[code];
    if (!day) return { dropped: `byday "${code}"` };
    if (!days.includes(day)) days.push(day);
  }
  const opens = hhmm(schedule.opens_at);
  const closes = hhmm(schedule.closes_at);
  if (!opens || !closes) return { dropped: 'no opens_at/closes_at' };
  // valid_from / valid_to: a season (HSDS dates), kept when they are calendar dates.
  const date = (value: unknown) => /^\d{4}-\d{2}-\d{2}$/.exec(str(value)?.slice(0, 10) ?? '')?.[0];
  const validFrom = date(schedule.valid_from);
  const validTo = date(schedule.valid_to);
  return {
    hours: {
      days,
      opens,
      closes: closes === '00:00' && opens !== '00:00' ? '24:00' : closes,
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
    },
  };
}

/** A phone number as dialled: the quotes some exports put around it removed. */
export function cleanNumber(value: unknown): string | undefined {
  // The HSDS examples quote numbers inside the value ("\"+44 1234 234567\"").
  return str(value)?.replace(/^["'\s]+|["'\s]+$/g, '') || undefined;
}

