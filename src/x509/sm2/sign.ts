import { inverse, modulo, pointsOf, SM2P256V1, type Sm2Domain, toBig, toBytes } from './curve.js';
import { SM2_DEFAULT_ID, type Sm2Coordinates, sm2Digest } from './verify.js';

/** Where signing and key generation take their secret randomness: 32 fresh bytes per call. */
export type RandomBytes = (length: number) => Uint8Array;

/**
 * A uniform scalar in [1, `below`), by rejection (sm2p256v1's n is within 2^-32 of 2^256, so a
 * draw is almost never rejected) — no modulo bias.
 */
export function randomScalar(random: RandomBytes, below: bigint): bigint {
  for (;;) {
    const candidate = toBig(random(32));
    if (candidate >= 1n && candidate < below) return candidate;
  }
}

/** The public key [d]G of a private scalar, as its coordinates. */
export function publicPoint(d: bigint, domain: Sm2Domain = SM2P256V1): Sm2Coordinates {
  const { x, y } = pointsOf(domain).BASE.multiply(d).toAffine();
  return { x: toBytes(x), y: toBytes(y) };
}

/**
 * Signs `message` with the private scalar `d` (GB/T 32918.2-2016 §6.1): e = SM3(Z_A ‖ M); with a
 * fresh k, (x₁, y₁) = [k]G, r = (e + x₁) mod n, s = (1 + d)⁻¹ · (k − r·d) mod n, drawing again
 * when r = 0, r + k = n or s = 0. The multiplication by k is noble's constant-time one.
 *
 * @example
 * const { r, s } = signSm2(message, d, publicPoint(d), randomBytesOf(crypto));
 * verifySm2(message, { r, s }, publicPoint(d)) // => true
 */
export function signSm2(
  message: Uint8Array,
  d: bigint,
  publicKey: Sm2Coordinates,
  random: RandomBytes,
  id: Uint8Array = SM2_DEFAULT_ID,
  domain: Sm2Domain = SM2P256V1,
): { readonly r: bigint; readonly s: bigint } {
  const { n } = domain;
  const e = sm2Digest(message, publicKey, id, domain);
  const scale = inverse(1n + d, n);
  for (;;) {
    const k = randomScalar(random, n);
    const r = modulo(e + pointsOf(domain).BASE.multiply(k).toAffine().x, n);
    if (r === 0n || r + k === n) continue;
    const s = modulo(scale * (k - r * d), n);
    if (s !== 0n) return { r, s };
  }
}
