import { concatBytes } from '../der/bytes.js';
import { pointFrom, pointsOf, SM2P256V1, type Sm2Domain, toBig, toBytes } from './curve.js';
import { sm3 } from './sm3.js';

/**
 * SM2 signature verification (GB/T 32918.2-2016 §7) on sm2p256v1 by default: SM2-with-SM3
 * certificates and CSRs carry it and WebCrypto has none.
 */

/** The default distinguishing identifier of GB/T 35276 and RFC 8998: `1234567812345678`. */
export const SM2_DEFAULT_ID = new TextEncoder().encode('1234567812345678');

/** The longest identifier Z_A can encode: ENTL is a 16-bit count of bits. */
export const SM2_MAX_ID_BYTES = 8191;

/** An SM2 public key as its two 32-byte affine coordinates. */
export interface Sm2Coordinates {
  readonly x: Uint8Array;
  readonly y: Uint8Array;
}

/**
 * Z_A of GB/T 32918.2 §5.5: SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), what the signed digest
 * is bound to.
 *
 * @example
 * toHex(sm2Za(publicKeyOfTheGbtExample)) // => 'b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3'
 */
export function sm2Za(publicKey: Sm2Coordinates, id: Uint8Array = SM2_DEFAULT_ID, domain = SM2P256V1): Uint8Array {
  const bits = id.length * 8;
  return sm3(
    concatBytes(
      Uint8Array.of(bits >> 8, bits & 0xff),
      id,
      ...[domain.a, domain.b, domain.Gx, domain.Gy].map((value) => toBytes(value)),
      publicKey.x,
      publicKey.y,
    ),
  );
}

/** e = SM3(Z_A ‖ M) as an integer (GB/T 32918.2 §6.1 A1–A2, §7.1 B3–B4). */
export function sm2Digest(message: Uint8Array, publicKey: Sm2Coordinates, id: Uint8Array, domain: Sm2Domain): bigint {
  return toBig(sm3(concatBytes(sm2Za(publicKey, id, domain), message)));
}

/**
 * Verifies an SM2 signature `(r, s)` over `message` by the public key (`x`, `y`, 32 bytes each),
 * with the distinguishing `id` (the default `1234567812345678`): e = SM3(Z_A ‖ M), t = r + s,
 * (x₁, y₁) = [s]G + [t]P_A, valid when (e + x₁) mod n = r. A key off the curve, an `r` or `s`
 * outside [1, n − 1], or an identifier too long for ENTL is `false`.
 *
 * @example
 * verifySm2(message, { r, s }, { x, y }) // => true for a signature OpenSSL made with distid 1234567812345678
 */
export function verifySm2(
  message: Uint8Array,
  signature: { readonly r: bigint; readonly s: bigint },
  publicKey: Sm2Coordinates,
  id: Uint8Array = SM2_DEFAULT_ID,
  domain: Sm2Domain = SM2P256V1,
): boolean {
  const { r, s } = signature;
  const { n } = domain;
  if (r < 1n || r >= n || s < 1n || s >= n || id.length > SM2_MAX_ID_BYTES) return false;
  const point = pointFrom(publicKey, domain);
  const t = (r + s) % n;
  if (point === undefined || t === 0n) return false;
  const e = sm2Digest(message, publicKey, id, domain);
  // public data only: the faster variable-time multiplications are fine here
  const sum = pointsOf(domain).BASE.multiplyUnsafe(s).add(point.multiplyUnsafe(t));
  if (sum.is0()) return false;
  return (e + sum.toAffine().x) % n === r;
}
