import { optionsArgument } from '../core/argument.js';
import { addDays } from '../core/calendar.js';
import type { Instant } from '../core/instant.js';
import { type PolicyOption, policyOf } from '../policy/option.js';

/** Options of {@link dcvDeadline}. */
export interface DcvDeadlineOptions extends PolicyOption {
  /** LIFE-06: an auto-renewal whose DNS is not hosted with the vendor gets the longer span. */
  readonly autoRenew?: boolean;
}

/**
 * When the DNS validation record must be in place (DCV-03): 3 calendar days after submission,
 * or 7 for an auto-renewal whose DNS is not hosted with the vendor (LIFE-06). After that the
 * review fails. Returns an ISO string. The one place the deadline is computed: the lifecycle's
 * `dcv.required` effects call it too.
 *
 * @example
 * dcvDeadline('2024-03-01T09:30:00Z')                     // => '2024-03-04T09:30:00.000Z'
 * dcvDeadline('2024-03-01T09:30:00Z', { autoRenew: true }) // => '2024-03-08T09:30:00.000Z'
 */
export function dcvDeadline(submittedAt: Instant, options: DcvDeadlineOptions = {}): string {
  optionsArgument(options);
  const { dcv } = policyOf(options);
  const days = options.autoRenew === true ? dcv.autoRenewDnsDeadlineDays : dcv.dnsDeadlineDays;
  return addDays(submittedAt, days).toISOString();
}
