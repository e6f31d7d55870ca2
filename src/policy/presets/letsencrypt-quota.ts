import type { Policy } from '../schema.js';

/** Every renewal exemption: ARI renewals and orders for an earlier certificate's exact identifiers. */
const RENEWALS = ['ari', 'sameIdentifiers'] as const;

/**
 * STD-10, Let's Encrypt's rate limits ("Rate Limits", letsencrypt.org, June 2025) as token
 * buckets, with no hold-until-release pools:
 *
 * - New Orders per Account: 300 per 3 hours, one back every 36 seconds;
 * - New Certificates per Registered Domain: 50 per 7 days, one back every 201.6 minutes (the page
 *   rounds to 202), across all accounts; an IPv4 address counts as itself, an IPv6 address by /64;
 * - New Certificates per Exact Set of Identifiers: 5 per 7 days, one back every 33.6 hours
 *   (the page: 34);
 * - Authorization Failures per Identifier per Account: 5 per hour, one back every 12 minutes.
 *
 * Renewals: an order that replaces a certificate through ARI is exempt from all of them; an order
 * for exactly the identifiers of an earlier certificate ("non-ARI renewal") from the first two.
 */
export const letsEncryptQuota: Policy['quota'] = {
  accountPools: null,
  primaryDomainLimit: null,
  rateLimits: [
    {
      name: 'new-orders-per-account',
      counts: 'order',
      per: 'account',
      capacity: 300,
      periodSeconds: 3 * 3600,
      exempt: RENEWALS,
    },
    {
      name: 'certificates-per-registered-domain',
      counts: 'certificate',
      per: 'registeredDomain',
      capacity: 50,
      periodSeconds: 7 * 86_400,
      exempt: RENEWALS,
    },
    {
      name: 'certificates-per-identifier-set',
      counts: 'certificate',
      per: 'identifierSet',
      capacity: 5,
      periodSeconds: 7 * 86_400,
      exempt: ['ari'],
    },
    {
      name: 'authorization-failures-per-identifier',
      counts: 'authorizationFailure',
      per: 'accountIdentifier',
      capacity: 5,
      periodSeconds: 3600,
      exempt: ['ari'],
    },
  ],
  releaseDelayHours: 0,
  earlyRevocationHold: null,
  packageAfterAllowance: false,
  freeValidityMonths: 3,
};
