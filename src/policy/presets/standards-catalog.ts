import type { Policy } from '../schema.js';

/**
 * A vendor-neutral catalog for the `standards` preset: one brand, `Generic`, with what the CA/B
 * Forum rules allow — IP addresses in DV and OV (Baseline Requirements), none and no wildcards in
 * EV (EV Guidelines) — and no gifts.
 */
export const standardsCatalog: Policy['catalog'] = {
  Generic: {
    DV: {
      validation: 'DV',
      free: false,
      domainTypes: ['single', 'multi', 'wildcard', 'multi-wildcard'],
      maxDomains: 250,
      ipBinding: true,
      gifts: [],
      sm2: false,
    },
    OV: {
      validation: 'OV',
      free: false,
      domainTypes: ['single', 'multi', 'wildcard', 'multi-wildcard'],
      maxDomains: 250,
      ipBinding: true,
      gifts: [],
      sm2: false,
    },
    EV: {
      validation: 'EV',
      free: false,
      domainTypes: ['single', 'multi'],
      maxDomains: 250,
      ipBinding: false,
      gifts: [],
      sm2: false,
    },
  },
};
