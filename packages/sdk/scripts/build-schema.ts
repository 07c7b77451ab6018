/**
 * Writes schema/feed.schema.json from the valibot schema in src/feed/schema.ts,
 * the same source as the validator and the types. `--check` fails instead of
 * writing when the committed file is out of date.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import { FeedSchema } from '../src/feed/schema.js';

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

const target = fileURLToPath(new URL('../schema/feed.schema.json', import.meta.url));
const text = `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (!existsSync(target) || readFileSync(target, 'utf8') !== text) {
    console.error('schema/feed.schema.json is out of date: run npm run build');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
}
