import { children, DerError, type DerNode, expectTag, readIntegerBytes, readRoot } from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { derSequence, derTlv } from '../der/writer.js';
import { toBig, toBytes } from './curve.js';
import { sm2Coordinates } from './spki.js';
import { type Sm2Coordinates, verifySm2 } from './verify.js';

const EMPTY_ID = new Uint8Array(0);
/** The part a DerError names while a signature is read (any failure is `null`). */
const PART = 'SM2 signature';

/** `SEQUENCE { r INTEGER, s INTEGER }`, as X.509 and PKCS#10 carry an SM2 signature. */
export function sm2SignatureDer({ r, s }: { readonly r: bigint; readonly s: bigint }): Uint8Array {
  const integer = (value: bigint) => {
    const bytes = toBytes(value);
    const first = bytes.findIndex((byte) => byte !== 0);
    const minimal = bytes.subarray(first);
    return derTlv(TAG.integer, ...((minimal[0] as number) & 0x80 ? [Uint8Array.of(0), minimal] : [minimal]));
  };
  return derSequence(integer(r), integer(s));
}

/** `(r, s)` of a DER SM2 signature, or `undefined` when it is not one. */
function readSignature(signature: Uint8Array): { r: bigint; s: bigint } | undefined {
  const values = children(expectTag(readRoot(signature, PART), TAG.sequence, PART));
  if (values.length !== 2) return undefined;
  const [r, s] = values.map((node: DerNode) => readIntegerBytes(expectTag(node, TAG.integer, PART))) as [
    ReturnType<typeof readIntegerBytes>,
    ReturnType<typeof readIntegerBytes>,
  ];
  if (r.negative || s.negative) return undefined;
  return { r: toBig(r.bytes), s: toBig(s.bytes) };
}

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
  const publicKey: Sm2Coordinates | undefined = sm2Coordinates(spki);
  if (publicKey === undefined) return null;
  try {
    const value = readSignature(signature);
    if (value === undefined) return null;
    // the GM/T 0009 default ID, then the empty one OpenSSL 3.0 signs with when given no distid
    return verifySm2(signed, value, publicKey) || verifySm2(signed, value, publicKey, EMPTY_ID);
  } catch (error) {
    if (error instanceof DerError) return null;
    throw error;
  }
}
