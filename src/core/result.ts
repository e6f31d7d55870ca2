import { arrayArgument, invalidArgument, objectArgument } from './argument.js';
import type { Issue } from './issue.js';

/**
 * `true` when any issue is an error, i.e. when the checked thing must be refused. Throws
 * `argument.invalid` for anything but an array of issues: a verdict is never read from junk.
 *
 * @example
 * hasErrors([createIssue('domain.tld.refused', 'DOM-04', { tld: 'ru' })]) // => true
 */
export function hasErrors(issues: readonly Issue[]): boolean {
  return arrayArgument<unknown>(issues, 'issues').some((issue, index) => {
    const severity = typeof issue === 'object' && issue !== null ? (issue as Issue).severity : undefined;
    if (!SEVERITIES.has(severity)) throw invalidArgument(`issues[${index}]`, 'issue', issue);
    return severity === 'error';
  });
}

const SEVERITIES: ReadonlySet<unknown> = new Set(['error', 'warning', 'info']);

/**
 * The shape every check returns, a union that narrows on `ok`: `ok` is `false` exactly when an
 * issue has severity `error`; warnings and notes ride along with an `ok` result. `Pass` are the
 * fields an accepted result carries, `Fail` those a refused one carries (by default the same
 * fields, each optional).
 *
 * @example
 * const result = validateDomain('Example.COM');
 * if (result.ok) result.domain; // string
 * // => { ok: true, domain: 'example.com', issues: [] }
 */
export type Checked<Pass extends object = object, Fail extends object = Partial<Pass>> =
  | ({ readonly ok: true; readonly issues: readonly Issue[] } & Only<Pass, Fail>)
  | ({ readonly ok: false; readonly issues: readonly Issue[] } & Only<Fail, Pass>);

/**
 * The same rule for decisions that grant something and say `allowed` (quota, CAA, lifecycle
 * actions): `allowed` is `false` exactly when an issue has severity `error`.
 */
export type Decided<Pass extends object = object, Fail extends object = Partial<Pass>> =
  | ({ readonly allowed: true; readonly issues: readonly Issue[] } & Only<Pass, Fail>)
  | ({ readonly allowed: false; readonly issues: readonly Issue[] } & Only<Fail, Pass>);

/**
 * `A`, with the fields only `B` has declared absent: both sides of a result then have every
 * field, so `result.pool` reads without narrowing (as `undefined` on the other side).
 */
type Only<A extends object, B extends object> = A & { readonly [K in Exclude<keyof B, keyof A>]?: undefined };

/**
 * Builds a {@link Checked} result by the one rule: `ok` is `!hasErrors(issues)`. The fields
 * come first, so `ok` and `issues` are always the checker's, never a caller's.
 *
 * @example
 * checked([], { domain: 'example.com' }) // => { domain: 'example.com', ok: true, issues: [] }
 */
export function checked<Pass extends object, Fail extends object = Partial<Pass>>(
  issues: readonly Issue[],
  fields: Pass | Fail,
): Checked<Pass, Fail> {
  return { ...objectArgument(fields, 'fields'), ok: !hasErrors(issues), issues } as Checked<Pass, Fail>;
}

/**
 * Builds a {@link Decided} result by the same rule: `allowed` is `!hasErrors(issues)`.
 *
 * @example
 * decided([createIssue('caa.issue.forbidden', 'CAA-04')], { relevantName: 'example.com' }).allowed // => false
 */
export function decided<Pass extends object, Fail extends object = Partial<Pass>>(
  issues: readonly Issue[],
  fields: Pass | Fail,
): Decided<Pass, Fail> {
  return { ...objectArgument(fields, 'fields'), allowed: !hasErrors(issues), issues } as Decided<Pass, Fail>;
}
