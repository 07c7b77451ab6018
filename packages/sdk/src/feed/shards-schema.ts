/**
 * The shard manifest (`"format": "repere-shards"`, version 1) as a valibot
 * schema: the one source of the reader's check (`feed/shards.ts`) and of the
 * published `schema/shards.schema.json` (`scripts/build-schema.ts`).
 */
import * as v from 'valibot';
import { FeedSchema, IdSchema } from './schema.js';

/** A shard's file: a plain name beside the manifest (no folder, no scheme), so a manifest can only point next to itself. */
const FileSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.json$/));

const CountSchema = v.pipe(v.number(), v.integer(), v.minValue(0));

export const ShardEntrySchema = v.looseObject({
  region: IdSchema,
  file: FileSchema,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
  bytes: CountSchema,
  records: CountSchema,
  bbox: v.optional(v.pipe(v.array(v.number()), v.length(4))),
});

/** The feed's header: the feed without its `resources`. */
const { resources: _resources, ...headerEntries } = FeedSchema.entries;

/** The shard manifest as a valibot schema (`schema/shards.schema.json` is made from it). */
export const ShardManifestSchema = v.looseObject({
  format: v.literal('repere-shards'),
  version: v.literal(1),
  feed: v.looseObject(headerEntries),
  records: CountSchema,
  everywhere: CountSchema,
  shards: v.pipe(v.array(ShardEntrySchema), v.minLength(1)),
});
