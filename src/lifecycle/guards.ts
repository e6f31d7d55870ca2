import { addMonths, DAY_MS } from '../core/calendar.js';
import { describeReceived } from '../core/issue.js';
import { dayStart } from '../policy/dated.js';
import { revocationRestrictionsExempt } from './product-rules.js';
import { daysLeft, type Guard, iso, issue, time, untilExpiry, when } from './rule-kit.js';
import type { StatusName } from './statuses.js';

/** The guards of the transition table, one per rule of the sources (LIFE-02…12). */

/** Statuses from which a certificate may be deleted at any time (LIFE-04). */
const DELETABLE: readonly StatusName[] = ['expired', 'revoked', 'cancelled', 'reviewFailed', 'refunded'];

// ---- guards, one per rule of the sources ----

/** LIFE-03/02: only certificates issued through the vendor. */
export const issuedByVendor: Guard = ({ cert }) =>
  when(cert.source === 'upload', () => issue('life.source.upload', 'LIFE-03'));

/** LIFE-02: more than 30 days left. */
export const reissueTimeLeft: Guard = (input) =>
  when(untilExpiry(input) <= input.policy.lifecycle.reissueMinDaysLeft * DAY_MS, () =>
    issue('life.reissue.days-left', 'LIFE-02', {
      daysLeft: daysLeft(input),
      minimum: input.policy.lifecycle.reissueMinDaysLeft,
    }),
  );

/** LIFE-02: a free DV certificate can be reissued once. */
export const freeReissueLimit: Guard = ({ cert, policy }) =>
  when(cert.free && (cert.reissueCount ?? 0) >= policy.lifecycle.freeReissueLimit, () =>
    issue('life.reissue.free-limit', 'LIFE-02', { limit: policy.lifecycle.freeReissueLimit }),
  );

/** LIFE-02: not while another subdomain of the same primary domain is being reissued. */
export const noSiblingReissue: Guard = ({ context }) =>
  when(context.primaryDomainReissueInProgress === true, () => issue('life.reissue.sibling-in-progress', 'LIFE-02'));

/** LIFE-03: not while deployed to cloud resources. */
export const notBound: Guard = ({ cert }) =>
  when((cert.boundResources ?? 0) > 0, () =>
    issue('life.revoke.bound', 'LIFE-03', { boundResources: cert.boundResources ?? 0 }),
  );

/** LIFE-03: not within 30 days of expiry while "to be renewed" (all brands but WoTrus). */
export const notToBeRenewed: Guard = (input) => {
  const { cert, policy } = input;
  const close = untilExpiry(input) <= policy.lifecycle.revokeToBeRenewedDays * DAY_MS;
  const exempt = revocationRestrictionsExempt(cert, policy);
  return when(cert.toBeRenewed === true && close && !exempt, () =>
    issue('life.revoke.to-be-renewed', 'LIFE-03', {
      daysLeft: daysLeft(input),
      days: policy.lifecycle.revokeToBeRenewedDays,
    }),
  );
};

/** LIFE-03: certificates issued before 2020-03-25 cannot be revoked self-service (WoTrus excepted). */
export const selfServiceRevocable: Guard = ({ cert, policy }) => {
  const from = dayStart(policy.lifecycle.selfServiceRevocationFrom);
  const exempt = revocationRestrictionsExempt(cert, policy); // WoTrus
  return when(!exempt && (time(cert.issuedAt) ?? from) < from, () =>
    issue('life.revoke.too-old', 'LIFE-03', { from: policy.lifecycle.selfServiceRevocationFrom }),
  );
};

/** LIFE-03: irreversible; revoking a reissued certificate revokes the original too (not for WoTrus). */
export const revocationWarnings: Guard = ({ cert, policy }) =>
  cert.reissueOf === undefined || revocationRestrictionsExempt(cert, policy)
    ? issue('life.revoke.irreversible', 'LIFE-03', {}, 'info')
    : issue('life.revoke.original', 'LIFE-03', { original: cert.reissueOf }, 'warning');

