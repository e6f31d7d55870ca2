import type { IssueCode } from '../../core/codes.js';
import { createIssue, type Issue, type IssueParams } from '../../core/issue.js';
import { isIp } from '../../domain/ip.js';
import { type MatchOptions, matchesHostname } from '../../domain/match.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import { extensionOid as EXT, EXTENSION_DECODERS } from '../certificate/extensions.js';
import type { Certificate } from '../certificate/parse.js';
import { EXTENDED_KEY_USAGES, oidOf, SIGNATURE_ALGORITHMS } from '../der/oids.js';
import { checkNameConstraints, MAX_NAME_CONSTRAINT_CHECKS } from './name-constraints.js';

/** Options of {@link validatePath}. */
export interface PathValidationOptions {
  /** Validation time, milliseconds since the epoch. */
  readonly now: number;
  /** The name or IP the client connects to; checked against the leaf's SAN only (never the CN). */
  readonly hostname?: string;
  readonly match?: MatchOptions;
  /** Most intermediates (not counting self-issued ones) a path may have, like OpenSSL's `-verify_depth`. Default 8. */
  readonly maxIntermediates?: number;
  /** The last certificate is a trust anchor or root (its self-signature is not judged). Default `true`. */
  readonly endsAtAnchor?: boolean;
  /** Name × constraint comparisons allowed in the path (the policy's `limits.maxNameConstraintChecks`). */
  readonly maxNameConstraintChecks?: number;
}

/** Intermediates allowed unless told otherwise; real web PKI chains have one to three. */
export const DEFAULT_MAX_INTERMEDIATES = 8;
const SERVER_AUTH = oidOf(EXTENDED_KEY_USAGES, 'serverAuth');
const ANY_EKU = oidOf(EXTENDED_KEY_USAGES, 'anyExtendedKeyUsage');
/** MD2, MD4, MD5 and SHA-1 signatures, by their names in `SIGNATURE_ALGORITHMS`. */
const WEAK_SIGNATURE = /-(?:MD[245]|SHA1)$/;
const EXTENSION_MUST_NOT_BE_CRITICAL = (
  ['authorityKeyIdentifier', 'subjectKeyIdentifier', 'authorityInfoAccess'] as const
).map(EXT);
/** Extension OIDs the profile checks read, looked up once. */
const [EKU_EXTENSION, BASIC_CONSTRAINTS, SUBJECT_ALT_NAME, POLICY_CONSTRAINTS] = (
  ['extendedKeyUsage', 'basicConstraints', 'subjectAltName', 'policyConstraints'] as const
).map(EXT) as [string, string, string, string];

/**
 * Profile rules a trust anchor is not judged by. An anchor is trusted as its name and key (RFC 5280
 * §6.1.1); what it asserts (validity, CA flag, key usage, path length, name constraints, EKU,
 * critical extensions, key strength) still binds. These rules are about how a CA had to issue the
 * certificate, and roots made before the rule was written break them while every client trusts
 * them: serial 0 (Go Daddy Root G2, Starfield G2, Security Communication RootCA2, HARICA 2015),
 * authorityCertIssuer/SerialNumber in the AKI (QuoVadis Root CA 2 and 3, Certigna, the Go Daddy and
 * Starfield Class 2 roots), no SKI (TWCA Global Root CA), a non-critical basicConstraints (ePKI
 * Root), and v1 roots.
 */
const NOT_FOR_ANCHORS = new Set([
  'serial-not-positive',
  'authority-key-id-issuer-fields',
  'subject-key-id-missing',
  'basic-constraints-not-critical',
  'version',
]);

/**
 * Checks a path — leaf first, trust anchor last, every signature already verified — the way a
 * web PKI client does (RFC 5280 §6 essentials and the CA/B Forum profile): validity at `now`
 * (whole seconds), basicConstraints CA and path length (self-issued CAs do not count), keyUsage
 * keyCertSign, name constraints (DNS, IP, e-mail, URI, DN), leaf EKU serverAuth when present,
 * unknown critical extensions, key sizes and signature hashes, the certificate profile (serial
 * numbers, key identifiers, extension criticality), and the hostname. Returns the errors found,
 * empty when the path is valid.
 */
