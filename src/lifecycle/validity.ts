import { DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { inForceAt } from '../policy/dated.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';

/**
 * LIFE-13: the longest validity, in days, of a certificate issued at `issuedAt`, from the CA/B
 * Forum schedule (ballot SC-081): 398 days; 200 from 2026-03-15; 100 from 2027-03-15; 47 from
 * 2029-03-15.
 *
 * @example
 * maxValidityDays('2026-03-14T23:59:59Z') // => 398
 * maxValidityDays('2026-03-15T00:00:00Z') // => 200
 */
export function maxValidityDays(issuedAt: Instant, options?: PolicyOption): number;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function maxValidityDays(issuedAt: Instant, policy: Policy): number;
export function maxValidityDays(issuedAt: Instant, options?: PolicyOption | Policy): number {
  const policy = policyOf(options);
  return inForceAt(policy.lifecycle.maxValidity, toDate(issuedAt, 'issuedAt').getTime()).days;
}

/**
 * LIFE-13 (and LIFE-08): whether a requested validity fits the schedule. As BR §6.3.2 counts it,
 * the validity runs from notBefore through notAfter inclusive (one second more than their
 * difference), in 86,400-second days with any part of a day counted whole: notAfter 398 days
 * less a second after notBefore fits 398 days, 398 days exactly does not — and a 1-year free
 * certificate requested in 2026 is flagged.
 *
 * @example
 * checkValidity('2026-11-23T00:00:00Z', '2027-11-23T00:00:00Z').issues[0].code // => 'life.validity.too-long'
 */
export function checkValidity(issuedAt: Instant, expiresAt: Instant, options?: PolicyOption): ValidityCheck;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function checkValidity(issuedAt: Instant, expiresAt: Instant, policy: Policy): ValidityCheck;
export function checkValidity(issuedAt: Instant, expiresAt: Instant, options?: PolicyOption | Policy): ValidityCheck {
  const from = toDate(issuedAt, 'issuedAt');
  const days = Math.ceil((toDate(expiresAt, 'expiresAt').getTime() - from.getTime() + INCLUSIVE_SECOND_MS) / DAY_MS);
  const maxDays = maxValidityDays(from, { policy: policyOf(options) });
  const issues =
    days > maxDays
      ? [createIssue('life.validity.too-long', 'LIFE-13', { days, maxDays, issuedAt: from.toISOString() })]
      : [];
  return checked(issues, { days, maxDays });
}

/** notAfter's own second, which the validity period includes (BR §6.3.2). */
const INCLUSIVE_SECOND_MS = 1000;

/** What {@link checkValidity} decided: the requested and the allowed days, either way. */
export type ValidityCheck = Checked<ValidityDays, ValidityDays>;

/** The fields of a {@link ValidityCheck}. */
export interface ValidityDays {
  readonly days: number;
  readonly maxDays: number;
}
