import { addMonths } from '../core/calendar.js';
import type { Policy } from '../policy/schema.js';

/** The times of a certificate that decide when its slots are free again, in epoch ms. */
export interface CertificateTimes {
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly revokedAt: number | undefined;
  readonly deletedAt: number | undefined;
  readonly cancelledAt: number | undefined;
}

const HOUR_MS = 3_600_000;

/**
 * QUOTA-03: when a certificate's account slot is free again. Revocation or expiry, whichever
 * comes first, releases it — at once (2024) or `releaseDelayHours` later (2023: "within 24
 * hours", modelled as the worst case). Deleting a certificate releases nothing; a cancelled
 * application holds nothing from its cancellation on.
 *
 * @example
 * // 2023: revoked 2024-03-01T10:00Z → free from 2024-03-02T10:00Z
 */
export function accountReleaseAt(times: CertificateTimes, policy: Policy): number {
  if (times.cancelledAt !== undefined) return times.cancelledAt;
  const end = times.revokedAt === undefined ? times.expiresAt : Math.min(times.revokedAt, times.expiresAt);
  return end + policy.quota.releaseDelayHours * HOUR_MS;
}

/**
 * QUOTA-04: when a certificate's primary-domain slot is free again — only at normal expiry.
 * Revocation does not release it: a certificate revoked before expiry holds the slot until its
 * original expiry (2024; `earlyRevocationHold: null`) or for `months` from issuance or from
 * revocation (2023: 15 months from issuance), whichever the policy says. Deletion changes
 * nothing; a cancelled application holds nothing from its cancellation on.
 *
 * @example
 * // 2023: issued 2023-03-25, revoked 2023-05-01 → held until 2024-06-25
 */
export function primaryDomainReleaseAt(times: CertificateTimes, policy: Policy): number {
  if (times.cancelledAt !== undefined) return times.cancelledAt;
  const hold = policy.quota.earlyRevocationHold;
  const revokedEarly = times.revokedAt !== undefined && times.revokedAt < times.expiresAt;
  if (!revokedEarly || hold === null) return times.expiresAt;
  const from = hold.from === 'issuance' ? times.issuedAt : (times.revokedAt as number);
  return addMonths(from, hold.months).getTime();
}
