import { toJsonSchema } from '@valibot/to-json-schema';
import { NeedsBatchSchema } from '../src/needs/schema.js';

/** The needs batch's JSON Schema, made from the valibot schema the collector checks with. */
export function needsJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(NeedsBatchSchema, { target: 'draft-2020-12', errorMode: 'throw' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://repere.example.org/schema/needs-batch-v1.schema.json',
    title: 'Repère needs batch, format "repere-needs" version 1',
    description:
      'What <repere-finder needs-endpoint> sends: aggregable facts about searches, never a query, identifier, position or time (docs/privacy.md). Generated from packages/sdk/src/needs/schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
