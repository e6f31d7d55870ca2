import type { IssueCode } from '../core/codes.js';
import type { StatusName } from '../lifecycle/statuses.js';

/** The locales certkit ships. */
export type Locale = 'en' | 'zh-CN';

/**
 * One message per issue code. `{name}` is replaced by the issue's `params.name`, and `{subject}`
 * by its subject. The type makes a missing code a compile error.
 */
export type Catalog = Readonly<Record<IssueCode, string>>;

/**
 * The issue-code prefixes of each area's catalog: a page that formats only the issues of the
 * entries it imports carries only those areas' messages (`enDomain`, `zhCNScreen`, … beside the
 * whole `en` and `zhCN`). `common` holds what every entry can throw.
 */
export interface AreaPrefixes {
  readonly common: 'argument' | 'time' | 'policy';
  readonly domain: 'domain' | 'ip' | 'coverage' | 'product' | 'type';
  readonly screen: 'screen';
  readonly quota: 'quota';
  readonly validation: 'dcv' | 'caa';
  readonly lifecycle: 'life';
  readonly x509: 'x509';
}

/** A catalog area: `common`, `domain`, `screen`, `quota`, `validation`, `lifecycle`, `x509`. */
export type CatalogArea = keyof AreaPrefixes;

/** The issue codes of one area. */
export type AreaCode<A extends CatalogArea> = Extract<IssueCode, `${AreaPrefixes[A]}.${string}`>;

/** One message per issue code of one area; the type makes a missing code a compile error. */
export type AreaCatalog<A extends CatalogArea> = Readonly<Record<AreaCode<A>, string>>;

/**
 * Any part of a catalog, for {@link formatIssueWith}: a whole locale or the areas a page uses,
 * spread together (`{ ...enCommon, ...enDomain }`). A code it lacks is shown as the code itself.
 */
export type CatalogPart = Readonly<Partial<Record<IssueCode, string>>>;

/** The label of each certificate status (LIFE-01) in one locale. */
export type StatusLabels = Readonly<Record<StatusName, string>>;
