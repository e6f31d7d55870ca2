import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RateLimit } from '../../src/policy/index.js';
import { bucketAt, emissionMs } from '../../src/quota/token-bucket.js';

/**
 * STD-10's buckets against a plain token bucket written the obvious way — a level that fills one
 * millisecond per millisecond up to capacity × emission and drops by one emission per token — on
 * random histories: the generic cell rate algorithm must agree on every decision, every count and
 * every instant.
 */
function reference(capacity: number, emission: number, times: readonly number[]) {
  let level = capacity * emission;
  let last = Number.NEGATIVE_INFINITY;
  return times.map((at) => {
    level = last === Number.NEGATIVE_INFINITY ? level : Math.min(capacity * emission, level + (at - last));
    last = at;
    const remaining = Math.floor(level / emission);
    const next = remaining === capacity ? undefined : at + (remaining + 1) * emission - level;
    const full = at + (capacity * emission - level);
    const allowed = level >= emission;
    if (allowed) level -= emission;
    return { allowed, remaining, next, full };
  });
}

const limitOf = (capacity: number, emission: number): RateLimit => ({
  name: 'test',
  counts: 'order',
  per: 'account',
  capacity,
  periodSeconds: (capacity * emission) / 1000,
  exempt: [],
});

describe('bucketAt', () => {
  it('agrees with a plain token bucket on random histories (decisions, tokens left, next token, full again)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 60 }).map((seconds) => seconds * 1000),
        fc.array(fc.integer({ min: 0, max: 90_000 }), { minLength: 1, maxLength: 40 }),
        (capacity, emission, gaps) => {
          const limit = limitOf(capacity, emission);
          expect(emissionMs(limit)).toBe(emission);
          let clock = 1_000_000;
          const times = gaps.map((gap) => {
            clock += gap;
            return clock;
          });
          const expected = reference(capacity, emission, times);
          const spends: number[] = [];
          times.forEach((at, i) => {
            const state = bucketAt(spends, limit, at);
            const want = expected[i];
            expect({ remaining: state.remaining, next: state.nextTokenAt, full: state.fullAt }).toEqual({
              remaining: want?.remaining,
              next: want?.next,
              full: want?.full,
            });
            if (state.remaining >= 1) spends.push(at);
            expect(state.remaining >= 1).toBe(want?.allowed);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ignores spends after the instant asked about, and never shows more than the capacity', () => {
    const limit = limitOf(5, 720_000);
    expect(bucketAt([10, 20, 30], limit, 5)).toEqual({ remaining: 5, capacity: 5, nextTokenAt: undefined, fullAt: 5 });
    expect(bucketAt([0, 0, 0, 0, 0, 0, 0], limit, 0).remaining).toBe(0); // an override spent beyond the bucket
    expect(bucketAt([0, 0, 0, 0, 0, 0, 0], limit, 0).nextTokenAt).toBe(3 * 720_000); // and pushed the refill out
  });
});
