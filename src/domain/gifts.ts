import { hasErrors } from '../core/result.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { GiftKind, Policy, Product } from '../policy/schema.js';
import { levelOfName } from './level.js';
import { inspectDomain } from './normalize.js';
import { findProduct, type ProductRef } from './product.js';
import { policySuffixList } from './suffix-list.js';
import { vendorIssues } from './validate.js';

/**
 * The names a brand adds to a certificate for free (GIFT-01…04), from the gift table of the
 * product in the policy's catalog:
 *
 * - `www` (GIFT-01): a bound primary domain (level two, `tencent.com`) brings `www.tencent.com`;
 * - `parent` (GIFT-02): a bound ordinary or wildcard name of level three or above brings its
 *   parent (`*.tencent.com` → `tencent.com`, `www.example.com.cn` → `example.com.cn`,
 *   `*.cloud.tencent.com` → `cloud.tencent.com`); levels count from the public suffix;
 * - GIFT-03: a gift already bound, or already gifted, is not added again; gifts the policy
 *   would refuse (longer than `domain.maxLength`, …) are not added;
 * - brands and products without gifts add nothing; invalid names and IPs bring nothing.
 *
 * Returns the gifts in A-label form, in the order of the names that brought them.
 * `giftedDomains(domains, product, policy)`, the form of 0.1, still works for one release.
 *
 * @example
 * giftedDomains(['tencent.com'], { brand: 'TrustAsia', type: 'DV' })   // => ['www.tencent.com']
 * giftedDomains(['*.tencent.com'], { brand: 'GlobalSign', type: 'OV' }) // => ['tencent.com']
 * giftedDomains(['tencent.com'], { brand: 'GlobalSign', type: 'OV' })   // => [] (no www. gift)
 */
export function giftedDomains(domains: readonly unknown[], product: ProductRef, options?: PolicyOption): string[];
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function giftedDomains(domains: readonly unknown[], product: ProductRef, policy: Policy): string[];
export function giftedDomains(
  domains: readonly unknown[],
  product: ProductRef,
  options?: PolicyOption | Policy,
): string[] {
  const policy = policyOf(options);
  const found = findProduct(product, { policy });
  if (!found.ok || !Array.isArray(domains)) return [];
  const suffixes = policySuffixList(policy, options);
  const bound = new Map<string, number>();
  for (const domain of domains) {
    const inspection = inspectDomain(domain);
    if (inspection.ok) bound.set(inspection.name, levelOfName(inspection.name, suffixes));
  }
  return giftsFor(bound, found.product, policy);
}

/**
 * The gifts for names already normalised and deduplicated (each with its `levelOfName`), of a
 * product already looked up: the work of {@link giftedDomains} without normalising or looking
 * anything up again (checkDomains calls it with what it has checked).
 */
export function giftsFor(bound: ReadonlyMap<string, number>, product: Product, policy: Policy): string[] {
  const gifts: string[] = [];
  for (const [name, level] of bound) {
    for (const kind of product.gifts) {
      const gift = GIFT_RULES[kind](name, level);
      if (gift === undefined || bound.has(gift) || gifts.includes(gift)) continue;
      // A gift of a valid name is a valid name; only the vendor's limits can refuse it.
      if (!hasErrors(vendorIssues(gift, product.validation, policy))) gifts.push(gift);
    }
  }
  return gifts;
}

/** What each kind of gift adds for a bound name of a given level, if anything. */
const GIFT_RULES: Readonly<Record<GiftKind, (name: string, level: number) => string | undefined>> = {
  // GIFT-01: the www. sub-domain of a bound primary domain
  www: (name, level) => (level === 2 && !name.startsWith('*.') ? `www.${name}` : undefined),
  // GIFT-02: the parent of an ordinary or wildcard name of level three or above
  parent: (name, level) => (level >= 3 ? name.slice(name.indexOf('.') + 1) : undefined),
};
