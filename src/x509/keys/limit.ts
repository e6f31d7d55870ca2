import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import type { WorkLimits } from '../../policy/limits.js';

/**
 * Holds a number the input chose (its length, an iteration count) to the policy's bound before
 * any work: `x509.limit.exceeded` naming the limit, the value and the bound.
 *
 * @example
 * withinLimit(limits, 'maxPbkdf2Iterations', 10_000_000) // throws x509.limit.exceeded
 */
export function withinLimit(limits: WorkLimits, limit: 'maxInputLength' | 'maxPbkdf2Iterations', value: number): void {
  const max = limits[limit];
  if (value > max) throw new CertkitError(createIssue('x509.limit.exceeded', null, { limit, value, max }));
}
