/**
 * DES and Triple DES (FIPS 46-3, NIST SP 800-67) in CBC mode, for the legacy PKCS#12 files
 * Windows Server 2016 and older write and read (`pbeWithSHAAnd3-KeyTripleDES-CBC`): WebCrypto has
 * no DES. Bit-by-bit from the standard's tables — slow next to a native cipher, but a PFX holds a
 * few kilobytes. Never used for anything else.
 */

// prettier-ignore
const IP = [
  58, 50, 42, 34, 26, 18, 10, 2, 60, 52, 44, 36, 28, 20, 12, 4, 62, 54, 46, 38, 30, 22, 14, 6, 64, 56, 48, 40, 32, 24,
  16, 8, 57, 49, 41, 33, 25, 17, 9, 1, 59, 51, 43, 35, 27, 19, 11, 3, 61, 53, 45, 37, 29, 21, 13, 5, 63, 55, 47, 39, 31,
  23, 15, 7,
];
/** The final permutation is the inverse of IP. */
const FP = IP.reduce<number[]>((inverse, from, to) => {
  inverse[from - 1] = to + 1;
  return inverse;
}, []);
// prettier-ignore
const P = [
  16, 7, 20, 21, 29, 12, 28, 17, 1, 15, 23, 26, 5, 18, 31, 10, 2, 8, 24, 14, 32, 27, 3, 9, 19, 13, 30, 6, 22, 11, 4, 25,
];
// prettier-ignore
const PC1 = [
  57, 49, 41, 33, 25, 17, 9, 1, 58, 50, 42, 34, 26, 18, 10, 2, 59, 51, 43, 35, 27, 19, 11, 3, 60, 52, 44, 36, 63, 55,
  47, 39, 31, 23, 15, 7, 62, 54, 46, 38, 30, 22, 14, 6, 61, 53, 45, 37, 29, 21, 13, 5, 28, 20, 12, 4,
];
// prettier-ignore
const PC2 = [
  14, 17, 11, 24, 1, 5, 3, 28, 15, 6, 21, 10, 23, 19, 12, 4, 26, 8, 16, 7, 27, 20, 13, 2, 41, 52, 31, 37, 47, 55, 30,
  40, 51, 45, 33, 48, 44, 49, 39, 56, 34, 53, 46, 42, 50, 36, 29, 32,
];
const SHIFTS = [1, 1, 2, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2, 2, 1];
// prettier-ignore
const S = [
  '14 4 13 1 2 15 11 8 3 10 6 12 5 9 0 7 0 15 7 4 14 2 13 1 10 6 12 11 9 5 3 8 4 1 14 8 13 6 2 11 15 12 9 7 3 10 5 0 15 12 8 2 4 9 1 7 5 11 3 14 10 0 6 13',
  '15 1 8 14 6 11 3 4 9 7 2 13 12 0 5 10 3 13 4 7 15 2 8 14 12 0 1 10 6 9 11 5 0 14 7 11 10 4 13 1 5 8 12 6 9 3 2 15 13 8 10 1 3 15 4 2 11 6 7 12 0 5 14 9',
  '10 0 9 14 6 3 15 5 1 13 12 7 11 4 2 8 13 7 0 9 3 4 6 10 2 8 5 14 12 11 15 1 13 6 4 9 8 15 3 0 11 1 2 12 5 10 14 7 1 10 13 0 6 9 8 7 4 15 14 3 11 5 2 12',
  '7 13 14 3 0 6 9 10 1 2 8 5 11 12 4 15 13 8 11 5 6 15 0 3 4 7 2 12 1 10 14 9 10 6 9 0 12 11 7 13 15 1 3 14 5 2 8 4 3 15 0 6 10 1 13 8 9 4 5 11 12 7 2 14',
  '2 12 4 1 7 10 11 6 8 5 3 15 13 0 14 9 14 11 2 12 4 7 13 1 5 0 15 10 3 9 8 6 4 2 1 11 10 13 7 8 15 9 12 5 6 3 0 14 11 8 12 7 1 14 2 13 6 15 0 9 10 4 5 3',
  '12 1 10 15 9 2 6 8 0 13 3 4 14 7 5 11 10 15 4 2 7 12 9 5 6 1 13 14 0 11 3 8 9 14 15 5 2 8 12 3 7 0 4 10 1 13 11 6 4 3 2 12 9 5 15 10 11 14 1 7 6 0 8 13',
  '4 11 2 14 15 0 8 13 3 12 9 7 5 10 6 1 13 0 11 7 4 9 1 10 14 3 5 12 2 15 8 6 1 4 11 13 12 3 7 14 10 15 6 8 0 5 9 2 6 11 13 8 1 4 10 7 9 5 0 15 14 2 3 12',
  '13 2 8 4 6 15 11 1 10 9 3 14 5 0 12 7 1 15 13 8 10 3 7 4 12 5 6 11 0 14 9 2 7 11 4 1 9 12 14 2 0 6 10 13 15 3 5 8 2 1 14 7 4 10 8 13 15 12 9 0 3 5 6 11',
].map((row) => row.split(' ').map(Number));

