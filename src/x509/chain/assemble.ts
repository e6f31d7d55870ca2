import type { IssueCode, RuleId } from '../../core/codes.js';
import { type DateInput, toDate } from '../../core/date.js';
import { createIssue, type Issue, type IssueParam, type Severity } from '../../core/issue.js';
import type { MatchOptions } from '../../domain/match.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { type PrivateKeyInput, publicKeyFingerprintOf } from '../certificate/key-match.js';
import { type CertInfo, type Certificate, readCertificates } from '../certificate/parse.js';
import type { PemOrDer } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { type CandidatePath, couldIssue, findPaths, identity } from './build.js';
import { validatePath } from './validate.js';

/** Options of {@link assembleChain}. */
export interface AssembleChainOptions extends LimitsOption {
  /** When to check validity; default: now. */
  readonly now?: DateInput;
  /** Roots (or other certificates) to trust. With them the chosen path is validated to one of them. */
  readonly trustAnchors?: readonly PemOrDer[];
  /** The name or IP clients connect to; must be covered by the leaf's SAN (MATCH-01…04). */
  readonly hostname?: string;
  /** The certificate's private key: picks the leaf and must match it (CHAIN-04). */
  readonly privateKey?: PrivateKeyInput;
  /** Put the root at the end of `chain` and `fullchainPem` (CHAIN-01: optional). Default `false`. */
  readonly includeRoot?: boolean;
  /** Most intermediates a valid path may have (self-issued ones not counted). Default 8. */
  readonly maxIntermediates?: number;
  /** Passed to hostname matching: `{ publicSuffixWildcards: false, isPublicSuffix }` refuses `*.co.uk`. */
  readonly match?: MatchOptions;
  readonly crypto?: Crypto;
}

/** What {@link assembleChain} found. */
export interface AssembledChain {
  /** No error among `issues`. */
  readonly ok: boolean;
  readonly leaf: CertInfo;
  /** Leaf → intermediates (→ cross-certificate, CHAIN-03) (→ root with `includeRoot`), the order CHAIN-01 wants. */
  readonly chain: readonly CertInfo[];
  /** `chain` as PEM, ready for Nginx's `ssl_certificate`. */
  readonly fullchainPem: string;
  /** The root the chain ends at, when known (from the input or the trust anchors). */
  readonly root: CertInfo | null;
  /** CHAIN-02: the issuer that is missing and where its certificate can be fetched. */
  readonly missing?: { readonly issuer: string; readonly caIssuersUrls: readonly string[] };
  /** Input certificates that are not part of the chain. */
  readonly unused: readonly CertInfo[];
  /** `true` when trust anchors were given and the chain validates to one of them. */
  readonly trusted: boolean;
  readonly issues: readonly Issue[];
}

/**
 * Turns a bag of certificates — one bundle string or an array of PEM/DER, in any order, with or
 * without the root — into the chain a server must send (CHAIN-01…04), and says what is wrong.
 *
 * - Leaf: the certificate matching `privateKey`; otherwise the one that issues no other
 *   certificate in the input (a non-CA, then one covering `hostname`, then the first).
 * - Links: issuer name, key identifiers and a verified signature (WebCrypto). Duplicates are
 *   dropped; certificates off the chain come back in `unused`.
 * - Several paths (cross-signed CAs): the one that validates to a trust anchor, then the
 *   shortest, then the one whose earliest expiry is latest. Search is bounded.
 * - CHAIN-02: a missing intermediate is reported with the AIA CA-Issuers URLs to fetch it from;
 *   call again with the fetched certificate. Without trust anchors, a chain that ends in an
 *   intermediate is taken as complete (its issuer is a root clients have), while a leaf with no
 *   issuer in the input is a missing intermediate: web PKI roots do not issue leaves directly.
 * - CHAIN-03: a cross-certificate of the root in the input is appended at the end.
 * - With `trustAnchors`, the path is validated (path-validation.ts): signatures, validity,
 *   CA flags and path length, key usage, name constraints, EKU, profile, hostname.
 *
 * Throws `CertkitError` only for unreadable input (`x509.pem.*`, `x509.certificate.*`).
 *
 * @example
 * const result = await assembleChain(pastedBundle, { hostname: 'www.example.com' });
 * result.chain.map((cert) => cert.commonName) // => ['www.example.com', 'Example Issuing CA']
 * result.missing?.caIssuersUrls              // => ['http://ca.example/issuing.crt'] when one is missing
 */
