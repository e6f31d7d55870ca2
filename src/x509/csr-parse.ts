import { CertificationRequest } from '@peculiar/asn1-csr';
import { ECParameters } from '@peculiar/asn1-ecc';
import { RSAPublicKey } from '@peculiar/asn1-rsa';
import { AsnConvert } from '@peculiar/asn1-schema';
import {
  DirectoryString,
  Extensions,
  type GeneralName,
  SubjectAlternativeName,
  type SubjectPublicKeyInfo,
} from '@peculiar/asn1-x509';
import { CertkitError } from '../core/error.js';
import { createIssue, type IssueParam } from '../core/issue.js';
import { parseIp } from '../domain/ip.js';
import { resolveCrypto } from './crypto.js';
import { derToRawSignature } from './ecdsa-signature.js';
import { toArrayBuffer, toHex } from './encoding.js';
import { type NameAttribute, readName } from './name.js';
import { CURVES, OID, SIGNATURE_ALGORITHMS } from './oids.js';
import { type PemOrDer, readPem, writePem } from './pem.js';

/** The key in a CSR or certificate. */
export type PublicKeyInfo =
  | { readonly type: 'RSA'; readonly size: number; readonly exponent: number }
  | { readonly type: 'EC'; readonly curve: string }
  | { readonly type: 'Ed25519' }
  | { readonly type: 'unknown'; readonly oid: string };

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
  const key = describePublicKey(info.subjectPKInfo);
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
        : await verifySignature(crypto, algorithm, key, spkiDer, signed, request.signature),
    challengePassword: readChallengePassword(attributes),
    extensions: extensions.map((extension) => ({ oid: extension.extnID, critical: extension.critical })),
    publicKeyFingerprint: toHex(await crypto.subtle.digest('SHA-256', spkiDer)),
    pem: writePem(der, 'CERTIFICATE REQUEST'),
  };
}

/** RSA size and exponent, EC curve, Ed25519, or the algorithm OID. */
export function describePublicKey(spki: SubjectPublicKeyInfo): PublicKeyInfo {
  const oid = spki.algorithm.algorithm;
  try {
    if (oid === OID.rsaEncryption) {
      const rsa = AsnConvert.parse(spki.subjectPublicKey, RSAPublicKey);
      const modulus = new Uint8Array(rsa.modulus);
      let start = 0;
      while (start < modulus.length && modulus[start] === 0) start += 1;
      const size = (modulus.length - start) * 8 - Math.clz32(modulus[start] ?? 0) + 24;
      const exponent = new Uint8Array(rsa.publicExponent).reduce((value, byte) => value * 256 + byte, 0);
      return { type: 'RSA', size, exponent };
    }
    if (oid === OID.ecPublicKey && spki.algorithm.parameters) {
      const curve = AsnConvert.parse(spki.algorithm.parameters, ECParameters).namedCurve ?? '';
      return { type: 'EC', curve: CURVES[curve] ?? curve };
    }
  } catch {
    throw csrError('x509.csr.malformed', { part: 'subjectPublicKeyInfo' });
  }
  return oid === OID.ed25519 ? { type: 'Ed25519' } : { type: 'unknown', oid };
}

/** WebCrypto verification where it supports the algorithm; `null` where it cannot check. */
async function verifySignature(
  crypto: Crypto,
  algorithm: string,
  key: PublicKeyInfo,
  spki: ArrayBuffer,
  signed: ArrayBuffer,
  signature: ArrayBuffer,
): Promise<boolean | null> {
  const known = SIGNATURE_ALGORITHMS[algorithm];
  if (known?.key === undefined || known.key !== key.type) return null;
  try {
    if (key.type === 'RSA') {
      const publicKey = await crypto.subtle.importKey(
        'spki',
        spki,
        { name: 'RSASSA-PKCS1-v1_5', hash: known.hash as string },
        false,
        ['verify'],
      );
      return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', publicKey, signature, signed);
    }
    if (key.type === 'EC') {
      const size = { 'P-256': 32, 'P-384': 48, 'P-521': 66 }[key.curve];
      if (size === undefined) return null;
      const raw = derToRawSignature(signature, size);
      if (raw === undefined) return false;
      const publicKey = await crypto.subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: key.curve }, false, [
        'verify',
      ]);
      return await crypto.subtle.verify(
        { name: 'ECDSA', hash: known.hash as string },
        publicKey,
        toArrayBuffer(raw),
        signed,
      );
    }
    const publicKey = await crypto.subtle.importKey('spki', spki, { name: 'Ed25519' }, false, ['verify']);
    return await crypto.subtle.verify({ name: 'Ed25519' }, publicKey, signature, signed);
  } catch {
    return null; // the platform does not support this key or algorithm
  }
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
