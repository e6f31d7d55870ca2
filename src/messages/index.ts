/**
 * `certkit/messages`: human text for issues, in English and Simplified Chinese. This entry
 * carries both catalogs; import `certkit/messages/en` or `certkit/messages/zh-CN` with
 * `formatIssueWith` to carry only one.
 *
 * @module certkit/messages
 */
import { invalidArgument, stringArgument } from '../core/argument.js';
import type { Issue } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import type { StatusName } from '../lifecycle/statuses.js';
import type { Catalog, Locale, StatusLabels } from './catalog.js';
import { formatIssueWith } from './format.js';
import { en, enStatuses } from './locales/en.js';
import { zhCN, zhCNStatuses } from './locales/zh-CN.js';

export type { AreaCatalog, AreaCode, Catalog, CatalogArea, CatalogPart, Locale, StatusLabels } from './catalog.js';
export { formatIssueWith } from './format.js';
export { en, enStatuses } from './locales/en.js';
export { zhCN, zhCNStatuses } from './locales/zh-CN.js';

/** Catalogs by locale. */
export const catalogs: Readonly<Record<Locale, Catalog>> = /* @__PURE__ */ Object.freeze({ en, 'zh-CN': zhCN });
/** Status labels by locale. */
export const statusCatalogs: Readonly<Record<Locale, StatusLabels>> = /* @__PURE__ */ Object.freeze({
  en: enStatuses,
  'zh-CN': zhCNStatuses,
});

/** A locale argument: a string (one with no catalog falls back to English), else `argument.invalid`. */
function localeArgument(locale: unknown): string {
  if (typeof locale !== 'string') throw invalidArgument('locale', "'en' or 'zh-CN'", locale);
  return locale;
}

/**
 * The label of a certificate status (LIFE-01), in English (default) or Simplified Chinese.
 *
 * @example
 * formatStatus('issued')          // => 'Issued'
 * formatStatus('issued', 'zh-CN') // => '已通过'
 */
export function formatStatus(status: StatusName, locale: Locale = 'en'): string {
  const label = ownEntry(
    ownEntry(statusCatalogs, localeArgument(locale)) ?? enStatuses,
    stringArgument(status, 'status'),
  );
  return label ?? status;
}

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
  const known = ownEntry(catalogs, localeArgument(locale));
  return formatIssueWith(withStatusLabel(issue, known === undefined ? 'en' : locale), known ?? en);
}

/** A lifecycle issue's `status` param as the status's label in the locale (证书处于“已通过”状态, not “issued”). */
function withStatusLabel(issue: Issue, locale: Locale): Issue {
  const status: unknown = (issue as { params?: { status?: unknown } } | null)?.params?.status;
  const label = ownEntry(statusCatalogs[locale], status);
  if (label === undefined || typeof issue.code !== 'string' || !issue.code.startsWith('life.')) return issue;
  return { ...issue, params: { ...issue.params, status: label } } as unknown as Issue;
}
