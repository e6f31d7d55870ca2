/**
 * SM3 (GB/T 32905-2016), synchronous: the hash of SM2 signatures. Held to the standard's two
 * examples and to OpenSSL by `test/x509/sm2.node.test.ts`.
 */

import { digest } from '../hash/sha.js';

const IV = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];
const rotl = (x: number, n: number) => ((x << (n & 31)) | (x >>> (32 - (n & 31)))) >>> 0;
const p0 = (x: number) => (x ^ rotl(x, 9) ^ rotl(x, 17)) >>> 0;
const p1 = (x: number) => (x ^ rotl(x, 15) ^ rotl(x, 23)) >>> 0;

const W = new Uint32Array(68);
const W1 = new Uint32Array(64);

/** One 64-byte block into the state (GB/T 32905 §5.3). */
function compress(state: Int32Array, block: Uint8Array, offset: number): void {
  for (let j = 0; j < 16; j += 1) {
    const at = offset + j * 4;
    W[j] =
      (((block[at] as number) << 24) |
        ((block[at + 1] as number) << 16) |
        ((block[at + 2] as number) << 8) |
        (block[at + 3] as number)) >>>
      0;
  }
  for (let j = 16; j < 68; j += 1)
    W[j] =
      (p1((W[j - 16] as number) ^ (W[j - 9] as number) ^ rotl(W[j - 3] as number, 15)) ^
        rotl(W[j - 13] as number, 7) ^
        (W[j - 6] as number)) >>>
      0;
  for (let j = 0; j < 64; j += 1) W1[j] = ((W[j] as number) ^ (W[j + 4] as number)) >>> 0;
  let [a, b, c, d, e, f, g, h] = state as unknown as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  for (let j = 0; j < 64; j += 1) {
    const t = j < 16 ? 0x79cc4519 : 0x7a879d8a;
    const ss1 = rotl((rotl(a, 12) + e + rotl(t, j % 32)) >>> 0, 7);
    const ss2 = (ss1 ^ rotl(a, 12)) >>> 0;
    const ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
    const gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
    const tt1 = (ff + d + ss2 + (W1[j] as number)) >>> 0;
    const tt2 = (gg + h + ss1 + (W[j] as number)) >>> 0;
    d = c;
    c = rotl(b, 9);
    b = a;
    a = tt1;
    h = g;
    g = rotl(f, 19);
    f = e;
    e = p0(tt2);
  }
  [a, b, c, d, e, f, g, h].forEach((word, i) => {
    state[i] = ((state[i] as number) ^ word) >>> 0;
  });
}

/**
 * SM3 of `bytes`.
 *
 * @example
 * toHex(sm3(new TextEncoder().encode('abc'))) // => '66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0'
 */
export function sm3(bytes: Uint8Array): Uint8Array {
  return digest(bytes, IV, compress);
}
