import { objectArgument, stringArgument } from '../../core/argument.js';
import type { IssueCode } from '../../core/codes.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, describeReceived, type IssueParams } from '../../core/issue.js';
import { ipBytes, parseIp } from '../../domain/ip.js';
import { normalizeDomain } from '../../domain/normalize.js';
import { extensionOid } from '../certificate/extensions.js';
import { bufferSource, toHex } from '../der/encoding.js';
import { OID } from '../der/oids.js';
import { readPem, writePem } from '../der/pem.js';
import { contextTag, TAG } from '../der/tags.js';
import {
  derBitString,
  derInteger,
  derNull,
  derOctetString,
  derOid,
  derSequence,
  derSetOf,
  derSorted,
  derString,
  derTlv,
} from '../der/writer.js';
import { resolveCrypto } from '../keys/crypto.js';
import { rawToDerSignature } from '../keys/ecdsa-signature.js';
import { exportPrivateKey } from '../keys/export.js';
import { describeKey, generateKeyPair, type KeyDescription, type KeySpec } from '../keys/generate.js';
import { keyPairFromPkcs8 } from '../keys/import.js';
import type { WebCrypto, WebCryptoKeyPair } from '../keys/web-crypto.js';
import { isCountryCode } from '../names/country-codes.js';
import { generalNameTag } from '../names/general-name.js';
import { buildName, type SubjectInput } from '../names/subject.js';

const SUBJECT_ALT_NAME = extensionOid('subjectAltName');

/** What `generateCsr` needs. */
export interface CsrOptions {
  /** CSR-01: subject fields; `CN` defaults to the first domain. */
  readonly subject?: SubjectInput;
  /** The names to request (subjectAltName): domains (normalised) and IP literals. */
  readonly domains: readonly string[];
  /**
   * A key to generate (default RSA 2048), an existing key pair, or a PKCS#8 PEM (`PRIVATE KEY`).
   * Other formats (encrypted, PKCS#1, SEC1): `importPrivateKey` them first.
   */
  readonly key?: KeySpec | WebCryptoKeyPair | string;
  /** Encrypts the returned private key (encrypted PKCS#8, PBES2). */
  readonly password?: string;
  /** PBKDF2 iterations for `password` (default 600,000). */
  readonly iterations?: number;
  readonly challengePassword?: string;
  readonly crypto?: WebCrypto;
}

/** A generated CSR and its key. */
export interface GeneratedCsr {
  readonly csrPem: string;
  readonly privateKeyPem: string;
  /** CSR-04: lower-case hex SHA-256 of the SubjectPublicKeyInfo DER. */
  readonly publicKeyFingerprint: string;
  readonly key: KeyDescription;
  readonly keyPair: WebCryptoKeyPair;
}

/** More names than any certificate takes. */
export const MAX_CSR_DOMAINS = 1000;

/**
 * Generates a key (or uses the given one) and a PKCS#10 CSR signed with it (CSR-01…05), entirely
 * with WebCrypto, so in a browser the private key never leaves the page:
 *
 * - subject attributes in OpenSSL's order, non-ASCII values as UTF8String (CSR-01);
 * - `C` must be an ISO 3166 alpha-2 code; `CN` defaults to the first domain and must be one of
 *   the domains (CSR-03); every domain goes into subjectAltName (DNS names normalised, IDNs as
 *   A-labels, IP literals as iPAddress);
 * - RSA 2048/3072/4096 signs with SHA-256, P-256 with SHA-256, P-384 with SHA-384 (CSR-02, CSR-05);
 * - the private key comes back as PKCS#8 PEM, encrypted with `password` (CSR-06).
 *
 * @example
 * const { csrPem, privateKeyPem, publicKeyFingerprint } = await generateCsr({
 *   domains: ['www.example.com', 'example.com'],
 *   subject: { C: 'CN', ST: '广东省', L: '深圳市', O: '腾讯科技（深圳）有限公司' },
 *   key: { type: 'EC', curve: 'P-256' },
 * });
 */
export async function generateCsr(options: CsrOptions): Promise<GeneratedCsr> {
  const crypto = resolveCrypto(objectArgument<CsrOptions>(options, 'options').crypto);
  const request = requestContent(options);
  const keyPair = await resolveKeyPair(options.key, crypto);
  const key = describeKey(keyPair.publicKey);
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', keyPair.publicKey));
  const info = request(spki);
  const signing = signingAlgorithm(key);
  const signature = await crypto.subtle.sign(signing.webCrypto, keyPair.privateKey, bufferSource(info));
  return {
    csrPem: signedRequest(
      info,
      derSequence(derOid(signing.oid), ...(key.type === 'RSA' ? [derNull()] : [])),
      new Uint8Array(key.type === 'EC' ? rawToDerSignature(signature) : signature),
    ),
    privateKeyPem: await exportPrivateKey(keyPair.privateKey, {
      password: options.password,
      iterations: options.iterations,
      crypto,
    }),
    publicKeyFingerprint: toHex(await crypto.subtle.digest('SHA-256', spki)),
    key,
    keyPair,
  };
}

/** What every CSR certkit makes asks for, whatever its key (SM2 CSRs use it too). */
export type CsrRequest = Pick<CsrOptions, 'subject' | 'domains' | 'challengePassword'>;

