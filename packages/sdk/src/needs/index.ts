/** What residents look for, as facts that can be counted without knowing who looked. */
export { needSearch } from './search.js';
export type { NeedSearch, NeedSearchInput } from './search.js';
export { safeTokens } from './tokens.js';
export { needsBatch, needsDay } from './batch.js';
export type { NeedsBatch } from './batch.js';
export { NEEDS_LIMITS, NEED_FILTERS, RESULT_BUCKETS } from './limits.js';
export type { NeedFilter, NeedsLimits, ResultBucket } from './limits.js';
