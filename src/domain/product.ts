import { createIssue, describeReceived, type Issue } from '../core/issue.js';
import { isPolicy, type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy, Product } from '../policy/schema.js';
import type { ProductRef } from '../policy/vocabulary.js';

export type { ProductRef } from '../policy/vocabulary.js';

/** What {@link findProduct} found: the catalog entry, or the issue saying why there is none. */
export type ProductLookup =
  | { readonly ok: true; readonly product: Product; readonly issue?: undefined }
  | { readonly ok: false; readonly product?: undefined; readonly issue: Issue };

/**
 * Looks a product up in the policy's brand × product catalog (TYPE-06, GIFT-04), or explains
 * why it is not there (`product.unknown-brand`, `product.unknown`).
 *
 * `findProduct(policy, ref)`, the order of 0.1, still works for one release (deprecated).
 *
 * @example
 * findProduct({ brand: 'TrustAsia', type: 'OV' }, { policy: presets['tencent-2024'] }).product?.ipBinding // => true
 */
export function findProduct(ref: ProductRef, options?: PolicyOption): ProductLookup;
/** @deprecated since 0.2: use `findProduct(ref, { policy })`; removed in 0.3. */
export function findProduct(policy: Policy, ref: ProductRef): ProductLookup;
export function findProduct(first: ProductRef | Policy, second?: PolicyOption | ProductRef): ProductLookup {
  if (isPolicy(first)) return lookUp(first, second as ProductRef);
  return lookUp(policyOf(second as PolicyOption | undefined), first);
}

function lookUp(policy: Policy, ref: ProductRef): ProductLookup {
  const brand =
    typeof ref?.brand === 'string' && Object.hasOwn(policy.catalog, ref.brand) ? policy.catalog[ref.brand] : undefined;
  if (brand === undefined) {
    const params = { brand: describeReceived(ref?.brand), known: Object.keys(policy.catalog) };
    return {
      ok: false,
      issue: createIssue('product.unknown-brand', null, params, { subject: describeReceived(ref?.brand) }),
    };
  }
  const product = typeof ref.type === 'string' && Object.hasOwn(brand, ref.type) ? brand[ref.type] : undefined;
  if (product === undefined) {
    const params = { brand: ref.brand, type: describeReceived(ref.type), known: Object.keys(brand) };
    const subject = `${ref.brand} ${describeReceived(ref.type)}`;
    return { ok: false, issue: createIssue('product.unknown', null, params, { subject }) };
  }
  return { ok: true, product };
}