export function validatePath(path: readonly Certificate[], options: PathValidationOptions): Issue[] {
  const issues: Issue[] = [];
  const now = Math.floor(options.now / 1000) * 1000;
  const budget = { remaining: options.maxNameConstraintChecks ?? MAX_NAME_CONSTRAINT_CHECKS };
  path.forEach((certificate, index) => {
    const { decoded: cert } = certificate;
    const role =
      index === 0 ? 'leaf' : index === path.length - 1 && options.endsAtAnchor !== false ? 'anchor' : 'intermediate';
    const fail: Fail = (code, params) => {
      // Every path-validation issue names its certificate; `fail` adds it to the code's params.
      const all = { certificate: certificate.info.subjectText, ...params } as IssueParams[typeof code];
      issues.push(
        createIssue(code, null, all, { subject: certificate.info.commonName ?? certificate.info.subjectText }),
      );
    };
    if (now < cert.notBefore) fail('x509.chain.not-yet-valid', { notBefore: certificate.info.notBefore });
    if (now > cert.notAfter) fail('x509.chain.expired', { notAfter: certificate.info.notAfter });
    for (const problem of profileProblems(certificate, role))
      if (role !== 'anchor' || !NOT_FOR_ANCHORS.has(problem)) fail('x509.chain.profile', { problem });
    const weakKey = keyWeakness(cert);
    if (weakKey !== undefined) fail('x509.chain.weak-key', { key: weakKey });
    if (role !== 'anchor' && WEAK_SIGNATURE.test(SIGNATURE_ALGORITHMS[cert.signatureAlgorithm.oid]?.name ?? ''))
      fail('x509.chain.weak-signature', { algorithm: certificate.info.signatureAlgorithm });
    const unknown = cert.extensions.find(
      (extension) => extension.critical && EXTENSION_DECODERS[extension.oid] === undefined,
    );
    if (unknown !== undefined) fail('x509.chain.critical-extension', { oid: unknown.oid });
    if (role === 'leaf') checkLeaf(cert, fail);
    else {
      checkIssuer(path, index, role, fail);
      checkSubordinateNames(path, index, budget, fail);
    }
  });
  const limit = options.maxIntermediates ?? DEFAULT_MAX_INTERMEDIATES;
  const intermediates = path
    .slice(1, options.endsAtAnchor === false ? undefined : -1)
    .filter((certificate) => !isSelfIssued(certificate.decoded)).length;
  if (intermediates > limit) issues.push(createIssue('x509.chain.too-long', null, { intermediates, limit }));
  const hostname = path[0] === undefined ? undefined : hostnameIssue(path[0], options);
  if (hostname !== undefined) issues.push(hostname);
  return issues;
}

/** MATCH-01/04: an IP is matched against iPAddress entries only, a name against dNSName entries only. */
function hostnameIssue(leaf: Certificate, options: PathValidationOptions): Issue | undefined {
  const { hostname } = options;
  if (hostname === undefined) return undefined;
  const names = isIp(hostname) ? leaf.info.ips : leaf.info.domains;
  if (names.some((name) => matchesHostname(name, hostname, options.match))) return undefined;
  return createIssue('x509.chain.hostname', 'MATCH-01', { hostname, names }, { subject: hostname });
}

/** RFC 5280 §4.2.1.10: a CA's name constraints hold for every certificate below it but self-issued CAs. */
function checkSubordinateNames(
  path: readonly Certificate[],
  index: number,
  budget: { remaining: number },
  fail: Fail,
): void {
  const constraints = (path[index] as Certificate).decoded.decoded.nameConstraints;
  if (constraints === undefined) return;
  for (const below of path.slice(0, index)) {
    if (below !== path[0] && isSelfIssued(below.decoded)) continue;
    const violation = checkNameConstraints(constraints, below.decoded, budget);
    if (violation !== undefined) fail('x509.chain.name-constraints', { ...violation, subject: below.info.subjectText });
  }
}

/** The path-validation codes: each names its certificate. */
type PathCode = {
  [C in IssueCode]: IssueParams[C] extends { readonly certificate: string } ? C : never;
}[IssueCode];
/** Reports a path-validation issue; the certificate is added to `params`. */
type Fail = <C extends PathCode>(code: C, params: Omit<IssueParams[C], 'certificate'>) => void;

const V1_ANCHOR = { ca: true, pathLength: null } as const;

function checkLeaf(cert: DecodedCertificate, fail: Fail): void {
  const { decoded } = cert;
  if (decoded.basicConstraints?.ca === true) fail('x509.chain.profile', { problem: 'leaf-is-ca' });
  if (decoded.keyUsage?.includes('keyCertSign')) fail('x509.chain.key-usage', { usage: 'keyCertSign' });
  if (decoded.nameConstraints !== undefined) fail('x509.chain.profile', { problem: 'name-constraints-in-leaf' });
  const eku = decoded.extendedKeyUsage;
  // web PKI: serverAuth, and not "any" (which would make a TLS certificate good for everything)
  if (eku !== undefined && (!eku.includes(SERVER_AUTH) || eku.includes(ANY_EKU)))
    fail('x509.chain.extended-key-usage', { usages: [...eku] });
  if (eku !== undefined && cert.extensions.some((extension) => extension.oid === EKU_EXTENSION && extension.critical))
    fail('x509.chain.profile', { problem: 'eku-critical' });
}

