/**
 * Validation and normalization of a feed document, record by record, so that
 * one bad record never hides the good ones. Shared by `loadFeed` and by the
 * `repere validate` command.
 */
import * as v from 'valibot';
import { FeedError } from '../errors.js';
import { problemMessage, problemMessageEn, type ProblemCode } from '../messages.js';
import { VALIDATE_DEFAULTS, type ValidateOptions } from '../options.js';
import { cleanJson, jsonPathKey, type CleanReport } from './clean.js';
import type {
  Category,
  CrisisLine,
  Feed,
  InterpretationLine,
  FeedMeta,
  FeedProblem,
  Hours,
  LocalizedList,
  LocalizedText,
  Location,
  Phone,
  Region,
  Resource,
} from './model.js';
import { safeEmail, safeWebUrl, telHref } from './safe-url.js';
import {
  CategorySchema,
  CrisisLineSchema,
  FeedHeaderSchema,
  RegionSchema,
  ResourceSchema,
  type InterpretationLineInput,
  type PhoneKind,
} from './schema.js';

type Params = Record<string, string | number | undefined>;

class Problems {
  readonly list: FeedProblem[] = [];
  constructor(private readonly warnings: boolean) {}
  add(
    severity: FeedProblem['severity'],
    code: ProblemCode,
    path: string,
    action: FeedProblem['action'],
    params: Params = {},
    at: { id?: string | undefined; index?: number | undefined } = {},
  ): void {
    if (severity === 'warning' && !this.warnings) return;
    const problem: FeedProblem = {
      severity,
      code,
      path,
      action,
      params,
      message: problemMessageEn(code, params),
      ...(at.id !== undefined ? { id: at.id } : {}),
      ...(at.index !== undefined ? { index: at.index } : {}),
    };
    this.list.push(problem);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const where = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  const expected = issue.expected ? `expected ${issue.expected}` : issue.message;
  return where ? `${where}: ${expected}, received ${issue.received}` : `${expected}, received ${issue.received}`;
}

const REQUIRED_RESOURCE_FIELDS = new Set(['id', 'name', 'categories']);

/**
 * Parses one record, removing what is invalid in its optional fields (a bad
 * phone, a malformed hours entry) rather than losing the whole record.
 * Returns `undefined` when a required field is wrong.
 */
function parseLenient<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: Record<string, unknown>,
  required: ReadonlySet<string>,
  basePath: string,
  problems: Problems,
  at: { id?: string | undefined; index: number },
): v.InferOutput<TSchema> | undefined {
  // Never changed in place: each repair below makes a new object.
  let record: Record<string, unknown> = input;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = v.safeParse(schema, record);
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = issue.path ?? [];
    const field = path[0]?.key;
    if (typeof field !== 'string' || required.has(field) && !(Array.isArray(record[field]) && path.length > 1 && field === 'categories')) {
      problems.add('error', 'invalid-record', basePath, 'skipped', { detail: describeIssue(issue) }, at);
      return undefined;
    }
    const item = path[1]?.key;
    const value = record[field];
    if (Array.isArray(value) && typeof item === 'number') {
      // Drop only the bad item of a list: one bad phone number keeps the others.
      problems.add(
        'error',
        'invalid-field',
        `${basePath}${jsonPathKey(field)}[${item}]`,
        'repaired',
        { field: `${field}[${item}]`, detail: describeIssue(issue) },
        at,
      );
      record = { ...record, [field]: value.filter((_, i) => i !== item) };
      if (field === 'categories' && (record[field] as unknown[]).length === 0) {
        problems.add('error', 'invalid-record', basePath, 'skipped', { detail: 'categories: no valid category id' }, at);
        return undefined;
      }
    } else {
      problems.add(
        'error',
        'invalid-field',
        `${basePath}${jsonPathKey(field)}`,
        'repaired',
        { field, detail: describeIssue(issue) },
        at,
      );
      const { [field]: _removed, ...rest } = record;
      record = rest;
    }
  }
  problems.add('error', 'invalid-record', basePath, 'skipped', { detail: 'too many invalid fields' }, at);
  return undefined;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function toLocalized(text: string | Readonly<Record<string, string>> | undefined, defaultLocale: string): LocalizedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text.trim() ? { [defaultLocale]: text.trim() } : undefined;
  const out: Record<string, string> = {};
  for (const [lang, value] of Object.entries(text)) if (value.trim()) out[lang] = value.trim();
  return Object.keys(out).length ? out : undefined;
}

