/**
 * One record, normalized: every text `{lang: text}`, every list present and
 * without repeats, phones with safe `tel:` links, the website and email
 * checked, ids that name no category or region left out (each reported),
 * confidential locations reduced to their city.
 */
import type * as v from 'valibot';
import { isSkippedKey } from '../clean.js';
import type { Hours, Location, Phone, Resource } from '../model.js';
import { safeEmail, safeWebUrl, telHref } from '../safe-url.js';
import { ResourceSchema, type PhoneKind } from '../schema.js';
import type { Problems, RecordAt } from './problems.js';
import { NO_MEMOS, shared, sharedIfClean, type Memos } from './shared.js';
import type { Trees } from './trees.js';
import { hasOwn, toLocalized, toLocalizedList, unique } from './values.js';

/** A record as valibot (or the fast check, which proves it identical) hands it over. */
export type ParsedResource = v.InferOutput<typeof ResourceSchema>;

/** Without these, a record is skipped rather than repaired. */
export const REQUIRED_RESOURCE_FIELDS: ReadonlySet<string> = new Set(['id', 'name', 'categories']);

const PHONE_KIND_DEFAULT: PhoneKind = 'voice';

/**
 * The normalized form of one parsed record. With `memos` (a table's shared
 * columns), each field's form may be one made for an earlier record.
 */
export function normalizeResource(
  parsed: ParsedResource,
  path: string,
  at: RecordAt,
  defaultLocale: string,
  trees: Trees,
  problems: Problems,
  memos: Memos | undefined,
): Resource {
  const id = parsed.id;
  const where = { id, index: at.index };
  const m = memos ?? NO_MEMOS;
  const p = parsed;

  // The fields that may report a problem first, in the order they always
  // have: each a form made for the same shared value, or a new one.
  const categories = sharedIfClean(m.categories, p.categories, problems, () =>
    knownIds(p.categories, trees.categoryIds, 'unknown-category', `${path}.categories`, where, problems),
  );
  const regions = sharedIfClean(m.regions, p.regions, problems, () =>
    knownIds(p.regions ?? [], trees.regionIds, 'unknown-region', `${path}.regions`, where, problems),
  );
  const phones = sharedIfClean(m.phones, p.phones, problems, () => normalizePhones(p.phones, path, where, defaultLocale, problems));

  let website: string | undefined;
  if (parsed.website !== undefined && parsed.website.trim() !== '') {
    website = safeWebUrl(parsed.website);
    if (!website) problems.add('error', 'unsafe-url', `${path}.website`, 'repaired', { field: 'website', value: parsed.website.slice(0, 200) }, where);
  }
  let email: string | undefined;
  if (parsed.email !== undefined && parsed.email.trim() !== '') {
    email = safeEmail(parsed.email);
    if (!email) {
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(parsed.email.trim());
      problems.add('error', looksLikeUrl ? 'unsafe-url' : 'invalid-email', `${path}.email`, 'repaired', { field: 'email', value: parsed.email.slice(0, 200) }, where);
    }
  }

  // The record's own fields first, in the order valibot's output has them
  // (the schema's fields, then unknown ones in the record's order), then the
  // normalized ones, as `{ ...rest, id, name, … }` would, without the cost of
  // rest destructuring and spreading on every record. The record may be the
  // feed's own object (fast path) or valibot's output: both read the same.
  // Nothing below reports a problem: a shared form is kept as soon as made.
  const record = parsed as Record<string, unknown>;
  const resource = ownFields(record);
  resource.id = id;
  resource.name = toLocalized(parsed.name, defaultLocale) ?? { [defaultLocale]: id };
  resource.categories = categories;
  resource.regions = regions;
  resource.audiences = shared(m.audiences, p.audiences, unique, defaultLocale);
  resource.languages = shared(m.languages, p.languages, unique, defaultLocale);
  resource.delivery = shared(m.delivery, p.delivery, unique, defaultLocale);
  resource.phones = phones;
  resource.locations = shared(m.locations, p.locations, normalizeLocations, defaultLocale);
  resource.hours = shared(m.hours, p.hours, normalizeHours, defaultLocale);
  resource.closedDates = shared(m.closedDates, p.closedDates, sortedDates, defaultLocale);
  resource.keywords = shared(m.keywords, p.keywords, toLocalizedList, defaultLocale);
  const organization = shared(m.organization, p.organization, toLocalized, defaultLocale);
  if (organization) resource.organization = organization;
  const description = shared(m.description, p.description, toLocalized, defaultLocale);
  if (description) resource.description = description;
  const fees = shared(m.fees, p.fees, toLocalized, defaultLocale);
  if (fees) resource.fees = fees;
  const eligibility = shared(m.eligibility, p.eligibility, toLocalized, defaultLocale);
  if (eligibility) resource.eligibility = eligibility;
  const hoursNote = shared(m.hoursNote, p.hoursNote, toLocalized, defaultLocale);
  if (hoursNote) resource.hoursNote = hoursNote;
  if (website) resource.website = website;
  else delete resource.website;
  if (email) resource.email = email;
  else delete resource.email;
  return resource as Resource;
}

/** Fields that `normalizeResource` replaces with their normalized form. */
const REPLACED_FIELDS = new Set(['name', 'organization', 'description', 'fees', 'eligibility', 'hoursNote', 'keywords']);

