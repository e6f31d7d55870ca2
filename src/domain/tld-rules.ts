import { createIssue, type Issue, type Severity } from '../core/issue.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';

/** DOM-05 applies to DV only; when the level is unknown the caller is warned. */
const DV_REFUSAL_SEVERITY: Readonly<Record<ValidationLevel | 'unknown', Severity | undefined>> = {
  DV: 'error',
  OV: undefined,
  EV: undefined,
  unknown: 'warning',
};

/**
 * The vendor's TLD rules on a normalised name, the one place they are applied (`validateDomain`,
 * `checkDomains` and the screen all call it):
 * - DOM-04: a TLD in `policy.domain.refusedTlds` (`.ru` from 2024) is never bound;
 * - DOM-05: a TLD in `policy.domain.dvRefusedTlds` (`.pw`) fails DV — an error for DV, a
 *   warning when the level is not known, nothing for OV/EV.
 *
 * @example
 * tldIssues('www.qq.pw', 'DV', defaultPolicy)[0].code // => 'domain.tld.dv-refused'
 */
export function tldIssues(name: string, validation: ValidationLevel | undefined, policy: Policy): Issue[] {
  const tld = name.slice(name.lastIndexOf('.') + 1);
  const issues: Issue[] = [];
  if (policy.domain.refusedTlds.includes(tld))
    issues.push(createIssue('domain.tld.refused', 'DOM-04', { tld }, { subject: name }));
  const severity = DV_REFUSAL_SEVERITY[validation ?? 'unknown'];
  if (severity !== undefined && isDvRefusedTld(tld, policy)) issues.push(dvRefusedTldIssue(name, tld, severity));
  return issues;
}

/** DOM-05: whether DV certificates refuse this TLD (`pw`). */
export function isDvRefusedTld(tld: string, policy: Policy): boolean {
  return policy.domain.dvRefusedTlds.includes(tld);
}

/** The DOM-05 issue, the same whether `validateDomain` or the screen (a `tld` hit) finds it. */
export function dvRefusedTldIssue(name: string, tld: string, severity: Severity): Issue {
  return createIssue('domain.tld.dv-refused', 'DOM-05', { tld }, { subject: name, severity });
}