function toLocalizedList(list: Readonly<Record<string, readonly string[]>> | undefined): LocalizedList {
  if (!list) return {};
  const out: Record<string, string[]> = {};
  for (const [lang, words] of Object.entries(list)) {
    const kept = words.map((w) => w.trim()).filter(Boolean);
    if (kept.length) out[lang] = kept;
  }
  return out;
}

/** Removes parent links to unknown ids and breaks cycles, in place on a copy. */
function linkTree<T extends { id: string; parent?: string | undefined }>(
  items: T[],
  listName: string,
  indexOf: Map<string, number>,
  problems: Problems,
): T[] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const out = items.map((item) => ({ ...item }));
  const outById = new Map(out.map((item) => [item.id, item]));
  for (const item of out) {
    if (item.parent !== undefined && !byId.has(item.parent)) {
      problems.add('warning', 'unknown-parent', `$.${listName}[${indexOf.get(item.id)}].parent`, 'repaired', { value: item.parent }, { id: item.id, index: indexOf.get(item.id) });
      delete item.parent;
    }
  }
  for (const item of out) {
    const seen = new Set<string>([item.id]);
    let parent = item.parent;
    while (parent !== undefined) {
      if (seen.has(parent)) {
        problems.add('error', 'cycle', `$.${listName}[${indexOf.get(item.id)}].parent`, 'repaired', { value: item.id }, { id: item.id, index: indexOf.get(item.id) });
        delete item.parent;
        break;
      }
      seen.add(parent);
      parent = outById.get(parent)?.parent;
    }
  }
  return out;
}

function parseList<TSchema extends v.GenericSchema>(
  raw: unknown,
  listName: string,
  schema: TSchema,
  problems: Problems,
): { items: v.InferOutput<TSchema>[]; indexOf: Map<string, number> } {
  const items: v.InferOutput<TSchema>[] = [];
  const indexOf = new Map<string, number>();
  if (raw === undefined) return { items, indexOf };
  if (!Array.isArray(raw)) {
    problems.add('error', 'invalid-header', `$.${listName}`, 'repaired', { field: listName, detail: 'not a list' });
    return { items, indexOf };
  }
  raw.forEach((entry, index) => {
    const path = `$.${listName}[${index}]`;
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id : undefined;
    if (!isObject(entry)) {
      problems.add('error', 'invalid-record', path, 'skipped', { detail: 'not an object' }, { index });
      return;
    }
    const parsed = parseLenient(schema, entry, new Set(['id', 'name']), path, problems, { id, index });
    if (!parsed) return;
    const parsedId = (parsed as { id: string }).id;
    if (indexOf.has(parsedId)) {
      problems.add('error', 'duplicate-id', path, 'skipped', { value: parsedId }, { id: parsedId, index });
      return;
    }
    indexOf.set(parsedId, index);
    items.push(parsed);
  });
  return { items, indexOf };
}

const PHONE_KIND_DEFAULT: PhoneKind = 'voice';

/**
 * Validates and normalizes a parsed feed document.
 *
 * Throws {@link FeedError} (`format` or `version`) only when the document as a
 * whole is not a usable feed; every problem with a single record or field is
 * reported in `problems` and the rest of the feed is kept.
 */
