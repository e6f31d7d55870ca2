import type { RateLimit } from '../policy/schema.js';

/**
 * A token bucket as Let's Encrypt runs it (the generic cell rate algorithm of Boulder's
 * `ratelimits` package): one token comes back every `emission` ms (the period over the capacity,
 * whole milliseconds rounded down, as Boulder divides nanoseconds), up to `capacity`; the state is
 * the "theoretical arrival time" `tat`, the instant the bucket would be full again.
 */
export interface BucketState {
  /** Tokens in the bucket at the instant asked about. */
  readonly remaining: number;
  readonly capacity: number;
  /** When the next token arrives, if the bucket is not full (epoch ms). */
  readonly nextTokenAt: number | undefined;
  /** When the bucket is full again (epoch ms); the instant asked about when it already is. */
  readonly fullAt: number;
}

/** Milliseconds between two tokens of a bucket. */
export function emissionMs(limit: RateLimit): number {
  return Math.max(1, Math.floor((limit.periodSeconds * 1000) / limit.capacity));
}

/**
 * The bucket at `now` after spending one token at each of `spends` (sorted epoch ms; those after
 * `now` have not happened yet and are ignored). Every recorded spend counts, even one a bucket
 * would have refused (an override the CA granted): it pushes the refill further out.
 *
 * @example
 * // 5 per hour, all spent at 10:00: none left at 10:00, the next one at 10:12, full at 11:00
 * bucketAt([t, t, t, t, t], fivePerHour, t) // => { remaining: 0, capacity: 5, nextTokenAt: t + 720_000, fullAt: t + 3_600_000 }
 */
export function bucketAt(spends: readonly number[], limit: RateLimit, now: number): BucketState {
  const emission = emissionMs(limit);
  let tat = Number.NEGATIVE_INFINITY;
  for (const at of spends) {
    if (at > now) break;
    tat = Math.max(tat, at) + emission;
  }
  const base = Math.max(tat, now);
  const burst = emission * limit.capacity;
  const remaining = Math.max(0, Math.min(limit.capacity, Math.floor((now + burst - base) / emission)));
  if (remaining === limit.capacity) return { remaining, capacity: limit.capacity, nextTokenAt: undefined, fullAt: now };
  // The (remaining + 1)-th token is in the bucket once base − now ≤ burst − (remaining + 1) × emission.
  const nextTokenAt = base - burst + (remaining + 1) * emission;
  return { remaining, capacity: limit.capacity, nextTokenAt, fullAt: base };
}
