import { concatBytes } from '../der/bytes.js';
import { sm3 } from './sm3.js';

/**
 * SM2 signature verification (GB/T 32918.2-2016 §7) on the recommended curve sm2p256v1
 * (GB/T 32918.5), in BigInt: SM2-with-SM3 certificates and CSRs carry it and WebCrypto has
 * none. Verification only — it handles public data, so plain (not constant-time) arithmetic is
 * fine; certkit neither makes SM2 keys nor signs with them here.
 */

const P = 0xfffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffffn;
const A = P - 3n;
const B = 0x28e9fa9e9d9f5e344d5a9e4bcf6509a7f39789f515ab8f92ddbcbd414d940e93n;
const N = 0xfffffffeffffffffffffffffffffffff7203df6b21c6052b53bbf40939d54123n;
const GX = 0x32c4ae2c1f1981195f9904466a39c9948fe30bbff2660be1715a4589334c74c7n;
const GY = 0xbc3736a2f4f6779c59bdcee36b692153d0a9877cc62a474002df32e52139f0a0n;

/** The default distinguishing identifier of GB/T 35276 and RFC 8998: `1234567812345678`. */
export const SM2_DEFAULT_ID = new TextEncoder().encode('1234567812345678');

/** A point in Jacobian coordinates (X/Z², Y/Z³); `Z = 0` is the point at infinity. */
type Jacobian = readonly [bigint, bigint, bigint];

const mod = (value: bigint, m = P) => ((value % m) + m) % m;

function inverse(value: bigint, m = P): bigint {
  let [a, b, x, y] = [mod(value, m), m, 1n, 0n];
  while (b !== 0n) {
    const q = a / b;
    [a, b, x, y] = [b, a - q * b, y, x - q * y];
  }
  return mod(x, m);
}

function double([x, y, z]: Jacobian): Jacobian {
  if (z === 0n || y === 0n) return [0n, 1n, 0n];
  const yy = mod(y * y);
  const s = mod(4n * x * yy);
  const zz = mod(z * z);
  const m = mod(3n * x * x + A * zz * zz);
  const x3 = mod(m * m - 2n * s);
  return [x3, mod(m * (s - x3) - 8n * yy * yy), mod(2n * y * z)];
}

function add(p: Jacobian, q: Jacobian): Jacobian {
  if (p[2] === 0n) return q;
  if (q[2] === 0n) return p;
  const [x1, y1, z1] = p;
  const [x2, y2, z2] = q;
  const z1z1 = mod(z1 * z1);
  const z2z2 = mod(z2 * z2);
  const u1 = mod(x1 * z2z2);
  const u2 = mod(x2 * z1z1);
  const s1 = mod(y1 * z2 * z2z2);
  const s2 = mod(y2 * z1 * z1z1);
  if (u1 === u2) return s1 === s2 ? double(p) : [0n, 1n, 0n];
  const h = mod(u2 - u1);
  const r = mod(s2 - s1);
  const hh = mod(h * h);
  const hhh = mod(h * hh);
  const v = mod(u1 * hh);
  const x3 = mod(r * r - hhh - 2n * v);
  return [x3, mod(r * (v - x3) - s1 * hhh), mod(z1 * z2 * h)];
}

/** [k]Q + [l]R by Shamir's trick (one pass over the bits of both scalars). */
function twoMultiples(k: bigint, q: Jacobian, l: bigint, r: Jacobian): Jacobian {
  const both = add(q, r);
  let out: Jacobian = [0n, 1n, 0n];
  for (let bit = BigInt(Math.max(k.toString(2).length, l.toString(2).length) - 1); bit >= 0n; bit -= 1n) {
    out = double(out);
    const kb = (k >> bit) & 1n;
    const lb = (l >> bit) & 1n;
    if (kb === 1n && lb === 1n) out = add(out, both);
    else if (kb === 1n) out = add(out, q);
    else if (lb === 1n) out = add(out, r);
  }
  return out;
}

const toBig = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
const toBytes = (value: bigint) =>
  Uint8Array.from({ length: 32 }, (_, i) => Number((value >> BigInt(8 * (31 - i))) & 0xffn));

/** Whether (x, y) is on the curve (a public key that is not is refused before any work). */
function onCurve(x: bigint, y: bigint): boolean {
  return x < P && y < P && mod(y * y) === mod(x * x * x + A * x + B);
}

/**
 * Z_A of GB/T 32918.2 §5.5: SM3(ENTL ‖ ID ‖ a ‖ b ‖ x_G ‖ y_G ‖ x_A ‖ y_A), what the signed digest
 * is bound to.
 */
export function sm2Za(
  publicKey: { readonly x: Uint8Array; readonly y: Uint8Array },
  id: Uint8Array = SM2_DEFAULT_ID,
): Uint8Array {
  const bits = id.length * 8;
  return sm3(
    concatBytes(
      Uint8Array.of(bits >> 8, bits & 0xff),
      id,
      toBytes(A),
      toBytes(B),
      toBytes(GX),
      toBytes(GY),
      publicKey.x,
      publicKey.y,
    ),
  );
}

/**
 * Verifies an SM2 signature `(r, s)` over `message` by the public key (`x`, `y`, 32 bytes each),
 * with the distinguishing `id` (the default `1234567812345678`): e = SM3(Z_A ‖ M), t = r + s,
 * (x₁, y₁) = [s]G + [t]P_A, valid when (e + x₁) mod n = r.
 *
 * @example
 * verifySm2(message, { r, s }, { x, y }) // => true for a signature OpenSSL made with distid 1234567812345678
 */
export function verifySm2(
  message: Uint8Array,
  signature: { readonly r: bigint; readonly s: bigint },
  publicKey: { readonly x: Uint8Array; readonly y: Uint8Array },
  id: Uint8Array = SM2_DEFAULT_ID,
): boolean {
  const { r, s } = signature;
  if (r < 1n || r >= N || s < 1n || s >= N) return false;
  const [x, y] = [toBig(publicKey.x), toBig(publicKey.y)];
  if (publicKey.x.length !== 32 || publicKey.y.length !== 32 || !onCurve(x, y)) return false;
  const t = (r + s) % N;
  if (t === 0n) return false;
  const e = toBig(sm3(concatBytes(sm2Za(publicKey, id), message)));
  const [jx, , jz] = twoMultiples(s, [GX, GY, 1n], t, [x, y, 1n]);
  if (jz === 0n) return false;
  const x1 = mod(jx * inverse(mod(jz * jz)));
  return (e + x1) % N === r;
}
