import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLru } from '../../src/core/lru.js';

describe('createLru (two generations)', () => {
  it('never holds more than its capacity, answers the last value set, and keeps what was used recently', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('get' as const), key: fc.nat(12) }),
      fc.record({ kind: fc.constant('set' as const), key: fc.nat(12), value: fc.integer() }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(operation, { maxLength: 80 }), (capacity, operations) => {
        const cache = createLru<number, number>(capacity);
        const last = new Map<number, number>(); // the value each key was last set to
        const recent: number[] = []; // keys set or found by a read, most recent last
        for (const op of operations) {
          if (op.kind === 'get') {
            const found = cache.get(op.key);
            // a hit is the last value set; a miss only for a key not among the recent ones
            if (found !== undefined) expect(found).toBe(last.get(op.key));
            if (found !== undefined) recent.push(op.key);
          } else {
            cache.set(op.key, op.value);
            last.set(op.key, op.value);
            recent.push(op.key);
          }
          expect(cache.size).toBeLessThanOrEqual(capacity);
          // the keys of the last capacity/2 (at least 1) uses are all still there
          const kept = new Set(recent.slice(-Math.max(1, Math.floor(capacity / 2))));
          for (const key of kept) expect(cache.get(key), `key ${key}`).toBe(last.get(key));
        }
      }),
    );
  });

  it('forgets the oldest entries first', () => {
    const cache = createLru<string, number>(4);
    for (const [index, key] of ['a', 'b', 'c', 'd', 'e'].entries()) cache.set(key, index);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('e')).toBe(4);
    expect(cache.size).toBeLessThanOrEqual(4);
  });
});
