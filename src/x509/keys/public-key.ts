import { bytesArgument, objectArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { CURVES, OID } from '../der/oids.js';
import {
  DerError,
  type DerNode,
  expectTag,
  fields,
  readAny,
  readBitString,
  readIntegerBytes,
  readOid,
  readRoot,
  TAG,
} from '../der/reader.js';

/** The key in a CSR or certificate. `curve` is `P-256`/`P-384`/`P-521`, another curve's OID, or `explicit`. */
export type PublicKeyInfo =
  | { readonly type: 'RSA'; readonly size: number; readonly exponent: number }
  | { readonly type: 'EC'; readonly curve: string }
  | { readonly type: 'Ed25519' }
  | { readonly type: 'unknown'; readonly oid: string };

/**
 * RSA size and exponent, EC curve, Ed25519, or the algorithm OID of a DER SubjectPublicKeyInfo.
 * Throws `CertkitError` `x509.key.malformed` when the key inside cannot be read.
 *
 * @example
 * describePublicKey(spkiDer) // => { type: 'EC', curve: 'P-256' }
 */
export function describePublicKey(spki: Uint8Array | ArrayBuffer): PublicKeyInfo {
  try {
    return describeSpkiNode(readRoot(bytesArgument(spki, 'spki'), 'subjectPublicKeyInfo'));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new CertkitError(
      createIssue('x509.key.malformed', 'CHAIN-04', { format: `SubjectPublicKeyInfo (${error.part})` }),
    );
  }
}

/**
 * {@link describePublicKey} on a parsed node; throws `DerError`. Read whole:
 * `SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }`
 * and nothing more; an RSA key is `SEQUENCE { modulus, publicExponent }` with NULL (or no)
 * parameters (RFC 3279), an EC key names its curve or spells it out, an Ed25519 key has no
 * parameters (RFC 8410); the key bits are whole bytes.
 */
export function describeSpkiNode(spki: DerNode): PublicKeyInfo {
  const [algorithm, key] = fields(expectTag(spki, TAG.sequence, 'subjectPublicKeyInfo'), 2, 2, 'subjectPublicKeyInfo');
  const [oidNode, parameters] = fields(expectTag(algorithm, TAG.sequence, 'algorithm'), 1, 2, 'algorithm');
  const oid = readOid(oidNode as DerNode, 'algorithm');
  const { bytes, unusedBits } = readBitString(expectTag(key, TAG.bitString, 'subjectPublicKey'), 'subjectPublicKey');
  if (parameters !== undefined) readAny(parameters, 'algorithm'); // whatever the algorithm, its parameters are DER
  if (oid === OID.rsaEncryption) {
    if (parameters !== undefined && parameters.tag !== TAG.null) throw new DerError('algorithm');
    if (unusedBits !== 0) throw new DerError('subjectPublicKey');
    const [modulus, exponent] = fields(readRoot(bytes, 'RSAPublicKey'), 2, 2, 'RSAPublicKey');
    const n = readIntegerBytes(modulus as DerNode, 'RSAPublicKey');
    const e = readIntegerBytes(exponent as DerNode, 'RSAPublicKey');
    if (n.negative || e.negative || e.bytes.length > 6) throw new DerError('RSAPublicKey');
    const first = n.bytes[0] === 0 ? 1 : 0;
    const size = (n.bytes.length - first) * 8 - (Math.clz32(n.bytes[first] ?? 0) - 24);
    return { type: 'RSA', size, exponent: e.bytes.reduce((value, byte) => value * 256 + byte, 0) };
  }
  if (oid === OID.ecPublicKey) {
    if (unusedBits !== 0) throw new DerError('subjectPublicKey');
    if (parameters?.tag === TAG.sequence) return { type: 'EC', curve: 'explicit' };
    const curve = readOid(expectTag(parameters, TAG.oid, 'ECParameters'), 'ECParameters');
    return { type: 'EC', curve: CURVES[curve] ?? (curve === OID.sm2 ? 'SM2' : curve) };
  }
  if (oid === OID.ed25519) {
    if (parameters !== undefined || unusedBits !== 0) throw new DerError('algorithm');
    return { type: 'Ed25519' };
  }
  return { type: 'unknown', oid };
}

/**
 * A public key as one short line, the one way certkit writes a key for people: `RSA 2048`,
 * `EC P-256`, `Ed25519`, or the algorithm OID when the key type is unknown.
 *
 * @example
 * publicKeyLabel({ type: 'RSA', size: 2048, exponent: 65537 }) // => 'RSA 2048'
 * publicKeyLabel({ type: 'EC', curve: 'P-384' })               // => 'EC P-384'
 */
export function publicKeyLabel(
  key:
    | PublicKeyInfo
    | { readonly type: 'RSA'; readonly size: number }
    | { readonly type: 'EC'; readonly curve: string },
): string {
  objectArgument(key, 'key');
  if (key.type === 'RSA') return `RSA ${key.size}`;
  if (key.type === 'EC') return `EC ${key.curve}`;
  return key.type === 'unknown' ? key.oid : key.type;
}

/**
 * The modulus of an RSA SubjectPublicKeyInfo as a BigInt, `undefined` for another key type. The
 * SPKI must be one {@link describeSpkiNode} accepts (it was, when it came from a parsed CSR).
 */
export function rsaModulus(spki: Uint8Array): bigint | undefined {
  const [algorithm, key] = fields(readRoot(spki, 'subjectPublicKeyInfo'), 2, 2, 'subjectPublicKeyInfo');
  const [oidNode] = fields(algorithm as DerNode, 1, 2, 'algorithm');
  if (readOid(oidNode as DerNode, 'algorithm') !== OID.rsaEncryption) return undefined;
  const [modulus] = fields(
    readRoot(readBitString(key as DerNode, 'subjectPublicKey').bytes, 'RSAPublicKey'),
    2,
    2,
    'RSAPublicKey',
  );
  const { bytes } = readIntegerBytes(modulus as DerNode, 'RSAPublicKey');
  let value = 0n;
  for (const byte of bytes) value = (value << 8n) | BigInt(byte);
  return value;
}