export function validateFeed(document: unknown, options: Partial<ValidateOptions> = {}): Feed {
  const opts = { ...VALIDATE_DEFAULTS, ...options };
  const problems = new Problems(opts.warnings);

  if (!isObject(document)) throw new FeedError('format', { detail: 'the document is not a JSON object' });
  if (document.format !== 'repere-feed') {
    throw new FeedError('format', {
      detail: document.format === undefined ? 'it has no "format": "repere-feed"' : `"format" is ${JSON.stringify(document.format).slice(0, 60)}`,
    });
  }
  if (document.version !== 1) throw new FeedError('version', { value: JSON.stringify(document.version ?? null).slice(0, 20) });
  if (!Array.isArray(document.resources)) throw new FeedError('format', { detail: '"resources" is not a list' });

  const cut: CleanReport[] = [];
  const doc = cleanJson(document, opts.maxStringLength, '$', cut) as Record<string, unknown>;
  for (const c of cut) {
    problems.add('warning', 'string-too-long', c.path, 'repaired', { field: c.path, length: c.length, max: opts.maxStringLength });
  }

  // The header, field by field: a bad title must not make the feed unusable.
  const header: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FeedHeaderSchema.entries)) {
    if (doc[key] === undefined) continue;
    const r = v.safeParse(schema as v.GenericSchema, doc[key]);
    if (r.success) header[key] = r.output;
    else problems.add('error', 'invalid-header', `$${jsonPathKey(key)}`, 'repaired', { field: key, detail: describeIssue(r.issues[0]) });
  }
  const defaultLocale = typeof header.defaultLocale === 'string' ? header.defaultLocale : 'fr';
  if (header.defaultLocale === undefined && doc.defaultLocale === undefined) {
    problems.add('error', 'invalid-header', '$.defaultLocale', 'repaired', { field: 'defaultLocale', detail: 'missing; "fr" was used' });
  }
  let timezone = typeof header.timezone === 'string' ? header.timezone : opts.fallbackTimezone;
  if (!isTimeZone(timezone)) {
    problems.add('error', 'invalid-timezone', '$.timezone', 'repaired', { value: timezone, fallback: opts.fallbackTimezone });
    timezone = opts.fallbackTimezone;
  } else if (header.timezone === undefined && doc.timezone === undefined) {
    problems.add('error', 'invalid-header', '$.timezone', 'repaired', { field: 'timezone', detail: `missing; "${opts.fallbackTimezone}" was used` });
  }
  const title = toLocalized(header.title as string | Record<string, string> | undefined, defaultLocale) ?? {};
  if (doc.title === undefined) {
    problems.add('error', 'invalid-header', '$.title', 'repaired', { field: 'title', detail: 'missing' });
  }

  // Categories and regions: trees.
  const cats = parseList(doc.categories, 'categories', CategorySchema, problems);
  if (doc.categories === undefined) problems.add('error', 'invalid-header', '$.categories', 'repaired', { field: 'categories', detail: 'missing' });
  const categories: Category[] = linkTree(
    cats.items.map((c) => ({
      id: c.id,
      name: toLocalized(c.name, defaultLocale) ?? { [defaultLocale]: c.id },
      ...(c.parent !== undefined ? { parent: c.parent } : {}),
      keywords: toLocalizedList(c.keywords),
    })),
    'categories',
    cats.indexOf,
    problems,
  );
  const regs = parseList(doc.regions, 'regions', RegionSchema, problems);
  const regions: Region[] = linkTree(
    regs.items.map((r) => ({
      id: r.id,
      name: toLocalized(r.name, defaultLocale) ?? { [defaultLocale]: r.id },
      ...(r.parent !== undefined ? { parent: r.parent } : {}),
      ...(r.centroid ? { centroid: { lat: r.centroid.lat, lon: r.centroid.lon } } : {}),
    })),
    'regions',
    regs.indexOf,
    problems,
  );
  const categoryIds = new Set(categories.map((c) => c.id));
  const regionIds = new Set(regions.map((r) => r.id));

  // The languages a bilingual feed promises: those of its title, default first.
  const feedLocales = [defaultLocale, ...Object.keys(title).filter((l) => l !== defaultLocale)];

  const crisis: CrisisLine[] = [];
  (Array.isArray(doc.crisis) ? doc.crisis : []).forEach((line, index) => {
    const r = v.safeParse(CrisisLineSchema, line);
    const href = r.success ? telHref(r.output.phone) : undefined;
    if (!r.success || !href) {
      problems.add('error', r.success ? 'invalid-phone' : 'invalid-record', `$.crisis[${index}]`, 'skipped', r.success ? { value: r.output.phone } : { detail: describeIssue(r.issues[0]) }, { index });
      return;
    }
    crisis.push({
      label: toLocalized(r.output.label, defaultLocale) ?? {},
      phone: r.output.phone,
      href,
      ...(r.output.hours ? { hours: toLocalized(r.output.hours, defaultLocale) } : {}),
    } as CrisisLine);
  });

  let interpretation: InterpretationLine | undefined;
  const line = header.interpretation as InterpretationLineInput | undefined;
  if (line) {
    const href = telHref(line.phone);
    if (href) {
      const label = toLocalized(line.label, defaultLocale);
      const hours = toLocalized(line.hours, defaultLocale);
      interpretation = { phone: line.phone, href, languages: [...new Set(line.languages ?? [])], ...(label ? { label } : {}), ...(hours ? { hours } : {}) };
    } else {
      problems.add('error', 'invalid-phone', '$.interpretation.phone', 'repaired', { value: line.phone.slice(0, 200) });
    }
  }

  let corrections: string | undefined;
  if (typeof header.corrections === 'string') {
    const template = header.corrections;
    const probe = template.replaceAll('{id}', 'id');
    const ok = /^mailto:/i.test(probe) ? safeEmail(probe.split('?')[0]!) !== undefined : safeWebUrl(probe)?.startsWith('https:');
    if (ok) corrections = template;
    else problems.add('error', 'unsafe-url', '$.corrections', 'repaired', { field: 'corrections', value: template.slice(0, 200) });
  }

  // Resources, one by one.
  const resources: Resource[] = [];
  const seen = new Set<string>();
  const rawResources = doc.resources as unknown[];
  if (rawResources.length > opts.maxRecords) {
    problems.add('error', 'too-many-records', '$.resources', 'repaired', { count: rawResources.length, max: opts.maxRecords });
  }
  const count = Math.min(rawResources.length, opts.maxRecords);
  for (let index = 0; index < count; index++) {
    const entry = rawResources[index];
    const path = `$.resources[${index}]`;
    if (!isObject(entry)) {
      problems.add('error', 'invalid-record', path, 'skipped', { detail: 'not an object' }, { index });
      continue;
    }
    const rawId = typeof entry.id === 'string' ? entry.id : undefined;
    const at = { id: rawId, index };
    const parsed = parseLenient(ResourceSchema, entry, REQUIRED_RESOURCE_FIELDS, path, problems, at);
    if (!parsed) continue;
    if (seen.has(parsed.id)) {
      problems.add('error', 'duplicate-id', `${path}.id`, 'skipped', { value: parsed.id }, at);
      continue;
    }
    seen.add(parsed.id);
    const resource = normalizeResource(parsed, path, at, defaultLocale, categoryIds, regionIds, problems);
    if (opts.warnings) qualityWarnings(resource, path, at, feedLocales, problems);
    resources.push(resource);
  }

  const locales = new Set<string>(feedLocales);
  for (const r of resources) for (const lang of Object.keys(r.name)) locales.add(lang);

  const meta: FeedMeta = {
    title,
    defaultLocale,
    timezone,
    crisis,
    locales: [...locales],
    ...(typeof header.updated === 'string' ? { updated: header.updated } : {}),
    ...(header.notice !== undefined ? { notice: toLocalized(header.notice as string, defaultLocale) ?? {} } : {}),
    ...(corrections ? { corrections } : {}),
    ...(interpretation ? { interpretation } : {}),
  };
  return { meta, resources, categories, regions, problems: problems.list };
}

