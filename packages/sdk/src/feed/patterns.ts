/**
 * Patterns of the feed format that code outside the validator needs too (a
 * shared list's ids in the widget, the tools that write feeds): defined once
 * here, used by `schema.ts`. A leaf module, so that importing a pattern
 * brings no validator with it.
 */

/** A record's (or category's, region's) identifier: a letter or digit, then letters, digits, `-`, `_`, `.` and `:`; at most 200 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;

/** A BCP 47 language tag such as `fr`, `en`, `fr-CA` or `zh-Hans`. */
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** A date, optionally with a time: `2026-11-01` or `2026-11-01T09:30:00Z`. */
export const TIMESTAMP_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
