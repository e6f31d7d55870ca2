/**
 * SHA-1 and SHA-256 (FIPS 180-4), synchronous, for fingerprints: the digest of a certificate or of
 * its SubjectPublicKeyInfo is an identifier, computed on every parse. WebCrypto's `digest` is
 * asynchronous and, in Node 20, costs about 60 µs a call in promise and thread-pool overhead for
 * a 1 KB input — three times the whole DER decode; these run in a few microseconds. Signatures are
 * still verified by WebCrypto only. Held to node:crypto over generated inputs and to the FIPS
 * 180-2 examples by `test/x509/sha.test.ts`.
 */

/** The first 64 primes, whose roots give SHA-256 its constants. */
const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 64; n += 1) if (PRIMES.every((prime) => n % prime !== 0)) PRIMES.push(n);
/** The first 32 bits of the fractional part of `root(prime)`. */
const fractionBits = (root: (x: number) => number) => (prime: number) => (root(prime) % 1) * 2 ** 32;
/**
 * The round constants (FIPS 180-4 §4.2.2: cube roots of the first 64 primes) and the initial hash
 * (§5.3.3: square roots of the first 8), computed rather than written out: a double's 53 bits hold
 * the 32 needed, and the FIPS examples in the tests would fail on any wrong bit.
 */
const K256 = Int32Array.from(PRIMES, fractionBits(Math.cbrt));
const SHA256_INITIAL = PRIMES.slice(0, 8).map(fractionBits(Math.sqrt));
const SHA1_INITIAL = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

/** The message schedule, reused by every block (the functions are synchronous, so never shared). */
const W = new Int32Array(80);

/**
 * SHA-256 of `bytes`.
 *
 * @example
 * toHex(sha256(new TextEncoder().encode('abc')))
 * // => 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(bytes: Uint8Array): Uint8Array {
  return digest(bytes, SHA256_INITIAL, sha256Block);
}

/**
 * SHA-1 of `bytes` — for the fingerprint OpenSSL and browsers still show, never for a signature.
 *
 * @example
 * toHex(sha1(new TextEncoder().encode('abc'))) // => 'a9993e364706816aba3e25717850c26c9cd0d89d'
 */
export function sha1(bytes: Uint8Array): Uint8Array {
  return digest(bytes, SHA1_INITIAL, sha1Block);
}

/**
 * `hash` applied `rounds` more times to a digest of its own size (`H(H(…H(digest)))`), as the
 * PKCS#12 key derivation iterates it: one padded block reused, nothing allocated per round.
 *
 * @example
 * rehash('SHA-1', sha1(input), 2) // equals sha1(sha1(sha1(input)))
 */
export function rehash(hash: 'SHA-1' | 'SHA-256', digestBytes: Uint8Array, rounds: number): Uint8Array {
  const [initial, compress] = hash === 'SHA-1' ? [SHA1_INITIAL, sha1Block] : [SHA256_INITIAL, sha256Block];
  const words = initial.length;
  const block = new Uint8Array(64);
  block.set(digestBytes);
  block[words * 4] = 0x80;
  writeWord(block, 60, words * 32); // the bit length of one digest
  const state = new Int32Array(words);
  for (let round = 0; round < rounds; round += 1) {
    for (let i = 0; i < words; i += 1) state[i] = (initial[i] as number) | 0;
    compress(state, block, 0);
    for (let i = 0; i < words; i += 1) writeWord(block, i * 4, state[i] as number);
  }
  return block.slice(0, words * 4);
}

/** One 64-byte block at `offset` folded into the state. */
export type Compress = (state: Int32Array, block: Uint8Array, offset: number) => void;

/**
 * Merkle–Damgård: the whole blocks, then the padded tail (0x80, zeros, the bit length big-endian),
 * the state written out big-endian — SHA-1, SHA-256 and SM3 (GB/T 32905) alike.
 */
export function digest(bytes: Uint8Array, initial: readonly number[], compress: Compress): Uint8Array {
  const state = Int32Array.from(initial, (word) => word | 0);
  const whole = bytes.length - (bytes.length % 64);
  for (let offset = 0; offset < whole; offset += 64) compress(state, bytes, offset);
  const tail = new Uint8Array(bytes.length % 64 < 56 ? 64 : 128);
  tail.set(bytes.subarray(whole));
  tail[bytes.length - whole] = 0x80;
  const bits = bytes.length * 8;
  const end = tail.length;
  // the length is below 2^53 bits: its high word is the quotient by 2^32
  writeWord(tail, end - 8, Math.floor(bits / 0x100000000));
  writeWord(tail, end - 4, bits >>> 0);
  for (let offset = 0; offset < end; offset += 64) compress(state, tail, offset);
  const out = new Uint8Array(state.length * 4);
  for (let i = 0; i < state.length; i += 1) writeWord(out, i * 4, state[i] as number);
  return out;
}

function writeWord(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = word >>> 16;
  bytes[offset + 2] = word >>> 8;
  bytes[offset + 3] = word;
}

function loadBlock(block: Uint8Array, offset: number): void {
  for (let i = 0; i < 16; i += 1) {
    const at = offset + i * 4;
    W[i] =
      ((block[at] as number) << 24) |
      ((block[at + 1] as number) << 16) |
      ((block[at + 2] as number) << 8) |
      (block[at + 3] as number);
  }
}

const rotr = (x: number, n: number) => (x >>> n) | (x << (32 - n));

/** FIPS 180-4 §6.2.2. */
function sha256Block(state: Int32Array, block: Uint8Array, offset: number): void {
  loadBlock(block, offset);
  for (let i = 16; i < 64; i += 1) {
    const w15 = W[i - 15] as number;
    const w2 = W[i - 2] as number;
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3);
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10);
    W[i] = ((W[i - 16] as number) + s0 + (W[i - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let i = 0; i < 64; i += 1) {
    const t1 =
      (h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + (K256[i] as number) + (W[i] as number)) |
      0;
    const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/** FIPS 180-4 §6.1.2. */
function sha1Block(state: Int32Array, block: Uint8Array, offset: number): void {
  loadBlock(block, offset);
  for (let i = 16; i < 80; i += 1) {
    const x = (W[i - 3] as number) ^ (W[i - 8] as number) ^ (W[i - 14] as number) ^ (W[i - 16] as number);
    W[i] = (x << 1) | (x >>> 31);
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  for (let i = 0; i < 80; i += 1) {
    // the four round functions of §4.1.1, twenty rounds each
    let f: number;
    let k: number;
    if (i < 20) {
      f = (b & c) | (~b & d);
      k = 0x5a827999;
    } else if (i < 40) {
      f = b ^ c ^ d;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8f1bbcdc;
    } else {
      f = b ^ c ^ d;
      k = 0xca62c1d6;
    }
    const t = (((a << 5) | (a >>> 27)) + f + e + k + (W[i] as number)) | 0;
    e = d;
    d = c;
    c = (b << 30) | (b >>> 2);
    b = a;
    a = t;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
}