/** LIFE-04: an unexpired issued certificate must be revoked first; uploaded ones go any time. */
export const deletable: Guard = ({ cert, now }) => {
  if (cert.source === 'upload' || DELETABLE.includes(cert.status)) return undefined;
  const expired = (time(cert.expiresAt) ?? Number.POSITIVE_INFINITY) <= now;
  return when(!expired, () => issue('life.delete.revoke-first', 'LIFE-04', { status: cert.status }));
};

/** LIFE-04: warn when the certificate is still deployed. */
export const deployedWarning: Guard = ({ cert }) =>
  when((cert.boundResources ?? 0) > 0, () =>
    issue('life.delete.deployed', 'LIFE-04', { boundResources: cert.boundResources ?? 0 }, 'warning'),
  );

/**
 * LIFE-05: renewal opens 30 days (× 24 h) before expiry. LIFE-08: a free certificate is reapplied
 * for from one calendar month before expiry (expiring 2024-03-31 → from 2024-02-29).
 */
export const renewalOpen: Guard = (input) => {
  const expiresAt = time(input.cert.expiresAt) ?? input.now;
  const { renewalWindowDays, freeReapplyMonths } = input.policy.lifecycle;
  const opensAt = input.cert.free
    ? addMonths(expiresAt, -freeReapplyMonths).getTime()
    : expiresAt - renewalWindowDays * DAY_MS;
  return when(input.now < opensAt, () => issue('life.renew.too-early', 'LIFE-05', { opensAt: iso(opensAt) }));
};

/** LIFE-05: an expired certificate is unusable. */
export const notExpired: Guard = (input) =>
  when(untilExpiry(input) <= 0, () =>
    issue('life.expired.unusable', 'LIFE-05', { expiredAt: iso(time(input.cert.expiresAt) ?? input.now) }),
  );

/** LIFE-06: only the supported products, paid. */
export const autoRenewSupported: Guard = ({ cert, policy }) => {
  if (cert.free) return issue('life.autorenew.free', 'LIFE-06');
  const { brand, type, domainType } = cert.product;
  const supported = policy.lifecycle.autoRenewProducts.some(
    (p) => p.brand === brand && p.type === type && domainType !== undefined && p.domainTypes.includes(domainType),
  );
  return when(!supported, () =>
    issue('life.autorenew.unsupported', 'LIFE-06', { brand, product: type, domainType: domainType ?? '' }),
  );
};

/** LIFE-06: 1-year certificates only: the order's term, or else the certificate's validity (over 398 days is more than a year). */
export const autoRenewOneYear: Guard = ({ cert }) => {
  const span = (time(cert.expiresAt) ?? 0) - (time(cert.issuedAt) ?? 0);
  const years =
    cert.termYears ?? (span > MAX_ONE_YEAR_DAYS * DAY_MS ? Math.max(2, Math.round(span / (365 * DAY_MS))) : 1);
  return when(years > 1, () => issue('life.autorenew.term', 'LIFE-06', { years }));
};

/** The longest validity a 1-year certificate has had (CA/B Forum BR 6.3.2, 2020–2026). */
const MAX_ONE_YEAR_DAYS = 398;

/** LIFE-06: at least 14 days left, inclusive. */
export const autoRenewTimeLeft: Guard = (input) =>
  when(untilExpiry(input) < input.policy.lifecycle.autoRenewMinDaysLeft * DAY_MS, () =>
    issue('life.autorenew.days-left', 'LIFE-06', {
      daysLeft: daysLeft(input),
      minimum: input.policy.lifecycle.autoRenewMinDaysLeft,
    }),
  );

export const autoRenewOff: Guard = ({ cert }) =>
  when(cert.autoRenew === true, () => issue('life.autorenew.already', 'LIFE-06'));
export const autoRenewOn: Guard = ({ cert }) =>
  when(cert.autoRenew !== true, () => issue('life.autorenew.not-enabled', 'LIFE-06'));

