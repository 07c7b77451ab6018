/**
 * The "repere-feed" format, version 1, as valibot schemas.
 *
 * This file is the single source of the format: the runtime validator
 * (`feed/validate.ts`), the TypeScript input types below and the published JSON
 * Schema (`schema/feed.schema.json`, made by `scripts/build-schema.ts`) all come
 * from it, so that the three cannot drift.
 *
 * Descriptions for the JSON Schema are in `scripts/feed-json-schema.ts`, so
 * that bundles do not carry them. Only actions that JSON Schema can express
 * are used here; checks that need
 * the whole feed (unique ids, known categories, safe URLs) live in
 * `validate.ts`.
 */
import * as v from 'valibot';
import { AUDIENCES, COSTS, DAYS, DELIVERY_MODES, DISTRESS_KINDS, PHONE_KINDS } from './vocabulary.js';
import { ID_PATTERN, LANGUAGE_TAG_PATTERN, TIMESTAMP_PATTERN } from './patterns.js';

/** A BCP 47 language tag such as `fr`, `en`, `fr-CA` or `zh-Hans`. */
export const LanguageTagSchema = v.pipe(v.string(), v.regex(LANGUAGE_TAG_PATTERN));

/** An identifier: letters, digits, `-`, `_`, `.` and `:`. */
export const IdSchema = v.pipe(v.string(), v.regex(ID_PATTERN));

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = v.pipe(v.string(), v.isoDate());

/** A date, optionally with a time: `2026-11-01` or `2026-11-01T09:30:00Z`. */
export const TimestampSchema = v.pipe(v.string(), v.regex(TIMESTAMP_PATTERN));

/**
 * Localized text: a plain string, in the feed's `defaultLocale`, or an object
 * from language tag to string.
 */
export const LocalizedTextSchema = v.union([v.string(), v.record(LanguageTagSchema, v.string())]);

/** A localized list of strings, e.g. keywords: `{"fr": ["popote"], "en": ["meals on wheels"]}`. */
export const LocalizedListSchema = v.record(LanguageTagSchema, v.array(v.string()));

// The vocabularies live apart, so that code which only names days or
// audiences (a UI) does not pull valibot in.
export { AUDIENCES, COSTS, DAYS, DELIVERY_MODES, DISTRESS_KINDS, PHONE_KINDS } from './vocabulary.js';
export type { Audience, Cost, Day, DeliveryMode, DistressKind, PhoneKind } from './vocabulary.js';

export const TimeSchema = v.pipe(
  v.string(),
  v.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/),
);

export const HoursSchema = v.looseObject({
  days: v.pipe(v.array(v.picklist(DAYS)), v.minLength(1)),
  opens: TimeSchema,
  closes: TimeSchema,
  /** A season: the first day these hours apply, in the feed's time zone (as HSDS schedules' `valid_from`). */
  validFrom: v.optional(DateSchema),
  /** A season: the last day these hours apply (inclusive). */
  validTo: v.optional(DateSchema),
});

export const PhoneSchema = v.looseObject({
  number: v.pipe(v.string(), v.minLength(1)),
  label: v.optional(LocalizedTextSchema),
  kind: v.optional(v.picklist(PHONE_KINDS)),
});

export const AddressSchema = v.looseObject({
  street: v.optional(v.string()),
  city: v.optional(v.string()),
  province: v.optional(v.string()),
  postalCode: v.optional(v.string()),
  country: v.optional(v.string()),
});

export const LocationSchema = v.looseObject({
  name: v.optional(LocalizedTextSchema),
  address: v.optional(AddressSchema),
  lat: v.optional(v.pipe(v.number(), v.minValue(-90), v.maxValue(90))),
  lon: v.optional(v.pipe(v.number(), v.minValue(-180), v.maxValue(180))),
  accessibility: v.optional(LocalizedTextSchema),
  confidential: v.optional(v.boolean()),
});

/** The valibot schema of a category of the feed's tree. */
export const CategorySchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  parent: v.optional(IdSchema),
  keywords: v.optional(LocalizedListSchema),
  distress: v.optional(v.array(v.picklist(DISTRESS_KINDS))),
  codes: v.optional(v.array(v.pipe(v.string(), v.minLength(1)))),
});

/** The valibot schema of a region of the feed's tree. */
export const RegionSchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  parent: v.optional(IdSchema),
  centroid: v.optional(
    v.looseObject({
      lat: v.pipe(v.number(), v.minValue(-90), v.maxValue(90)),
      lon: v.pipe(v.number(), v.minValue(-180), v.maxValue(180)),
    }),
  ),
});

