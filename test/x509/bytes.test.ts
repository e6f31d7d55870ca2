import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesKey, combinedKey, createBytesMap, sameBytes } from '../../src/x509/der/bytes.js';

const bytes = fc.uint8Array({ maxLength: 40 });

describe('bytesKey and createBytesMap (issue 22: certificates told apart without hashing)', () => {
  it('gives equal byte strings the same key, and reads the length and the last eight bytes', () => {
    fc.assert(
      fc.property(bytes, (value) => {
        expect(bytesKey(value.slice())).toBe(bytesKey(value));
      }),
    );
    // the length above 2³², the mix of the last eight bytes below: ((1 · 31 + 2) · 31 + 3) = 1026
    expect(bytesKey(new Uint8Array([1, 2, 3]))).toBe(3 * 2 ** 32 + 1026);
    expect(bytesKey(new Uint8Array([7, 0, 0, 0, 0, 0, 0, 0, 2]))).toBe(9 * 2 ** 32 + 2); // the first byte is not read
    // a different length or a different byte among the last eight: another key
    expect(bytesKey(new Uint8Array([0, 1, 2, 3]))).not.toBe(bytesKey(new Uint8Array([1, 2, 3])));
    expect(bytesKey(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).not.toBe(
      bytesKey(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 0, 9])),
    );
  });

  it('combines two keys so that the first keeps its length and a different second gives another key', () => {
    fc.assert(
      fc.property(bytes, bytes, bytes, (child, issuer, other) => {
        const key = combinedKey(bytesKey(child), bytesKey(issuer));
        expect(Math.floor(key / 2 ** 32)).toBe(child.length);
        expect(combinedKey(bytesKey(child.slice()), bytesKey(issuer.slice()))).toBe(key);
        // for one child, the mix is a bijection of the issuer key's low 32 bits
        if (bytesKey(other) % 2 ** 32 !== bytesKey(issuer) % 2 ** 32)
          expect(combinedKey(bytesKey(child), bytesKey(other))).not.toBe(key);
      }),
    );
  });

  it('maps by content: same bytes find the value, different bytes never do, even with the same key', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 20 }), bytes, (stored, probe) => {
        const map = createBytesMap<number>();
        for (const [index, value] of stored.entries()) map.set(value, index);
        const expected = stored.findLastIndex((value) => sameBytes(value, probe));
        expect(map.get(probe.slice())).toBe(expected < 0 ? undefined : expected);
      }),
    );
    // a forged certificate keeps the signature (the tail) and changes the signed part
    const genuine = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const forged = genuine.slice();
    forged[0] = 99;
    expect(bytesKey(forged)).toBe(bytesKey(genuine));
    const map = createBytesMap<string>();
    map.set(genuine, 'genuine');
    expect(map.get(forged)).toBeUndefined();
    map.set(forged, 'forged');
    expect([map.get(genuine), map.get(forged)]).toEqual(['genuine', 'forged']);
  });

  it('compares bytes exactly', () => {
    fc.assert(
      fc.property(bytes, bytes, (a, b) => {
        expect(sameBytes(a, b)).toBe(a.length === b.length && a.every((byte, index) => byte === b[index]));
      }),
    );
  });
});
