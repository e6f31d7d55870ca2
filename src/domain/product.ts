import { createIssue, type Issue } from '../core/issue.js';
import type { Policy, Product } from '../policy/schema.js';

/** Names a product of the policy's catalog: `{ brand: 'TrustAsia', type: 'OV' }`. */
export interface ProductRef {
  readonly brand: string;
  readonly type: string;
}

/**
 * Looks a product up in the policy's brand × product catalog (TYPE-06, GIFT-04), or explains
 * why it is not there (`product.unknown-brand`, `product.unknown`).
 *
 * @example
 * findProduct(presets['tencent-2024'], { brand: 'TrustAsia', type: 'OV' }).product?.ipBinding // => true
 */
export function findProduct(policy: Policy, ref: ProductRef): { product?: Product; issue?: Issue } {
  const brand =
    typeof ref?.brand === 'string' && Object.hasOwn(policy.catalog, ref.brand) ? policy.catalog[ref.brand] : undefined;
  if (brand === undefined) {
    const params = { brand: String(ref?.brand), known: Object.keys(policy.catalog) };
    return { issue: createIssue('product.unknown-brand', null, params, { subject: String(ref?.brand) }) };
  }
  const product = typeof ref.type === 'string' && Object.hasOwn(brand, ref.type) ? brand[ref.type] : undefined;
  if (product === undefined) {
    const params = { brand: ref.brand, type: String(ref.type), known: Object.keys(brand) };
    return { issue: createIssue('product.unknown', null, params, { subject: `${ref.brand} ${String(ref.type)}` }) };
  }
  return { product };
}
