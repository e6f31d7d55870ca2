import type { GiftKind, Policy, ValidationLevel } from '../schema.js';

/**
 * The vendor's brand × product catalog (Guide-2024 and FAQ-2024; the 2023 FAQ has no such tables, so
 * both vendor presets share this one).
 *
 * - TYPE-06 IP binding, from the table "SSL certificates that support IP address binding":
 *   only TrustAsia OV supports it.
 * - GIFT-01/02, from the gift table: `www.` for TrustAsia (OV/EV and DV) and GeoTrust, not
 *   GlobalSign; the parent domain for all four. Brands the table does not list add nothing.
 * - EV products offer no wildcard types: the CA/B Forum EV Guidelines forbid wildcard EV names.
 * - Free DV binds one ordinary domain (TYPE-05).
 * - WoTrus OV/EV and DNSPod's SM2 DV/OV/EV are the products the guide's revocation and reissue
 *   sections name; their domain types follow the other products of their validation level.
 * - `maxDomains` 100 for multi-domain products: the sources defer to "the maximum stated on the
 *   official website"; 100 is this library's default, a policy parameter.
 */
const ALL_TYPES = ['single', 'multi', 'wildcard', 'multi-wildcard'] as const;
const NO_WILDCARD = ['single', 'multi'] as const;
const WWW_AND_PARENT = ['www', 'parent'] as const;

const paid = (validation: ValidationLevel, gifts: readonly GiftKind[], ipBinding = false) =>
  ({
    validation,
    free: false,
    domainTypes: validation === 'EV' ? NO_WILDCARD : ALL_TYPES,
    maxDomains: 100,
    ipBinding,
    gifts,
    sm2: false,
  }) as const;

const freeDv = (gifts: readonly ('www' | 'parent')[]) =>
  ({
    validation: 'DV',
    free: true,
    domainTypes: ['single'],
    maxDomains: 1,
    ipBinding: false,
    gifts,
    sm2: false,
  }) as const;

export const tencentCatalog: Policy['catalog'] = {
  TrustAsia: {
    DV: paid('DV', WWW_AND_PARENT),
    'Free DV': freeDv(WWW_AND_PARENT),
    OV: paid('OV', WWW_AND_PARENT, true),
    EV: paid('EV', WWW_AND_PARENT),
  },
  GeoTrust: {
    OV: paid('OV', WWW_AND_PARENT),
    EV: paid('EV', WWW_AND_PARENT),
  },
  GlobalSign: {
    OV: paid('OV', ['parent']),
    EV: paid('EV', ['parent']),
  },
  SecureSite: {
    DV: paid('DV', []),
    'Free DV': freeDv([]),
    OV: paid('OV', []),
    'OV Pro': paid('OV', []),
    EV: paid('EV', []),
    'EV Pro': paid('EV', []),
  },
  WoTrus: {
    DV: paid('DV', []),
    OV: paid('OV', []),
    EV: paid('EV', []),
  },
  DNSPod: {
    DV: { ...paid('DV', []), domainTypes: ['single', 'wildcard'], maxDomains: 1 },
    // Chinese SM (SM2) certificates (Guide-2024: revocation, reissue and upload of DNSPod SM2
    // DV/OV/EV): not for mini programs (TYPE-10)
    'SM2 DV': { ...paid('DV', []), domainTypes: ['single', 'wildcard'], maxDomains: 1, sm2: true },
    'SM2 OV': { ...paid('OV', []), sm2: true },
    'SM2 EV': { ...paid('EV', []), sm2: true },
  },
};
