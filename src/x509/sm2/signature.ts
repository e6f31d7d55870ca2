import {
  children,
  content,
  DerError,
  type DerNode,
  expectTag,
  fields,
  readBitString,
  readRoot,
} from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { verifySm2 } from './verify.js';

const EMPTY_ID = new Uint8Array(0);

/**
 * An SM2-with-SM3 signature checked against an SPKI (an uncompressed sm2p256v1 point) with the
 * default distinguishing ID (`1234567812345678`, GM/T 0009 and GB/T 35276, what Chinese CAs and
 * `openssl … -sigopt distid:1234567812345678` use) or, failing that, the empty ID (what OpenSSL 3.0
 * signs certificates with when given none): `true`/`false`, or `null` when the key or the
 * signature cannot be read as SM2's. The ID separates domains; either way the signature is the
 * key holder's.
 *
 * @example
 * verifySm2Signature(spki, tbs, signatureDer) // => true
 */
export function verifySm2Signature(spki: Uint8Array, signed: Uint8Array, signature: Uint8Array): boolean | null {
  try {
    const [, key] = fields(expectTag(readRoot(spki, 'SM2 key'), TAG.sequence, 'SM2 key'), 2, 2, 'SM2 key');
    const point = readBitString(key as DerNode, 'SM2 key').bytes;
    if (point.length !== 65 || point[0] !== 0x04) return null;
    const [r, s] = children(expectTag(readRoot(signature, 'SM2 signature'), TAG.sequence, 'SM2 signature'));
    if (r === undefined || s === undefined) return null;
    const big = (node: DerNode) =>
      content(expectTag(node, TAG.integer, 'SM2 signature')).reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
    const [signatureValue, publicKey] = [
      { r: big(r), s: big(s) },
      { x: point.subarray(1, 33), y: point.subarray(33) },
    ];
    // the GM/T 0009 default ID, then the empty one OpenSSL 3.0 signs with when given no distid
    return verifySm2(signed, signatureValue, publicKey) || verifySm2(signed, signatureValue, publicKey, EMPTY_ID);
  } catch (error) {
    if (error instanceof DerError) return null;
    throw error;
  }
}
