/**
 * Validation and normalization of a feed document, record by record, so that
 * one bad record never hides the good ones. Shared by `loadFeed` and by the
 * `repere validate` command.
 */
import * as v from 'valibot';
import { FeedError } from '../errors.js';
import { problemMessage, problemMessageEn, type ProblemCode } from '../messages.js';
import { VALIDATE_DEFAULTS, type ValidateOptions } from '../options.js';
import { recordList } from './record-list.js';
import { capRecordsLists } from './list-caps.js';
import { cleanJson, isCleanJson, isCleanKey, isCleanString, isSkippedKey, jsonPathKey, MAX_JSON_DEPTH, type CleanReport } from './clean.js';
import { compileFastCheck, type FastCheck } from './fast-check.js';
import { expandResourceTable, isResourceTable, type TableIssue } from './table.js';
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
  Synonym,
} from './model.js';
import { isTimeZone } from '../time-zone.js';
import { safeEmail, safeWebUrl, telHref } from './safe-url.js';
import {
  CategorySchema,
  CrisisLineSchema,
  FeedHeaderSchema,
  MAX_SYNONYMS,
  RegionSchema,
  ResourceSchema,
  SynonymSchema,
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

function toLocalized(text: string | Readonly<Record<string, string>> | undefined, defaultLocale: string): LocalizedText | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') {
    const trimmed = text.trim();
    return trimmed ? { [defaultLocale]: trimmed } : undefined;
  }
  // for…in with an own-key test: Object.entries' keys and order, without its arrays.
  let out: Record<string, string> | undefined;
  for (const lang in text) {
    if (!hasOwn.call(text, lang)) continue;
    const trimmed = text[lang]!.trim();
    if (trimmed) (out ??= {})[lang] = trimmed;
  }
  return out;
}