export async function assembleChain(
  input: PemOrDer | readonly PemOrDer[],
  options: AssembleChainOptions = {},
): Promise<AssembledChain> {
  const crypto = resolveCrypto(options.crypto);
  const now = toDate(options.now ?? new Date(), 'now').getTime();
  const inputs = (Array.isArray(input) ? input : [input]) as readonly PemOrDer[];
  const limits = limitsOf(options.policy);
  const all = await readCertificates(inputs, crypto, limits);
  const anchors =
    options.trustAnchors === undefined
      ? []
      : await readCertificates(options.trustAnchors, crypto, limits, limits.maxTrustAnchors);
  const issues: Issue[] = [];
  const add = (
    code: IssueCode,
    rule: RuleId | null,
    severity: Severity,
    params: Record<string, IssueParam>,
    subject?: string,
  ) => issues.push(createIssue(code, rule, params, { severity, subject }));
  /** An issue about one input certificate, named by its subject and shown by its common name. */
  const aboutCertificate = (code: IssueCode, severity: Severity, certificate: Certificate) =>
    add(
      code,
      'CHAIN-01',
      severity,
      { certificate: certificate.info.subjectText },
      certificate.info.commonName ?? undefined,
    );

  const certificates = dropDuplicates(all, (duplicate) => aboutCertificate('x509.chain.duplicate', 'info', duplicate));
  const keyFingerprint =
    options.privateKey === undefined ? undefined : await publicKeyFingerprintOf(options.privateKey, { crypto });
  const leaf = pickLeaf(certificates, keyFingerprint, options.hostname);
  if (keyFingerprint !== undefined && leaf.info.publicKeyFingerprint !== keyFingerprint)
    add('x509.chain.key-mismatch', 'CHAIN-04', 'error', { certificate: leaf.info.subjectText });

  const pool = certificates.filter((certificate) => certificate !== leaf);
  const search = await findPaths(leaf, { crypto, pool, anchors, limits: limits.pathSearch });
  if (search.limited) add('x509.chain.search-limit', null, 'warning', {});
  const validate = (path: CandidatePath) =>
    validatePath(path.certificates, {
      now,
      endsAtAnchor: path.end !== 'open',
      maxNameConstraintChecks: limits.maxNameConstraintChecks,
      ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
      ...(options.match === undefined ? {} : { match: options.match }),
      ...(options.maxIntermediates === undefined ? {} : { maxIntermediates: options.maxIntermediates }),
    });
  const { path, problems, complete } = choosePath(search.paths, validate);
  issues.push(...problems);
  if (complete > 1) add('x509.chain.multiple-paths', 'CHAIN-03', 'info', { count: complete });

  const members = [...path.certificates];
  const last = members[members.length - 1] as Certificate;
  const root =
    path.end !== 'open' && last.info.selfSigned && members.length > 1 ? (members.pop() as Certificate) : null;
  const served = members;
  if (leaf.info.selfSigned)
    add('x509.chain.self-signed-leaf', 'CHAIN-01', 'error', {}, leaf.info.commonName ?? undefined);

  let missing: AssembledChain['missing'];
  const top = served[served.length - 1] as Certificate;
  if (path.end === 'open' && !top.info.selfSigned && (anchors.length > 0 || top === leaf)) {
    missing = { issuer: top.info.issuerText, caIssuersUrls: top.info.aia.caIssuers };
    add(
      'x509.chain.missing-intermediate',
      'CHAIN-02',
      'error',
      { issuer: missing.issuer, urls: [...missing.caIssuersUrls] },
      top.info.commonName ?? undefined,
    );
  }
  if (anchors.length > 0 && path.end === 'self-signed')
    add('x509.chain.untrusted', null, 'error', { issuer: last.info.subjectText });

  // CHAIN-03: a cross-certificate of the root (same subject and key, another issuer) goes last.
  const cross =
    root === null
      ? undefined
      : pool.find(
          (certificate) =>
            !certificate.info.selfSigned && identity(certificate) === identity(root) && !served.includes(certificate),
        );
  if (cross !== undefined) {
    served.push(cross);
    add('x509.chain.cross-certificate', 'CHAIN-03', 'info', {
      certificate: cross.info.subjectText,
      issuer: cross.info.issuerText,
    });
  }
  for (const intermediate of served.slice(1))
    if (intermediate.decoded.notAfter < leaf.decoded.notAfter && intermediate !== cross)
      add('x509.chain.intermediate-expires-first', 'CHAIN-01', 'warning', {
        certificate: intermediate.info.subjectText,
        notAfter: intermediate.info.notAfter,
      });
  // the root as the input gave it (the path may end at the trust anchor's copy of it)
  const rootInInput = certificates.find(
    (certificate) => certificate.info.fingerprints.sha256 === root?.info.fingerprints.sha256,
  );
  if (root !== null && rootInInput !== undefined)
    add('x509.chain.root-included', 'CHAIN-01', 'warning', {
      certificate: root.info.subjectText,
      kept: options.includeRoot === true,
    });
  if (options.includeRoot === true && root !== null) served.push(root);

  const positions = served.map((certificate) => certificates.indexOf(certificate)).filter((position) => position >= 0);
  if (positions.some((position, index) => index > 0 && position < (positions[index - 1] as number)))
    add('x509.chain.order', 'CHAIN-01', 'info', {});
  const used = new Set<Certificate>([...served, ...(rootInInput === undefined ? [] : [rootInInput])]);
  const unused = certificates.filter((certificate) => !used.has(certificate));
  for (const certificate of unused) aboutCertificate('x509.chain.unused', 'warning', certificate);

  return {
    ok: !issues.some((issue) => issue.severity === 'error'),
    leaf: leaf.info,
    chain: served.map((certificate) => certificate.info),
    fullchainPem: served.map((certificate) => certificate.info.pem).join(''),
    root: root?.info ?? null,
    ...(missing === undefined ? {} : { missing }),
    unused: unused.map((certificate) => certificate.info),
    trusted: path.end === 'anchor' && problems.length === 0,
    issues,
  };
}

