/**
 * The needs batch as a valibot schema: the one source of the collector's
 * check and of the published `schema/needs-batch.schema.json`
 * (`scripts/build-schema.ts`). Strict: a batch with anything more is refused.
 */
import * as v from 'valibot';
import { DateSchema, IdSchema } from '../feed/schema.js';
import type { NeedsBatch } from './batch.js';
import { NEEDS_LIMITS, NEED_FILTERS, RESULT_BUCKETS } from './limits.js';

const TokenSchema = v.pipe(v.string(), v.regex(new RegExp(`^[a-z]{2,${NEEDS_LIMITS.tokenLength}}$`)));

export const NeedSearchSchema = v.strictObject({
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}$|^und$/)),
  regions: v.pipe(v.array(IdSchema), v.maxLength(NEEDS_LIMITS.regions)),
  categories: v.pipe(v.array(IdSchema), v.maxLength(NEEDS_LIMITS.categories)),
  results: v.picklist(RESULT_BUCKETS),
  distress: v.boolean(),
  filters: v.pipe(v.array(v.picklist(NEED_FILTERS)), v.maxLength(NEED_FILTERS.length)),
  tokens: v.optional(v.pipe(v.array(TokenSchema), v.minLength(1), v.maxLength(NEEDS_LIMITS.tokens))),
});

/** The valibot schema of a needs batch, as the collector checks it (`schema/needs-batch.schema.json` is its JSON Schema). */
export const NeedsBatchSchema = v.strictObject({
  format: v.literal('repere-needs'),
  version: v.literal(1),
  day: DateSchema,
  searches: v.pipe(v.array(NeedSearchSchema), v.minLength(1), v.maxLength(NEEDS_LIMITS.searches)),
});

/** A batch checked: the batch, or where it first breaks the schema (`searches.0.tokens`). */
export type NeedsBatchCheck = { readonly ok: true; readonly batch: NeedsBatch } | { readonly ok: false; readonly path: string };

/** Checks a parsed body against the needs batch schema. */
export function checkNeedsBatch(value: unknown): NeedsBatchCheck {
  const r = v.safeParse(NeedsBatchSchema, value);
  if (r.success) return { ok: true, batch: r.output as NeedsBatch };
  const issue = r.issues[0];
  return { ok: false, path: issue.path?.map((p) => String(p.key)).join('.') || '(root)' };
}
