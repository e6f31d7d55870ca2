import { invalidArgument, objectArgument } from '../core/argument.js';
import { addBusinessDays } from '../core/business-days.js';
import { DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { ownEntry } from '../core/own-entry.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { type AcmeRenewalRequest, type AcmeRenewalTime, acmeRenewalTime } from './ari.js';
import { lifecycleArgumentError } from './read-state.js';
import type { CertificateState } from './state.js';

/** Dates around a certificate's expiry (LIFE-05, LIFE-06), as ISO strings. */
export interface RenewalSchedule {
  readonly expiresAt: string;
  /** LIFE-05: renewal opens 30 days (× 24 h) before expiry. */
  readonly windowOpensAt: string;
  /** LIFE-05: reminder dates (2023: 29, 15, 3 days before; 2024: the day after the window opens). */
  readonly reminders: readonly string[];
  /** LIFE-05: advice, renew 3–10 business days before expiry. */
  readonly suggestedRenewal: { readonly from: string; readonly to: string };
  /** LIFE-06: last moment to switch auto-renewal on (14 days left, inclusive), and the charge date. */
  readonly autoRenew: { readonly lastEnableAt: string; readonly chargeAt: string };
  /** LIFE-12: expiry alarms start here (default 30 days before). */
  readonly alarmFrom: string;
  /** STD-09: when an ACME client renews it (ARI window, or the lifetime fraction), when `options.acme` is given. */
  readonly acme?: AcmeRenewalTime;
}

/** Options of {@link renewalSchedule}. */
export interface RenewalScheduleOptions extends PolicyOption {
  /**
   * For a certificate an ACME client renews: the `renewalInfo` the client fetched (if any), its
   * Retry-After, a random number in [0, 1) and `now`, as `acmeRenewalTime` takes them; the
   * certificate's `issuedAt` is its notBefore unless `notBefore` is given.
   */
  readonly acme?: Omit<AcmeRenewalRequest, 'notBefore' | 'notAfter'> & { readonly notBefore?: Instant };
}

/**
 * The renewal calendar of a certificate. Day counts are UTC and exact: "30 days before expiry" is
 * expiry − 30 × 24 h; business days skip Saturdays and Sundays. With `options.acme`, also when an
 * ACME client renews it (STD-09: inside the ARI window, or at the lifetime fraction — a 6-day
 * certificate after half its life). Throws `CertkitError` when the certificate has no expiry.
 *
 * @example
 * renewalSchedule({ …cert, expiresAt: '2025-01-31T00:00:00Z' }).windowOpensAt // => '2025-01-01T00:00:00.000Z'
 */
export function renewalSchedule(
  cert: Pick<CertificateState, 'expiresAt' | 'issuedAt'>,
  options: RenewalScheduleOptions = {},
): RenewalSchedule {
  const policy = policyOf(options);
  if (cert?.expiresAt === undefined) throw lifecycleArgumentError('expiresAt', 'missing');
  const expiresAt = toDate(cert.expiresAt, 'expiresAt').getTime();
  const before = (days: number) => new Date(expiresAt - days * DAY_MS).toISOString();
  const { lifecycle } = policy;
  return {
    expiresAt: new Date(expiresAt).toISOString(),
    windowOpensAt: before(lifecycle.renewalWindowDays),
    reminders: [...lifecycle.reminderDaysBefore].sort((a, b) => b - a).map(before),
    suggestedRenewal: suggestedRenewal(expiresAt, policy),
    autoRenew: {
      lastEnableAt: before(lifecycle.autoRenewMinDaysLeft),
      chargeAt: before(lifecycle.autoRenewChargeDaysBefore),
    },
    alarmFrom: before(lifecycle.expiryAlarmDays),
    ...(options.acme === undefined ? {} : { acme: acmeRenewal(cert, expiresAt, options.acme) }),
  };
}

/** STD-09 for the certificate: its notBefore (`issuedAt` unless given) and expiry, with the client's ARI answer. */
function acmeRenewal(
  cert: Pick<CertificateState, 'issuedAt'>,
  expiresAt: number,
  acme: NonNullable<RenewalScheduleOptions['acme']>,
): AcmeRenewalTime {
  objectArgument(acme, 'options.acme');
  const notBefore = acme.notBefore ?? cert.issuedAt;
  if (notBefore === undefined) throw lifecycleArgumentError('issuedAt', 'missing');
  return acmeRenewalTime({ ...acme, notBefore, notAfter: expiresAt });
}

/**
 * When a review should be done (LIFE-09): DV 10 minutes to 24 hours after submission (no manual
 * review); OV 3–5 and EV 5–7 business days after the confirmation letter (or submission).
 *
 * @example
 * reviewEstimate({ validation: 'OV', submittedAt: '2024-03-07T09:00:00Z' })
 * // => { earliest: '2024-03-12T09:00:00.000Z', latest: '2024-03-14T09:00:00.000Z' }
 */
export function reviewEstimate(
  cert: Pick<CertificateState, 'validation' | 'submittedAt' | 'letterUploadedAt'>,
  options: PolicyOption = {},
): { earliest: string; latest: string } {
  const { reviewTime } = policyOf(options).lifecycle;
  objectArgument(cert, 'cert');
  if (ownEntry(reviewTime, cert.validation) === undefined)
    throw invalidArgument('cert.validation', 'validation level', cert.validation);
  const start = cert.validation === 'DV' ? cert.submittedAt : (cert.letterUploadedAt ?? cert.submittedAt);
  if (start === undefined) throw lifecycleArgumentError('submittedAt', 'missing');
  const from = toDate(start, 'submittedAt');
  if (cert.validation === 'DV') {
    return {
      earliest: new Date(from.getTime() + reviewTime.DV.minMinutes * 60_000).toISOString(),
      latest: new Date(from.getTime() + reviewTime.DV.maxHours * 3_600_000).toISOString(),
    };
  }
  const span = reviewTime[cert.validation];
  return {
    earliest: addBusinessDays(from, span.min).toISOString(),
    latest: addBusinessDays(from, span.max).toISOString(),
  };
}

/** LIFE-05 advice: renew between 10 and 3 business days before expiry (policy values). */
function suggestedRenewal(expiresAt: number, policy: Policy): { from: string; to: string } {
  const { earliest, latest } = policy.lifecycle.suggestedRenewalBusinessDays;
  return {
    from: addBusinessDays(expiresAt, -earliest).toISOString(),
    to: addBusinessDays(expiresAt, -latest).toISOString(),
  };
}
