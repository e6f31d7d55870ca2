import { optionsArgument } from '../core/argument.js';
import { policyArgument } from './brand.js';
import { isPolicy } from './is-policy.js';
import { defaultPolicy } from './presets/index.js';
import type { Policy } from './schema.js';
import type { SuffixListOption } from './suffix-list.js';

export { isPolicy } from './is-policy.js';

/**
 * Where the policy goes, in every entry: an options field, `{ policy }`; absent means the
 * built-in default (`tencent-2024`).
 *
 * @example
 * checkDomains(request, { policy: presets['tencent-2023'] })
 */
export interface PolicyOption extends SuffixListOption {
  readonly policy?: Policy;
}

/**
 * The policy of an options argument. For one release it also takes the policy itself, the
 * positional form of 0.1 (`checkDomains(request, policy)`), recognised by its `catalog`. The
 * policy must be a validated one (`presets`, `definePolicy`, `parsePolicy`; see `policyArgument`);
 * anything else, and options that are not an object, throw `argument.invalid`.
 *
 * @example
 * policyOf({ policy: presets['tencent-2023'] }) === presets['tencent-2023'] // => true
 * policyOf(undefined) === defaultPolicy                                      // => true
 */
export function policyOf(options: PolicyOption | Policy | undefined): Policy {
  if (isPolicy(options)) return policyArgument(options, 'policy');
  const { policy } = optionsArgument(options);
  return policy === undefined ? defaultPolicy : policyArgument(policy, 'options.policy');
}
