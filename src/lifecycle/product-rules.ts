import { ownEntry } from '../core/own-entry.js';
import type { Policy } from '../policy/schema.js';
import type { RuleInput } from './rule-kit.js';
import type { CertificateState } from './state.js';

/** Product tests the lifecycle rules share (LIFE-18, LIFE-19, TYPE-10). */

/** Whether the catalog marks the certificate's product as a Chinese SM2 one (TYPE-10, LIFE-18). */
export function isSm2(cert: CertificateState, policy: Policy): boolean {
  return ownEntry(ownEntry(policy.catalog, cert.product.brand) ?? {}, cert.product.type)?.sm2 === true;
}

/** A policy row's product filter (`brand`, `sm2`, `validation`; absent ones match any) against a certificate. */
export function matchesProduct(
  filter: {
    readonly brand?: string | undefined;
    readonly sm2?: boolean | undefined;
    readonly validation?: readonly string[] | undefined;
  },
  cert: CertificateState,
  policy: Policy,
): boolean {
  return (
    (filter.brand === undefined || filter.brand === cert.product.brand) &&
    (filter.sm2 === undefined || filter.sm2 === isSm2(cert, policy)) &&
    (filter.validation === undefined || filter.validation.includes(cert.validation))
  );
}

/** LIFE-18/19: no ownership check for a listed multi-year wildcard DV with automatic validation configured. */
export function ownershipCheckExempt({ cert, policy, context }: RuleInput): boolean {
  return (
    context.automaticValidation === true &&
    cert.product.domainType === 'wildcard' &&
    policy.lifecycle.revocationDcvExempt.some(
      (exempt) =>
        exempt.brand === cert.product.brand &&
        exempt.type === cert.product.type &&
        (cert.termYears ?? 1) >= exempt.minTermYears,
    )
  );
}

/** LIFE-03: the brands (WoTrus) exempt from the three revocation restrictions. */
export function revocationRestrictionsExempt(cert: CertificateState, policy: Policy): boolean {
  return policy.lifecycle.revokeToBeRenewedExemptBrands.includes(cert.product.brand);
}
