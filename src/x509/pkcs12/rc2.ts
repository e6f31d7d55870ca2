import { unpad } from './des.js';

/**
 * RC2 (RFC 2268) in CBC mode, decryption only: the 40-bit and 128-bit RC2 that legacy PKCS#12
 * files use for their certificates (`pbeWithSHAAnd40BitRC2-CBC`, OpenSSL 1.x's default and
 * `openssl pkcs12 -legacy`). WebCrypto has no RC2; certkit never writes it.
 */

/** RFC 2268 §2: the PITABLE, a permutation of 0–255 "based on the digits of pi". */
const PITABLE = Uint8Array.from(
  [
    'd9 78 f9 c4 19 dd b5 ed 28 e9 fd 79 4a a0 d8 9d c6 7e 37 83 2b 76 53 8e 62 4c 64 88 44 8b fb a2',
    '17 9a 59 f5 87 b3 4f 13 61 45 6d 8d 09 81 7d 32 bd 8f 40 eb 86 b7 7b 0b f0 95 21 22 5c 6b 4e 82',
    '54 d6 65 93 ce 60 b2 1c 73 56 c0 14 a7 8c f1 dc 12 75 ca 1f 3b be e4 d1 42 3d d4 30 a3 3c b6 26',
    '6f bf 0e da 46 69 07 57 27 f2 1d 9b bc 94 43 03 f8 11 c7 f6 90 ef 3e e7 06 c3 d5 2f c8 66 1e d7',
    '08 e8 ea de 80 52 ee f7 84 aa 72 ac 35 4d 6a 2a 96 1a d2 71 5a 15 49 74 4b 9f d0 5e 04 18 a4 ec',
    'c2 e0 41 6e 0f 51 cb cc 24 91 af 50 a1 f4 70 39 99 7c 3a 85 23 b8 b4 7a fc 02 36 5b 25 55 97 31',
    '2d 5d fa 98 e3 8a 92 ae 05 df 29 10 67 6c ba c9 d3 00 e6 cf e1 9e a8 2c 63 16 01 3f 58 e2 89 a9',
    '0d 38 34 1b ab 33 ff b0 bb 48 0c 5f b9 b1 cd 2e c5 f3 db 47 e5 a5 9c 77 0a a6 20 68 fe 7f c1 ad',
  ]
    .join(' ')
    .split(' '),
  (hex) => Number.parseInt(hex, 16),
);

/** RFC 2268 §2: the 64 16-bit key words of a key with `effectiveBits` effective key bits. */
export function rc2KeyWords(key: Uint8Array, effectiveBits: number): Uint16Array {
  const length = key.length;
  const bytes = new Uint8Array(128);
  bytes.set(key);
  for (let i = length; i < 128; i += 1)
    bytes[i] = PITABLE[((bytes[i - 1] as number) + (bytes[i - length] as number)) & 255] as number;
  const t8 = Math.ceil(effectiveBits / 8);
  const tm = 255 >> (8 * t8 - effectiveBits);
  bytes[128 - t8] = PITABLE[(bytes[128 - t8] as number) & tm] as number;
  for (let i = 127 - t8; i >= 0; i -= 1)
    bytes[i] = PITABLE[(bytes[i + 1] as number) ^ (bytes[i + t8] as number)] as number;
  const words = new Uint16Array(64);
  for (let i = 0; i < 64; i += 1) words[i] = (bytes[2 * i] as number) | ((bytes[2 * i + 1] as number) << 8);
  return words;
}

const SHIFT = [1, 2, 3, 5] as const;
/** Encryption's rounds are 5 mixing, a mash, 6 mixing, a mash, 5 mixing; decryption undoes them backwards. */
const ROUNDS: readonly ('mix' | 'mash')[] = [
  ...Array<'mix'>(5).fill('mix'),
  'mash',
  ...Array<'mix'>(6).fill('mix'),
  'mash',
  ...Array<'mix'>(5).fill('mix'),
];

/** One 8-byte block decrypted in place (RFC 2268 §4). */
function decryptBlock(words: Uint16Array, block: Uint8Array): void {
  const r = [0, 1, 2, 3].map((i) => (block[2 * i] as number) | ((block[2 * i + 1] as number) << 8));
  let j = 63;
  for (const round of [...ROUNDS].reverse()) {
    for (let i = 3; i >= 0; i -= 1) {
      const [a, b, c] = [r[(i + 3) % 4] as number, r[(i + 2) % 4] as number, r[(i + 1) % 4] as number];
      if (round === 'mash') {
        r[i] = ((r[i] as number) - (words[a & 63] as number)) & 0xffff;
        continue;
      }
      const value = r[i] as number;
      const shift = SHIFT[i] as number;
      const rotated = ((value >>> shift) | (value << (16 - shift))) & 0xffff;
      r[i] = (rotated - (words[j] as number) - (a & b) - (~a & c)) & 0xffff;
      j -= 1;
    }
  }
  r.forEach((word, i) => {
    block[2 * i] = word & 0xff;
    block[2 * i + 1] = word >> 8;
  });
}

/**
 * RC2-CBC decryption with PKCS#7 padding removed; `null` when the padding is wrong (a wrong
 * password, almost always).
 *
 * @example
 * rc2CbcDecrypt(key5, 40, iv8, ciphertext) // => plaintext, or null
 */
export function rc2CbcDecrypt(
  key: Uint8Array,
  effectiveBits: number,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null {
  if (data.length === 0 || data.length % 8 !== 0) return null;
  const words = rc2KeyWords(key, effectiveBits);
  const out = new Uint8Array(data.length);
  for (let offset = 0; offset < data.length; offset += 8) {
    const block = new Uint8Array(data.subarray(offset, offset + 8)); // a copy: decryptBlock works in place
    decryptBlock(words, block);
    const previous = offset === 0 ? iv : data.subarray(offset - 8, offset);
    for (let i = 0; i < 8; i += 1) out[offset + i] = (block[i] as number) ^ (previous[i] as number);
  }
  return unpad(out, 8);
}

/** One block decrypted without chaining, for the RFC's test vectors. */
export function rc2DecryptBlock(key: Uint8Array, effectiveBits: number, block: Uint8Array): Uint8Array {
  const copy = new Uint8Array(block);
  decryptBlock(rc2KeyWords(key, effectiveBits), copy);
  return copy;
}