/**
 * Checks the subject, names and challenge password of a request (CSR-01, CSR-03) before any key
 * work, and returns the builder of its `CertificationRequestInfo` for a given SPKI.
 */
export function requestContent(options: CsrRequest): (spki: Uint8Array) => Uint8Array {
  const names = requestedNames(options.domains);
  if (options.subject !== undefined) objectArgument(options.subject, 'options.subject');
  if (options.challengePassword !== undefined) stringArgument(options.challengePassword, 'options.challengePassword');
  const subject = { ...options.subject, CN: commonName(options.subject?.CN, names) };
  if (subject.C !== undefined && !isCountryCode(subject.C))
    throw csrError('x509.csr.country.invalid', 'CSR-01', { country: describeReceived(subject.C) });
  const attributes = [extensionRequest(names)];
  if (options.challengePassword !== undefined)
    attributes.push(attribute(OID.challengePassword, derString(TAG.utf8String, options.challengePassword)));
  const name = buildName(subject);
  return (spki) =>
    derSequence(
      derInteger(0),
      name,
      spki,
      derTlv(contextTag(0, true), ...derSorted(attributes)), // [0] IMPLICIT SET OF, in DER order
    );
}

/** The PEM of a signed `CertificationRequest`: the info, the signature algorithm and the signature. */
export function signedRequest(info: Uint8Array, algorithm: Uint8Array, signature: Uint8Array): string {
  return writePem(derSequence(info, algorithm, derBitString(signature)), 'CERTIFICATE REQUEST');
}

/** Domains normalised (DNS) or canonical (IP), deduplicated, in order. */
function requestedNames(domains: readonly string[]): { value: string; ip: boolean }[] {
  if (!Array.isArray(domains) || domains.length === 0 || domains.length > MAX_CSR_DOMAINS) {
    throw csrError('x509.csr.domains.invalid', 'CSR-03', {
      count: Array.isArray(domains) ? domains.length : 0,
      limit: MAX_CSR_DOMAINS,
    });
  }
  const names: { value: string; ip: boolean }[] = [];
  for (const domain of domains) {
    const ip = parseIp(domain);
    const name = ip === null ? { value: normalizeDomain(domain), ip: false } : { value: ip.address, ip: true };
    if (!names.some((existing) => existing.value === name.value)) names.push(name);
  }
  return names;
}

/** CSR-03: the CN is one of the requested names (the first one by default). */
function commonName(requested: string | undefined, names: readonly { value: string; ip: boolean }[]): string {
  if (requested === undefined || requested === '') return (names[0] as { value: string }).value;
  const ip = parseIp(requested);
  const normalized = ip === null ? normalizeDomain(requested) : ip.address;
  if (!names.some((name) => name.value === normalized))
    throw csrError('x509.csr.cn.not-in-domains', 'CSR-03', { cn: requested });
  return normalized;
}

/** The extensionRequest attribute with the subjectAltName: `[2]` DNS names, `[7]` IP addresses. */
function extensionRequest(names: readonly { value: string; ip: boolean }[]): Uint8Array {
  const generalNames = names.map((name) =>
    name.ip
      ? derTlv(generalNameTag('ip'), Uint8Array.from(ipBytes(name.value) ?? []))
      : derTlv(generalNameTag('dns'), new TextEncoder().encode(name.value)),
  );
  const san = derSequence(derOid(SUBJECT_ALT_NAME), derOctetString(derSequence(...generalNames)));
  return attribute(OID.extensionRequest, derSequence(san));
}

/** `Attribute ::= SEQUENCE { type, values SET OF }` with one value. */
function attribute(oid: string, value: Uint8Array): Uint8Array {
  return derSequence(derOid(oid), derSetOf([value]));
}

/** CSR-05: SHA-256 (SHA-384 for P-384). */
function signingAlgorithm(key: KeyDescription): { oid: string; webCrypto: Algorithm | EcdsaParams } {
  if (key.type === 'RSA') return { oid: OID.sha256WithRSA, webCrypto: { name: 'RSASSA-PKCS1-v1_5' } };
  return key.curve === 'P-384'
    ? { oid: OID.ecdsaWithSHA384, webCrypto: { name: 'ECDSA', hash: 'SHA-384' } }
    : { oid: OID.ecdsaWithSHA256, webCrypto: { name: 'ECDSA', hash: 'SHA-256' } };
}

async function resolveKeyPair(key: CsrOptions['key'], crypto: WebCrypto): Promise<WebCryptoKeyPair> {
  if (typeof key === 'string') return keyPairFromPkcs8(readPem(key, ['PRIVATE KEY']).der, { crypto });
  if (key === undefined) return generateKeyPair({ type: 'RSA', size: 2048 }, { crypto });
  if ('privateKey' in objectArgument<object>(key, 'options.key') && 'publicKey' in key) return key as WebCryptoKeyPair;
  return generateKeyPair(key as KeySpec, { crypto });
}

function csrError<C extends IssueCode>(code: C, rule: 'CSR-01' | 'CSR-03', params: IssueParams[C]): CertkitError {
  return new CertkitError(createIssue(code, rule, params));
}
