import { addMonths } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';

/**
 * The times of a certificate that decide when its slots are free again, as any {@link Instant}
 * (a ledger record's own fields do).
 */
export interface CertificateTimes {
  readonly issuedAt: Instant;
  readonly expiresAt: Instant;
  readonly revokedAt?: Instant | undefined;
  readonly deletedAt?: Instant | undefined;
  readonly cancelledAt?: Instant | undefined;
}

/** {@link CertificateTimes} read into epoch ms, as the ledger keeps them. */
export interface EpochTimes {
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly revokedAt: number | undefined;
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
 * accountReleaseAt({ issuedAt: '2024-01-01', expiresAt: '2025-01-01', revokedAt: '2024-03-01T10:00:00Z' }, { policy: presets['tencent-2023'] })
 * // => Date.parse('2024-03-02T10:00:00Z')
 */
export function accountReleaseAt(times: CertificateTimes, options?: PolicyOption | Policy): number {
  return accountReleaseMs(epochTimes(times), policyOf(options));
}

/** {@link accountReleaseAt} on times already read, for the ledger. */
export function accountReleaseMs(times: EpochTimes, policy: Policy): number {
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
 * primaryDomainReleaseAt({ issuedAt: '2023-03-25', expiresAt: '2024-03-25', revokedAt: '2023-05-01' }, { policy: presets['tencent-2023'] })
 * // => Date.parse('2024-06-25T00:00:00Z')
 */
export function primaryDomainReleaseAt(times: CertificateTimes, options?: PolicyOption | Policy): number {
  return primaryDomainReleaseMs(epochTimes(times), policyOf(options));
}

/** {@link primaryDomainReleaseAt} on times already read, for the ledger and the lifecycle. */
export function primaryDomainReleaseMs(times: EpochTimes, policy: Policy): number {
  if (times.cancelledAt !== undefined) return times.cancelledAt;
  const hold = policy.quota.earlyRevocationHold;
  const revokedEarly = times.revokedAt !== undefined && times.revokedAt < times.expiresAt;
  if (!revokedEarly || hold === null) return times.expiresAt;
  const from = hold.from === 'issuance' ? times.issuedAt : (times.revokedAt as number);
  return addMonths(from, hold.months).getTime();
}

function epochTimes(times: CertificateTimes): EpochTimes {
  const read = (value: Instant | undefined, field: string) =>
    value === undefined || value === null ? undefined : toDate(value, `times.${field}`).getTime();
  return {
    issuedAt: toDate(times?.issuedAt, 'times.issuedAt').getTime(),
    expiresAt: toDate(times.expiresAt, 'times.expiresAt').getTime(), // times: not null once issuedAt was read
    revokedAt: read(times.revokedAt, 'revokedAt'),
    cancelledAt: read(times.cancelledAt, 'cancelledAt'),
  };
}
