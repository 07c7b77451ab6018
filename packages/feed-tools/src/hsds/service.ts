/**
 * One nested HSDS 3.0 service as a Repère resource, in named steps: is it a
 * record at all (id, name, active), then its categories, regions, phones,
 * locations, hours, languages, cost and fees, eligibility, links and date.
 * HSDS is single-language: its text goes into the import's default locale;
 * only the ages, being numbers, are worded in both French and English.
 */
import { safeEmail, safeWebUrl, telHref, type PhoneKind, type ResourceInput } from '@repere/sdk';
import { LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from '@repere/sdk/internal';
import { isId } from '../base.js';
import { ageText, eligibilityText, readAges } from './ages.js';
import { cleanNumber, defineTerm, isObject, num, objects, scheduleToHours, str, UNCATEGORIZED, type HsdsContext, type HsdsObject, type HsdsPlace } from './nested.js';

type PhoneInput = NonNullable<ResourceInput['phones']>[number];
type LocationInput = NonNullable<ResourceInput['locations']>[number];
type HoursInput = NonNullable<ResourceInput['hours']>[number];
type LocalizedInput = Record<string, string>;

/** Which service the steps map, for their notes. */
interface Service {
  readonly s: HsdsObject;
  readonly id: string;
  readonly ctx: HsdsContext;
  readonly at: HsdsPlace;
  readonly where: HsdsPlace & { readonly id: string };
  /** Its service-at-locations, and the locations they name. */
  readonly sals: readonly HsdsObject[];
  readonly places: readonly HsdsObject[];
}

/**
 * Maps one nested HSDS service to a resource, or `undefined` (with a note)
 * when it lacks an id or a name or is not active.
 */
export function mapService(s: HsdsObject, ctx: HsdsContext, at: HsdsPlace = {}): ResourceInput | undefined {
  const { locale } = ctx;
  const identity = identify(s, ctx, at);
  if (!identity) return undefined;
  const { id, name } = identity;
  const sals = objects(s.service_at_locations);
  const places = sals.map((sal) => (isObject(sal.location) ? sal.location : undefined)).filter((l): l is HsdsObject => l !== undefined);
  const service: Service = { s, id, ctx, at, where: { ...at, id }, sals, places };
  const text = (value: unknown) => localized(value, locale);

  const categories = serviceCategories(service);
  const regions = serviceRegions(service);
  const organization = isObject(s.organization) ? s.organization : undefined;
  const phones = servicePhones(service, organization);
  const { locations, virtual } = serviceLocations(service);
  const { hours, notesOnHours } = serviceHours(service);
  const languages = serviceLanguages(service);
  const { cost, feeLines } = serviceCost(s);
  const eligibility = serviceEligibility(service);
  const { website, email } = serviceLinks(service);
  const updated = serviceUpdated(s);
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

/** A text in the import's locale, or `undefined` when empty. */
function localized(value: unknown, locale: string): LocalizedInput | undefined {
  const t = str(value);
  return t ? { [locale]: t } : undefined;
}

/** The service's id and name, or `undefined` (with a note) when either is missing or bad, or it is not active. */
function identify(s: HsdsObject, ctx: HsdsContext, at: HsdsPlace): { id: string; name: string } | undefined {
  const { notes } = ctx;
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
  return { id, name };
}

/** Categories: the service's taxonomy terms (a base feed's category when one matches); "uncategorized" when none. */
function serviceCategories({ s, id, ctx, at, where }: Service): string[] {
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
    ctx.notes.warning('hsds-no-category', { id }, where);
  }
  return categories;
}

/** Regions: service areas, matched to the base feed's regions by id or name. */
function serviceRegions({ s, ctx }: Service): string[] {
  const regions: string[] = [];
  for (const area of objects(s.service_areas)) {
    const areaName = str(area.name) ?? str(area.description);
    const r = areaName ? ctx.regions.resolve(areaName, str(area.id)) : undefined;
    if (r && !regions.includes(r.id)) regions.push(r.id);
  }
  return regions;
}

const PHONE_KINDS: Record<string, PhoneKind> = { voice: 'voice', cell: 'voice', text: 'text', sms: 'text', fax: 'fax', textphone: 'tty', tty: 'tty' };

/** Phones: the service's, then those of its service-at-locations and locations; the organization's only as a last resort. */
function servicePhones({ s, id, ctx, where, sals, places }: Service, organization: HsdsObject | undefined): PhoneInput[] {
  const { notes, locale } = ctx;
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
  if (phones.length === 0 && organization) addPhones(organization.phones);
  return phones;
}

/** Locations: each physical place once (its physical address, else another with a note); a virtual one makes the service online. */
function serviceLocations({ id, ctx, where, places }: Service): { locations: LocationInput[]; virtual: boolean } {
  const { notes, locale } = ctx;
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
    const placeName = localized(place.name, locale);
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
  return { locations, virtual };
}

/** Hours: the service's own schedules, else those at its locations; a schedule that cannot be hours leaves its description as a note. */
function serviceHours({ s, id, ctx, where, sals, places }: Service): { hours: HoursInput[]; notesOnHours: string[] } {
  const levels = [objects(s.schedules), sals.flatMap((sal) => objects(sal.schedules)), places.flatMap((p) => objects(p.schedules))];
  const schedules = levels.find((level) => level.length > 0) ?? [];
  const hours: HoursInput[] = [];
  const seenHours = new Set<string>();
  const notesOnHours: string[] = [];
  for (const schedule of schedules) {
    const mapped = scheduleToHours(schedule);
    if ('dropped' in mapped) {
      ctx.notes.warning('hsds-schedule-dropped', { id, detail: mapped.dropped }, where);
      const description = str(schedule.description);
      if (description && !notesOnHours.includes(description)) notesOnHours.push(description);
      continue;
    }
    const { validTo } = mapped.hours;
    if (validTo && ctx.today && validTo < ctx.today) ctx.notes.warning('hsds-season-ended', { id, to: validTo }, where);
    const key = JSON.stringify(mapped.hours);
    if (!seenHours.has(key)) {
      seenHours.add(key);
      hours.push(mapped.hours);
    }
  }
  return { hours, notesOnHours };
}

/** Languages: the codes that are language tags (lower-cased), each once. */
function serviceLanguages({ s, id, ctx, where }: Service): string[] {
  const languages: string[] = [];
  for (const language of objects(s.languages)) {
    const code = str(language.code)?.toLowerCase();
    if (code && LANGUAGE_TAG_PATTERN.test(code)) {
      if (!languages.includes(code)) languages.push(code);
    } else ctx.notes.warning('hsds-bad-language', { id, value: code ?? str(language.name) ?? '' }, where);
  }
  return languages;
}

/** Cost: free only when every cost option says 0; any amount means a fee. Each option a line of the fees. */
function serviceCost(s: HsdsObject): { cost: 'free' | 'fee' | undefined; feeLines: string[] } {
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
  return { cost, feeLines };
}

/**
 * Eligibility: its description, with the ages as text: a resource has no age
 * fields, and only the stated numbers are written (no audience is guessed from them).
 */
function serviceEligibility({ s, id, ctx, where }: Service): ReturnType<typeof eligibilityText> {
  const ages = readAges(s);
  for (const problem of ages.problems) ctx.notes.warning(problem.code, { id, ...problem.params }, where);
  return eligibilityText(str(s.eligibility_description), ageText(ages.range), ctx.locale);
}

/** The website and email, each only when safe (else a note). */
function serviceLinks({ s, id, ctx, where }: Service): { website?: string | undefined; email?: string | undefined } {
  let website: string | undefined;
  if (str(s.url)) {
    website = safeWebUrl(str(s.url)!);
    if (!website) ctx.notes.warning('hsds-bad-url', { id, field: 'url', value: str(s.url) }, where);
  }
  let email: string | undefined;
  if (str(s.email)) {
    email = safeEmail(str(s.email)!);
    if (!email) ctx.notes.warning('hsds-bad-url', { id, field: 'email', value: str(s.email) }, where);
  }
  return { website, email };
}

/** When it was last modified: as written when the feed's format reads it, else its date. */
function serviceUpdated(s: HsdsObject): string | undefined {
  const modified = str(s.last_modified);
  if (!modified || !/^\d{4}-\d{2}-\d{2}/.test(modified)) return undefined;
  return TIMESTAMP_PATTERN.test(modified) ? modified : modified.slice(0, 10);
}
