import { invalidArgument, objectArgument } from '../core/argument.js';
import type { Issue, IssueParam } from '../core/issue.js';
import type { Catalog } from './catalog.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Renders an issue with the given catalog. Use it with a single imported catalog to keep the
 * other locale out of a bundle:
 *
 * @example
 * import { en } from 'certkit/messages/en';
 * formatIssueWith(issue, en)
 * // => 'The label "-shop" of "-shop.example.com" starts or ends with a hyphen.'
 */
export function formatIssueWith(issue: Issue, catalog: Catalog): string {
  objectArgument(issue, 'issue');
  if (typeof issue.code !== 'string' || typeof issue.params !== 'object' || issue.params === null)
    throw invalidArgument('issue', 'issue', issue);
  const template =
    (Object.hasOwn(objectArgument(catalog, 'catalog'), issue.code) ? catalog[issue.code] : undefined) ?? issue.code;
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name === 'subject') return issue.subject ?? '';
    const value = Object.hasOwn(issue.params, name) ? issue.params[name] : undefined;
    return value === undefined ? placeholder : renderParam(value);
  });
}

function renderParam(value: IssueParam): string {
  return Array.isArray(value) ? value.join(', ') : String(value);
}