function toLocalizedList(list: Readonly<Record<string, readonly string[]>> | undefined): LocalizedList {
  const out: Record<string, string[]> = {};
  if (!list) return out;
  for (const lang in list) {
    if (!hasOwn.call(list, lang)) continue;
    const kept: string[] = [];
    for (const word of list[lang]!) {
      const trimmed = word.trim();
      if (trimmed) kept.push(trimmed);
    }
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

/** One row's trouble as a feed problem, named like the validator's own. */
function tableProblem(issue: TableIssue, recordsPath: string, records: readonly unknown[], problems: Problems): void {
  const path = `${recordsPath}[${issue.row}]`;
  const record = records[issue.row];
  const id = isObject(record) && typeof record.id === 'string' ? record.id : undefined;
  const at = { id, index: issue.row };
  if (issue.kind === 'not-a-list') {
    problems.add('error', 'invalid-record', path, 'skipped', { detail: 'the row is not a list' }, at);
  } else if (issue.kind === 'not-shared') {
    const value = JSON.stringify(issue.value ?? null).slice(0, 40);
    problems.add('error', 'invalid-field', `${path}${jsonPathKey(issue.column)}`, 'repaired', { field: issue.column, detail: `${value} is not a position in its shared list` }, at);
  } else {
    problems.add('error', 'extra-cells', path, 'repaired', { count: issue.count }, at);
  }
}

const PHONE_KIND_DEFAULT: PhoneKind = 'voice';

/**
 * Most records of a real feed are valid as they are: compiled yes/no checks
 * let them skip valibot, which then only runs (and explains) when they say no.
 * `cleanAndValid` also requires every string and key to need no cleaning, so
 * that a clean, valid record is walked once instead of three times (cleaning,
 * valibot, normalizing); `valid` is for the records cleaning changed. Built
 * per call: they depend on the maximum string length and on Object.prototype
 * as it is now.
 */
function resourceChecks(maxLength: number): { cleanAndValid: FastCheck; valid: FastCheck } | undefined {
  const valid = compileFastCheck(ResourceSchema);
  const cleanAndValid = compileFastCheck(ResourceSchema, {
    text: (value) => isCleanString(value, maxLength),
    key: isCleanKey,
    json: (value) => isCleanJson(value, maxLength),
  });
  return valid && cleanAndValid ? { valid, cleanAndValid } : undefined;
}

/**
 * Validates and normalizes a parsed feed document.
 *
 * Throws {@link FeedError} (`format` or `version`) only when the document as a
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

function validate(document: unknown, options: Partial<ValidateOptions>, fastPath: boolean): Feed {
  const opts = { ...VALIDATE_DEFAULTS, ...options };
  const problems = new Problems(opts.warnings);

  if (!isObject(document)) throw new FeedError('format', { detail: 'the document is not a JSON object' });
  if (document.format !== 'repere-feed') {
    throw new FeedError('format', {
      detail: document.format === undefined ? 'it has no "format": "repere-feed"' : `"format" is ${JSON.stringify(document.format).slice(0, 60)}`,
    });
  }
  if (document.version !== 1) throw new FeedError('version', { value: JSON.stringify(document.version ?? null).slice(0, 20) });
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
  // again; the others go through cleanJson and valibot as before.
  const cleanAndValid = new Set<unknown>();
  const checks = fastPath ? resourceChecks(opts.maxStringLength) : undefined;
  if (checks) for (const entry of listed) if (checks.cleanAndValid(entry)) cleanAndValid.add(entry);
  const cut: CleanReport[] = [];
  const doc = cleanJson(listed !== document.resources ? { ...document, resources: listed } : document, opts.maxStringLength, '$', cut, cleanAndValid) as Record<string, unknown>;
  for (const c of cut) {
    const path = table && c.path.startsWith('$.resources[') ? `${recordsPath}${c.path.slice('$.resources'.length)}` : c.path;
    if (c.deep) problems.add('error', 'too-deep', path, 'repaired', { max: MAX_JSON_DEPTH });
    else problems.add('warning', 'string-too-long', path, 'repaired', { field: path, length: c.length, max: opts.maxStringLength });
  }
  // A row's trouble is reported where the list form reports a record's: in
  // its turn, among the resources.
  const issuesOf = new Map<number, TableIssue[]>();
  for (const issue of tableIssues) {
    const known = issuesOf.get(issue.row);
    if (known) known.push(issue);
    else issuesOf.set(issue.row, [issue]);
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
      ...(c.distress ? { distress: [...new Set(c.distress)] } : {}),
      ...(c.codes?.length ? { codes: [...c.codes] } : {}),
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

  const synonyms = parseSynonyms(doc.synonyms, problems);

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
  if (totalRecords > opts.maxRecords) {
    problems.add('error', 'too-many-records', '$.resources', 'repaired', { count: totalRecords, max: opts.maxRecords });
  }
  const count = Math.min(rawResources.length, opts.maxRecords);
  for (let index = 0; index < count; index++) {
    const entry = rawResources[index];
    const path = `${recordsPath}[${index}]`;
    const issues = table ? issuesOf.get(index) : undefined;
    if (issues) for (const issue of issues) tableProblem(issue, recordsPath, listed, problems);
    if (!isObject(entry)) {
      // A row that is not a list has just been reported as such.
      if (!table) problems.add('error', 'invalid-record', path, 'skipped', { detail: 'not an object' }, { index });
      continue;
    }
    const rawId = typeof entry.id === 'string' ? entry.id : undefined;
    const at = { id: rawId, index };
    for (const cut of capped.cuts.get(index) ?? []) problems.add('error', 'too-many-items', `${path}.${cut.field}`, 'repaired', { ...cut }, at);
    const parsed =
      checks && (cleanAndValid.has(entry) || checks.valid(entry))
        ? (entry as v.InferOutput<typeof ResourceSchema>)
        : parseLenient(ResourceSchema, entry, REQUIRED_RESOURCE_FIELDS, path, problems, at);
    if (!parsed) continue;
    if (seen.has(parsed.id)) {
      problems.add('error', 'duplicate-id', `${path}.id`, 'skipped', { value: parsed.id }, at);
      continue;
    }
    seen.add(parsed.id);
    const resource = normalizeResource(parsed, path, at, defaultLocale, categoryIds, regionIds, problems, memos);
    if (opts.warnings) qualityWarnings(resource, path, at, feedLocales, problems);
    resources.push(resource);
  }

  const locales = new Set<string>(feedLocales);
  // for…in over each name's own keys: no array per record.
  for (const r of resources) for (const lang in r.name) if (hasOwn.call(r.name, lang)) locales.add(lang);

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
  return { meta, resources, categories, regions, synonyms, problems: problems.list };
}

/** The feed's synonyms: a bad entry is skipped, the others kept; past {@link MAX_SYNONYMS}, the rest is ignored. */
function parseSynonyms(raw: unknown, problems: Problems): Synonym[] {
  const synonyms: Synonym[] = [];
  if (raw === undefined) return synonyms;
  if (!Array.isArray(raw)) {
    problems.add('error', 'invalid-header', '$.synonyms', 'repaired', { field: 'synonyms', detail: 'not a list' });
    return synonyms;
  }
  if (raw.length > MAX_SYNONYMS) {
    problems.add('error', 'invalid-header', '$.synonyms', 'repaired', { field: 'synonyms', detail: `more than ${MAX_SYNONYMS} entries; the rest were ignored` });
  }
  const trimmed = (list: readonly string[]) => [...new Set(list.map((w) => w.trim()).filter(Boolean))];
  for (let index = 0; index < Math.min(raw.length, MAX_SYNONYMS); index++) {
    const r = v.safeParse(SynonymSchema, raw[index]);
    if (!r.success) {
      problems.add('error', 'invalid-record', `$.synonyms[${index}]`, 'skipped', { detail: describeIssue(r.issues[0]) }, { index });
      continue;
    }
    const words = trimmed(r.output.words);
    const means = trimmed(r.output.means);
    if (words.length && means.length) synonyms.push({ words, means });
  }
  return synonyms;
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

const ADDRESS_FIELDS = ['street', 'city', 'province', 'postalCode', 'country'] as const;

const hasOwn = Object.prototype.hasOwnProperty;

/** A new list without repeats, first occurrences kept: `[...new Set(list ?? [])]`. */
function unique<T>(list: readonly T[] | undefined): T[] {
  if (!list || list.length === 0) return [];
  if (list.length === 1) return [list[0]!];
  const out: T[] = [];
  for (const item of list) if (!out.includes(item)) out.push(item);
  return out;
}

/** The ids of `list` that `known` holds, in order; each other one is reported and left out. */
function knownIds(
  list: readonly string[],
  known: ReadonlySet<string>,
  code: 'unknown-category' | 'unknown-region',
  path: string,
  where: { id?: string | undefined; index: number },
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

type LocationOutput = NonNullable<v.InferOutput<typeof ResourceSchema>['locations']>[number];

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

/** The fields whose normalized form {@link Memos} may share between records. */
const MEMO_FIELDS = [
  'categories',
  'regions',
  'audiences',
  'languages',
  'delivery',
  'phones',
  'locations',
  'hours',
  'closedDates',
  'keywords',
  'organization',
  'description',
  'fees',
  'eligibility',
  'hoursNote',
] as const;
type MemoField = (typeof MEMO_FIELDS)[number];

/**
 * For a table's shared columns: each shared value's normalized form, made
 * once and given to every record that has the value (the finder only reads
 * records, so they may share it). Thousands of records with the same hours
 * or categories then cost one normalization and one copy in memory, not
 * thousands. A form whose making reported a problem is not kept, so that
 * each record still reports its own.
 */
type Memos = Partial<Record<MemoField, Map<unknown, unknown>>>;

function memosFor(shared: readonly string[]): Memos | undefined {
  let memos: Memos | undefined;
  for (const field of MEMO_FIELDS) if (shared.includes(field)) (memos ??= {})[field] = new Map();
  return memos;
}

/** The form made earlier for this shared value, if there is one. */
function recall<T>(memo: Map<unknown, unknown> | undefined, input: unknown): T | undefined {
  return memo === undefined || input === undefined ? undefined : (memo.get(input) as T | undefined);
}

/** `made`, kept for `input`: for forms whose making never reports a problem. */
function remember<T>(memo: Map<unknown, unknown> | undefined, input: unknown, made: T): T {
  if (memo !== undefined && input !== undefined) memo.set(input, made);
  return made;
}

/**
 * `made`, kept for `input` only when making it reported nothing. `reported`
 * is the number of problems before it was made: the caller reads it in the
 * argument list before the argument that makes the form (arguments are
 * evaluated left to right).
 */
function keep<T>(memo: Map<unknown, unknown> | undefined, input: unknown, reported: number, made: T, problems: Problems): T {
  return problems.list.length === reported ? remember(memo, input, made) : made;
}

function normalizePhones(
  rawPhones: v.InferOutput<typeof ResourceSchema>['phones'],
  path: string,
  where: { id?: string | undefined; index: number },
  defaultLocale: string,
  problems: Problems,
): Phone[] {
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

function normalizeLocations(raw: v.InferOutput<typeof ResourceSchema>['locations'], defaultLocale: string): Location[] {
  const locations: Location[] = [];
  for (const l of raw ?? []) locations.push(normalizeLocation(l, defaultLocale));
  return locations;
}

function normalizeHours(raw: v.InferOutput<typeof ResourceSchema>['hours']): Hours[] {
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

function normalizeResource(
  parsed: v.InferOutput<typeof ResourceSchema>,
  path: string,
  at: { id?: string | undefined; index: number },
  defaultLocale: string,
  categoryIds: ReadonlySet<string>,
  regionIds: ReadonlySet<string>,
  problems: Problems,
  memos: Memos | undefined,
): Resource {
  const id = parsed.id;
  const where = { id, index: at.index };
  const m = memos ?? NO_MEMOS;
  const p = parsed;

  // Each field: the form made for the same shared value, or a new one (kept
  // for the next record when making it reported nothing).
  const categories =
    recall<string[]>(m.categories, p.categories) ??
    keep(m.categories, p.categories, problems.list.length, knownIds(p.categories, categoryIds, 'unknown-category', `${path}.categories`, where, problems), problems);
  const regions =
    recall<string[]>(m.regions, p.regions) ??
    keep(m.regions, p.regions, problems.list.length, knownIds(p.regions ?? [], regionIds, 'unknown-region', `${path}.regions`, where, problems), problems);
  const phones = recall<Phone[]>(m.phones, p.phones) ?? keep(m.phones, p.phones, problems.list.length, normalizePhones(p.phones, path, where, defaultLocale, problems), problems);

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
  resource.audiences = recall(m.audiences, p.audiences) ?? remember(m.audiences, p.audiences, unique(p.audiences));
  resource.languages = recall(m.languages, p.languages) ?? remember(m.languages, p.languages, unique(p.languages));
  resource.delivery = recall(m.delivery, p.delivery) ?? remember(m.delivery, p.delivery, unique(p.delivery));
  resource.phones = phones;
  resource.locations = recall(m.locations, p.locations) ?? remember(m.locations, p.locations, normalizeLocations(p.locations, defaultLocale));
  resource.hours = recall(m.hours, p.hours) ?? remember(m.hours, p.hours, normalizeHours(p.hours));
  resource.closedDates = recall(m.closedDates, p.closedDates) ?? remember(m.closedDates, p.closedDates, unique(p.closedDates).sort());
  resource.keywords = recall(m.keywords, p.keywords) ?? remember(m.keywords, p.keywords, toLocalizedList(p.keywords));
  const organization = recall<LocalizedText>(m.organization, p.organization) ?? remember(m.organization, p.organization, toLocalized(p.organization, defaultLocale));
  if (organization) resource.organization = organization;
  const description = recall<LocalizedText>(m.description, p.description) ?? remember(m.description, p.description, toLocalized(p.description, defaultLocale));
  if (description) resource.description = description;
  const fees = recall<LocalizedText>(m.fees, p.fees) ?? remember(m.fees, p.fees, toLocalized(p.fees, defaultLocale));
  if (fees) resource.fees = fees;
  const eligibility = recall<LocalizedText>(m.eligibility, p.eligibility) ?? remember(m.eligibility, p.eligibility, toLocalized(p.eligibility, defaultLocale));
  if (eligibility) resource.eligibility = eligibility;
  const hoursNote = recall<LocalizedText>(m.hoursNote, p.hoursNote) ?? remember(m.hoursNote, p.hoursNote, toLocalized(p.hoursNote, defaultLocale));
  if (hoursNote) resource.hoursNote = hoursNote;
  if (website) resource.website = website;
  else delete resource.website;
  if (email) resource.email = email;
  else delete resource.email;
  return resource as Resource;
}

const NO_MEMOS: Memos = Object.freeze({});

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
  r.hours.forEach((h, i) => {
    if (h.validFrom && h.validTo && h.validFrom > h.validTo) {
      problems.add('warning', 'reversed-season', `${path}.hours[${i}]`, 'kept', { from: h.validFrom, to: h.validTo }, where);
    }
  });
  if (r.regions.length === 0) problems.add('warning', 'no-region', `${path}.regions`, 'kept', {}, where);
  if (r.phones.length === 0 && !r.email && !r.website && r.locations.length === 0) {
    problems.add('warning', 'no-contact', path, 'kept', {}, where);
  }
}

/** A problem's message in French or English. */
export function formatProblem(problem: FeedProblem, locale = 'en'): string {
  return problemMessage(problem.code, problem.params, locale);
}