/** LIFE-07: the lead time must be shorter than the time left; warn when domains are dropped. */
export const hostingLeadTime: Guard = (input) => {
  const leadDays = input.args.leadDays;
  if (typeof leadDays !== 'number' || !Number.isInteger(leadDays) || leadDays < 0) {
    return issue('life.argument.invalid', null, { argument: 'leadDays', received: describeReceived(leadDays) });
  }
  return when(leadDays * DAY_MS >= untilExpiry(input), () =>
    issue('life.hosting.lead-time', 'LIFE-07', { leadDays, daysLeft: daysLeft(input) }),
  );
};
/**
 * LIFE-15: an OV/EV order needs the company's phone number; an empty or invalid one fails the
 * review, so it is refused before submission. Valid: digits with optional `+`, spaces, hyphens and
 * parentheses, 7–15 digits (E.164's most): `+86 755 8601 3388`, `0755-86013388`, `400-810-0000`.
 */
export const companyPhoneGiven: Guard = ({ cert }) => {
  if (cert.validation === 'DV') return undefined;
  const phone = cert.companyPhone;
  if (typeof phone !== 'string' || phone.trim() === '')
    return issue('life.submit.phone', 'LIFE-15', { phone: '', reason: 'missing' });
  const digits = phone.replace(/\D/g, '').length;
  const valid = /^\+?[0-9(][0-9 ()-]*$/.test(phone.trim()) && digits >= 7 && digits <= 15;
  return when(!valid, () =>
    issue('life.submit.phone', 'LIFE-15', { phone: describeReceived(phone), reason: 'invalid' }),
  );
};

/** LIFE-16: hosting is pointless for a certificate deployed to no cloud resource. */
export const hostingHasResources: Guard = ({ cert }) =>
  when((cert.boundResources ?? 0) === 0, () => issue('life.hosting.no-resources', 'LIFE-16', {}, 'warning'));

/** LIFE-16: the replacement happens `leadDays` before expiry; the new certificate must be issued by then. */
export const hostingIssueBefore: Guard = (input) => {
  const { leadDays } = input.args;
  if (typeof leadDays !== 'number' || !Number.isInteger(leadDays) || leadDays < 0) return undefined;
  const replaceAt = (time(input.cert.expiresAt) ?? input.now) - leadDays * DAY_MS;
  return issue('life.hosting.issue-before', 'LIFE-16', { replaceAt: iso(replaceAt) }, 'info');
};

export const hostingDomains: Guard = ({ cert, args }) => {
  const missing = cert.domains.filter((domain) => !(args.domains ?? cert.domains).includes(domain));
  return when(missing.length > 0, () => issue('life.hosting.domains-dropped', 'LIFE-07', { missing }, 'warning'));
};

/** LIFE-10: reminders per brand/product, 24 h after submission (DV), 72/96 h after the letter (OV/EV). */
export const reminderAllowed: Guard = ({ cert, policy, now }) => {
  const { brand, type } = cert.product;
  const supported =
    Object.hasOwn(policy.lifecycle.reviewReminders, brand) &&
    (policy.lifecycle.reviewReminders[brand] as readonly string[]).includes(type);
  if (!supported) return issue('life.remind.unsupported', 'LIFE-10', { brand, product: type });
  const since = time(cert.validation === 'DV' ? cert.submittedAt : cert.letterUploadedAt);
  if (since === undefined) return issue('life.remind.too-early', 'LIFE-10', { availableAt: '' });
  const availableAt = since + policy.lifecycle.reviewReminderHours[cert.validation] * 3_600_000;
  return when(now < availableAt, () => issue('life.remind.too-early', 'LIFE-10', { availableAt: iso(availableAt) }));
};

/** LIFE-11: a free certificate whose review failed is reapplied for, not resubmitted. */
export const paidOnly: Guard = ({ cert }) => when(cert.free, () => issue('life.resubmit.free', 'LIFE-11'));

/** LIFE-12: notifications can be ignored only for certificates that expire soon. */
export const expiresSoon: Guard = (input) =>
  when(untilExpiry(input) > input.policy.lifecycle.expiryAlarmDays * DAY_MS, () =>
    issue('life.notifications.not-expiring', 'LIFE-12', {
      daysLeft: daysLeft(input),
      threshold: input.policy.lifecycle.expiryAlarmDays,
    }),
  );

/** LIFE-05: a certificate expires only at its expiry. */
export const expiryReached: Guard = (input) =>
  when(untilExpiry(input) > 0, () =>
    issue('life.expire.not-yet', 'LIFE-05', { expiresAt: iso(time(input.cert.expiresAt) ?? input.now) }),
  );
