import { defaultPolicy } from './presets/index.js';
import type { Policy } from './schema.js';

/**
 * Where the policy goes, in every entry: an options field, `{ policy }`; absent means the
 * built-in default (`tencent-2024`).
 *
 * @example
 * checkDomains(request, { policy: presets['tencent-2023'] })
 */
export interface PolicyOption {
  readonly policy?: Policy;
}

/**
 * The policy of an options argument. For one release it also takes the policy itself, the
 * positional form of 0.1 (`checkDomains(request, policy)`), recognised by its `catalog`.
 *
 * @example
 * policyOf({ policy: presets['tencent-2023'] }) === presets['tencent-2023'] // => true
 * policyOf(undefined) === defaultPolicy                                      // => true
 */
export function policyOf(options: PolicyOption | Policy | undefined): Policy {
  if (typeof options !== 'object' || options === null) return defaultPolicy;
  if (isPolicy(options)) return options;
  return options.policy ?? defaultPolicy;
}

/** A policy rather than an options object: only policies carry a `catalog`. */
export function isPolicy(value: unknown): value is Policy {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'catalog');
}
