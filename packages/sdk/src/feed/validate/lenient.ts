/**
 * Parsing one record leniently: what is invalid in its optional fields (a bad
 * phone, a malformed hours entry) is removed and reported rather than losing
 * the whole record.
 */
import * as v from 'valibot';
import { jsonPathKey } from '../clean.js';
import { describeIssue, type Problems, type RecordAt } from './problems.js';

/**
 * `input` parsed by `schema`, each invalid optional field (or list item)
 * removed and reported; `undefined` when a `required` field is wrong.
 */
export function parseLenient<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: Record<string, unknown>,
  required: ReadonlySet<string>,
  basePath: string,
  problems: Problems,
  at: RecordAt,
): v.InferOutput<TSchema> | undefined {
  // Never changed in place: each repair below makes a new object.
  let record: Record<string, unknown> = input;
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = v.safeParse(schema, record);
    if (result.success) return result.output;
    const issue = result.issues[0];
    const path = issue.path ?? [];
    const field = path[0]?.key;
    if (typeof field !== 'string' || required.has(field) && !(Array.isArray(record[field]) && path.length > 1 && field === 'categories')) {
      problems.add('error', 'invalid-record', basePath, 'skipped', { detail: describeIssue(issue) }, at);
      return undefined;
    }
    const item = path[1]?.key;
    const value = record[field];
    if (Array.isArray(value) && typeof item === 'number') {
      // Drop only the bad item of a list: one bad phone number keeps the others.
      problems.add(
        'error',
        'invalid-field',
        `${basePath}${jsonPathKey(field)}[${item}]`,
        'repaired',
        { field: `${field}[${item}]`, detail: describeIssue(issue) },
        at,
      );
      record = { ...record, [field]: value.filter((_, i) => i !== item) };
      if (field === 'categories' && (record[field] as unknown[]).length === 0) {
        problems.add('error', 'invalid-record', basePath, 'skipped', { detail: 'categories: no valid category id' }, at);
        return undefined;
      }
    } else {
      problems.add(
        'error',
        'invalid-field',
        `${basePath}${jsonPathKey(field)}`,
        'repaired',
        { field, detail: describeIssue(issue) },
        at,
      );
      const { [field]: _removed, ...rest } = record;
      record = rest;
    }
  }
  problems.add('error', 'invalid-record', basePath, 'skipped', { detail: 'too many invalid fields' }, at);
  return undefined;
}
