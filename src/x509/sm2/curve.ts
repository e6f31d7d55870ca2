import { invert } from '@noble/curves/abstract/modular.js';
import { type WeierstrassPoint, type WeierstrassPointCons, weierstrassN } from '@noble/curves/abstract/weierstrass.js';

/**
 * The SM2 curve arithmetic, on @noble/curves' audited generic short-Weierstrass code (see
 * docs/dependencies.md for why that library): certkit adds only what SM2 defines on top — Z_A,
 * the signature equations, the key formats.
 */

/** An SM2 elliptic-curve domain (GB/T 32918.1 §5): the field prime, coefficients, base point and its order. */
export interface Sm2Domain {
  readonly p: bigint;
  readonly a: bigint;
  readonly b: bigint;
  readonly n: bigint;
  readonly Gx: bigint;
  readonly Gy: bigint;
}

/** sm2p256v1, the curve GB/T 32918.5 recommends and every SM2 certificate uses. */
export const SM2P256V1: Sm2Domain = {
  p: 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn,
  a: 0xfffffffeffffffffffffffffffffffffffffffff00000000fffffffffffffffcn,
  b: 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n,
  n: 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n,
  Gx: 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n,
  Gy: 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n,
};

export type Sm2Point = WeierstrassPoint<bigint>;

const points = new WeakMap<Sm2Domain, WeierstrassPointCons<bigint>>();

/** The point type of a domain (built once per domain). */
export function pointsOf(domain: Sm2Domain): WeierstrassPointCons<bigint> {
  let Point = points.get(domain);
  if (Point === undefined) {
    Point = weierstrassN({ ...domain, h: 1n });
    points.set(domain, Point);
  }
  return Point;
}

/** `value` modulo `m`, in [0, m). */
export const modulo = (value: bigint, m: bigint) => ((value % m) + m) % m;

/** The inverse of `value` modulo the prime `m`. */
export const inverse = (value: bigint, m: bigint) => invert(modulo(value, m), m);

/** A big-endian unsigned integer. */
export const toBig = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);

/** `value` as `length` big-endian bytes. */
export const toBytes = (value: bigint, length = 32) =>
  Uint8Array.from({ length }, (_, i) => Number((value >> BigInt(8 * (length - 1 - i))) & 0xffn));

/**
 * The point (x, y) of 32-byte big-endian coordinates, or `undefined` when it is not on the curve
 * (an invalid public key is refused before any work).
 */
export function pointFrom(
  publicKey: { readonly x: Uint8Array; readonly y: Uint8Array },
  domain: Sm2Domain,
): Sm2Point | undefined {
  if (publicKey.x.length !== 32 || publicKey.y.length !== 32) return undefined;
  try {
    const point = pointsOf(domain).fromAffine({ x: toBig(publicKey.x), y: toBig(publicKey.y) });
    point.assertValidity();
    return point;
  } catch {
    return undefined;
  }
}
