import { invalidArgument } from '../core/argument.js';
import type { Policy } from './schema.js';

/** The mark of a validated policy: a registered symbol, so both builds (ESM, CommonJS) know it. */
const BRAND = Symbol.for('certkit.Policy');

/**
 * Marks a policy tree that `policySchema` accepted (the presets, `definePolicy`, `parsePolicy`),
 * before it is frozen. The mark is not enumerable, so a spread copy (`{ ...policy, … }`) or a
 * JSON round trip loses it: such a copy was never validated and is refused.
 */
export function markPolicy<T extends object>(policy: T): T {
  return Object.defineProperty(policy, BRAND, { value: true });
}

/**
 * `value` when it is a validated policy; else `argument.invalid` at `path`. Every function reads
 * its policy through this, so a hand-made object (say, limits of `Infinity`) never reaches a rule.
 *
 * @example
 * policyArgument(presets['tencent-2023'], 'options.policy') // => the preset
 * policyArgument({ ...defaultPolicy }, 'options.policy')    // throws argument.invalid
 */
export function policyArgument(value: unknown, path: string): Policy {
  if (typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true)
    return value as Policy;
  throw invalidArgument(path, 'a policy from definePolicy, parsePolicy or presets', value);
}