export const CrisisLineSchema = v.looseObject({
  label: LocalizedTextSchema,
  phone: v.pipe(v.string(), v.minLength(1)),
  hours: v.optional(LocalizedTextSchema),
});

/** The valibot schema of one resource record. */
export const ResourceSchema = v.looseObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  organization: v.optional(LocalizedTextSchema),
  description: v.optional(LocalizedTextSchema),
  categories: v.pipe(v.array(IdSchema), v.minLength(1)),
  regions: v.optional(v.array(IdSchema)),
  audiences: v.optional(v.array(v.picklist(AUDIENCES))),
  languages: v.optional(v.array(LanguageTagSchema)),
  delivery: v.optional(v.array(v.picklist(DELIVERY_MODES))),
  cost: v.optional(v.picklist(COSTS)),
  fees: v.optional(LocalizedTextSchema),
  eligibility: v.optional(LocalizedTextSchema),
  phones: v.optional(v.array(PhoneSchema)),
  email: v.optional(v.string()),
  website: v.optional(v.string()),
  locations: v.optional(v.array(LocationSchema)),
  hours: v.optional(v.array(HoursSchema)),
  closedDates: v.optional(v.array(DateSchema)),
  hoursNote: v.optional(LocalizedTextSchema),
  keywords: v.optional(LocalizedListSchema),
  updated: v.optional(TimestampSchema),
});

export const InterpretationLineSchema = v.looseObject({
  phone: v.pipe(v.string(), v.minLength(1)),
  label: v.optional(LocalizedTextSchema),
  hours: v.optional(LocalizedTextSchema),
  languages: v.optional(v.array(LanguageTagSchema)),
});

/** A feed's own synonyms beyond this many are ignored (a problem says so). */
export const MAX_SYNONYMS = 5_000;

/**
 * Residents' words for what the feed's services are called: a query word (or
 * phrase) in `words` also finds the records that use a word of `means`,
 * ranked below the records that use the query's own words.
 */
export const SynonymSchema = v.looseObject({
  words: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.minLength(1), v.maxLength(50)),
  means: v.pipe(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(100))), v.minLength(1), v.maxLength(50)),
});

/** The envelope of a feed, without its records (validated record by record). */
export const FeedHeaderSchema = v.looseObject({
  format: v.literal('repere-feed'),
  version: v.literal(1),
  title: LocalizedTextSchema,
  updated: v.optional(TimestampSchema),
  defaultLocale: LanguageTagSchema,
  timezone: v.pipe(v.string(), v.minLength(1)),
  notice: v.optional(LocalizedTextSchema),
  crisis: v.optional(v.array(CrisisLineSchema)),
  interpretation: v.optional(InterpretationLineSchema),
  corrections: v.optional(v.string()),
});

/** The whole feed document: what the JSON Schema describes. */
export const FeedSchema = v.looseObject({
  ...FeedHeaderSchema.entries,
  categories: v.array(CategorySchema),
  regions: v.optional(v.array(RegionSchema)),
  synonyms: v.optional(v.pipe(v.array(SynonymSchema), v.maxLength(MAX_SYNONYMS))),
  resources: v.array(ResourceSchema),
});

/**
 * `resources` in the table form (`feed/table.ts`, which reads it by hand so
 * that the engine does not carry this schema): the published JSON Schema
 * accepts it beside the list.
 */
export const ResourceTableSchema = v.object({
  columns: v.array(v.string()),
  shared: v.optional(v.record(v.string(), v.array(v.unknown()))),
  rows: v.array(v.array(v.unknown())),
});

/** Localized text as a feed author writes it. */
export type LocalizedTextInput = v.InferInput<typeof LocalizedTextSchema>;
/** A resource record as a feed author writes it. */
export type ResourceInput = v.InferInput<typeof ResourceSchema>;
/** A category as a feed author writes it. */
export type CategoryInput = v.InferInput<typeof CategorySchema>;
/** A region as a feed author writes it. */
export type RegionInput = v.InferInput<typeof RegionSchema>;
/** A feed document as a feed author writes it. */
export type FeedDocument = v.InferInput<typeof FeedSchema>;
export type HoursInput = v.InferInput<typeof HoursSchema>;
export type PhoneInput = v.InferInput<typeof PhoneSchema>;
export type LocationInput = v.InferInput<typeof LocationSchema>;
export type SynonymInput = v.InferInput<typeof SynonymSchema>;
export type CrisisLineInput = v.InferInput<typeof CrisisLineSchema>;
export type InterpretationLineInput = v.InferInput<typeof InterpretationLineSchema>;
