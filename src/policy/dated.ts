import { cabfStandards } from './presets/cabf-standards.js';
import type { Policy, StandardsPolicy } from './schema.js';

/**
 * The step of a dated schedule in force at `time` (epoch ms): the last whose `from` day (00:00
 * UTC) is not after it, or the first step for an earlier time.
 *
 * @example
 * inForceAt([{ from: '2015-01-01', days: 398 }, { from: '2026-03-15', days: 200 }], Date.parse('2026-03-15T00:00:00Z')).days // => 200
 */
export function inForceAt<T extends { readonly from: string }>(steps: readonly T[], time: number): T {
  let current = steps[0] as T;
  for (const step of steps) if (dayStart(step.from) <= time) current = step;
  return current;
}

/** Epoch ms of 00:00 UTC on an ISO calendar day. */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** The policy's dated public rules; the CA/B Forum data of the presets when a policy of one's own has none. */
export function standardsOf(policy: Policy): StandardsPolicy {
  return policy.standards ?? cabfStandards;
}
