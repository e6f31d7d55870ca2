import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/x509/der/encoding.js';
import { rehash, sha1, sha256 } from '../../src/x509/hash/sha.js';

const text = (value: string) => new TextEncoder().encode(value);

describe('SHA-1 and SHA-256 (fingerprints, issue 22)', () => {
  // FIPS 180-2 appendix examples, and the empty message
  it.each([
    [
      '',
      'da39a3ee5e6b4b0d3255bfef95601890afd80709',
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    ],
    [
      'abc',
      'a9993e364706816aba3e25717850c26c9cd0d89d',
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    ],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '84983e441c3bd26ebaae4aa1f95129e5e54670f1',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'a'.repeat(1_000_000),
      '34aa973cd4c4daa4f61eeb2bdbad27316534016f',
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    ],
  ])('the FIPS example %#', (message, expectedSha1, expectedSha256) => {
    expect(toHex(sha1(text(message)))).toBe(expectedSha1);
    expect(toHex(sha256(text(message)))).toBe(expectedSha256);
  });

  it('agrees with WebCrypto on any input, every padding boundary included', async () => {
    const lengths = fc.oneof(fc.integer({ min: 0, max: 200 }), fc.constantFrom(55, 56, 63, 64, 65, 119, 120, 127, 128));
    await fc.assert(
      fc.asyncProperty(
        lengths.chain((length) => fc.uint8Array({ minLength: length, maxLength: length })),
        fc.nat(16),
        async (bytes, offset) => {
          // a view into a larger buffer, as DER fields are
          const buffer = new Uint8Array(bytes.length + offset * 2).fill(0xaa);
          buffer.set(bytes, offset);
          const view = buffer.subarray(offset, offset + bytes.length);
          expect(toHex(sha256(view))).toBe(toHex(await crypto.subtle.digest('SHA-256', bytes)));
          expect(toHex(sha1(view))).toBe(toHex(await crypto.subtle.digest('SHA-1', bytes)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves its input as it was', () => {
    const bytes = text('certificate');
    const copy = bytes.slice();
    sha256(bytes);
    sha1(bytes);
    expect(bytes).toEqual(copy);
  });
});

describe('rehash (the PKCS#12 key derivation’s iterations)', () => {
  it('equals hashing the digest again, round by round, for SHA-1 and SHA-256', () => {
    for (const [name, hash] of [
      ['SHA-1', sha1],
      ['SHA-256', sha256],
    ] as const) {
      let expected = hash(new TextEncoder().encode('abc'));
      const first = expected;
      for (let rounds = 0; rounds <= 5; rounds += 1) {
        expect(rehash(name, first, rounds)).toEqual(expected);
        expected = hash(expected);
      }
    }
  });
});
