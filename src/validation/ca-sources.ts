import { parseIp } from '../domain/ip.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';

/**
 * Whether an address is one of the CA's validation sources to allow-list (DCV-05); compared in
 * binary, so any IPv6 spelling works.
 *
 * @example
 * isCaValidationSource('91.199.212.132') // => true
 */
export function isCaValidationSource(address: string, options?: PolicyOption): boolean;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function isCaValidationSource(address: string, policy: Policy): boolean;
export function isCaValidationSource(address: string, options?: PolicyOption | Policy): boolean {
  const ip = parseIp(address);
  const sources = policyOf(options).dcv.caSourceAddresses;
  return ip !== null && sources.some((source) => parseIp(source)?.address === ip.address);
}
