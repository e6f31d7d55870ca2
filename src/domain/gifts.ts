import { defaultPolicy } from '../policy/presets/index.js';
import type { GiftKind, Policy } from '../policy/schema.js';
import { domainLevel } from './level.js';
import { inspectDomain } from './normalize.js';
import { findProduct, type ProductRef } from './product.js';
import { validateDomain } from './validate.js';

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
 *
 * @example
 * giftedDomains(['tencent.com'], { brand: 'TrustAsia', type: 'DV' })   // => ['www.tencent.com']
 * giftedDomains(['*.tencent.com'], { brand: 'GlobalSign', type: 'OV' }) // => ['tencent.com']
 * giftedDomains(['tencent.com'], { brand: 'GlobalSign', type: 'OV' })   // => [] (no www. gift)
 */
export function giftedDomains(
  domains: readonly unknown[],
  product: ProductRef,
  policy: Policy = defaultPolicy,
): string[] {
  const found = findProduct(policy, product).product;
  if (found === undefined || found.gifts.length === 0 || !Array.isArray(domains)) return [];
  const bound = new Set<string>();
  for (const domain of domains) {
    const inspection = inspectDomain(domain);
    if (inspection.ok) bound.add(inspection.name);
  }
  const gifts: string[] = [];
  const options = { privateSuffixes: policy.domain.privateSuffixes };
  for (const name of bound) {
    const level = domainLevel(name, options);
    for (const kind of found.gifts) {
      const gift = level === null ? undefined : GIFT_RULES[kind](name, level);
      if (gift === undefined || bound.has(gift) || gifts.includes(gift)) continue;
      if (validateDomain(gift, { policy, validation: found.validation }).ok) gifts.push(gift);
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
