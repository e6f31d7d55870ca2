import { sameBytes } from '../der/bytes.js';
import { toHex } from '../der/encoding.js';
import {
  content,
  contextTag,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  fields,
  readAny,
  readBitString,
  readIntegerBytes,
  readNull,
  readOid,
  readRoot,
  readSmallInteger,
  readTime,
  TAG,
} from '../der/reader.js';
import { describeSpkiNode, type PublicKeyInfo } from '../keys/public-key.js';
import type { SignatureAlgorithm } from '../keys/signature.js';
import { type DecodedName, decodeName } from '../names/distinguished-name.js';
import { type DecodedExtensions, decodeExtensions, type RawExtension } from './extensions.js';

/** A certificate read from DER: every field path validation needs, still close to the bytes. */
export interface DecodedCertificate {
  readonly der: Uint8Array;
  /** 1, 2 or 3. */
  readonly version: number;
  /** `hex` as OpenSSL prints it; `length` is the encoded INTEGER's, sign byte included (RFC 5280: at most 20). */
  readonly serial: { readonly hex: string; readonly negative: boolean; readonly length: number };
  /** The signed bytes (TBSCertificate). */
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  /** RFC 5280 §4.1.1.2: the outer algorithm must equal the one inside the signed part. */
  readonly algorithmsMatch: boolean;
  readonly signature: Uint8Array;
  readonly issuer: DecodedName;
  readonly subject: DecodedName;
  /** Milliseconds since the epoch. */
  readonly notBefore: number;
  readonly notAfter: number;
  /** The SubjectPublicKeyInfo DER. */
  readonly spki: Uint8Array;
  readonly key: PublicKeyInfo;
  readonly extensions: readonly RawExtension[];
  readonly decoded: DecodedExtensions;
}

/**
 * What a signature check needs of a certificate, read before anything else (see
 * {@link frameCertificate}): the signed bytes, the algorithm, the signature and the issuer's name.
 */
export interface CertificateFrame {
  readonly der: Uint8Array;
  /** The signed bytes (TBSCertificate). */
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly signature: Uint8Array;
  /** The encoded issuer Name: a CA whose subject has these bytes may have signed it. */
  readonly issuerName: Uint8Array;
}

/** A frame and the TBSCertificate fields {@link decodeCertificate} goes on with. */
interface Frame extends CertificateFrame {
  readonly fields: readonly DerNode[];
  readonly algorithmNode: DerNode;
}

/**
 * What a caller already holds of a certificate it decodes, so that it is not read twice: the
 * certificate's frame ({@link frameCertificate} of the same bytes), and its issuer's name decoded
 * before — a validator's CA, whose subject is the issuer name of every leaf it signs. Each is
 * used only for the same bytes (equal bytes decode to an equal name): the answer is the same,
 * only cheaper.
 */
export interface DecodeHints {
  readonly frame?: CertificateFrame | undefined;
  /** A name decoded before, used when its bytes are those of the certificate's issuer name. */
  readonly issuerName?: DecodedName | undefined;
}

/**
 * The outer SEQUENCE of a certificate, its signature and algorithm, and the top-level fields of
 * its signed part — what {@link decodeCertificate} reads first, and all a validator needs to start
 * the signature check of a certificate whose issuer it knows while the rest is decoded. Throws
 * `DerError` as `decodeCertificate` does; whatever this accepts, `decodeCertificate` reads from
 * the same frame.
 */
export function frameCertificate(der: Uint8Array): CertificateFrame {
  return readFrame(der);
}

function readFrame(der: Uint8Array): Frame {
  const [tbsNode, algorithmNode, signatureNode] = fields(
    expectTag(readRoot(der, 'certificate'), TAG.sequence, 'certificate'),
    3,
    3,
    'certificate',
  ) as [DerNode, DerNode, DerNode];
  const tbs = fields(expectTag(tbsNode, TAG.sequence, 'tbsCertificate'), 6, 10, 'tbsCertificate');
  const signature = readBitString(expectTag(signatureNode, TAG.bitString, 'signature'), 'signature');
  if (signature.unusedBits !== 0) throw new DerError('signature');
  // the issuer follows the serial number and the inner algorithm, after an explicit version if there is one
  const issuerNode = tbs[tbs[0]?.tag === contextTag(0, true) ? 3 : 2];
  return {
    der,
    tbs: encoded(tbsNode),
    signatureAlgorithm: readAlgorithm(algorithmNode),
    signature: signature.bytes,
    issuerName: encoded(expectTag(issuerNode, TAG.sequence, 'issuer')),
    fields: tbs,
    algorithmNode,
  };
}

/**
 * Decodes a DER certificate strictly, against the ASN.1 of RFC 5280 §4.1: exactly the fields
 * TBSCertificate allows, in order, each of its type — nothing skipped, nothing after the
 * extensions, the DEFAULT version never encoded, unique identifiers only in v2/v3, extensions only
 * in v3 — with DER lengths and every known extension's value read whole. Throws `DerError` naming
 * the part that is malformed: a certificate OpenSSL cannot parse is never read as a valid one.
 */
