import { addDays } from '../core/calendar.js';
import type { Instant } from '../core/instant.js';
import { parseIp } from '../domain/ip.js';
import { defaultPolicy } from '../policy/presets/index.js';
import type { Policy } from '../policy/schema.js';

/**
 * When the DNS validation record must be in place (DCV-03): 3 calendar days after submission,
 * or 7 for an auto-renewal whose DNS is not hosted with the vendor (LIFE-06). After that the
 * review fails. Returns an ISO string.
 *
 * @example
 * dcvDeadline('2024-03-01T09:30:00Z')                     // => '2024-03-04T09:30:00.000Z'
 * dcvDeadline('2024-03-01T09:30:00Z', { autoRenew: true }) // => '2024-03-08T09:30:00.000Z'
 */
export function dcvDeadline(
  submittedAt: Instant,
  options: { readonly policy?: Policy; readonly autoRenew?: boolean } = {},
): string {
  const validation = (options.policy ?? defaultPolicy).validation;
  const days = options.autoRenew === true ? validation.autoRenewDnsDeadlineDays : validation.dnsDeadlineDays;
  return addDays(submittedAt, days).toISOString();
}

/**
 * Whether an address is one of the CA's validation sources to allow-list (DCV-05); compared in
 * binary, so any IPv6 spelling works.
 *
 * @example
 * isCaValidationSource('91.199.212.132') // => true
 */
export function isCaValidationSource(address: string, policy: Policy = defaultPolicy): boolean {
  const ip = parseIp(address);
  return ip !== null && policy.validation.caSourceAddresses.some((source) => parseIp(source)?.address === ip.address);
}
