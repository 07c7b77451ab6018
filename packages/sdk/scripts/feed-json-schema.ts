import { toJsonSchema, type JsonSchema } from '@valibot/to-json-schema';
import type { GenericSchema } from 'valibot';
import {
  DateSchema,
  FeedSchema,
  HoursSchema,
  IdSchema,
  LanguageTagSchema,
  LocalizedListSchema,
  LocalizedTextSchema,
  ResourceTableSchema,
  TimeSchema,
  TimestampSchema,
} from '../src/feed/schema.js';

// Descriptions live here, not in the runtime schema, so that the embed bundle
// does not carry documentation strings it never shows.
const SCHEMA_DESCRIPTIONS = new Map<unknown, string>([
  [LanguageTagSchema, 'A BCP 47 language tag, e.g. "fr", "en", "fr-CA".'],
  [IdSchema, 'An identifier: letters, digits, "-", "_", "." or ":", at most 200 characters.'],
  [DateSchema, 'A calendar date, YYYY-MM-DD.'],
  [TimestampSchema, 'An ISO 8601 date or date-time.'],
  [LocalizedTextSchema, 'Localized text: a string in the feed\'s defaultLocale, or {"fr": "…", "en": "…"}.'],
  [LocalizedListSchema, 'Lists of strings per language, e.g. {"fr": ["popote"], "en": ["meals on wheels"]}.'],
  [TimeSchema, 'A wall-clock time in the feed\'s time zone, HH:MM; "24:00" is the end of the day.'],
  [HoursSchema, 'Opening hours on some days. "closes" before "opens" means past midnight; "00:00" to "24:00" means all day.'],
]);

const lastAction = (schema: GenericSchema) => (schema as unknown as { pipe: unknown[] }).pipe.at(-1);
const ACTION_DESCRIPTIONS = new Map<unknown, string>(
  [...SCHEMA_DESCRIPTIONS].filter(([schema]) => 'pipe' in (schema as object)).map(([schema, text]) => [lastAction(schema as GenericSchema), text]),
);

// Fields whose schema is written inline, by their path in the JSON Schema.
const PATH_DESCRIPTIONS: Record<string, string> = {
  'properties.timezone': 'An IANA time zone, e.g. "America/Toronto".',
  'properties.interpretation': 'A line residents call for an interpreter when they read none of the feed\'s languages (e.g. 211).',
  'properties.corrections': 'Where residents report an error: a mailto: or https: URL template with {id}.',
  'properties.resources.items.properties.phones.items.properties.number': 'A phone number, e.g. "418-555-0142" or "1-800-555-0111 poste 2".',
  'properties.categories.items.properties.distress':
    'The kinds of distress this category\'s services answer (suicide, self-harm, violence, overdose, shelter, crisis): a query that speaks of one lists them first. Without it, the finder infers them from the category\'s names and keywords.',
  'properties.synonyms':
    'Residents\' words for the words your services use: a query word or phrase in "words" also finds the records that use a word of "means", ranked below literal matches.',
  'properties.categories.items.properties.codes':
    'Codes of this category in a source taxonomy (AIRS/211 taxonomy codes such as "BD-1800.2000", HSDS taxonomy term codes or ids), kept by imports; a code also covers the codes below it.',
  'properties.resources.items.properties.hours.items.properties.validFrom':
    'A season: the first day these hours apply (YYYY-MM-DD, in the feed\'s time zone), as HSDS schedules\' valid_from.',
  'properties.resources.items.properties.hours.items.properties.validTo': 'A season: the last day these hours apply (YYYY-MM-DD, included).',
  'properties.resources.items.properties.locations.items.properties.confidential':
    'A confidential location (e.g. a shelter): its address and coordinates are never shown.',
};

/** The feed's JSON Schema, made from the valibot schema that the validator uses. */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    overrideSchema: ({ valibotSchema, jsonSchema }) => {
      const description = SCHEMA_DESCRIPTIONS.get(valibotSchema);
      return description ? ({ ...jsonSchema, description } as JsonSchema) : undefined;
    },
    // A pipe is described through its last action, which the converter visits.
    overrideAction: ({ valibotAction, jsonSchema }) => {
      const description = ACTION_DESCRIPTIONS.get(valibotAction);
      return description ? ({ ...jsonSchema, description } as JsonSchema) : undefined;
    },
  }) as Record<string, unknown>;
  for (const [path, description] of Object.entries(PATH_DESCRIPTIONS)) {
    let node: Record<string, unknown> | undefined = schema;
    for (const key of path.split('.')) node = node?.[key] as Record<string, unknown> | undefined;
    if (!node) throw new Error(`feed-json-schema: no node at ${path}`);
    node.description = description;
  }
  // The table form of resources: the same records, written as rows.
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  const { $schema: _drop, ...table } = toJsonSchema(ResourceTableSchema, { target: 'draft-2020-12', errorMode: 'throw' }) as Record<string, unknown>;
  // The validator refuses a column named twice (feed/table.ts); valibot has no action for it.
  const tableColumns = (table.properties as Record<string, Record<string, unknown>>).columns!;
  tableColumns.uniqueItems = true;
  properties.resources = {
    anyOf: [
      properties.resources,
      {
        ...table,
        description:
          'The table form of the resources (large feeds): "columns" names the fields, each row holds one record\'s values in that order (null: no such field), and a column in "shared" holds positions in its list of distinct values. See docs/feed-format.md.',
      },
    ],
  };
  return {
    $schema: schema.$schema,
    $id: 'https://repere.example.org/schema/feed-v1.schema.json',
    title: 'Repère feed, format "repere-feed" version 1',
    description:
      'A static JSON feed of community resources for Repère, aligned with Open Referral HSDS. Generated from packages/sdk/src/feed/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
