import { toDate } from '../core/instant.js';
import { createIssue, hasErrors, type Issue } from '../core/issue.js';
import { inspectDomain } from '../domain/normalize.js';
import { defaultPolicy } from '../policy/presets/index.js';
import type { Policy } from '../policy/schema.js';

/** The validation methods of the vendor API (DCV-01). */
export const dcvMethodNames = ['DNS_AUTO', 'DNS', 'FILE', 'DNS_PROXY', 'FILE_PROXY'] as const;
export type DcvMethod = (typeof dcvMethodNames)[number];

/** One method for one domain: whether it may be used, and why (not). */
export interface DcvMethodOption {
  readonly method: DcvMethod;
  readonly allowed: boolean;
  readonly issues: readonly Issue[];
}

/** What the applicant has, which decides the methods open to them. */
export interface DcvContext {
  /** DCV-02: file validation needs cloud resources with the vendor. */
  readonly hasCloudResources: boolean;
  /** Automatic DNS validation needs the domain's DNS hosted with the vendor. Default `false`. */
  readonly dnsHostedWithVendor?: boolean;
  /** DCV-02: since 2021-12-01 file validation covers only the exact name. */
  readonly now?: Date | string | number;
  readonly policy?: Policy;
}

/**
 * The validation methods open to each domain, with reasons (DCV-01, DCV-02):
 * - `DNS_AUTO`: only when the domain's DNS is hosted with the vendor;
 * - `DNS`, `DNS_PROXY`: always;
 * - `FILE`, `FILE_PROXY`: not for wildcards, not without cloud resources; when allowed, an info
 *   issue says the file covers only the exact name (since 2021-12-01).
 *
 * @example
 * dcvMethods(['*.example.com'], { hasCloudResources: true })[0].methods.find((m) => m.method === 'FILE').allowed // => false
 */
export function dcvMethods(
  domains: readonly string[],
  context: DcvContext,
): { domain: string; methods: DcvMethodOption[] }[] {
  const policy = context?.policy ?? defaultPolicy;
  const now = context.now === undefined ? undefined : toDate(context.now, 'now').getTime();
  const exactOnly = now === undefined || now >= Date.parse(`${policy.dcv.fileValidationExactFrom}T00:00:00Z`);
  return (Array.isArray(domains) ? domains : []).map((input) => {
    const inspection = inspectDomain(input);
    if (!inspection.ok) {
      return {
        domain: String(input),
        methods: dcvMethodNames.map((method) => ({ method, allowed: false, issues: [inspection.issue] })),
      };
    }
    const name = inspection.name;
    const reasons: Record<DcvMethod, Issue[]> = { DNS_AUTO: [], DNS: [], FILE: [], DNS_PROXY: [], FILE_PROXY: [] };
    if (context.dnsHostedWithVendor !== true)
      reasons.DNS_AUTO.push(createIssue('dcv.dns-auto.not-hosted', 'DCV-01', {}, { subject: name }));
    for (const method of ['FILE', 'FILE_PROXY'] as const) {
      if (inspection.wildcard) reasons[method].push(createIssue('dcv.file.wildcard', 'DCV-02', {}, { subject: name }));
      if (!context.hasCloudResources)
        reasons[method].push(createIssue('dcv.file.no-cloud-resources', 'DCV-02', {}, { subject: name }));
      if (reasons[method].length === 0 && exactOnly) {
        reasons[method].push(
          createIssue(
            'dcv.file.exact-name',
            'DCV-02',
            { since: policy.dcv.fileValidationExactFrom },
            { subject: name, severity: 'info' },
          ),
        );
      }
    }
    return {
      domain: name,
      methods: dcvMethodNames.map((method) => ({
        method,
        allowed: !hasErrors(reasons[method]),
        issues: reasons[method],
      })),
    };
  });
}
