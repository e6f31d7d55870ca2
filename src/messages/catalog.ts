import type { IssueCode } from '../core/codes.js';
import type { StatusName } from '../lifecycle/statuses.js';

/** The locales certkit ships. */
export type Locale = 'en' | 'zh-CN';

/**
 * One message per issue code. `{name}` is replaced by the issue's `params.name`, and `{subject}`
 * by its subject. The type makes a missing code a compile error.
 */
export type Catalog = Readonly<Record<IssueCode, string>>;

/** The label of each certificate status (LIFE-01) in one locale. */
export type StatusLabels = Readonly<Record<StatusName, string>>;
