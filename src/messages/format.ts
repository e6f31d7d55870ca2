import { invalidArgument, objectArgument } from '../core/argument.js';
import { describeType, type Issue, type IssueParam } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import type { CatalogPart } from './catalog.js';

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Renders an issue with the given catalog. Use it with a single imported catalog to keep the
 * other locale out of a bundle, or with the areas a page uses to keep the others out too; a code
 * the catalog lacks is shown as the code itself.
 *
 * @example
 * import { en, enCommon, enDomain } from 'certkit/messages/en';
 * formatIssueWith(issue, en)
 * // => 'The label "-shop" of "-shop.example.com" starts or ends with a hyphen.'
 * formatIssueWith(issue, { ...enCommon, ...enDomain }) // the same text, without the other areas' messages
 */
export function formatIssueWith(issue: Issue, catalog: CatalogPart): string {
  objectArgument(issue, 'issue');
  if (typeof issue.code !== 'string' || typeof issue.params !== 'object' || issue.params === null)
    throw invalidArgument('issue', 'issue', issue);
  const found: unknown = ownEntry(objectArgument(catalog, 'catalog'), issue.code);
  const template = typeof found === 'string' ? found : issue.code;
  return template.replace(PLACEHOLDER, (placeholder, name: string) => {
    if (name === 'subject') return issue.subject ?? '';
    const value = Object.hasOwn(issue.params, name) ? issue.params[name] : undefined;
    return value === undefined ? placeholder : renderParam(value);
  });
}

function renderParam(value: IssueParam): string {
  return Array.isArray(value) ? value.map(renderScalar).join(', ') : renderScalar(value);
}

/** A param as text; what is not a string, number or boolean (a caller's own issue) by its type. */
function renderScalar(value: unknown): string {
  return ['string', 'number', 'boolean'].includes(typeof value) ? String(value) : describeType(value);
}