// long: TBSCertificate's fields are read in the order RFC 5280 §4.1 lists them, one after the
// other; split, the field hand-off costs bytes on the hottest path (parseCertificate's budget).
export function decodeCertificate(der: Uint8Array, hints?: DecodeHints): DecodedCertificate {
  const known = hints?.frame;
  const frame = known?.der === der && 'fields' in known ? (known as Frame) : readFrame(der);
  const { fields: tbs, algorithmNode } = frame;
  let index = 0;
  let version = 1;
  if (tbs[0]?.tag === contextTag(0, true)) {
    const [versionNode] = fields(tbs[0], 1, 1, 'version');
    version = readSmallInteger(versionNode as DerNode, 'version') + 1;
    // v1 is the DEFAULT and DER never encodes a DEFAULT value; v4 and later do not exist
    if (version < 2 || version > 3) throw new DerError('version');
    index = 1;
  }
  const take = (tag: number, part: string): DerNode => expectTag(tbs[index++], tag, part);
  const optional = (tag: number, minimumVersion: number, part: string): DerNode | undefined => {
    if (tbs[index]?.tag !== tag) return undefined;
    if (version < minimumVersion) throw new DerError('version');
    return expectTag(tbs[index++], tag, part);
  };
  const serial = readIntegerBytes(take(TAG.integer, 'serialNumber'), 'serialNumber');
  const innerAlgorithm = take(TAG.sequence, 'signature');
  const issuerNode = take(TAG.sequence, 'issuer');
  const [notBefore, notAfter] = fields(take(TAG.sequence, 'validity'), 2, 2, 'validity') as [DerNode, DerNode];
  const subjectNode = take(TAG.sequence, 'subject');
  const spki = take(TAG.sequence, 'subjectPublicKeyInfo');
  for (const [number, part] of [
    [1, 'issuerUniqueID'],
    [2, 'subjectUniqueID'],
  ] as const) {
    const uniqueId = optional(contextTag(number, false), 2, part);
    if (uniqueId !== undefined) readBitString({ ...uniqueId, tag: TAG.bitString }, part);
  }
  const extensionsField = optional(contextTag(3, true), 3, 'extensions');
  if (index !== tbs.length) throw new DerError('tbsCertificate'); // a field out of order, repeated or unknown
  const { raw, decoded } =
    extensionsField === undefined
      ? { raw: [], decoded: { other: [] } }
      : decodeExtensions(readRoot(content(extensionsField), 'extensions'), { strictDefaults: true });
  readAlgorithm(innerAlgorithm, 'signature'); // read for its structure; algorithmsMatch compares its bytes with the outer one
  return {
    der,
    version,
    // the hex OpenSSL prints: without the 00 byte DER adds to keep a positive number positive
    serial: {
      hex: toHex(serial.bytes.length > 1 && serial.bytes[0] === 0 ? serial.bytes.subarray(1) : serial.bytes),
      negative: serial.negative,
      length: serial.bytes.length,
    },
    tbs: frame.tbs,
    signatureAlgorithm: frame.signatureAlgorithm,
    algorithmsMatch: sameBytes(encoded(innerAlgorithm), encoded(algorithmNode)),
    signature: frame.signature,
    issuer: knownIssuer(hints?.issuerName, frame.issuerName) ?? decodeName(issuerNode, 'issuer'),
    subject: decodeName(subjectNode, 'subject'),
    notBefore: readTime(notBefore, 'notBefore'),
    notAfter: readTime(notAfter, 'notAfter'),
    spki: encoded(spki),
    key: describeSpkiNode(spki),
    extensions: raw,
    decoded,
  };
}

/** The name decoded before when it has exactly the issuer name's bytes. */
function knownIssuer(name: DecodedName | undefined, issuerName: Uint8Array): DecodedName | undefined {
  return name !== undefined && sameBytes(name.der, issuerName) ? name : undefined;
}

/**
 * `AlgorithmIdentifier ::= SEQUENCE { algorithm OID, parameters ANY OPTIONAL }`: the OID and its
 * parameters unless absent or NULL. A third field, or a NULL with content, is malformed.
 */
export function readAlgorithm(node: DerNode | undefined, part = 'signatureAlgorithm'): SignatureAlgorithm {
  const [oid, parameters] = fields(expectTag(node, TAG.sequence, part), 1, 2, part);
  const algorithm = readOid(oid as DerNode, part);
  if (parameters === undefined) return { oid: algorithm };
  if (parameters.tag === TAG.null) {
    readNull(parameters, part);
    return { oid: algorithm };
  }
  readAny(parameters, part);
  return { oid: algorithm, parameters: encoded(parameters) };
}
