/**
 * `certkit/messages`: human text for issues, in English and Simplified Chinese. This entry
 * carries both catalogs; import `certkit/messages/en` or `certkit/messages/zh-CN` with
 * `formatIssueWith` to carry only one.
 */
import type { Issue } from '../core/issue.js';
import type { Catalog, Locale } from './catalog.js';
import { formatIssueWith } from './format.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

export type { Catalog, Locale } from './catalog.js';
export { formatIssueWith } from './format.js';
export { en } from './locales/en.js';
export { zhCN } from './locales/zh-CN.js';

/** Catalogs by locale. */
export const catalogs: Readonly<Record<Locale, Catalog>> = { en, 'zh-CN': zhCN };

/**
 * Renders an issue for people, in English (default) or Simplified Chinese.
 *
 * @example
 * formatIssue(validateDomain('example.ru').issues[0], 'en')
 * // => 'Domains under ".ru" cannot be bound to a certificate.'
 * formatIssue(validateDomain('example.ru').issues[0], 'zh-CN')
 * // => '不支持绑定“.ru”顶级域名下的域名。'
 */
export function formatIssue(issue: Issue, locale: Locale = 'en'): string {
  return formatIssueWith(issue, catalogs[locale] ?? en);
}
