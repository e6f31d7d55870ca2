/**
 * `certkit/messages/en`: the English catalog alone, with the formatter.
 *
 * @module certkit/messages/en
 */
export type { Catalog, Locale, StatusLabels } from './catalog.js';
export { formatIssueWith } from './format.js';
export { en, enStatuses } from './locales/en.js';
