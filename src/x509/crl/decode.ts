import { readAlgorithm } from '../certificate/decode.js';
import {
  type DistributionPointName,
  decodeDistributionPointName,
  decodeReasonFlags,
} from '../certificate/distribution-point.js';
import { DUPLICATE_EXTENSION, decodeExtensions, type RawExtension } from '../certificate/extensions.js';
import { sameBytes } from '../der/bytes.js';
import { toHex } from '../der/encoding.js';
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  fields,
  optionalFields,
  readBitString,
  readBoolean,
  readIntegerBytes,
  readOid,
  readRoot,
  readSmallInteger,
  readTime,
  TAG,
} from '../der/reader.js';
import type { SignatureAlgorithm } from '../keys/signature.js';
import { type DecodedName, decodeName } from '../names/distinguished-name.js';
import { decodeGeneralNames } from '../names/general-name.js';

/** CRLReason (RFC 5280 §5.3.1) by its ENUMERATED value; 7 is not used. */
export const CRL_REASONS: Readonly<Record<number, string>> = {
  0: 'unspecified',
  1: 'keyCompromise',
  2: 'cACompromise',
  3: 'affiliationChanged',
  4: 'superseded',
  5: 'cessationOfOperation',
  6: 'certificateHold',
  8: 'removeFromCRL',
  9: 'privilegeWithdrawn',
  10: 'aACompromise',
};

/** One revoked certificate of a CRL. */
export interface RevokedEntry {
  /** The serial number's content bytes as hex without a leading sign byte, as certificates' `serial.hex`. */
  readonly serial: string;
  /** With `serial`, tells 255 (`00 ff`) from -1 (`ff`). */
  readonly negative: boolean;
  readonly date: number;
  readonly reason?: string;
  /** A critical entry extension certkit cannot read (the CRL then cannot be used, RFC 5280 §5.3). */
  readonly unknownCritical?: string;
  /** certificateIssuer (§5.3.3): the entry is for another CA's certificate (indirect CRLs). */
  readonly otherIssuer?: true;
}

/** issuingDistributionPoint (RFC 5280 §5.2.5): what the CRL covers. */
export interface IssuingDistributionPoint {
  readonly name?: DistributionPointName;
  readonly onlyUserCerts: boolean;
  readonly onlyCaCerts: boolean;
  readonly onlySomeReasons?: readonly string[];
  readonly indirect: boolean;
  readonly onlyAttributeCerts: boolean;
}

/** A CRL decoded (RFC 5280 §5.1), every field and known extension read whole. */
export interface DecodedCrl {
  readonly der: Uint8Array;
  readonly tbs: Uint8Array;
  readonly signatureAlgorithm: SignatureAlgorithm;
  readonly signature: Uint8Array;
  /** The inner and outer signature algorithms agree (§5.1.1.2). */
  readonly algorithmsMatch: boolean;
  readonly version: 1 | 2;
  readonly issuer: DecodedName;
  readonly thisUpdate: number;
  readonly nextUpdate?: number;
  readonly entries: readonly RevokedEntry[];
  readonly extensions: readonly RawExtension[];
  /** cRLNumber, hex. */
  readonly number?: string;
  /** deltaCRLIndicator's BaseCRLNumber, hex: this is a delta CRL. */
  readonly deltaBase?: string;
  readonly authorityKeyId?: string;
  readonly issuingDistributionPoint?: IssuingDistributionPoint;
  /** The first critical CRL extension certkit cannot read (the CRL then cannot be used). */
  readonly unknownCritical?: string;
}

const CRL_EXTENSION = {
  authorityKeyIdentifier: '2.5.29.35',
  issuerAltName: '2.5.29.18',
  cRLNumber: '2.5.29.20',
  deltaCRLIndicator: '2.5.29.27',
  issuingDistributionPoint: '2.5.29.28',
  freshestCRL: '2.5.29.46',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
} as const;
const KNOWN_CRL_EXTENSIONS = new Set<string>(Object.values(CRL_EXTENSION));
const ENUMERATED = 0x0a;

/**
 * Decodes a DER CRL strictly against RFC 5280 §5.1: the fields of TBSCertList in order, version 2
 * when there are extensions (v1 CRLs have none), revoked entries with their extensions, and the
 * CRL extensions certkit knows read whole. Throws `DerError` naming the part that is malformed.
 */
