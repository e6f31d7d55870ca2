import { type DecodedExtensions, decodeExtensions, type RawExtension } from './certificate-extensions.js';
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  readBitString,
  readIntegerBytes,
  readNode,
  readOid,
  readRoot,
  readSmallInteger,
  readTime,
  TAG,
} from './der.js';
import { type DecodedName, decodeName } from './der-name.js';
import { toHex } from './encoding.js';
import { describeSpkiNode, type PublicKeyInfo } from './public-key.js';
import type { SignatureAlgorithm } from './signature.js';

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
 * Decodes a DER certificate strictly (RFC 5280 §4.1 structure, DER lengths, known extensions'
 * contents). Throws `DerError` naming the part that is malformed.
 */
export function decodeCertificate(der: Uint8Array): DecodedCertificate {
  const [tbsNode, algorithmNode, signatureNode, extra] = children(
    expectTag(readRoot(der, 'certificate'), TAG.sequence, 'certificate'),
    'certificate',
  );
  if (extra !== undefined) throw new DerError('certificate');
  const fields = children(expectTag(tbsNode, TAG.sequence, 'tbsCertificate'), 'tbsCertificate');
  let index = 0;
  let version = 1;
  if (fields[0]?.tag === contextTag(0, true)) {
    version =
      readSmallInteger(
        readNode(der, (fields[0] as DerNode).contentStart, (fields[0] as DerNode).end, 'version'),
        'version',
      ) + 1;
    if (version < 2 || version > 3) throw new DerError('version');
    index = 1;
  }
  const [serialNode, innerAlgorithm, issuerNode, validityNode, subjectNode, spkiNode, ...optional] =
    fields.slice(index);
  const serial = readIntegerBytes(serialNode as DerNode, 'serialNumber');
  const [notBefore, notAfter, validityExtra] = children(expectTag(validityNode, TAG.sequence, 'validity'), 'validity');
  if (notBefore === undefined || notAfter === undefined || validityExtra !== undefined) throw new DerError('validity');
  const extensionsField = optional.find((field) => field.tag === contextTag(3, true));
  if (extensionsField !== undefined && version !== 3) throw new DerError('version');
  const { raw, decoded } =
    extensionsField === undefined
      ? { raw: [], decoded: { other: [] } }
      : decodeExtensions(readRoot(content(extensionsField), 'extensions'));
  const signature = readBitString(expectTag(signatureNode, TAG.bitString, 'signature'), 'signature');
  if (signature.unusedBits !== 0) throw new DerError('signature');
  const spki = expectTag(spkiNode, TAG.sequence, 'subjectPublicKeyInfo');
  return {
    der,
    version,
    // the hex OpenSSL prints: without the 00 byte DER adds to keep a positive number positive
    serial: {
      hex: toHex(serial.bytes.length > 1 && serial.bytes[0] === 0 ? serial.bytes.subarray(1) : serial.bytes),
      negative: serial.negative,
      length: serial.bytes.length,
    },
    tbs: encoded(tbsNode as DerNode),
    signatureAlgorithm: readAlgorithm(algorithmNode),
    algorithmsMatch: sameBytes(
      encoded(expectTag(innerAlgorithm, TAG.sequence, 'signature')),
      encoded(algorithmNode as DerNode),
    ),
    signature: signature.bytes,
    issuer: decodeName(issuerNode as DerNode, 'issuer'),
    subject: decodeName(subjectNode as DerNode, 'subject'),
    notBefore: readTime(notBefore, 'notBefore'),
    notAfter: readTime(notAfter, 'notAfter'),
    spki: encoded(spki),
    key: describeSpkiNode(spki),
    extensions: raw,
    decoded,
  };
}

/** `AlgorithmIdentifier`: the OID and its parameters unless absent or NULL. */
export function readAlgorithm(node: DerNode | undefined): SignatureAlgorithm {
  const [oid, parameters] = children(expectTag(node, TAG.sequence, 'signatureAlgorithm'), 'signatureAlgorithm');
  const algorithm = readOid(oid as DerNode, 'signatureAlgorithm');
  return parameters === undefined || parameters.tag === TAG.null
    ? { oid: algorithm }
    : { oid: algorithm, parameters: encoded(parameters) };
}

/** Byte-wise equality. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}
