import { optionsArgument } from '../../core/argument.js';
import type { IssueCode } from '../../core/codes.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, type IssueParams } from '../../core/issue.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { readAlgorithm } from '../certificate/decode.js';
import {
  DUPLICATE_EXTENSION,
  decodeExtensions,
  EXTENSION_DECODERS,
  extensionOid,
  type RawExtension,
} from '../certificate/extensions.js';
import { bufferSource, toHex } from '../der/encoding.js';
import { OID, SIGNATURE_ALGORITHMS } from '../der/oids.js';
import { type PemOrDer, readPem, writePem } from '../der/pem.js';
import {
  children,
  contextTag,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  readBitString,
  readOid,
  readRoot,
  readSmallInteger,
  readString,
  TAG,
} from '../der/reader.js';
import { resolveCrypto } from '../keys/crypto.js';
import { describeSpkiNode, type PublicKeyInfo } from '../keys/public-key.js';
import { verifySignature } from '../keys/signature.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { decodeName } from '../names/distinguished-name.js';
import type { GeneralName } from '../names/general-name.js';
import type { NameAttribute } from '../names/subject.js';

const SUBJECT_ALT_NAME = extensionOid('subjectAltName');

/** Everything a CSR says, decoded. */
export interface CsrInfo {
  /** Every subject attribute in order; `rdn` groups multi-valued RDNs. */
  readonly subject: readonly NameAttribute[];
  /** The common name, when there is one. */
  readonly commonName: string | null;
  /** subjectAltName DNS names, lower-cased. */
  readonly domains: readonly string[];
  /** subjectAltName IP addresses, canonical. */
  readonly ips: readonly string[];
  /** subjectAltName e-mail addresses. */
  readonly emails: readonly string[];
  readonly key: PublicKeyInfo;
  /** `RSA-SHA256`, `ECDSA-SHA384`, `RSA-MD5`, … or the OID. */
  readonly signatureAlgorithm: string;
  /** `true`/`false` when WebCrypto could check it; `null` when it cannot (MD4, MD5, DSA, ML-DSA…). */
  readonly signatureValid: boolean | null;
  readonly challengePassword: string | null;
  /** Requested extensions (extensionRequest), by OID. */
  readonly extensions: readonly { readonly oid: string; readonly critical: boolean }[];
  /** CSR-04: lower-case hex SHA-256 of the SubjectPublicKeyInfo DER. */
  readonly publicKeyFingerprint: string;
  /** The request as PEM (`CERTIFICATE REQUEST`). */
  readonly pem: string;
}

/**
 * Parses a PKCS#10 CSR from PEM (`CERTIFICATE REQUEST` or the legacy `NEW CERTIFICATE REQUEST`,
 * CRLF and surrounding text allowed, exactly one request) or DER bytes, and checks its signature
 * with WebCrypto. Throws `CertkitError` — never another exception — for anything that is not a
 * well-formed request: `x509.pem.*`, `x509.csr.malformed`, `x509.csr.version`, `x509.csr.attribute`
 * (a challengePassword that is not one string), `x509.csr.extension-duplicate`. `verify: false`
 * skips the signature check (`signatureValid` is then `null`).
 *
 * @example
 * const info = await parseCsr(csrPem);
 * info.signatureAlgorithm // => 'RSA-SHA256'
 * info.signatureValid     // => true
 */
export async function parseCsr(
  input: PemOrDer,
  options: { readonly crypto?: WebCrypto; readonly verify?: boolean } & LimitsOption = {},
): Promise<CsrInfo> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  const { der } = readPem(
    input,
    ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST'],
    limitsOf(options.policy).maxInputLength,
  );
  const request = decodeOrExplain(der);
  if (request.version !== 0) throw csrError('x509.csr.version', { version: request.version });
  const names = request.subjectAltName;
  const key = request.key;
  const [signatureValid, spkiDigest] = await Promise.all([
    options.verify === false
      ? null
      : verifySignature(crypto, request.signatureAlgorithm, key, request.spki, request.signed, request.signature),
    crypto.subtle.digest('SHA-256', bufferSource(request.spki)),
  ]);
  const algorithm = request.signatureAlgorithm.oid;
  return {
    subject: request.subject,
    commonName: request.subject.find((attribute) => attribute.type === 'CN')?.value ?? null,
    domains: names.filter((name) => name.kind === 'dns').map((name) => name.value.toLowerCase()),
    ips: names.filter((name) => name.kind === 'ip').map((name) => name.value),
    emails: names.filter((name) => name.kind === 'email').map((name) => name.value),
    key,
    signatureAlgorithm: SIGNATURE_ALGORITHMS[algorithm]?.name ?? algorithm,
    signatureValid,
    challengePassword: request.challengePassword,
    extensions: request.extensions.map((extension) => ({ oid: extension.oid, critical: extension.critical })),
    publicKeyFingerprint: toHex(spkiDigest),
    pem: writePem(der, 'CERTIFICATE REQUEST'),
  };
}