// long: TBSCertList's fields are read in the order RFC 5280 §5.1 lists them, one after the other.
export function decodeCrl(der: Uint8Array): DecodedCrl {
  const [tbsNode, algorithmNode, signatureNode] = fields(
    expectTag(readRoot(der, 'crl'), TAG.sequence, 'crl'),
    3,
    3,
    'crl',
  ) as [DerNode, DerNode, DerNode];
  const signature = readBitString(expectTag(signatureNode, TAG.bitString, 'signature'), 'signature');
  if (signature.unusedBits !== 0) throw new DerError('signature');
  const tbs = fields(expectTag(tbsNode, TAG.sequence, 'tbsCertList'), 4, 7, 'tbsCertList');
  let index = 0;
  let version: 1 | 2 = 1;
  if (tbs[0]?.tag === TAG.integer) {
    // v1 is the DEFAULT... but TBSCertList's version is OPTIONAL, not DEFAULT: only v2 (1) is written
    if (readSmallInteger(tbs[0], 'version') !== 1) throw new DerError('version');
    version = 2;
    index = 1;
  }
  const take = (tag: number, part: string) => expectTag(tbs[index++], tag, part);
  const innerAlgorithm = take(TAG.sequence, 'signature');
  readAlgorithm(innerAlgorithm, 'signature'); // read for its structure; algorithmsMatch compares its bytes
  const issuer = decodeName(take(TAG.sequence, 'issuer'), 'issuer');
  const thisUpdate = readTime(tbs[index++] as DerNode, 'thisUpdate');
  const nextUpdateNode =
    tbs[index]?.tag === TAG.utcTime || tbs[index]?.tag === TAG.generalizedTime ? tbs[index++] : undefined;
  const revokedNode = tbs[index]?.tag === TAG.sequence ? tbs[index++] : undefined;
  const extensionsNode = tbs[index]?.tag === contextTag(0, true) ? tbs[index++] : undefined;
  if (index !== tbs.length) throw new DerError('tbsCertList');
  if (extensionsNode !== undefined && version !== 2) throw new DerError('version');
  const entries = revokedNode === undefined ? [] : readEntries(revokedNode, version);
  const { raw } =
    extensionsNode === undefined
      ? { raw: [] as RawExtension[] }
      : decodeExtensions(fields(extensionsNode, 1, 1, 'crlExtensions')[0] as DerNode, {
          decoders: {},
          strictDefaults: true,
        });
  const crl: DecodedCrl = {
    der,
    tbs: encoded(tbsNode),
    signatureAlgorithm: readAlgorithm(algorithmNode),
    signature: signature.bytes,
    algorithmsMatch: sameBytes(encoded(innerAlgorithm), encoded(algorithmNode)),
    version,
    issuer,
    thisUpdate,
    ...(nextUpdateNode === undefined ? {} : { nextUpdate: readTime(nextUpdateNode, 'nextUpdate') }),
    entries,
    extensions: raw,
    ...readCrlExtensions(raw),
  };
  return crl;
}

/** revokedCertificates: SEQUENCE OF SEQUENCE { userCertificate, revocationDate, crlEntryExtensions OPTIONAL }, never empty. */
function readEntries(node: DerNode, version: 1 | 2): RevokedEntry[] {
  const list = fields(node, 1, Number.POSITIVE_INFINITY, 'revokedCertificates');
  return list.map((entry) => {
    const [serialNode, dateNode, extensionsNode] = fields(
      expectTag(entry, TAG.sequence, 'revokedCertificate'),
      2,
      3,
      'revokedCertificate',
    ) as [DerNode, DerNode, DerNode | undefined];
    const { bytes, negative } = readIntegerBytes(serialNode, 'userCertificate');
    // as certificates' serials are kept: without the sign byte a positive serial may have
    const serial = toHex(bytes.length > 1 && bytes[0] === 0 ? bytes.subarray(1) : bytes);
    const date = readTime(dateNode, 'revocationDate');
    if (extensionsNode === undefined) return { serial, negative, date };
    if (version !== 2) throw new DerError('version');
    return { serial, negative, date, ...readEntryExtensions(extensionsNode) };
  });
}

/** The DER content of the entry extensions' OIDs certkit reads: reasonCode, invalidityDate, certificateIssuer (2.5.29.21, .24, .29). */
const ENTRY_OIDS = { 21: 'reasonCode', 24: 'invalidityDate', 29: 'certificateIssuer' } as const;

/**
 * crlEntryExtensions, read for every entry of a CRL that may have thousands: each extension as
 * `decodeExtensions` would (fields, a TRUE critical flag when written, an OCTET STRING, no OID
 * twice), the known OIDs told by their three bytes without building their text.
 */
