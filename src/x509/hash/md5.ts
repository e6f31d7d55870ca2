/**
 * MD5 (RFC 1321), synchronous — only for OpenSSL's `EVP_BytesToKey`, the key derivation of
 * traditional encrypted PEM keys (`Proc-Type: 4,ENCRYPTED`). Never a fingerprint, never a
 * signature. Held to node:crypto and the RFC's examples by `test/x509/traditional-pem.test.ts`.
 */

/** The per-round constants: the integer part of 2^32 × |sin(i + 1)| (RFC 1321 §3.4). */
const K = Int32Array.from({ length: 64 }, (_, i) => Math.floor(Math.abs(Math.sin(i + 1)) * 2 ** 32));
// prettier-ignore
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

/** Each round's mixing function and message-word order (RFC 1321 §3.4). */
interface Round {
  readonly f: (b: number, c: number, d: number) => number;
  readonly g: (i: number) => number;
}
const ROUNDS: readonly Round[] = [
  { f: (b, c, d) => (b & c) | (~b & d), g: (i) => i },
  { f: (b, c, d) => (d & b) | (~d & c), g: (i) => (5 * i + 1) & 15 },
  { f: (b, c, d) => b ^ c ^ d, g: (i) => (3 * i + 5) & 15 },
  { f: (b, c, d) => c ^ (b | ~d), g: (i) => (7 * i) & 15 },
];

/**
 * MD5 of `bytes`.
 *
 * @example
 * toHex(md5(new TextEncoder().encode('abc'))) // => '900150983cd24fb0d6963f7d28e17f72'
 */
export function md5(bytes: Uint8Array): Uint8Array {
  const total = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(total);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const bits = bytes.length * 8;
  for (let i = 0; i < 4; i += 1) padded[total - 8 + i] = (bits >>> (8 * i)) & 0xff; // little-endian length
  padded[total - 4] = Math.floor(bits / 2 ** 32) & 0xff;
  const state = Int32Array.of(0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476);
  const m = new Int32Array(16);
  for (let offset = 0; offset < total; offset += 64) {
    for (let i = 0; i < 16; i += 1) {
      const at = offset + i * 4;
      m[i] =
        (padded[at] as number) |
        ((padded[at + 1] as number) << 8) |
        ((padded[at + 2] as number) << 16) |
        ((padded[at + 3] as number) << 24);
    }
    let [a, b, c, d] = [state[0] as number, state[1] as number, state[2] as number, state[3] as number];
    for (let i = 0; i < 64; i += 1) {
      const round = i >> 4;
      const f = (ROUNDS[round] as Round).f(b, c, d);
      const g = (ROUNDS[round] as Round).g(i);
      const sum = (a + f + (K[i] as number) + (m[g] as number)) | 0;
      const shift = SHIFTS[round * 4 + (i & 3)] as number;
      a = d;
      d = c;
      c = b;
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0;
    }
    state[0] = ((state[0] as number) + a) | 0;
    state[1] = ((state[1] as number) + b) | 0;
    state[2] = ((state[2] as number) + c) | 0;
    state[3] = ((state[3] as number) + d) | 0;
  }
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i += 1) out[i] = ((state[i >> 2] as number) >>> (8 * (i & 3))) & 0xff;
  return out;
}
