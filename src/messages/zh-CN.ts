/**
 * `certkit/messages/zh-CN`: the Simplified Chinese catalog alone, with the formatter.
 *
 * @module certkit/messages/zh-CN
 */
export type { Catalog, Locale, StatusLabels } from './catalog.js';
export { formatIssueWith } from './format.js';
export { zhCN, zhCNStatuses } from './locales/zh-CN.js';
