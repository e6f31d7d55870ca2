import { optionsArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { DEFAULT_LIMITS, type LimitsOption, limitsOf, type WorkLimits } from '../../policy/limits.js';
import { serialText, toHex } from '../der/encoding.js';
import { SIGNATURE_ALGORITHMS } from '../der/oids.js';
import { type PemOrDer, readPemBlocks, readPemBlocksOf, writePem } from '../der/pem.js';
import { DerError } from '../der/reader.js';
import { sha1, sha256 } from '../hash/sha.js';
import { resolveCrypto } from '../keys/crypto.js';
import type { PublicKeyInfo } from '../keys/public-key.js';
import { createSignatureVerifier, type SignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import type { NameAttribute } from '../names/subject.js';
import { type DecodedCertificate, type DecodeHints, decodeCertificate } from './decode.js';
import { EXTENDED_KEY_USAGES } from './extensions.js';

/** A certificate as a console shows it (CHAIN-06). */
export interface CertInfo {
  readonly version: number;
  readonly subject: readonly NameAttribute[];
  /** `C=US, O=Let's Encrypt, CN=R3`. */
  readonly subjectText: string;
  readonly issuer: readonly NameAttribute[];
  readonly issuerText: string;
  readonly commonName: string | null;
  /** Lower-case hex of the serial number's bytes, as OpenSSL prints it without colons. */
  readonly serial: string;
  /** ISO 8601 UTC. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** subjectAltName DNS names (lower-cased), IP addresses (canonical) and e-mail addresses. */
  readonly domains: readonly string[];
  readonly ips: readonly string[];
  readonly emails: readonly string[];
  readonly key: PublicKeyInfo;
  /** `RSA-SHA256`, `ECDSA-SHA384`, `RSA-PSS`, … or the OID. */
  readonly signatureAlgorithm: string;
  /** Lower-case hex digests of the DER certificate, as `openssl x509 -fingerprint` shows them without colons. */
  readonly fingerprints: { readonly sha1: string; readonly sha256: string };
  /** CSR-04: SHA-256 of the SubjectPublicKeyInfo, comparable with a CSR's `publicKeyFingerprint`. */
  readonly publicKeyFingerprint: string;
  readonly isCA: boolean;
  /** basicConstraints pathLenConstraint; `null` when absent. */
  readonly pathLength: number | null;
  /** keyUsage bits set (`digitalSignature`, `keyCertSign`, …); `null` when the extension is absent. */
  readonly keyUsage: readonly string[] | null;
  /** `serverAuth`, `clientAuth`, … (unknown ones as OIDs); `null` when the extension is absent. */
  readonly extendedKeyUsage: readonly string[] | null;
  readonly subjectKeyId: string | null;
  readonly authorityKeyId: string | null;
  readonly aia: { readonly caIssuers: readonly string[]; readonly ocsp: readonly string[] };
  readonly crlDistributionPoints: readonly string[];
  /** Subject equals issuer and the certificate's own key verifies its signature. */
  readonly selfSigned: boolean;
  readonly pem: string;
}

/**
 * A decoded certificate with its digests and its display form; what chain building works on.
 * `info` is built when first read: a validator that answers `trusted` for a leaf never describes it.
 */
export interface Certificate extends HashedCertificate {
  /** Subject equals issuer and the certificate's own key verifies its signature (as `info.selfSigned`). */
  readonly selfSigned: boolean;
  readonly info: CertInfo;
}

/** More certificates than this in one input are refused before any parsing, unless the policy's limits say otherwise. */
export const MAX_BUNDLE_CERTIFICATES = DEFAULT_LIMITS.maxCertificates;

const LABELS = ['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE'];

/**
 * Parses one X.509 certificate (PEM, CRLF and surrounding text allowed, or DER) into what a
 * console shows (CHAIN-06). Throws `CertkitError`: `x509.pem.*`, `x509.certificate.malformed`
 * (with the part that is wrong) — never another exception.
 *
 * @example
 * const cert = await parseCertificate(pem);
 * cert.signatureAlgorithm   // => 'RSA-SHA256'
 * cert.fingerprints.sha256  // => '5b3f…' (64 hex digits)
 * cert.domains              // => ['www.example.com', 'example.com']
 */
export async function parseCertificate(
  input: PemOrDer,
  options: { readonly crypto?: WebCrypto } & LimitsOption = {},
): Promise<CertInfo> {
  optionsArgument(options);
  const blocks = readPemBlocks(input, LABELS, limitsOf(options.policy).maxInputLength);
  if (blocks.length > 1) throw new CertkitError(createIssue('x509.pem.multiple', 'CHAIN-04', { count: blocks.length }));
  const verifier = createSignatureVerifier(resolveCrypto(options.crypto));
  return (await readCertificate((blocks[0] as { der: Uint8Array }).der, verifier)).info;
}

/**
 * Parses every certificate in a bundle (a `fullchain.pem`, a pasted chain), in input order.
 *
 * @example
 * (await parseCertificates(fullchainPem)).map((cert) => cert.commonName) // => ['www.example.com', 'R3']
 */
export async function parseCertificates(
  input: PemOrDer,
  options: { readonly crypto?: WebCrypto } & LimitsOption = {},
): Promise<CertInfo[]> {
  optionsArgument(options);
  const limits = limitsOf(options.policy);
  return (await readCertificates([input], createSignatureVerifier(resolveCrypto(options.crypto)), limits)).map(
    (certificate) => certificate.info,
  );
}

/**
 * Every certificate in the inputs (each a bundle or one DER), decoded. At most `maxCertificates`
 * (`limit` overrides it: trust anchors have their own), all inputs together at most `maxInputLength`.
 */
export async function readCertificates(
  inputs: readonly PemOrDer[],
  verifier: SignatureVerifier,
  limits: WorkLimits = DEFAULT_LIMITS,
  limit = limits.maxCertificates,
): Promise<Certificate[]> {
  return Promise.all(readDerBlocks(inputs, limits, limit).map((der) => readCertificate(der, verifier)));
}

/** The DER of every certificate block in the inputs, with the count and length limits of {@link readCertificates}. */
export function readDerBlocks(inputs: readonly PemOrDer[], limits: WorkLimits, limit: number): Uint8Array[] {
  if (inputs.length > limit)
    throw new CertkitError(createIssue('x509.certificate.too-many', 'CHAIN-04', { count: inputs.length, limit }));
  const blocks = readPemBlocksOf(inputs, LABELS, limits.maxInputLength);
  if (blocks.length > limit)
    throw new CertkitError(createIssue('x509.certificate.too-many', 'CHAIN-04', { count: blocks.length, limit }));
  return blocks.map((block) => block.der);
}

/** One DER certificate, decoded and described. */
export async function readCertificate(der: Uint8Array, verifier: SignatureVerifier): Promise<Certificate> {
  return describeCertificate(hashCertificate(decodeCertificateDer(der)), verifier);
}

/**
 * A decoded certificate with its digests (lower-case hex SHA-256), each computed when first read:
 * a validator checking many uploads never hashes a leaf nobody asks the fingerprint of. Chain
 * building tells certificates apart by their bytes (`der/bytes.ts`), not by these.
 */
export interface HashedCertificate {
  readonly decoded: DecodedCertificate;
  /** Of the whole DER certificate. */
  readonly sha256: string;
  /** Of its SubjectPublicKeyInfo (CSR-04's `publicKeyFingerprint`). */
  readonly spkiSha256: string;
}

/** The certificate with its SHA-256 and its key's, each computed on first read (`hash/sha.ts`). */
export function hashCertificate(decoded: DecodedCertificate): HashedCertificate {
  return new Digests(decoded);
}

/** {@link HashedCertificate} with the digests computed once, when first read. */
class Digests implements HashedCertificate {
  #sha256: string | undefined;
  #spkiSha256: string | undefined;
  constructor(readonly decoded: DecodedCertificate) {}
  get sha256(): string {
    this.#sha256 ??= toHex(sha256(this.decoded.der));
    return this.#sha256;
  }
  get spkiSha256(): string {
    this.#spkiSha256 ??= toHex(sha256(this.decoded.spki));
    return this.#spkiSha256;
  }
}

/**
 * A {@link Certificate}: its digests are those of the {@link HashedCertificate} it was described
 * from, its {@link CertInfo} is made when first read.
 */
class Described implements Certificate {
  #info: CertInfo | undefined;
  constructor(
    private readonly hashed: HashedCertificate,
    readonly selfSigned: boolean,
  ) {}
  get info(): CertInfo {
    this.#info ??= describe(this.hashed, this.selfSigned);
    return this.#info;
  }
  get decoded(): DecodedCertificate {
    return this.hashed.decoded;
  }
  get sha256(): string {
    return this.hashed.sha256;
  }
  get spkiSha256(): string {
    return this.hashed.spkiSha256;
  }
}

/** {@link decodeCertificate} with its `DerError` turned into `CertkitError` `x509.certificate.malformed`. */
export function decodeCertificateDer(der: Uint8Array, hints?: DecodeHints): DecodedCertificate {
  try {
    return decodeCertificate(der, hints);
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new CertkitError(createIssue('x509.certificate.malformed', 'CHAIN-04', { part: error.part }));
  }
}

/**
 * A decoded certificate with what a console shows. The display form, the fingerprints and the PEM
 * are computed synchronously when first read (`hash/sha.ts`); the only asynchronous step is the
 * self-signature, checked only when subject and issuer are the same name: any other certificate
 * is described at once, not a promise.
 */
export function describeCertificate(
  hashed: HashedCertificate,
  verifier: SignatureVerifier,
): Certificate | Promise<Certificate> {
  const { decoded } = hashed;
  if (decoded.subject.key !== decoded.issuer.key) return new Described(hashed, false);
  return isSelfSigned(decoded, verifier).then((selfSigned) => new Described(hashed, selfSigned));
}

/** A self-issued certificate's own key verifies it (key identifiers when it cannot be checked). */
async function isSelfSigned(certificate: DecodedCertificate, verifier: SignatureVerifier): Promise<boolean> {
  // a decoded certificate is its own VerifyKey (its key and SubjectPublicKeyInfo)
  const verified = await verifier.verify(
    certificate.signatureAlgorithm,
    certificate,
    certificate.tbs,
    certificate.signature,
  );
  if (verified !== null) return verified;
  const { subjectKeyId, authorityKeyId } = certificate.decoded;
  return authorityKeyId?.keyId === undefined || authorityKeyId.keyId === subjectKeyId;
}

function describe(hashed: HashedCertificate, selfSigned: boolean): CertInfo {
  const { decoded: certificate } = hashed;
  const { decoded } = certificate;
  // derived text is computed when first read, in getters that are own enumerable keys in their
  // place (spread and JSON.stringify see plain values): a validator never pays for it
  let sha1Hex: string | undefined;
  let pem: string | undefined;
  const fingerprints = {
    get sha1() {
      sha1Hex ??= toHex(sha1(certificate.der));
      return sha1Hex;
    },
    get sha256() {
      return hashed.sha256;
    },
  };
  const names = decoded.subjectAltName ?? [];
  const algorithm = certificate.signatureAlgorithm.oid;
  return {
    version: certificate.version,
    subject: certificate.subject.attributes,
    subjectText: certificate.subject.text,
    issuer: certificate.issuer.attributes,
    issuerText: certificate.issuer.text,
    commonName: certificate.subject.attributes.findLast((attribute) => attribute.type === 'CN')?.value ?? null,
    serial: serialText(certificate.serial.hex, certificate.serial.negative),
    notBefore: new Date(certificate.notBefore).toISOString(),
    notAfter: new Date(certificate.notAfter).toISOString(),
    domains: names.filter((name) => name.kind === 'dns').map((name) => name.value.toLowerCase()),
    ips: names.filter((name) => name.kind === 'ip').map((name) => name.value),
    emails: names.filter((name) => name.kind === 'email').map((name) => name.value),
    key: certificate.key,
    signatureAlgorithm: SIGNATURE_ALGORITHMS[algorithm]?.name ?? algorithm,
    fingerprints,
    get publicKeyFingerprint() {
      return hashed.spkiSha256;
    },
    isCA: decoded.basicConstraints?.ca ?? false,
    pathLength: decoded.basicConstraints?.pathLength ?? null,
    keyUsage: decoded.keyUsage ?? null,
    extendedKeyUsage: decoded.extendedKeyUsage?.map((oid) => EXTENDED_KEY_USAGES[oid] ?? oid) ?? null,
    subjectKeyId: decoded.subjectKeyId ?? null,
    authorityKeyId: decoded.authorityKeyId?.keyId ?? null,
    aia: decoded.aia ?? { caIssuers: [], ocsp: [] },
    crlDistributionPoints: decoded.crlDistributionPoints ?? [],
    selfSigned,
    get pem() {
      pem ??= writePem(certificate.der, 'CERTIFICATE');
      return pem;
    },
  };
}
