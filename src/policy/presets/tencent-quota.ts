import type { Policy } from '../schema.js';

/**
 * QUOTA, 2024 edition (FAQ-2024): every account holds at most 20 free certificates at a time
 * (QUOTA-01), each primary domain 20 (QUOTA-02); an account slot is free again the moment a
 * certificate is revoked or expires (QUOTA-03); a primary-domain slot only at normal expiry, so a
 * revoked certificate holds it until its original expiry (QUOTA-04, interpretation); a purchased
 * package is used once the free allowance is spent (QUOTA-05).
 */
export const tencentQuota2024: Policy['quota'] = {
  accountPools: {
    'individual-standard': [{ name: 'free', limit: 20, domains: 'any' }],
    'individual-v1': [{ name: 'free', limit: 20, domains: 'any' }],
    'individual-v2': [{ name: 'free', limit: 20, domains: 'any' }],
    enterprise: [{ name: 'free', limit: 20, domains: 'any' }],
  },
  primaryDomainLimit: 20,
  releaseDelayHours: 0,
  earlyRevocationHold: null,
  packageAfterAllowance: true,
  freeValidityMonths: 12,
};

/**
 * QUOTA, 2023 edition (FAQ-2023): pools by account (QUOTA-06) — individual standard or V1: 30 for
 * domains registered with the vendor plus 20 for any domain; V2: 50 for any domain; enterprise: 10
 * for any domain — used in that order (QUOTA-07); account slots free "within 24 hours" of
 * revocation or expiry, modelled as the worst case, 24 hours (QUOTA-03); a certificate revoked
 * before expiry holds its primary-domain slot for 15 months from issuance (QUOTA-04).
 */
export const tencentQuota2023: Policy['quota'] = {
  accountPools: {
    'individual-standard': [
      { name: 'vendor-domain', limit: 30, domains: 'vendor' },
      { name: 'any-domain', limit: 20, domains: 'any' },
    ],
    'individual-v1': [
      { name: 'vendor-domain', limit: 30, domains: 'vendor' },
      { name: 'any-domain', limit: 20, domains: 'any' },
    ],
    'individual-v2': [{ name: 'any-domain', limit: 50, domains: 'any' }],
    enterprise: [{ name: 'any-domain', limit: 10, domains: 'any' }],
  },
  primaryDomainLimit: 20,
  releaseDelayHours: 24,
  earlyRevocationHold: { months: 15, from: 'issuance' },
  packageAfterAllowance: false,
  freeValidityMonths: 12,
};