/** The issuer at `index`: a CA allowed to sign, within its path length. */
function checkIssuer(path: readonly Certificate[], index: number, role: 'intermediate' | 'anchor', fail: Fail): void {
  const issuer = (path[index] as Certificate).decoded;
  const { decoded } = issuer;
  // a v1 certificate has no extensions: as an anchor it is a CA, as OpenSSL takes it
  const constraints = decoded.basicConstraints ?? (role === 'anchor' && issuer.version === 1 ? V1_ANCHOR : undefined);
  if (constraints?.ca !== true) {
    fail('x509.chain.not-ca', {});
    return;
  }
  if (
    role !== 'anchor' &&
    !issuer.extensions.some((extension) => extension.oid === BASIC_CONSTRAINTS && extension.critical)
  )
    fail('x509.chain.profile', { problem: 'basic-constraints-not-critical' });
  if (decoded.keyUsage !== undefined && !decoded.keyUsage.includes('keyCertSign'))
    fail('x509.chain.key-usage', { usage: 'keyCertSign' });
  if (constraints.pathLength !== null) {
    // intermediates between this CA and the leaf, not counting self-issued ones (RFC 5280 §6.1.4)
    const below = path.slice(1, index).filter((certificate) => !isSelfIssued(certificate.decoded)).length;
    if (below > constraints.pathLength)
      fail('x509.chain.path-length', { pathLength: constraints.pathLength, intermediates: below });
  }
  const eku = decoded.extendedKeyUsage;
  if (eku !== undefined && !eku.includes(SERVER_AUTH) && !eku.includes(ANY_EKU))
    fail('x509.chain.extended-key-usage', { usages: [...eku] });
}

/** Structural rules of the RFC 5280 / CA/B Forum profile, as short problem tokens. */
function profileProblems(certificate: Certificate, role: 'leaf' | 'intermediate' | 'anchor'): string[] {
  const problems: string[] = [];
  const { decoded: cert, info } = certificate;
  const { decoded } = cert;
  const critical = (oid: string) => cert.extensions.find((extension) => extension.oid === oid)?.critical;
  if (cert.version !== 3) problems.push('version');
  if (cert.serial.negative || /^0*$/.test(cert.serial.hex)) problems.push('serial-not-positive');
  if (cert.serial.length > 20) problems.push('serial-too-long');
  if (!cert.algorithmsMatch) problems.push('signature-algorithm-mismatch');
  if (cert.issuer.attributes.length === 0) problems.push('empty-issuer');
  const emptySubject = cert.subject.attributes.length === 0;
  if (emptySubject && role !== 'leaf') problems.push('empty-subject');
  if (decoded.subjectAltName !== undefined && critical(SUBJECT_ALT_NAME) !== emptySubject)
    problems.push(emptySubject ? 'san-not-critical' : 'san-critical');
  for (const oid of EXTENSION_MUST_NOT_BE_CRITICAL)
    if (critical(oid) === true) problems.push(`critical-${EXTENSION_DECODERS[oid]?.name}`);
  if (critical(POLICY_CONSTRAINTS) === false) problems.push('policy-constraints-not-critical');
  const { selfSigned } = info;
  const aki = decoded.authorityKeyId;
  // a trust anchor is trusted as it is, whoever issued it (RFC 5280 §6.1.1 takes only its name and key)
  if (aki === undefined && !selfSigned && role !== 'anchor') problems.push('authority-key-id-missing');
  if (aki !== undefined && aki.keyId === undefined) problems.push('authority-key-id-without-key-id');
  if (aki !== undefined && selfSigned && (aki.hasIssuer || aki.hasSerial))
    problems.push('authority-key-id-issuer-fields');
  if (
    selfSigned &&
    aki?.keyId !== undefined &&
    decoded.subjectKeyId !== undefined &&
    aki.keyId !== decoded.subjectKeyId
  )
    problems.push('authority-key-id-mismatch');
  if (role !== 'leaf' && decoded.subjectKeyId === undefined) problems.push('subject-key-id-missing');
  // CA/B Forum 7.1.2.1.2: a root carries no extKeyUsage
  if (role === 'anchor' && selfSigned && decoded.extendedKeyUsage !== undefined)
    problems.push('root-has-extended-key-usage');
  if (role === 'leaf' && !commonNameInSan(certificate)) problems.push('common-name-not-in-san');
  return problems;
}

/** RSA under 2048 bits or not a whole number of bytes, EC other than P-256/384/521 named curves, DSA and unknown keys. */
function keyWeakness(cert: DecodedCertificate): string | undefined {
  const { key } = cert;
  if (key.type === 'RSA') return key.size < 2048 || key.size % 8 !== 0 ? `RSA ${key.size}` : undefined;
  if (key.type === 'EC') return ['P-256', 'P-384', 'P-521'].includes(key.curve) ? undefined : `EC ${key.curve}`;
  return key.type === 'Ed25519' ? undefined : key.oid;
}

/** Subject and issuer are the same name (RFC 5280 "self-issued"). */
export function isSelfIssued(cert: DecodedCertificate): boolean {
  return cert.subject.key === cert.issuer.key;
}

/**
 * CA/B Forum BR 7.1.4.3: a subscriber certificate's common name, when present, is exactly one of
 * its SAN entries — byte for byte for names, the canonical text (RFC 5952 for IPv6) for addresses.
 */
function commonNameInSan({ info, decoded }: Certificate): boolean {
  const sans = (decoded.decoded.subjectAltName ?? []).map((name) => name.value);
  return info.subject.every((attribute) => attribute.type !== 'CN' || sans.includes(attribute.value));
}
