import { OID } from '../der/oids.js';
import { DerError, type DerNode, expectTag, fields, readBitString, readOid, readRoot } from '../der/reader.js';
import { TAG } from '../der/tags.js';
import { derBitString, derOid, derSequence } from '../der/writer.js';
import type { Sm2Coordinates } from './verify.js';

/** The SPKI of an SM2 point: `SEQUENCE { SEQUENCE { id-ecPublicKey, sm2p256v1 }, BIT STRING 04 ‖ x ‖ y }`. */
export function sm2Spki(point: Sm2Coordinates): Uint8Array {
  return derSequence(
    derSequence(derOid(OID.ecPublicKey), derOid(OID.sm2)),
    derBitString(Uint8Array.of(0x04, ...point.x, ...point.y)),
  );
}

/** The part a DerError names while an SPKI is read (any failure is `undefined`). */
const PART = 'SM2 key';

/**
 * The coordinates of an SM2 SubjectPublicKeyInfo, or `undefined` when it is not one (another
 * algorithm or curve, a compressed or malformed point).
 */
export function sm2Coordinates(spki: Uint8Array): Sm2Coordinates | undefined {
  try {
    const [algorithm, key] = fields(expectTag(readRoot(spki, PART), TAG.sequence, PART), 2, 2, PART);
    const [oid, curve] = fields(expectTag(algorithm, TAG.sequence, PART), 2, 2, PART) as [DerNode, DerNode];
    if (readOid(oid) !== OID.ecPublicKey || readOid(curve) !== OID.sm2) return undefined; // a non-OID curve: DerError
    const point = readBitString(key as DerNode, PART).bytes;
    if (point.length !== 65 || point[0] !== 0x04) return undefined;
    return { x: point.slice(1, 33), y: point.slice(33) };
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}