interface DecodedCsr {
  readonly version: number;
  readonly subject: readonly NameAttribute[];
  readonly spki: Uint8Array;
  readonly key: PublicKeyInfo;
  readonly extensions: readonly RawExtension[];
  readonly subjectAltName: readonly GeneralName[];
  readonly challengePassword: string | null;
  readonly signatureAlgorithm: ReturnType<typeof readAlgorithm>;
  readonly signed: Uint8Array;
  readonly signature: Uint8Array;
}

const SAN_ONLY = { [SUBJECT_ALT_NAME]: EXTENSION_DECODERS[SUBJECT_ALT_NAME] } as typeof EXTENSION_DECODERS;

/** The SubjectPublicKeyInfo of a CSR that `parseCsr` read (its `pem`). */
export function csrSpki(pem: string): Uint8Array {
  return decodeOrExplain(readPem(pem, ['CERTIFICATE REQUEST']).der).spki;
}

/** The request's parts, or the `CertkitError` that says what is wrong with it. */
function decodeOrExplain(der: Uint8Array): DecodedCsr {
  try {
    return decodeCsr(der);
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    if (error.part.startsWith(DUPLICATE_EXTENSION))
      throw csrError('x509.csr.extension-duplicate', { oid: error.part.slice(DUPLICATE_EXTENSION.length) });
    if (error.part.startsWith('challengePassword'))
      throw csrError('x509.csr.attribute', {
        attribute: 'challengePassword',
        problem: error.part.split(' ')[1] ?? 'value',
      });
    throw csrError('x509.csr.malformed', { part: error.part });
  }
}

/**
 * `CertificationRequest ::= SEQUENCE { certificationRequestInfo, signatureAlgorithm, signature }`
 * (RFC 2986) read with the strict DER reader. Only subjectAltName is decoded among the requested
 * extensions; the others are listed by OID.
 */
function decodeCsr(der: Uint8Array): DecodedCsr {
  const [info, algorithm, signature, extra] = children(
    expectTag(readRoot(der, 'CertificationRequest'), TAG.sequence, 'CertificationRequest'),
    'CertificationRequest',
  );
  if (extra !== undefined) throw new DerError('CertificationRequest');
  const [version, subject, spki, attributes, more] = children(
    expectTag(info, TAG.sequence, 'certificationRequestInfo'),
    'certificationRequestInfo',
  );
  if (more !== undefined || (attributes !== undefined && attributes.tag !== contextTag(0, true)))
    throw new DerError('certificationRequestInfo');
  const attributeList = attributes === undefined ? [] : children(attributes, 'attributes').map(readAttribute);
  const extensions: RawExtension[] = [];
  const subjectAltName: GeneralName[] = [];
  for (const value of attributeList
    .filter((attribute) => attribute.type === OID.extensionRequest)
    .flatMap((attribute) => attribute.values)) {
    const { raw, decoded } = decodeExtensions(value, { decoders: SAN_ONLY, allowEmpty: true });
    for (const extension of raw)
      if (extensions.some((known) => known.oid === extension.oid))
        throw new DerError(`${DUPLICATE_EXTENSION}${extension.oid}`);
    extensions.push(...raw);
    subjectAltName.push(...(decoded.subjectAltName ?? []));
  }
  const spkiNode = expectTag(spki, TAG.sequence, 'subjectPublicKeyInfo');
  const bits = readBitString(expectTag(signature, TAG.bitString, 'signature'), 'signature');
  return {
    version: readSmallInteger(version as DerNode, 'version'),
    subject: decodeName(subject as DerNode, 'subject').attributes,
    spki: encoded(spkiNode),
    key: describeSpkiNode(spkiNode),
    extensions,
    subjectAltName,
    challengePassword: readChallengePassword(attributeList),
    signatureAlgorithm: readAlgorithm(algorithm),
    signed: encoded(info as DerNode),
    signature: bits.bytes,
  };
}

/** `Attribute ::= SEQUENCE { type OID, values SET OF ANY }`. */
function readAttribute(node: DerNode): { type: string; values: DerNode[] } {
  const [type, values, extra] = children(expectTag(node, TAG.sequence, 'attribute'), 'attribute');
  if (extra !== undefined) throw new DerError('attribute');
  const oid = readOid(type as DerNode, 'attribute');
  const list =
    oid === OID.challengePassword
      ? children(expectTag(values, TAG.set, 'challengePassword value'), 'challengePassword value')
      : children(expectTag(values, TAG.set, 'attribute'), 'attribute');
  return { type: oid, values: list };
}

/** A single-valued DirectoryString, or `null`; anything else is malformed. */
function readChallengePassword(attributes: readonly { type: string; values: DerNode[] }[]): string | null {
  const attribute = attributes.find((candidate) => candidate.type === OID.challengePassword);
  if (attribute === undefined) return null;
  if (attribute.values.length !== 1) throw new DerError('challengePassword values');
  const value = attribute.values[0] as DerNode;
  const text = value.tag === TAG.ia5String ? undefined : readString(value, 'challengePassword value');
  if (text === undefined) throw new DerError('challengePassword type');
  return text;
}

function csrError<C extends IssueCode>(code: C, params: IssueParams[C]): CertkitError {
  return new CertkitError(createIssue(code, 'CSR-01', params));
}
