import { createIssue, hasErrors, type Issue } from '../core/issue.js';
import type { Checked } from '../core/result.js';
import { defaultPolicy } from '../policy/presets/index.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { inspectDomain, type NormalizeOptions } from './normalize.js';

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
export function validateDomain(input: unknown, options: ValidateDomainOptions = {}): Checked<{ domain?: string }> {
  const inspection = inspectDomain(input, options);
  if (!inspection.ok) return { ok: false, issues: [inspection.issue] };
  const { name } = inspection;
  const labels = name.split('.');
  const policy = (options.policy ?? defaultPolicy).domain;
  const tld = labels[labels.length - 1] as string;
  const issues: Issue[] = [];
  if (name.length > policy.maxLength) {
    issues.push(
      createIssue(
        'domain.vendor.too-long',
        'DOM-02',
        { length: name.length, limit: policy.maxLength },
        { subject: name },
      ),
    );
  }
  if (labels.length > policy.maxLevels) {
    issues.push(
      createIssue(
        'domain.vendor.too-many-levels',
        'DOM-03',
        { levels: labels.length, limit: policy.maxLevels },
        { subject: name },
      ),
    );
  }
  if (policy.refusedTlds.includes(tld)) {
    issues.push(createIssue('domain.tld.refused', 'DOM-04', { tld }, { subject: name }));
  }
  const dvSeverity = DV_REFUSAL_SEVERITY[options.validation ?? 'unknown'];
  if (dvSeverity !== undefined && policy.dvRefusedTlds.includes(tld)) {
    issues.push(createIssue('domain.tld.dv-refused', 'DOM-05', { tld }, { subject: name, severity: dvSeverity }));
  }
  return { ok: !hasErrors(issues), domain: name, issues };
}

/** DOM-05 applies to DV only; when the level is unknown the caller is warned. */
const DV_REFUSAL_SEVERITY: Readonly<Record<ValidationLevel | 'unknown', 'error' | 'warning' | undefined>> = {
  DV: 'error',
  OV: undefined,
  EV: undefined,
  unknown: 'warning',
};