/** Fields that `normalizeResource` replaces with their normalized form. */
const REPLACED_FIELDS = new Set(['name', 'organization', 'description', 'fees', 'eligibility', 'hoursNote', 'keywords']);

/** A new list without repeats, first occurrences kept: `[...new Set(list ?? [])]`. */
function unique<T>(list: readonly T[] | undefined): T[] {
  if (!list || list.length === 0) return [];
  if (list.length === 1) return [list[0]!];
  const out: T[] = [];
  for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

function normalizeResource(
  parsed: v.InferOutput<typeof ResourceSchema>,
  path: string,
  at: { id?: string | undefined; index: number },
  defaultLocale: string,
  categoryIds: ReadonlySet<string>,
  regionIds: ReadonlySet<string>,
  problems: Problems,
): Resource {
  const id = parsed.id;
  const where = { id, index: at.index };
  const lt = (text: string | Readonly<Record<string, string>> | undefined) => toLocalized(text, defaultLocale);

  const categories = parsed.categories.filter((c, i) => {
    if (categoryIds.has(c)) return true;
    problems.add('warning', 'unknown-category', `${path}.categories[${i}]`, 'repaired', { value: c }, where);
    return false;
  });
  const regions = (parsed.regions ?? []).filter((r, i) => {
    if (regionIds.has(r)) return true;
    problems.add('warning', 'unknown-region', `${path}.regions[${i}]`, 'repaired', { value: r }, where);
    return false;
  });

  const phones: Phone[] = [];
  (parsed.phones ?? []).forEach((p, i) => {
    const href = telHref(p.number);
    if (!href) {
      const looksLikeUrl = /^[a-z][a-z0-9+.-]*:/i.test(p.number.trim()) && !/^tel:/i.test(p.number.trim());
      problems.add('error', looksLikeUrl ? 'unsafe-url' : 'invalid-phone', `${path}.phones[${i}].number`, 'repaired', { field: 'phone', value: p.number.slice(0, 200) }, where);
      return;
    }
    const label = lt(p.label);
    phones.push({ number: p.number.replace(/^tel:/i, '').trim(), href, kind: p.kind ?? PHONE_KIND_DEFAULT, ...(label ? { label } : {}) });
  });

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

  const locations: Location[] = (parsed.locations ?? []).map((l) => {
    const confidential = l.confidential === true;
    const name = lt(l.name);
    const accessibility = lt(l.accessibility);
    // A confidential location (a shelter) keeps only its city: nothing
    // downstream can leak what is not there.
    const address = l.address
      ? confidential
        ? l.address.city ? { city: l.address.city, ...(l.address.province ? { province: l.address.province } : {}) } : undefined
        : Object.fromEntries(
            Object.entries({ street: l.address.street, city: l.address.city, province: l.address.province, postalCode: l.address.postalCode, country: l.address.country })
              .filter(([, value]) => typeof value === 'string' && value.trim() !== '')
              .map(([key, value]) => [key, (value as string).trim()]),
          )
      : undefined;
    const hasCoords = !confidential && typeof l.lat === 'number' && typeof l.lon === 'number';
    return {
      confidential,
      ...(name ? { name } : {}),
      ...(address && Object.keys(address).length ? { address } : {}),
      ...(hasCoords ? { lat: l.lat, lon: l.lon } : {}),
      ...(accessibility ? { accessibility } : {}),
    } as Location;
  });

  const hours: Hours[] = (parsed.hours ?? []).map((h) => ({ days: [...new Set(h.days)], opens: h.opens, closes: h.closes }));

  // The record's own fields first (unknown ones kept, in their order), then
  // the normalized ones, as `{ ...rest, id, name, … }` would, without the
  // cost of rest destructuring and spreading on every record.
  const resource: Record<string, unknown> = {};
  for (const key in parsed) {
    if (!REPLACED_FIELDS.has(key) && Object.prototype.hasOwnProperty.call(parsed, key)) resource[key] = (parsed as Record<string, unknown>)[key];
  }
  resource.id = id;
  resource.name = lt(parsed.name) ?? { [defaultLocale]: id };
  resource.categories = categories;
  resource.regions = regions;
  resource.audiences = unique(parsed.audiences);
  resource.languages = unique(parsed.languages);
  resource.delivery = unique(parsed.delivery);
  resource.phones = phones;
  resource.locations = locations;
  resource.hours = hours;
  resource.closedDates = unique(parsed.closedDates).sort();
  resource.keywords = toLocalizedList(parsed.keywords);
  const organization = lt(parsed.organization);
  if (organization) resource.organization = organization;
  const description = lt(parsed.description);
  if (description) resource.description = description;
  const fees = lt(parsed.fees);
  if (fees) resource.fees = fees;
  const eligibility = lt(parsed.eligibility);
  if (eligibility) resource.eligibility = eligibility;
  const hoursNote = lt(parsed.hoursNote);
  if (hoursNote) resource.hoursNote = hoursNote;
  if (website) resource.website = website;
  else delete resource.website;
  if (email) resource.email = email;
  else delete resource.email;
  return resource as Resource;
}

function qualityWarnings(
  r: Resource,
  path: string,
  at: { id?: string | undefined; index: number },
  feedLocales: readonly string[],
  problems: Problems,
): void {
  const where = { id: r.id, index: at.index };
  if (feedLocales.length > 1) {
    for (const field of ['name', 'description'] as const) {
      const text = r[field];
      if (!text) continue;
      for (const locale of feedLocales) {
        if (!(locale in text)) problems.add('warning', 'missing-translation', `${path}.${field}`, 'kept', { field, locale }, where);
      }
    }
  }
  if (r.hours.length === 0 && !r.hoursNote) problems.add('warning', 'no-hours', `${path}.hours`, 'kept', {}, where);
  if (r.regions.length === 0) problems.add('warning', 'no-region', `${path}.regions`, 'kept', {}, where);
  if (r.phones.length === 0 && !r.email && !r.website && r.locations.length === 0) {
    problems.add('warning', 'no-contact', path, 'kept', {}, where);
  }
}

/** A problem's message in French or English. */
export function formatProblem(problem: FeedProblem, locale = 'en'): string {
  return problemMessage(problem.code, problem.params, locale);
}
