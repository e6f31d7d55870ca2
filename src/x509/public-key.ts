import { CertkitError } from '../core/error.js';
import { createIssue } from '../core/issue.js';
import {
  children,
  DerError,
  type DerNode,
  expectTag,
  readBitString,
  readIntegerBytes,
  readOid,
  readRoot,
  TAG,
} from './der.js';
import { CURVES, OID } from './oids.js';

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
    return describeSpkiNode(readRoot(spki instanceof Uint8Array ? spki : new Uint8Array(spki), 'subjectPublicKeyInfo'));
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new CertkitError(
      createIssue('x509.key.malformed', 'CHAIN-04', { format: `SubjectPublicKeyInfo (${error.part})` }),
    );
  }
}

/** {@link describePublicKey} on a parsed node; throws `DerError`. */
export function describeSpkiNode(spki: DerNode): PublicKeyInfo {
  const [algorithm, key] = children(expectTag(spki, TAG.sequence, 'subjectPublicKeyInfo'), 'subjectPublicKeyInfo');
  const [oidNode, parameters] = children(expectTag(algorithm, TAG.sequence, 'algorithm'), 'algorithm');
  const oid = readOid(oidNode as DerNode, 'algorithm');
  const { bytes } = readBitString(expectTag(key, TAG.bitString, 'subjectPublicKey'), 'subjectPublicKey');
  if (oid === OID.rsaEncryption) {
    const [modulus, exponent] = children(readRoot(bytes, 'RSAPublicKey'), 'RSAPublicKey');
    const n = readIntegerBytes(modulus as DerNode, 'RSAPublicKey');
    const e = readIntegerBytes(exponent as DerNode, 'RSAPublicKey');
    if (n.negative || e.negative || e.bytes.length > 6) throw new DerError('RSAPublicKey');
    const first = n.bytes[0] === 0 ? 1 : 0;
    const size = (n.bytes.length - first) * 8 - (Math.clz32(n.bytes[first] ?? 0) - 24);
    return { type: 'RSA', size, exponent: e.bytes.reduce((value, byte) => value * 256 + byte, 0) };
  }
  if (oid === OID.ecPublicKey) {
    if (parameters?.tag !== TAG.oid) return { type: 'EC', curve: 'explicit' };
    const curve = readOid(parameters, 'ECParameters');
    return { type: 'EC', curve: CURVES[curve] ?? curve };
  }
  return oid === OID.ed25519 ? { type: 'Ed25519' } : { type: 'unknown', oid };
}
