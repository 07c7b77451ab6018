/**
 * Writes schema/feed.schema.json from the valibot schema in src/feed/schema.ts,
 * the same source as the validator and the types.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedJsonSchema } from './feed-json-schema.js';

const target = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(feedJsonSchema(), null, 2)}\n`);
