/**
 * The fast path: most records of a real feed are valid as they are, and
 * compiled yes/no checks (`../fast-check.ts`) let them skip valibot, which
 * then only runs (and explains) when they say no. `validateFeedWithoutFastPath`
 * turns it off, and a test holds both ways to the same result.
 */
import { isCleanJson, isCleanKey, isCleanString } from '../clean.js';
import { compileFastCheck, type FastCheck } from '../fast-check.js';
import { ResourceSchema } from '../schema.js';

/** Which records may skip cleaning and valibot. */
export interface FastPath {
  /**
   * The records found valid with every string and key needing no cleaning:
   * a clean, valid record is walked once instead of three times (cleaning,
   * valibot, normalizing).
   */
  readonly cleanAndValid: ReadonlySet<unknown>;
  /** Whether a record (cleaned, or found clean) certainly passes the resource schema. */
  isValid(record: unknown): boolean;
}

/**
 * The fast path for these records. Its checks are built per call: they depend
 * on the maximum string length and on Object.prototype as it is now.
 * `undefined` when the schema uses something the compiler does not mirror.
 */
export function fastPathFor(records: readonly unknown[], maxLength: number): FastPath | undefined {
  const valid = compileFastCheck(ResourceSchema);
  const clean: FastCheck | undefined = compileFastCheck(ResourceSchema, {
    text: (value) => isCleanString(value, maxLength),
    key: isCleanKey,
    json: (value) => isCleanJson(value, maxLength),
  });
  if (!valid || !clean) return undefined;
  const cleanAndValid = new Set<unknown>();
  for (const entry of records) if (clean(entry)) cleanAndValid.add(entry);
  return { cleanAndValid, isValid: (record) => cleanAndValid.has(record) || valid(record) };
}
