/**
 * @repere/widget: the `<repere-finder>` element. Importing this module
 * registers the element (once per page). For bundlers: lit, @lit/localize and
 * @repere/sdk are shared with the host app.
 *
 * @packageDocumentation
 */
export { RepereFinder } from './finder/finder.js';
export { RepereSearchEvent } from './events/repere-search.js';
export type { RepereSearchDetail } from './events/repere-search.js';
export { RepereSelectEvent } from './events/repere-select.js';
export type { RepereSelectDetail } from './events/repere-select.js';
export { RepereErrorEvent } from './events/repere-error.js';
export type { RepereErrorDetail } from './events/repere-error.js';
export { RepereExitEvent } from './events/repere-exit.js';
export type { RepereExitDetail } from './events/repere-exit.js';
export type { UiLocale } from './i18n.js';
