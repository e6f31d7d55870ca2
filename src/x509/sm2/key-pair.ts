import { sameBytes } from '../der/bytes.js';
import { OID } from '../der/oids.js';
import {
  content,
  DerError,
  type DerNode,
  expectTag,
  fields,
  optionalFields,
  readBitString,
  readOid,
  readRoot,
  readSmallInteger,
} from '../der/reader.js';
import { contextTag, TAG } from '../der/tags.js';
import { keyError } from '../keys/key-error.js';
import { SM2P256V1, toBig } from './curve.js';
import { publicPoint } from './sign.js';
import { sm2Spki } from './spki.js';
import type { Sm2Coordinates } from './verify.js';

/**
 * SM2 keys (GB/T 32918) as certkit holds them. WebCrypto has no SM2, so these are not
 * `CryptoKey`s; like them, the private scalar is not a property (it cannot be logged or
 * serialised by accident) and leaves only through {@link exportSm2PrivateKey}.
 */

/** An SM2 public key on sm2p256v1. */
export interface Sm2PublicKey {
  readonly type: 'public';
  readonly algorithm: 'SM2';
  /** Its DER SubjectPublicKeyInfo (`id-ecPublicKey`, curve `sm2p256v1`), as certificates and CSRs carry it; a fresh copy each read. */
  readonly spki: Uint8Array;
}

/** An SM2 private key: its scalar stays inside certkit. */
export interface Sm2PrivateKey {
  readonly type: 'private';
  readonly algorithm: 'SM2';
}

/** An SM2 key pair, as `generateSm2KeyPair` and `importSm2PrivateKey` return it. */
export interface Sm2KeyPair {
  readonly publicKey: Sm2PublicKey;
  readonly privateKey: Sm2PrivateKey;
}

const secrets = new WeakMap<Sm2PrivateKey, { readonly d: bigint; readonly point: Sm2Coordinates }>();
const publics = new WeakMap<Sm2PublicKey, Sm2Coordinates>();

/** A frozen key pair for the scalar `d` and its point, the scalar kept in this module only. */
export function keyPairOf(d: bigint, point: Sm2Coordinates): Sm2KeyPair {
  const privateKey: Sm2PrivateKey = Object.freeze({ type: 'private', algorithm: 'SM2' });
  const spki = sm2Spki(point);
  const publicKey: Sm2PublicKey = Object.freeze({
    type: 'public',
    algorithm: 'SM2',
    get spki() {
      return spki.slice();
    },
  });
  secrets.set(privateKey, { d, point });
  publics.set(publicKey, point);
  return Object.freeze({ publicKey, privateKey });
}

/** The scalar and point of a private key certkit made, or `x509.key.not-extractable` for anything else. */
export function sm2Secret(key: unknown): { readonly d: bigint; readonly point: Sm2Coordinates } {
  const secret = secrets.get(key as Sm2PrivateKey);
  if (secret === undefined) throw keyError('x509.key.not-extractable', {});
  return secret;
}

/** Whether a value is an SM2 key pair certkit made. */
export function isSm2KeyPair(value: unknown): value is Sm2KeyPair {
  const pair = value as Partial<Sm2KeyPair> | null;
  return typeof value === 'object' && pair !== null && publics.has(pair.publicKey as Sm2PublicKey);
}

/** The SM2 key pair of plain PKCS#8 bytes (`x509.key.unsupported` when they hold another key). */
export function sm2KeyPairFromPkcs8(pkcs8: Uint8Array): Sm2KeyPair {
  let read: { d: bigint; point?: Uint8Array } | undefined;
  try {
    read = readSm2Pkcs8(pkcs8);
  } catch (error) {
    if (error instanceof DerError) throw keyError('x509.key.malformed', { format: 'SM2 private key' });
    throw error;
  }
  if (read === undefined) throw keyError('x509.key.unsupported', { key: 'not an SM2 key' });
  const { d, point } = read;
  if (d < 1n || d > SM2P256V1.n - 2n) throw keyError('x509.key.malformed', { format: 'SM2 private key' });
  const derived = publicPoint(d);
  if (point !== undefined && !sameBytes(point, Uint8Array.of(0x04, ...derived.x, ...derived.y)))
    throw keyError('x509.key.malformed', { format: 'SM2 private key (its public key is not the private key’s)' });
  return keyPairOf(d, derived);
}

/** The part a DerError names while an SM2 key is read (every failure becomes `x509.key.malformed`). */
const PART = 'SM2 private key';

/** d and the optional public point of an SM2 PKCS#8 key; `undefined` for another algorithm. */
function readSm2Pkcs8(pkcs8: Uint8Array): { d: bigint; point?: Uint8Array } | undefined {
  const [, algorithm, key] = fields(expectTag(readRoot(pkcs8, PART), TAG.sequence, PART), 3, 5, PART);
  const [oid, curve] = fields(expectTag(algorithm, TAG.sequence, PART), 1, 2, PART);
  if (readOid(oid as DerNode) !== OID.ecPublicKey || curve?.tag !== TAG.oid || readOid(curve) !== OID.sm2)
    return undefined;
  const [version, scalar, ...optional] = fields(
    expectTag(readRoot(content(expectTag(key, TAG.octetString, PART)), PART), TAG.sequence, PART),
    2,
    4,
    PART,
  );
  if (readSmallInteger(version as DerNode) !== 1) throw new DerError(PART);
  const [parameters, publicKey] = optionalFields(optional, [contextTag(0, true), contextTag(1, true)], PART);
  if (parameters !== undefined) {
    const [named] = fields(parameters, 1, 1, PART) as [DerNode];
    if (readOid(named, PART) !== OID.sm2) throw new DerError(PART); // readOid refuses what is no OID
  }
  const d = content(expectTag(scalar, TAG.octetString, PART));
  if (d.length > 32) throw new DerError(PART);
  if (publicKey === undefined) return { d: toBig(d) };
  const [bits] = fields(publicKey, 1, 1, PART) as [DerNode];
  return { d: toBig(d), point: readBitString(bits).bytes };
}
