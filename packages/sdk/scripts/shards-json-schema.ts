import { toJsonSchema } from '@valibot/to-json-schema';
import { ShardManifestSchema } from '../src/feed/shards-schema.js';

/** The shard manifest's JSON Schema, made from the valibot schema the reader checks with. */
export function shardsJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(ShardManifestSchema, { target: 'draft-2020-12', errorMode: 'throw' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: 'https://repere.example.org/schema/shards-v1.schema.json',
    title: 'Repère region shards manifest, format "repere-shards" version 1',
    description:
      'What `repere pack --split region` writes beside the shards: the feed\'s header, and one entry per top-level region with its file, SHA-256 and counts (docs/feed-format.md, "Region shards"). Each shard is a repere-feed with its resources in the table form. Generated from packages/sdk/src/feed/shards-schema.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
