/**
 * Patterns of the feed format that code outside the validator needs too (a
 * shared list's ids in the widget): defined once here, used by `schema.ts`.
 * A leaf module, so that importing a pattern brings no validator with it.
 */

/** A record's (or category's, region's) identifier: a letter or digit, then letters, digits, `-`, `_`, `.` and `:`; at most 200 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
