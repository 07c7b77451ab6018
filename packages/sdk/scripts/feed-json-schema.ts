import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';

/** The feed's JSON Schema, made from the valibot schema that the validator uses. */
export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FeedSchema, { target: 'draft-2020-12', errorMode: 'throw' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://repere.example.org/schema/feed-v1.schema.json',
    title: 'Repère feed, format "repere-feed" version 1',
    description:
      'A static JSON feed of community resources for Repère, aligned with Open Referral HSDS. Generated from packages/sdk/src/feed/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
