/**
 * `certkit/messages/en`: the English catalog alone, with the formatter.
 *
 * @module certkit/messages/en
 */
export type { AreaCatalog, AreaCode, Catalog, CatalogArea, CatalogPart, Locale, StatusLabels } from './catalog.js';
export { formatIssueWith } from './format.js';
export {
  en,
  enCommon,
  enDomain,
  enLifecycle,
  enQuota,
  enScreen,
  enStatuses,
  enValidation,
  enX509,
} from './locales/en.js';