/** The record fields the schema knows, in its order: the order valibot's output has them in. */
const RESOURCE_FIELDS = Object.keys(ResourceSchema.entries);
const COPIED_FIELDS = RESOURCE_FIELDS.filter((key) => !REPLACED_FIELDS.has(key));
const FIELD_RANK = new Map(RESOURCE_FIELDS.map((key, rank) => [key, rank]));

/**
 * A record's fields but the replaced ones, in valibot's output order: the
 * schema's fields in the schema's order, then unknown ones in the record's.
 * Feeds usually write fields in the schema's order already, so one for…in
 * copy is tried first and only redone field by field when the order differs.
 */
function ownFields(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let rank = -1;
  let unknown = false;
  for (const key in record) {
    if (!hasOwn.call(record, key) || isSkippedKey(key)) continue;
    const next = FIELD_RANK.get(key);
    if (next === undefined) unknown = true;
    else if (unknown || next < rank) return ownFieldsInOrder(record);
    else rank = next;
    if (!REPLACED_FIELDS.has(key)) out[key] = record[key];
  }
  return out;
}

function ownFieldsInOrder(record: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of COPIED_FIELDS) if (hasOwn.call(record, key)) out[key] = record[key];
  for (const key in record) {
    if (!FIELD_RANK.has(key) && hasOwn.call(record, key) && !isSkippedKey(key)) out[key] = record[key];
  }
  return out;
}

/** The ids of `list` that `known` holds, in order; each other one is reported and left out. */
function knownIds(
  list: readonly string[],
  known: ReadonlySet<string>,
  code: 'unknown-category' | 'unknown-region',
  path: string,
  where: RecordAt,
  problems: Problems,
): string[] {
  const kept: string[] = [];
  for (let i = 0; i < list.length; i++) {
    const id = list[i]!;
    if (known.has(id)) kept.push(id);
    else problems.add('warning', code, `${path}[${i}]`, 'repaired', { value: id }, where);
  }
  return kept;
}

function normalizePhones(rawPhones: ParsedResource['phones'], path: string, where: RecordAt, defaultLocale: string, problems: Problems): Phone[] {
  const phones: Phone[] = [];
  if (!rawPhones) return phones;
  for (let i = 0; i < rawPhones.length; i++) {
    const p = rawPhones[i]!;
    const href = telHref(p.number);
    if (!href) {
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(p.number.trim()) && !/^tel:/i.test(p.number.trim());
      problems.add('error', looksLikeUrl ? 'unsafe-url' : 'invalid-phone', `${path}.phones[${i}].number`, 'repaired', { field: 'phone', value: p.number.slice(0, 200) }, where);
      continue;
    }
    const label = toLocalized(p.label, defaultLocale);
    const phone: { -readonly [K in keyof Phone]: Phone[K] } = { number: p.number.replace(/^tel:/i, '').trim(), href, kind: p.kind ?? PHONE_KIND_DEFAULT };
    if (label) phone.label = label;
    phones.push(phone);
  }
  return phones;
}

/** A record's closed dates, each once, in order. */
const sortedDates = (list: readonly string[] | undefined): string[] => unique(list).sort();

const ADDRESS_FIELDS = ['street', 'city', 'province', 'postalCode', 'country'] as const;

type LocationOutput = NonNullable<ParsedResource['locations']>[number];

function normalizeLocations(raw: ParsedResource['locations'], defaultLocale: string): Location[] {
  const locations: Location[] = [];
  for (const l of raw ?? []) locations.push(normalizeLocation(l, defaultLocale));
  return locations;
}

function normalizeLocation(l: LocationOutput, defaultLocale: string): Location {
  const confidential = l.confidential === true;
  const name = toLocalized(l.name, defaultLocale);
  const accessibility = toLocalized(l.accessibility, defaultLocale);
  // A confidential location (a shelter) keeps only its city: nothing
  // downstream can leak what is not there.
  let address: Record<string, string> | undefined;
  const raw = l.address;
  if (raw && confidential) {
    if (raw.city) {
      address = { city: raw.city };
      if (raw.province) address.province = raw.province;
    }
  } else if (raw) {
    for (const key of ADDRESS_FIELDS) {
      const value = raw[key];
      if (typeof value !== 'string') continue;
      const trimmed = value.trim();
      if (trimmed !== '') (address ??= {})[key] = trimmed;
    }
  }
  const location: { -readonly [K in keyof Location]: Location[K] } = { confidential };
  if (name) location.name = name;
  if (address) location.address = address;
  if (!confidential && typeof l.lat === 'number' && typeof l.lon === 'number') {
    location.lat = l.lat;
    location.lon = l.lon;
  }
  if (accessibility) location.accessibility = accessibility;
  return location;
}

function normalizeHours(raw: ParsedResource['hours']): Hours[] {
  const hours: Hours[] = [];
  for (const h of raw ?? []) {
    hours.push({
      days: unique(h.days),
      opens: h.opens,
      closes: h.closes,
      ...(h.validFrom ? { validFrom: h.validFrom } : {}),
      ...(h.validTo ? { validTo: h.validTo } : {}),
    });
  }
  return hours;
}
