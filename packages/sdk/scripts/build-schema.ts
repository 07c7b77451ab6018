/**
 * Writes schema/feed.schema.json, schema/needs-batch.schema.json and schema/shards.schema.json from the
 * valibot schemas in src/feed/schema.ts, src/needs/schema.ts and src/feed/shards-schema.ts, the same
 * sources as the validators and the types.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from './feed-json-schema.js';
import { needsJsonSchema } from './needs-json-schema.js';
import { shardsJsonSchema } from './shards-json-schema.js';

const write = (name: string, schema: Record<string, unknown>) =>
  writeFileSync(fileURLToPath(new URL(`../schema/${name}`, import.meta.url)), `${JSON.stringify(schema, null, 2)}\n`);
write('feed.schema.json', feedJsonSchema());
write('needs-batch.schema.json', needsJsonSchema());
write('shards.schema.json', shardsJsonSchema());
