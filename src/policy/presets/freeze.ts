import { deepFreeze } from '../../core/freeze.js';
import { markPolicy } from '../brand.js';

/** A validated policy tree, marked as such (see `policyArgument`) and frozen. */
export function freezePolicy<T extends object>(policy: T): T {
  return deepFreeze(markPolicy(policy));
}