function readEntryExtensions(node: DerNode): Pick<RevokedEntry, 'reason' | 'unknownCritical' | 'otherIssuer'> {
  const list = fields(
    expectTag(node, TAG.sequence, 'crlEntryExtensions'),
    1,
    Number.POSITIVE_INFINITY,
    'crlEntryExtensions',
  );
  const found: { reason?: string; unknownCritical?: string; otherIssuer?: true } = {};
  const seen: string[] = [];
  for (const extension of list) {
    const parts = fields(expectTag(extension, TAG.sequence, 'crlEntryExtension'), 2, 3, 'crlEntryExtension');
    const oidNode = expectTag(parts[0], TAG.oid, 'crlEntryExtension');
    const oid = content(oidNode);
    // DER never writes the DEFAULT FALSE
    const critical = parts.length === 3 && readBoolean(parts[1] as DerNode, 'crlEntryExtension');
    if (parts.length === 3 && !critical) throw new DerError('crlEntryExtension');
    const value = readRoot(
      content(expectTag(parts[parts.length - 1], TAG.octetString, 'crlEntryExtension')),
      'crlEntryExtension',
    );
    const known =
      oid.length === 3 && oid[0] === 0x55 && oid[1] === 0x1d
        ? ENTRY_OIDS[oid[2] as keyof typeof ENTRY_OIDS]
        : undefined;
    const key = known ?? readOid(oidNode, 'crlEntryExtension');
    if (seen.includes(key)) throw new DerError(`${DUPLICATE_EXTENSION}${key}`);
    seen.push(key);
    if (known === 'reasonCode') {
      const code = readSmallInteger({ ...expectTag(value, ENUMERATED, 'reasonCode'), tag: TAG.integer }, 'reasonCode');
      const reason = CRL_REASONS[code];
      if (reason === undefined) throw new DerError('reasonCode');
      found.reason = reason;
    } else if (known === 'invalidityDate')
      readTime(expectTag(value, TAG.generalizedTime, 'invalidityDate'), 'invalidityDate');
    else if (known === 'certificateIssuer') {
      decodeGeneralNames(value, 'certificateIssuer');
      found.otherIssuer = true;
    } else if (critical) found.unknownCritical ??= key;
  }
  return found;
}

/** The CRL extensions certkit reads: AKI, cRLNumber, deltaCRLIndicator, issuingDistributionPoint. */
function readCrlExtensions(raw: readonly RawExtension[]): Partial<DecodedCrl> {
  const found: {
    -readonly [K in keyof DecodedCrl]?: DecodedCrl[K];
  } = {};
  for (const extension of raw) {
    const value = readRoot(extension.value, 'crlExtension');
    if (extension.oid === CRL_EXTENSION.cRLNumber) found.number = toHex(readIntegerBytes(value, 'cRLNumber').bytes);
    else if (extension.oid === CRL_EXTENSION.deltaCRLIndicator)
      found.deltaBase = toHex(readIntegerBytes(value, 'deltaCRLIndicator').bytes);
    else if (extension.oid === CRL_EXTENSION.authorityKeyIdentifier) {
      const keyId = children(value).find((field) => field.tag === contextTag(0, false));
      if (keyId !== undefined) found.authorityKeyId = toHex(content(keyId));
    } else if (extension.oid === CRL_EXTENSION.issuingDistributionPoint)
      found.issuingDistributionPoint = readIssuingDistributionPoint(value);
    else if (extension.critical && !KNOWN_CRL_EXTENSIONS.has(extension.oid)) found.unknownCritical ??= extension.oid;
  }
  return found;
}

/** IssuingDistributionPoint ::= SEQUENCE { distributionPoint [0], onlyContainsUserCerts [1], …CACerts [2], onlySomeReasons [3], indirectCRL [4], onlyContainsAttributeCerts [5] }. */
function readIssuingDistributionPoint(value: DerNode): IssuingDistributionPoint {
  const part = 'issuingDistributionPoint';
  const [name, user, ca, reasons, indirect, attribute] = optionalFields(
    fields(expectTag(value, TAG.sequence, part), 0, 6, part),
    [
      contextTag(0, true),
      contextTag(1, false),
      contextTag(2, false),
      contextTag(3, false),
      contextTag(4, false),
      contextTag(5, false),
    ],
    part,
  );
  // BOOLEAN DEFAULT FALSE: DER never writes FALSE
  const flag = (node: DerNode | undefined) => {
    if (node === undefined) return false;
    if (!readBoolean({ ...node, tag: TAG.boolean }, part)) throw new DerError(part);
    return true;
  };
  const point: IssuingDistributionPoint = {
    ...(name === undefined ? {} : { name: decodeDistributionPointName(name, part) }),
    onlyUserCerts: flag(user),
    onlyCaCerts: flag(ca),
    ...(reasons === undefined ? {} : { onlySomeReasons: decodeReasonFlags(reasons, part) }),
    indirect: flag(indirect),
    onlyAttributeCerts: flag(attribute),
  };
  // RFC 5280 §5.2.5: at most one of the "only contains" flags
  if ([point.onlyUserCerts, point.onlyCaCerts, point.onlyAttributeCerts].filter(Boolean).length > 1)
    throw new DerError(part);
  return point;
}
