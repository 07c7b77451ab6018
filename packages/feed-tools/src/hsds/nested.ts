/**
 * Open Referral HSDS 3.0 records, in their nested JSON form (as an HSDS API
 * serves them), to Repère resources. HSDS is single-language: its text goes
 * into the import's default locale; only the ages, being numbers, are worded
 * in both French and English.
 */
import { safeEmail, safeWebUrl, telHref, type CategoryInput, type Day, type PhoneKind, type RegionInput, type ResourceInput } from '@repere/sdk';
import { isId, type Vocabulary } from '../base.js';
import type { Notes } from '../notes.js';
import type { Taxonomy } from '../taxonomy.js';
import { ageText, eligibilityText, readAges } from './ages.js';

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

type PhoneInput = NonNullable<ResourceInput['phones']>[number];
type LocationInput = NonNullable<ResourceInput['locations']>[number];
type HoursInput = NonNullable<ResourceInput['hours']>[number];

export function isObject(value: unknown): value is HsdsObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function objects(value: unknown): HsdsObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

function str(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function num(value: unknown): number | undefined {
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

const PHONE_KINDS: Record<string, PhoneKind> = { voice: 'voice', cell: 'voice', text: 'text', sms: 'text', fax: 'fax', textphone: 'tty', tty: 'tty' };
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

/**
 * Maps one nested HSDS service to a resource, or `undefined` (with a note)
 * when it lacks an id or a name or is not active.
 */
export function mapService(s: HsdsObject, ctx: HsdsContext, at: HsdsPlace = {}): ResourceInput | undefined {
  const { notes, locale } = ctx;
  const id = str(s.id);
  if (!id) {
    notes.error('hsds-no-id', { kind: 'service' }, at);
    return undefined;
  }
  const where = { ...at, id };
  if (!isId(id)) {
    notes.error('hsds-bad-id', { kind: 'service', id }, where);
    return undefined;
  }
  const name = str(s.name);
  if (!name) {
    notes.error('hsds-no-name', { id }, where);
    return undefined;
  }
  const status = str(s.status)?.toLowerCase();
  if (status && status !== 'active') {
    notes.warning('hsds-inactive', { id, status }, where);
    return undefined;
  }
  const text = (value: unknown) => {
    const t = str(value);
    return t ? { [locale]: t } : undefined;
  };

  // Categories: the service's taxonomy terms.
  const categories: string[] = [];
  for (const attribute of objects(s.attributes)) {
    const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
    // A base feed's category that lists the term's code (or has its name) takes it; else the term is a category.
    const baseId = term && ctx.taxonomy ? ctx.taxonomy.match({ name: str(term.name), code: str(term.code) }) : undefined;
    if (term && ctx.taxonomy && !baseId) ctx.taxonomy.miss({ name: str(term.name), code: str(term.code) });
    const termId = baseId ?? (term ? defineTerm(term, ctx, at) : undefined);
    if (termId && !categories.includes(termId)) categories.push(termId);
  }
  if (categories.length === 0) {
    ctx.categories.define(UNCATEGORIZED);
    categories.push(UNCATEGORIZED.id);
    notes.warning('hsds-no-category', { id }, where);
  }

  // Regions: service areas, matched to the base feed's regions by id or name.
  const regions: string[] = [];
  for (const area of objects(s.service_areas)) {
    const areaName = str(area.name) ?? str(area.description);
    const r = areaName ? ctx.regions.resolve(areaName, str(area.id)) : undefined;
    if (r && !regions.includes(r.id)) regions.push(r.id);
  }

  const sals = objects(s.service_at_locations);
  const places = sals.map((sal) => (isObject(sal.location) ? sal.location : undefined)).filter((l): l is HsdsObject => l !== undefined);

  // Phones: the service's, then those of its service-at-locations and locations; the organization's only as a last resort.
  const phones: PhoneInput[] = [];
  const seenPhones = new Set<string>();
  const addPhones = (list: unknown) => {
    for (const phone of objects(list)) {
      const number = cleanNumber(phone.number);
      if (!number) continue;
      const extension = str(phone.extension);
      const full = extension ? `${number} ext. ${extension}` : number;
      const href = telHref(full);
      if (!href) {
        notes.warning('hsds-bad-phone', { id, value: full }, where);
        continue;
      }
      if (seenPhones.has(href)) continue;
      seenPhones.add(href);
      const kind = PHONE_KINDS[str(phone.type)?.toLowerCase() ?? 'voice'] ?? 'voice';
      const label = str(phone.description);
      phones.push({ number: full, kind, ...(label && label.length <= 80 ? { label: { [locale]: label } } : {}) });
    }
  };
  addPhones(s.phones);
  for (const sal of sals) addPhones(sal.phones);
  for (const place of places) addPhones(place.phones);
  const organization = isObject(s.organization) ? s.organization : undefined;
  if (phones.length === 0 && organization) addPhones(organization.phones);

  // Locations.
  const locations: LocationInput[] = [];
  const seenPlaces = new Set<string>();
  let virtual = false;
  for (const place of places) {
    const placeId = str(place.id) ?? String(locations.length);
    if (seenPlaces.has(placeId)) continue;
    seenPlaces.add(placeId);
    if (str(place.location_type)?.toLowerCase() === 'virtual') {
      virtual = true;
      continue;
    }
    const location: LocationInput = {};
    const placeName = text(place.name);
    if (placeName) location.name = placeName;
    const addresses = objects(place.addresses);
    let address = addresses.find((a) => str(a.address_type)?.toLowerCase() === 'physical');
    if (!address) {
      address = addresses.find((a) => str(a.address_type)?.toLowerCase() !== 'virtual');
      if (address) notes.warning('hsds-postal-address', { id, location: str(place.name) ?? placeId }, where);
    }
    if (address) {
      const street = [str(address.address_1), str(address.address_2)].filter(Boolean).join(', ');
      const fields = { street, city: str(address.city), province: str(address.state_province), postalCode: str(address.postal_code), country: str(address.country) };
      const kept = Object.fromEntries(Object.entries(fields).filter(([, v]) => v));
      if (Object.keys(kept).length) location.address = kept;
    }
    const lat = num(place.latitude);
    const lon = num(place.longitude);
    if (lat !== undefined && lon !== undefined) {
      if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) Object.assign(location, { lat, lon });
      else notes.warning('hsds-bad-coordinates', { id, location: str(place.name) ?? placeId, lat, lon }, where);
    }
    const access = objects(place.accessibility)
      .map((a) => [str(a.description), str(a.details)].filter(Boolean).join(' '))
      .filter(Boolean)
      .join(' ');
    if (access) location.accessibility = { [locale]: access };
    if (Object.keys(location).length) locations.push(location);
  }

  // Hours: the service's own schedules; else those at its locations.
  const levels = [objects(s.schedules), sals.flatMap((sal) => objects(sal.schedules)), places.flatMap((p) => objects(p.schedules))];
  const schedules = levels.find((level) => level.length > 0) ?? [];
  const hours: HoursInput[] = [];
  const seenHours = new Set<string>();
  const notesOnHours: string[] = [];
  for (const schedule of schedules) {
    const mapped = scheduleToHours(schedule);
    if ('dropped' in mapped) {
      notes.warning('hsds-schedule-dropped', { id, detail: mapped.dropped }, where);
      const description = str(schedule.description);
      if (description && !notesOnHours.includes(description)) notesOnHours.push(description);
      continue;
    }
    const { validTo } = mapped.hours;
    if (validTo && ctx.today && validTo < ctx.today) notes.warning('hsds-season-ended', { id, to: validTo }, where);
    const key = JSON.stringify(mapped.hours);
    if (!seenHours.has(key)) {
      seenHours.add(key);
      hours.push(mapped.hours);
    }
  }

  const languages: string[] = [];
  for (const language of objects(s.languages)) {
    const code = str(language.code)?.toLowerCase();
    if (code && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code)) {
      if (!languages.includes(code)) languages.push(code);
    } else notes.warning('hsds-bad-language', { id, value: code ?? str(language.name) ?? '' }, where);
  }

  // Cost: free only when every cost option says 0; any amount means a fee.
  const options = objects(s.cost_options);
  const amounts = options.map((o) => num(o.amount)).filter((n): n is number => n !== undefined);
  const cost = amounts.length ? (amounts.some((a) => a > 0) ? 'fee' : 'free') : undefined;
  const feeLines = [
    str(s.fees_description),
    ...options.map((o) => {
      const amount = num(o.amount);
      const price = amount !== undefined ? [amount, str(o.currency)?.toUpperCase()].filter((x) => x !== undefined).join(' ') : undefined;
      const detail = [price, str(o.amount_description)].filter(Boolean).join(' ');
      return [str(o.option), detail].filter(Boolean).join(': ') || undefined;
    }),
  ].filter((line): line is string => line !== undefined);

  // Ages become eligibility text: a resource has no age fields, and only the
  // stated numbers are written (no audience is guessed from them).
  const ages = readAges(s);
  for (const problem of ages.problems) notes.warning(problem.code, { id, ...problem.params }, where);
  const eligibility = eligibilityText(str(s.eligibility_description), ageText(ages.range), locale);

  let website: string | undefined;
  if (str(s.url)) {
    website = safeWebUrl(str(s.url)!);
    if (!website) notes.warning('hsds-bad-url', { id, field: 'url', value: str(s.url) }, where);
  }
  let email: string | undefined;
  if (str(s.email)) {
    email = safeEmail(str(s.email)!);
    if (!email) notes.warning('hsds-bad-url', { id, field: 'email', value: str(s.email) }, where);
  }
  const modified = str(s.last_modified);
  const updated = modified && /^\d{4}-\d{2}-\d{2}/.test(modified)
    ? /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(modified) ? modified : modified.slice(0, 10)
    : undefined;
  const alternate = str(s.alternate_name);

  const resource: Record<string, unknown> = {
    id,
    name: { [locale]: name },
    ...(organization && str(organization.name) ? { organization: text(organization.name) } : {}),
    ...(text(s.description) ? { description: text(s.description) } : {}),
    categories,
    ...(regions.length ? { regions } : {}),
    ...(languages.length ? { languages } : {}),
    ...(virtual ? { delivery: ['online'] } : {}),
    ...(cost ? { cost } : {}),
    ...(feeLines.length ? { fees: { [locale]: feeLines.join('\n') } } : {}),
    ...(eligibility ? { eligibility } : {}),
    ...(phones.length ? { phones } : {}),
    ...(email ? { email } : {}),
    ...(website ? { website } : {}),
    ...(locations.length ? { locations } : {}),
    ...(hours.length ? { hours } : {}),
    ...(notesOnHours.length ? { hoursNote: { [locale]: notesOnHours.join(' ') } } : {}),
    ...(alternate && alternate !== name ? { keywords: { [locale]: [alternate] } } : {}),
    ...(updated ? { updated } : {}),
  };
  return resource as ResourceInput;
}
