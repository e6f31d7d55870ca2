import type { Policy } from '../schema.js';

/**
 * LIFE data of the vendor guides (FAQ-2023, FAQ-2024, Guide-2024, Renewal-2024) and the CA/B Forum schedule:
 * - LIFE-05 renewal window 30 days; reminders 29/15/3 days before expiry (2023) or the day after
 *   the window opens (2024); advice 3–10 business days before expiry;
 * - LIFE-02 reissue with more than 30 days left, free DV once, no validation within 3 days of
 *   issuance, paid DV skips it after an organization validation within 13 months;
 * - LIFE-03 no self-service revocation for certificates issued before 2020-03-25, none within 30
 *   days of expiry while "to be renewed" except WoTrus;
 * - LIFE-06 auto-renewal for DNSPod DV single and wildcard, TrustAsia DV wildcard, WoTrus DV
 *   wildcard, on while ≥ 14 days remain, charged 30 days before expiry;
 * - LIFE-10 reviewer reminders 24 h after submission (DV), 72 h / 96 h after the confirmation
 *   letter (OV / EV), for the brands and products of the guide's table;
 * - LIFE-09 review times; LIFE-12 alarms 30 days; LIFE-14 10 organization profiles;
 * - LIFE-18 revocation paths per brand (Guide-2024, "Revoking different types of certificates");
 * - LIFE-11 a paid certificate reapplied for is paid again in 2024, not in 2023;
 * - LIFE-13 maximum validity 398 → 200 → 100 → 47 days (ballot SC-081).
 */
function lifecycle(reminderDaysBefore: readonly number[], paidReapplyCharged: boolean): Policy['lifecycle'] {
  return {
    renewalWindowDays: 30,
    freeReapplyMonths: 1,
    paidReapplyCharged,
    reminderDaysBefore,
    suggestedRenewalBusinessDays: { earliest: 10, latest: 3 },
    reissueMinDaysLeft: 30,
    freeReissueLimit: 1,
    reissueDcvGraceDays: 3,
    organizationRevalidationMonths: 13,
    selfServiceRevocationFrom: '2020-03-25',
    revokeToBeRenewedDays: 30,
    revokeToBeRenewedExemptBrands: ['WoTrus'],
    reissueApproval: [{ brand: 'WoTrus' }, { brand: 'DNSPod', sm2: true, validation: ['OV', 'EV'] }],
    revocationPaths: [
      { brand: 'WoTrus', needs: 'review' },
      { brand: 'DNSPod', sm2: true, validation: ['DV'], needs: 'review' },
      { brand: 'DNSPod', sm2: true, validation: ['OV', 'EV'], needs: 'application' },
      { validation: ['DV'], needs: 'dcv' },
      { needs: 'letter' },
    ],
    // "up to 1.4 MB": read as 1,400,000 bytes, the smaller of the two readings (a file the
    // console might refuse is refused here first)
    revocationFiles: {
      maxBytes: 1_400_000,
      application: ['jpg', 'jpeg', 'gif', 'pdf'],
      letter: ['jpg', 'jpeg', 'png', 'pdf'],
    },
    revocationDcvExempt: [{ brand: 'TrustAsia', type: 'DV', minTermYears: 2 }],
    autoRenewProducts: [
      { brand: 'DNSPod', type: 'DV', domainTypes: ['single', 'wildcard'] },
      { brand: 'TrustAsia', type: 'DV', domainTypes: ['wildcard'] },
      { brand: 'WoTrus', type: 'DV', domainTypes: ['wildcard'] },
    ],
    autoRenewMinDaysLeft: 14,
    autoRenewChargeDaysBefore: 30,
    reviewReminderHours: { DV: 24, OV: 72, EV: 96 },
    reviewReminders: {
      SecureSite: ['OV', 'OV Pro', 'Free DV', 'EV', 'EV Pro'],
      GeoTrust: ['OV', 'EV'],
      TrustAsia: ['OV', 'DV', 'EV'],
      GlobalSign: ['OV', 'EV'],
      WoTrus: [],
    },
    reviewTime: { DV: { minMinutes: 10, maxHours: 24 }, OV: { min: 3, max: 5 }, EV: { min: 5, max: 7 } },
    expiryAlarmDays: 30,
    paidValidityMonths: 12,
    maxOrganizationProfiles: 10,
    maxValidity: [
      { from: '1970-01-01', days: 398 },
      { from: '2026-03-15', days: 200 },
      { from: '2027-03-15', days: 100 },
      { from: '2029-03-15', days: 47 },
    ],
  };
}

export const tencentLifecycle2023: Policy['lifecycle'] = lifecycle([29, 15, 3], false);
export const tencentLifecycle2024: Policy['lifecycle'] = lifecycle([29], true);
