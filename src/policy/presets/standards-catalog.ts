import type { Policy, Product } from '../schema.js';

/** A product under the CA/B Forum rules alone: up to 250 names, no gifts, not SM2. */
const generic = (
  validation: Product['validation'],
  domainTypes: Product['domainTypes'],
  ipBinding: boolean,
): Product => ({
  validation,
  free: false,
  domainTypes,
  maxDomains: 250,
  ipBinding,
  gifts: [],
  sm2: false,
});

const ALL_TYPES = ['single', 'multi', 'wildcard', 'multi-wildcard'] as const;

/**
 * A vendor-neutral catalog for the `standards` preset: one brand, `Generic`, with what the CA/B
 * Forum rules allow — IP addresses in DV and OV (Baseline Requirements), none and no wildcards in
 * EV (EV Guidelines) — and no gifts.
 */
export const standardsCatalog: Policy['catalog'] = {
  Generic: {
    DV: generic('DV', ALL_TYPES, true),
    OV: generic('OV', ALL_TYPES, true),
    EV: generic('EV', ['single', 'multi'], false),
  },
};
