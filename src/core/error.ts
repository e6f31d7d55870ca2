import { type IssueCode, type RenamedCode, renamedCodes } from './codes.js';
import type { Issue } from './issue.js';

/**
 * The one error class certkit throws. It carries the machine `code` of the first issue and every
 * issue that caused it; render them for people with `formatIssue` from `certkit/messages`.
 * The `message` is a compact technical summary for logs, not UI text.
 *
 * @example
 * try {
 *   normalizeDomain('a_b.example.com');
 * } catch (error) {
 *   if (error instanceof CertkitError) error.code; // => 'domain.character.invalid'
 * }
 */
export class CertkitError extends Error {
  override readonly name = 'CertkitError';
  readonly code: IssueCode;
  readonly issues: readonly Issue[];

  constructor(issues: Issue | readonly [Issue, ...Issue[]]) {
    const list: readonly Issue[] = Array.isArray(issues) ? issues : [issues as Issue];
    const first = list[0] as Issue;
    super(summarize(first));
    this.code = first.code;
    this.issues = list;
  }
}

/** `domain.label.too-long [DOM-02] "aaa…" {"label":0,"length":70,"limit":63}` */
function summarize(issue: Issue): string {
  const subject = issue.subject === undefined ? '' : ` ${JSON.stringify(issue.subject)}`;
  const params = Object.keys(issue.params).length === 0 ? '' : ` ${JSON.stringify(issue.params)}`;
  const rule = issue.rule === null ? '' : ` [${issue.rule}]`;
  return `${issue.code}${rule}${subject}${params}`;
}

/**
 * `true` when `error` is a {@link CertkitError}, optionally with the given code. A code renamed
 * in 0.2 (`renamedCodes`) still matches its new name, until 0.3.
 *
 * @example
 * isCertkitError(error, 'domain.empty')
 */
export function isCertkitError(error: unknown, code?: IssueCode | RenamedCode): error is CertkitError {
  if (!(error instanceof CertkitError)) return false;
  if (code === undefined) return true;
  const current: string = Object.hasOwn(renamedCodes, code) ? renamedCodes[code as RenamedCode] : code;
  return error.code === current;
}
