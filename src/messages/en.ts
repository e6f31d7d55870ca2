/** `certkit/messages/en`: the English catalog alone, with the formatter. */
export type { Catalog, Locale } from './catalog.js';
export { formatIssueWith } from './format.js';
export { en } from './locales/en.js';
