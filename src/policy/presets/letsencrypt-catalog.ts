import type { Policy, Product } from '../schema.js';

const ALL_TYPES = ['single', 'multi', 'wildcard', 'multi-wildcard'] as const;

/** A Let's Encrypt profile: DV, up to 100 identifiers, no gifts; `free` is the vendor's one-domain product, not this. */
const profile = (validityHours: number, ipBinding: boolean): Product => ({
  validation: 'DV',
  free: false,
  domainTypes: ALL_TYPES,
  maxDomains: 100,
  ipBinding,
  gifts: [],
  sm2: false,
  validityHours,
});

/**
 * Let's Encrypt's certificate profiles ("Profiles", letsencrypt.org, 2025) under the brand
 * `LetsEncrypt`: `classic` and `tlsserver` (90 days, DNS names), `shortlived` (160 hours, DNS
 * names and IP addresses — the only profile that takes IP identifiers); each up to 100
 * identifiers.
 */
export const letsEncryptCatalog: Policy['catalog'] = {
  LetsEncrypt: {
    classic: profile(90 * 24, false),
    tlsserver: profile(90 * 24, false),
    shortlived: profile(160, true),
  },
};