/** Bits as an array of 0/1, most significant first (key schedule and the initial permutations only). */
type Bits = number[];

const bitsOf = (bytes: Uint8Array, offset: number, count: number): Bits =>
  Array.from({ length: count * 8 }, (_, i) => ((bytes[offset + (i >> 3)] as number) >> (7 - (i & 7))) & 1);
const permute = (bits: Bits, table: readonly number[]): Bits => table.map((position) => bits[position - 1] as number);
const wordOf = (bits: Bits, from: number): number =>
  bits.slice(from, from + 32).reduce((word, bit) => ((word << 1) | bit) >>> 0, 0);

/**
 * The S-boxes and P fused (the usual "SP" tables): `SP[box][six]` is P applied to box's 4-bit
 * output in its place, so a round is eight lookups. Built once from the standard's tables.
 */
const SP = S.map((box, index) =>
  Uint32Array.from({ length: 64 }, (_, six) => {
    const value = box[(((six >> 4) & 2) | (six & 1)) * 16 + ((six >> 1) & 15)] as number;
    const out = Array.from({ length: 32 }, (_, bit) => (bit >> 2 === index ? (value >> (3 - (bit & 3))) & 1 : 0));
    return wordOf(permute(out, P), 0);
  }),
);

/** The 16 round keys of one DES key (8 bytes at `offset`; parity bits ignored), each as eight 6-bit groups. */
function roundKeys(key: Uint8Array, offset: number): Uint8Array[] {
  const permuted = permute(bitsOf(key, offset, 8), PC1);
  let c = permuted.slice(0, 28);
  let d = permuted.slice(28);
  return SHIFTS.map((shift) => {
    c = [...c.slice(shift), ...c.slice(0, shift)];
    d = [...d.slice(shift), ...d.slice(0, shift)];
    const bits = permute([...c, ...d], PC2);
    return Uint8Array.from({ length: 8 }, (_, group) =>
      bits.slice(group * 6, group * 6 + 6).reduce((six, bit) => (six << 1) | bit, 0),
    );
  });
}

/**
 * f(R, K): the expansion E gives R as eight 6-bit groups, group i being bits 4i−1 … 4i+4 of R
 * (1-based, wrapping: E's table 32 1 2 3 4 5, 4 5 6 7 8 9, …), here by rotation; mixed with K,
 * through SP.
 */
function feistel(right: number, key: Uint8Array): number {
  let out = 0;
  for (let group = 0; group < 8; group += 1) {
    const rotated =
      group === 0 ? (right >>> 1) | (right << 31) : (right << (4 * group - 1)) | (right >>> (33 - 4 * group));
    out ^= (SP[group] as Uint32Array)[((rotated >>> 26) & 0x3f) ^ (key[group] as number)] as number;
  }
  return out >>> 0;
}

