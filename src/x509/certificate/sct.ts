import { toBase64 } from '../der/encoding.js';
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  readOid,
  readRoot,
  TAG,
} from '../der/reader.js';
import { derTlv } from '../der/writer.js';

/** The embedded SCT list extension (RFC 6962 §3.3). */
export const SCT_LIST_OID = '1.3.6.1.4.1.11129.2.4.2';

/** One SignedCertificateTimestamp (RFC 6962 §3.2), as embedded in a certificate. */
export interface SignedCertificateTimestamp {
  /** The log's ID: SHA-256 of its public key, base64 as Chrome's log list writes it. */
  readonly logId: string;
  /** Milliseconds since the epoch. */
  readonly timestamp: number;
  readonly extensions: Uint8Array;
  /** TLS HashAlgorithm and SignatureAlgorithm codes (RFC 5246 §7.4.1.4.1): 4 = SHA-256; 1 = RSA, 3 = ECDSA. */
  readonly hashAlgorithm: number;
  readonly signatureAlgorithm: number;
  readonly signature: Uint8Array;
}

/** A TLS-encoded reader over bytes: fixed-width integers and length-prefixed vectors, nothing left over. */
function tlsReader(bytes: Uint8Array, part: string) {
  let at = 0;
  const take = (length: number) => {
    if (at + length > bytes.length) throw new DerError(part);
    const slice = bytes.subarray(at, at + length);
    at += length;
    return slice;
  };
  const number = (width: number) => take(width).reduce((value, byte) => value * 256 + byte, 0);
  return {
    number,
    take,
    vector: (width: number) => take(number(width)),
    done: () => at === bytes.length,
  };
}

/**
 * The SCTs of an embedded list: the extension value is an OCTET STRING holding
 * `SignedCertificateTimestampList` (a 2-byte length, then SCTs each with a 2-byte length). Only
 * v1 SCTs exist; another version, a truncated field or bytes left over are malformed.
 *
 * @example
 * decodeSctList(extension.value).map((sct) => sct.logId) // => ['7s3QZNXbGs7FXLedtM0TojKHRny87N7DUUhZRnEftZs=', …]
 */
export function decodeSctList(value: Uint8Array): SignedCertificateTimestamp[] {
  const inner = tlsReader(content(expectTag(readRoot(value, 'sctList'), TAG.octetString, 'sctList')), 'sctList');
  const all = tlsReader(inner.vector(2), 'sctList');
  if (!inner.done()) throw new DerError('sctList');
  const scts: SignedCertificateTimestamp[] = [];
  while (!all.done()) {
    const sct = tlsReader(all.vector(2), 'sct');
    if (sct.number(1) !== 0) throw new DerError('sct'); // v1
    const logId = toBase64(sct.take(32));
    const timestamp = sct.number(8);
    const extensions = sct.vector(2);
    const hashAlgorithm = sct.number(1);
    const signatureAlgorithm = sct.number(1);
    const signature = sct.vector(2);
    if (!sct.done() || signature.length === 0) throw new DerError('sct');
    scts.push({ logId, timestamp, extensions, hashAlgorithm, signatureAlgorithm, signature });
  }
  if (scts.length === 0) throw new DerError('sctList');
  return scts;
}

/**
 * The precertificate's TBSCertificate the log signed (RFC 6962 §3.2): the certificate's TBS
 * without the SCT list extension (and without the extensions field if nothing else is left).
 */
export function precertificateTbs(tbs: Uint8Array): Uint8Array {
  const fields = children(expectTag(readRoot(tbs, 'tbsCertificate'), TAG.sequence, 'tbsCertificate'), 'tbsCertificate');
  const rebuilt = fields.flatMap((field): Uint8Array[] => {
    if (field.tag !== contextTag(3, true)) return [encoded(field)];
    const [list] = children(field, 'extensions') as [DerNode];
    const kept = children(list, 'extensions').filter((extension) => {
      const [oid] = children(extension, 'extension') as [DerNode];
      return readOid(oid, 'extension') !== SCT_LIST_OID;
    });
    return kept.length === 0 ? [] : [derTlv(contextTag(3, true), derTlv(TAG.sequence, ...kept.map(encoded)))];
  });
  return derTlv(TAG.sequence, ...rebuilt);
}
