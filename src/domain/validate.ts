import { optionsArgument } from '../core/argument.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { policyOf } from '../policy/option.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { inspectDomain, type NormalizeOptions } from './normalize.js';
import { tldIssues } from './tld-rules.js';

/** Options of {@link validateDomain}. */
export interface ValidateDomainOptions extends NormalizeOptions {
  /** The policy whose vendor limits apply; default `tencent-2024`. */
  readonly policy?: Policy;
  /**
   * The certificate's validation level. DV-refused TLDs (DOM-05) are an error for `'DV'`,
   * a warning when the level is not given, and no issue for OV/EV.
   */
  readonly validation?: ValidationLevel;
}

/** What {@link validateDomain} decided: the normalised name whenever there is one. */
export type DomainValidation = Checked<{ readonly domain: string }>;

/**
 * Normalises a name and applies the vendor's rules on top of the DNS ones, returning every issue
 * instead of throwing:
 * - DOM-01/02/07/08, TYPE-03: the checks of `normalizeDomain` (the first failure, as an issue);
 * - DOM-02: at most `policy.domain.maxLength` characters (64 for the vendor), A-label form;
 * - DOM-03: at most `policy.domain.maxLevels` labels (100 for the vendor);
 * - DOM-04: TLD not in `policy.domain.refusedTlds` (`.ru` from the 2024 edition);
 * - DOM-05: TLD not in `policy.domain.dvRefusedTlds` (`.pw`) for DV certificates.
 *
 * @example
 * validateDomain('Shop.Example.COM')
 * // => { ok: true, domain: 'shop.example.com', issues: [] }
 * validateDomain('example.ru').issues[0].code        // => 'domain.tld.refused'
 * validateDomain('www.qq.pw', { validation: 'DV' }).ok // => false (DOM-05)
 */
export function validateDomain(input: unknown, options: ValidateDomainOptions = {}): DomainValidation {
  optionsArgument(options);
  const inspection = inspectDomain(input, options);
  if (!inspection.ok) return checked<{ readonly domain: string }>([inspection.issue], {});
  const name = inspection.name;
  return checked(vendorIssues(name, options.validation, policyOf(options)), { domain: name });
}

/**
 * The vendor's rules (DOM-02…05) on a name that is already normalised: what `validateDomain`
 * adds to the DNS rules, for callers that hold the normalised name (checkDomains, gifts).
 */
export function vendorIssues(name: string, validation: ValidationLevel | undefined, policy: Policy): Issue[] {
  const { maxLength, maxLevels } = policy.domain;
  const issues: Issue[] = [];
  if (name.length > maxLength) {
    const params = { length: name.length, limit: maxLength };
    issues.push(createIssue('domain.vendor.too-long', 'DOM-02', params, { subject: name }));
  }
  const levels = name.split('.').length;
  if (levels > maxLevels) {
    const params = { levels, limit: maxLevels };
    issues.push(createIssue('domain.vendor.too-many-levels', 'DOM-03', params, { subject: name }));
  }
  issues.push(...tldIssues(name, validation, policy));
  return issues;
}
