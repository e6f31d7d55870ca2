import { CertificationRequest } from '@peculiar/asn1-csr';
import { AsnConvert } from '@peculiar/asn1-schema';
import { DirectoryString, Extensions, type GeneralName, SubjectAlternativeName } from '@peculiar/asn1-x509';
import { CertkitError } from '../core/error.js';
import { createIssue, type IssueParam } from '../core/issue.js';
import { parseIp } from '../domain/ip.js';
import { resolveCrypto } from './crypto.js';
import { DerError, readRoot } from './der.js';
import { toHex } from './encoding.js';
import { type NameAttribute, readName } from './name.js';
import { OID, SIGNATURE_ALGORITHMS } from './oids.js';
import { type PemOrDer, readPem, writePem } from './pem.js';
import { describeSpkiNode, type PublicKeyInfo } from './public-key.js';
import { verifySignature } from './signature.js';

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
  options: { readonly crypto?: Crypto; readonly verify?: boolean } = {},
): Promise<CsrInfo> {
  const crypto = resolveCrypto(options.crypto);
  const { der } = readPem(input, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']);
  const request = parseAsn(der, CertificationRequest, 'x509.csr.malformed');
  const info = request.certificationRequestInfo;
  if (info.version !== 0) throw csrError('x509.csr.version', { version: info.version });
  const subject = readName(info.subject);
  const attributes = info.attributes ?? [];
  const extensionValues = attributes
    .filter((attribute) => attribute.type === OID.extensionRequest)
    .flatMap((attribute) => attribute.values);
  const extensions = extensionValues.flatMap((value) => [...parseAsn(value, Extensions, 'x509.csr.malformed')]);
  const seen = new Set<string>();
  for (const extension of extensions) {
    if (seen.has(extension.extnID)) throw csrError('x509.csr.extension-duplicate', { oid: extension.extnID });
    seen.add(extension.extnID);
  }
  const san = extensions.find((extension) => extension.extnID === OID.subjectAltName);
  const names =
    san === undefined ? [] : [...parseAsn(san.extnValue.buffer, SubjectAlternativeName, 'x509.csr.malformed')];
  const spkiDer = AsnConvert.serialize(info.subjectPKInfo);
  const signed = request.certificationRequestInfoRaw ?? AsnConvert.serialize(info);
  const algorithm = request.signatureAlgorithm.algorithm;
  const key = readKey(spkiDer);
  return {
    subject,
    commonName: subject.find((attribute) => attribute.type === 'CN')?.value ?? null,
    domains: names.flatMap((name: GeneralName) => (name.dNSName === undefined ? [] : [name.dNSName.toLowerCase()])),
    ips: names.flatMap((name: GeneralName) =>
      name.iPAddress === undefined ? [] : [parseIp(name.iPAddress)?.address ?? name.iPAddress],
    ),
    emails: names.flatMap((name: GeneralName) => (name.rfc822Name === undefined ? [] : [name.rfc822Name])),
    key,
    signatureAlgorithm: SIGNATURE_ALGORITHMS[algorithm]?.name ?? algorithm,
    signatureValid:
      options.verify === false
        ? null
        : await verifySignature(
            crypto,
            { oid: algorithm, ...pssParameters(request.signatureAlgorithm.parameters) },
            key,
            spkiDer,
            signed,
            request.signature,
          ),
    challengePassword: readChallengePassword(attributes),
    extensions: extensions.map((extension) => ({ oid: extension.extnID, critical: extension.critical })),
    publicKeyFingerprint: toHex(await crypto.subtle.digest('SHA-256', spkiDer)),
    pem: writePem(der, 'CERTIFICATE REQUEST'),
  };
}

/** A single-valued DirectoryString, or `null`; anything else is malformed. */
function readChallengePassword(attributes: Iterable<{ type: string; values: ArrayBuffer[] }>): string | null {
  const attribute = [...attributes].find((candidate) => candidate.type === OID.challengePassword);
  if (attribute === undefined) return null;
  if (attribute.values.length !== 1)
    throw csrError('x509.csr.attribute', { attribute: 'challengePassword', problem: 'values' });
  const value = parseAsn(attribute.values[0] as ArrayBuffer, DirectoryString, 'x509.csr.attribute');
  const text =
    value.utf8String ?? value.printableString ?? value.bmpString ?? value.teletexString ?? value.universalString;
  if (text === undefined) throw csrError('x509.csr.attribute', { attribute: 'challengePassword', problem: 'type' });
  return text;
}

function parseAsn<T>(
  der: ArrayBuffer | Uint8Array,
  type: new () => T,
  code: 'x509.csr.malformed' | 'x509.csr.attribute',
): T {
  try {
    return AsnConvert.parse(der, type);
  } catch {
    throw csrError(code, { part: type.name });
  }
}

function csrError(code: Parameters<typeof createIssue>[0], params: Record<string, IssueParam>): CertkitError {
  return new CertkitError(createIssue(code, 'CSR-01', params));
}

/** The key description; a key that cannot be read makes the CSR malformed. */
function readKey(spki: ArrayBuffer): PublicKeyInfo {
  try {
    return describeSpkiNode(readRoot(new Uint8Array(spki), 'subjectPublicKeyInfo'));
  } catch (error) {
    if (error instanceof DerError) throw csrError('x509.csr.malformed', { part: 'subjectPublicKeyInfo' });
    throw error;
  }
}

/** Signature algorithm parameters other than NULL (RSA-PSS has them). */
function pssParameters(parameters: ArrayBuffer | null | undefined): { parameters?: Uint8Array } {
  if (parameters === null || parameters === undefined || parameters.byteLength <= 2) return {};
  return { parameters: new Uint8Array(parameters) };
}
