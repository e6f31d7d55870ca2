import type { Issue } from '../core/issue.js';

const SEVERITY_MARK = { error: '✗', warning: '!', info: 'i' } as const;

/**
 * One issue as a CLI line: severity mark, rule, message.
 *
 * @example
 * issueLine(issue, 'Domains under ".ru" cannot be bound to a certificate.')
 * // => '  ✗ [DOM-04] Domains under ".ru" cannot be bound to a certificate.'
 */
export function issueLine(issue: Issue, message: string): string {
  return `  ${SEVERITY_MARK[issue.severity]} ${issue.rule === null ? '' : `[${issue.rule}] `}${message}`;
}