/** 32 bits of the block at `offset`, picked by positions 1–64 of `table` from `from`. */
function pick(bytes: Uint8Array, offset: number, table: readonly number[], from: number): number {
  let word = 0;
  for (let i = from; i < from + 32; i += 1) {
    const position = (table[i] as number) - 1;
    word = (word << 1) | (((bytes[offset + (position >> 3)] as number) >> (7 - (position & 7))) & 1);
  }
  return word >>> 0;
}

/** One DES block (8 bytes at `offset` of `bytes`, written back) with these round keys. */
function desBlock(bytes: Uint8Array, offset: number, keys: readonly Uint8Array[]): void {
  let left = pick(bytes, offset, IP, 0);
  let right = pick(bytes, offset, IP, 32);
  for (const key of keys) {
    const next = (left ^ feistel(right, key)) >>> 0;
    left = right;
    right = next;
  }
  // the final permutation of R16 L16
  for (let i = 0; i < 8; i += 1) {
    let byte = 0;
    for (let bit = 0; bit < 8; bit += 1) {
      const position = (FP[i * 8 + bit] as number) - 1;
      const word = position < 32 ? right : left;
      byte = (byte << 1) | ((word >>> (31 - (position & 31))) & 1);
    }
    bytes[offset + i] = byte;
  }
}

/** The three key schedules of a 24-byte Triple DES key (keying option 1; 8 bytes: single DES). */
function schedules(key: Uint8Array): [Uint8Array[], Uint8Array[], Uint8Array[]] {
  if (key.length !== 8 && key.length !== 24) throw new RangeError('a DES key has 8 bytes, a Triple DES key 24');
  const k1 = roundKeys(key, 0);
  return key.length === 8 ? [k1, k1, k1] : [k1, roundKeys(key, 8), roundKeys(key, 16)];
}

/**
 * Triple DES (EDE) or DES in CBC mode with PKCS#7 padding; `null` when the padding is wrong
 * after decryption (a wrong password, almost always).
 *
 * @example
 * tripleDesCbc('decrypt', key24, iv8, ciphertext) // => plaintext, or null
 */
export function tripleDesCbc(
  direction: 'encrypt' | 'decrypt',
  key: Uint8Array,
  iv: Uint8Array,
  data: Uint8Array,
): Uint8Array | null {
  const [k1, k2, k3] = schedules(key);
  const reverse = (keys: Uint8Array[]) => [...keys].reverse();
  const [r1, r2, r3] = [reverse(k1), reverse(k2), reverse(k3)];
  // EDE: E(K1), D(K2), E(K3) to encrypt; D(K3), E(K2), D(K1) to decrypt
  const passes = direction === 'encrypt' ? [k1, r2, k3] : [r3, k2, r1];
  const cipher = (bytes: Uint8Array, offset: number) => {
    for (const keys of passes) desBlock(bytes, offset, keys);
  };
  if (direction === 'encrypt') {
    const pad = 8 - (data.length % 8);
    const out = new Uint8Array(data.length + pad).fill(pad);
    out.set(data);
    for (let offset = 0; offset < out.length; offset += 8) {
      for (let i = 0; i < 8; i += 1)
        out[offset + i] = (out[offset + i] as number) ^ ((offset === 0 ? iv[i] : out[offset - 8 + i]) as number);
      cipher(out, offset);
    }
    return out;
  }
  if (data.length === 0 || data.length % 8 !== 0) return null;
  const out = new Uint8Array(data); // a copy even of a Buffer, whose slice() is a view
  for (let offset = 0; offset < out.length; offset += 8) {
    cipher(out, offset);
    for (let i = 0; i < 8; i += 1)
      out[offset + i] = (out[offset + i] as number) ^ ((offset === 0 ? iv[i] : data[offset - 8 + i]) as number);
  }
  return unpad(out, 8);
}

/** PKCS#7 padding removed, or `null` when it is not valid. */
export function unpad(bytes: Uint8Array, block: number): Uint8Array | null {
  const pad = bytes[bytes.length - 1] ?? 0;
  if (pad < 1 || pad > block || pad > bytes.length) return null;
  for (let i = bytes.length - pad; i < bytes.length; i += 1) if (bytes[i] !== pad) return null;
  return bytes.slice(0, bytes.length - pad);
}
