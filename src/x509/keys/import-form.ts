import { toBase64Url } from '../der/encoding.js';
import {
  DerError,
  type DerNode,
  expectTag,
  fields,
  readBitString,
  readIntegerBytes,
  readRoot,
  TAG,
} from '../der/reader.js';
import type { PublicKeyInfo } from './public-key.js';

/** A public key in the form WebCrypto imports fastest, or the SubjectPublicKeyInfo as it came. */
export type ImportForm =
  | { readonly format: 'jwk'; readonly keyData: JsonWebKey }
  | { readonly format: 'raw' | 'spki'; readonly keyData: Uint8Array };

/** The bytes of an uncompressed point (0x04 ‖ x ‖ y) on the curves WebCrypto verifies with. */
const POINT_LENGTHS: Readonly<Record<string, number>> = { 'P-256': 65, 'P-384': 97, 'P-521': 133 };

/**
 * How to hand a key already read from a SubjectPublicKeyInfo to `importKey`: an RSA key as a JWK
 * of its modulus and exponent, an EC key as its raw uncompressed point, anything else as the
 * SPKI. The same key either way; the difference is speed — Node 20 imports an RSA-2048 SPKI in
 * about 150 µs (OpenSSL 3's decoders) and the same key as a JWK in about 25 µs, a P-256 SPKI in
 * about 185 µs and its raw point in about 70 (measured on the bench machine), which is most of
 * what a chain of fresh keys costs. `spki` has been read by `describeSpkiNode` (which `key`
 * describes), so its structure is known to be sound.
 *
 * @example
 * importForm(rsaSpki, { type: 'RSA', size: 2048, exponent: 65537 }).format // => 'jwk'
 */
export function importForm(spki: Uint8Array, key: PublicKeyInfo): ImportForm {
  try {
    const [, subjectPublicKey] = fields(readRoot(spki, 'spki'), 2, 2, 'spki') as [DerNode, DerNode];
    const { bytes } = readBitString(expectTag(subjectPublicKey, TAG.bitString, 'spki'), 'spki');
    if (key.type === 'RSA') {
      const [modulus, exponent] = fields(readRoot(bytes, 'RSAPublicKey'), 2, 2, 'RSAPublicKey') as [DerNode, DerNode];
      const n = readIntegerBytes(modulus, 'RSAPublicKey').bytes;
      const e = readIntegerBytes(exponent, 'RSAPublicKey').bytes;
      return { format: 'jwk', keyData: { kty: 'RSA', n: toBase64Url(unsigned(n)), e: toBase64Url(unsigned(e)) } };
    }
    if (key.type === 'EC' && bytes.length === POINT_LENGTHS[key.curve] && bytes[0] === 0x04)
      return { format: 'raw', keyData: bytes };
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
  }
  return { format: 'spki', keyData: spki };
}

/** An INTEGER's bytes without the sign byte DER adds: JWK wants the fewest octets (RFC 7518 §6.3.1.1). */
function unsigned(bytes: Uint8Array): Uint8Array {
  return bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes;
}
