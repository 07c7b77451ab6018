/**
 * The feed's header, field by field: a bad title or notice is reported and
 * left out, never making the feed unusable. Read in two steps, before and
 * after the trees, in the order its problems have always been reported.
 */
import * as v from 'valibot';
import { isTimeZone } from '../../time-zone.js';
import { jsonPathKey } from '../clean.js';
import type { CrisisLine, FeedMeta, InterpretationLine, LocalizedText, Synonym } from '../model.js';
import { safeEmail, safeWebUrl, telHref } from '../safe-url.js';
import { CrisisLineSchema, FeedHeaderSchema, MAX_SYNONYMS, SynonymSchema, type InterpretationLineInput } from '../schema.js';
import { describeIssue, type Problems } from './problems.js';
import { toLocalized } from './values.js';

/** What the rest of the feed is read with: its languages and time zone, its title. */
export interface Header {
  /** The header's fields that passed their schema. */
  readonly fields: Readonly<Record<string, unknown>>;
  readonly defaultLocale: string;
  readonly timezone: string;
  readonly title: LocalizedText;
  /** The languages a bilingual feed promises: those of its title, default first. */
  readonly feedLocales: readonly string[];
}

/** The header's fields, its default language, time zone and title. */
export function readHeader(doc: Readonly<Record<string, unknown>>, fallbackTimezone: string, problems: Problems): Header {
  const fields: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FeedHeaderSchema.entries)) {
    if (doc[key] === undefined) continue;
    const r = v.safeParse(schema as v.GenericSchema, doc[key]);
    if (r.success) fields[key] = r.output;
    else problems.add('error', 'invalid-header', `$${jsonPathKey(key)}`, 'repaired', { field: key, detail: describeIssue(r.issues[0]) });
  }
  const defaultLocale = typeof fields.defaultLocale === 'string' ? fields.defaultLocale : 'fr';
  if (fields.defaultLocale === undefined && doc.defaultLocale === undefined) {
    problems.add('error', 'invalid-header', '$.defaultLocale', 'repaired', { field: 'defaultLocale', detail: 'missing; "fr" was used' });
  }
  let timezone = typeof fields.timezone === 'string' ? fields.timezone : fallbackTimezone;
  if (!isTimeZone(timezone)) {
    problems.add('error', 'invalid-timezone', '$.timezone', 'repaired', { value: timezone, fallback: fallbackTimezone });
    timezone = fallbackTimezone;
  } else if (fields.timezone === undefined && doc.timezone === undefined) {
    problems.add('error', 'invalid-header', '$.timezone', 'repaired', { field: 'timezone', detail: `missing; "${fallbackTimezone}" was used` });
  }
  const title = toLocalized(fields.title as string | Record<string, string> | undefined, defaultLocale) ?? {};
  if (doc.title === undefined) {
    problems.add('error', 'invalid-header', '$.title', 'repaired', { field: 'title', detail: 'missing' });
  }
  const feedLocales = [defaultLocale, ...Object.keys(title).filter((l) => l !== defaultLocale)];
  return { fields, defaultLocale, timezone, title, feedLocales };
}

/** The header's lines and links: crisis lines, synonyms, the interpretation line, the corrections address. */
export interface HeaderLines {
  readonly crisis: CrisisLine[];
  readonly synonyms: Synonym[];
  readonly interpretation?: InterpretationLine | undefined;
  readonly corrections?: string | undefined;
}

/** The crisis lines, synonyms, interpretation line and corrections address, each checked on its own. */
export function readHeaderLines(doc: Readonly<Record<string, unknown>>, header: Header, problems: Problems): HeaderLines {
  const { defaultLocale } = header;
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
  const line = header.fields.interpretation as InterpretationLineInput | undefined;
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
  if (typeof header.fields.corrections === 'string') {
    const template = header.fields.corrections;
    const probe = template.replaceAll('{id}', 'id');
    const ok = /^mailto:/i.test(probe) ? safeEmail(probe.split('?')[0]!) !== undefined : safeWebUrl(probe)?.startsWith('https:');
    if (ok) corrections = template;
    else problems.add('error', 'unsafe-url', '$.corrections', 'repaired', { field: 'corrections', value: template.slice(0, 200) });
  }
  return { crisis, synonyms, interpretation, corrections };
}

/** The feed's description: its header, with the languages its records were found to use. */
export function feedMeta(header: Header, lines: HeaderLines, locales: readonly string[]): FeedMeta {
  const { fields, defaultLocale } = header;
  return {
    title: header.title,
    defaultLocale,
    timezone: header.timezone,
    crisis: lines.crisis,
    locales: [...locales],
    ...(typeof fields.updated === 'string' ? { updated: fields.updated } : {}),
    ...(fields.notice !== undefined ? { notice: toLocalized(fields.notice as string, defaultLocale) ?? {} } : {}),
    ...(lines.corrections ? { corrections: lines.corrections } : {}),
    ...(lines.interpretation ? { interpretation: lines.interpretation } : {}),
  };
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
