import { addMonths, DAY_MS } from '../core/calendar.js';
import type { Policy } from '../policy/schema.js';
import { accountReleaseMs, primaryDomainReleaseMs } from '../quota/release.js';
import { dcvDeadline } from '../validation/dcv-deadline.js';
import { matchesProduct, ownershipCheckExempt } from './product-rules.js';
import { type Effect, iso, type RuleInput, time } from './rule-kit.js';
import type { CertificateState } from './state.js';

/** The effects of the transition table that take more than one line. */

// ---- effects ----

/** QUOTA-03/04: what a free certificate's revocation or expiry does to its quota slots. */
export function quotaEffects(cert: CertificateState, policy: Policy, revokedAt: number | undefined): Effect[] {
  if (!cert.free) return [];
  const times = {
    issuedAt: time(cert.issuedAt) ?? 0,
    expiresAt: time(cert.expiresAt) ?? 0,
    revokedAt,
    cancelledAt: undefined,
  };
  const account = accountReleaseMs(times, policy);
  const primary = primaryDomainReleaseMs(times, policy);
  const early = revokedAt !== undefined && revokedAt < times.expiresAt;
  return [
    { type: 'quota.release', scope: 'account', at: iso(account) },
    early
      ? { type: 'quota.hold', scope: 'primaryDomain', until: iso(primary) }
      : { type: 'quota.release', scope: 'primaryDomain', at: iso(primary) },
  ];
}

/**
 * LIFE-02: validation is skipped for an unchanged CSR, less than 3 days after issuance (the guide:
 * "less than three days"; at exactly 72 h it is required), (paid DV) a recent organization validation,
 * or (LIFE-19) a listed multi-year wildcard DV with automatic validation; WoTrus and DNSPod SM2 OV/EV
 * need manual approval only when the organization information changed.
 */
export function reissueValidation(input: RuleInput): Effect[] {
  const { cert, policy, now, args } = input;
  const issuedAt = time(cert.issuedAt) ?? now;
  const withinGrace = now - issuedAt < policy.lifecycle.reissueDcvGraceDays * DAY_MS;
  const organization = time(args.organizationValidatedAt);
  const recentOrganization =
    !cert.free &&
    cert.validation === 'DV' &&
    organization !== undefined &&
    addMonths(organization, policy.lifecycle.organizationRevalidationMonths).getTime() > now;
  const approval =
    args.organizationChanged === true &&
    policy.lifecycle.reissueApproval.some((row) => matchesProduct(row, cert, policy))
      ? [{ type: 'review.manual', topic: 'reissue' } as const]
      : [];
  // LIFE-19: a listed multi-year wildcard DV with automatic validation needs no ownership check
  if (args.csrChanged !== true || withinGrace || recentOrganization || ownershipCheckExempt(input)) return approval;
  // LIFE-19: a free DV reissue is validated with the method of the original application
  const method = cert.free && cert.validationMethod !== undefined ? { method: cert.validationMethod } : {};
  return [{ ...dcvRequired(now, policy), ...method }, ...approval];
}

/** DCV-03: the validation record is due 3 days from `now` (7 for a not-hosted auto-renewal, LIFE-06). */
export function dcvRequired(now: number, policy: Policy, autoRenew = false): Effect {
  return { type: 'dcv.required', deadline: dcvDeadline(now, { policy, autoRenew }) };
}
