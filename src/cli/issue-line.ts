import type { Issue } from '../core/issue.js';
import { PLAIN, type Style } from './style.js';

const SEVERITY_MARK = { error: '✗', warning: '!', info: 'i' } as const;
const SEVERITY_STYLE = { error: 'error', warning: 'warning', info: 'dim' } as const;

/**
 * One issue as a CLI line: severity mark, rule, message.
 *
 * @example
 * issueLine(issue, 'Domains under ".ru" cannot be bound to a certificate.')
 * // => '  ✗ [DOM-04] Domains under ".ru" cannot be bound to a certificate.'
 */
export function issueLine(issue: Issue, message: string, style: Style = PLAIN): string {
  const mark = style[SEVERITY_STYLE[issue.severity]](SEVERITY_MARK[issue.severity]);
  return `  ${mark} ${issue.rule === null ? '' : `[${issue.rule}] `}${message}`;
}