function dropDuplicates(certificates: readonly Certificate[], report: (duplicate: Certificate) => void): Certificate[] {
  const seen = new Set<string>();
  return certificates.filter((certificate) => {
    const fingerprint = certificate.info.fingerprints.sha256;
    if (seen.has(fingerprint)) {
      report(certificate);
      return false;
    }
    seen.add(fingerprint);
    return true;
  });
}

/** The certificate matching the key; else one that issues nothing else here: non-CA, covering the host, first. */
function pickLeaf(
  certificates: readonly Certificate[],
  keyFingerprint: string | undefined,
  hostname: string | undefined,
): Certificate {
  const byKey = certificates.find((certificate) => certificate.info.publicKeyFingerprint === keyFingerprint);
  if (byKey !== undefined) return byKey;
  const issuesNothing = certificates.filter(
    (certificate) =>
      !certificates.some((other) => other !== certificate && !other.info.selfSigned && couldIssue(certificate, other)),
  );
  const candidates = issuesNothing.length > 0 ? issuesNothing : certificates;
  const score = (certificate: Certificate) =>
    (certificate.info.isCA ? 0 : 2) +
    (hostname !== undefined && [...certificate.info.domains, ...certificate.info.ips].includes(hostname.toLowerCase())
      ? 1
      : 0);
  return candidates.reduce((best, certificate) => (score(certificate) > score(best) ? certificate : best));
}

/**
 * The path to report: with anchors, a valid anchored path first; then any anchored path; then
 * one ending at a root; then the longest open one. Ties: shortest, then latest earliest-expiry.
 */
function choosePath(
  paths: readonly CandidatePath[],
  validate: (path: CandidatePath) => Issue[],
): { path: CandidatePath; problems: Issue[]; complete: number } {
  const rank = (path: CandidatePath, problems: Issue[]) =>
    path.end === 'anchor' ? (problems.length === 0 ? 0 : 1) : path.end === 'self-signed' ? 2 : 3;
  const expiry = (path: CandidatePath) =>
    Math.min(...path.certificates.map((certificate) => certificate.decoded.notAfter));
  const scored = paths.map((path) => ({ path, problems: validate(path) }));
  scored.sort(
    (a, b) =>
      rank(a.path, a.problems) - rank(b.path, b.problems) ||
      (a.path.end === 'open'
        ? b.path.certificates.length - a.path.certificates.length
        : a.path.certificates.length - b.path.certificates.length) ||
      expiry(b.path) - expiry(a.path),
  );
  const complete = paths.filter((path) => path.end !== 'open').length;
  const best = scored[0] as { path: CandidatePath; problems: Issue[] };
  return { ...best, complete };
}
