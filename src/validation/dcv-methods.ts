import { type Instant, toDate } from '../core/instant.js';
import { createIssue, describeReceived, describeType, type Issue } from '../core/issue.js';
import { type Decided, decided } from '../core/result.js';
import { inspectDomain } from '../domain/normalize.js';
import { dayStart } from '../policy/dated.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import { dcvArgumentError } from './dcv-records.js';

/** The validation methods of the vendor API (DCV-01). */
export const dcvMethodNames = /* @__PURE__ */ Object.freeze([
  'DNS_AUTO',
  'DNS',
  'FILE',
  'DNS_PROXY',
  'FILE_PROXY',
] as const);
/** A domain control validation method: DNS record, validation file, or email (DCV-01…03). */
export type DcvMethod = (typeof dcvMethodNames)[number];

/** One method for one domain: whether it may be used, and why (not). Narrows on `allowed`. */
export type DcvMethodOption = Decided<{ readonly method: DcvMethod }, { readonly method: DcvMethod }>;

/** What the applicant has, which decides the methods open to them. */
export interface DcvContext extends PolicyOption {
  /** DCV-02: file validation needs cloud resources with the vendor. */
  readonly hasCloudResources: boolean;
  /** Automatic DNS validation needs the domain's DNS hosted with the vendor. Default `false`. */
  readonly dnsHostedWithVendor?: boolean;
  /**
   * DCV-02: since 2021-12-01 file validation covers only the exact name. Absent: the rule in
   * force since then (no clock is read).
   */
  readonly now?: Instant;
}

/**
 * The validation methods open to each domain, with reasons (DCV-01, DCV-02):
 * - `DNS_AUTO`: only when the domain's DNS is hosted with the vendor;
 * - `DNS`, `DNS_PROXY`: always;
 * - `FILE`, `FILE_PROXY`: not for wildcards, not without cloud resources; when allowed, an info
 *   issue says the file covers only the exact name (since 2021-12-01).
 *
 * Throws `CertkitError` `dcv.argument.invalid` when `domains` is not an array or `context` not
 * an object with a boolean `hasCloudResources`.
 *
 * @example
 * dcvMethods(['*.example.com'], { hasCloudResources: true })[0].methods.find((m) => m.method === 'FILE').allowed // => false
 */
export function dcvMethods(
  domains: readonly string[],
  context: DcvContext,
): { domain: string; methods: DcvMethodOption[] }[] {
  if (!Array.isArray(domains)) throw dcvArgumentError('domains', describeType(domains));
  if (typeof context?.hasCloudResources !== 'boolean')
    throw dcvArgumentError('context.hasCloudResources', describeType(context?.hasCloudResources));
  const policy = policyOf(context);
  const now = context.now === undefined ? undefined : toDate(context.now, 'now').getTime();
  const exactOnly = now === undefined || now >= dayStart(policy.dcv.fileValidationExactFrom);
  return domains.map((input) => {
    const inspection = inspectDomain(input);
    if (!inspection.ok) {
      return {
        domain: describeReceived(input),
        methods: dcvMethodNames.map((method) => decided([inspection.issue], { method })),
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
      methods: dcvMethodNames.map((method) => decided(reasons[method], { method })),
    };
  });
}
