/**
 * `certkit/messages/zh-CN`: the Simplified Chinese catalog alone, with the formatter.
 *
 * @module certkit/messages/zh-CN
 */
export type { AreaCatalog, AreaCode, Catalog, CatalogArea, CatalogPart, Locale, StatusLabels } from './catalog.js';
export { formatIssueWith } from './format.js';
export {
  zhCN,
  zhCNCommon,
  zhCNDomain,
  zhCNLifecycle,
  zhCNQuota,
  zhCNScreen,
  zhCNStatuses,
  zhCNValidation,
  zhCNX509,
} from './locales/zh-CN.js';
