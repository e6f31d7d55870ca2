import { arrayArgument, invalidArgument, objectArgument, stringArgument } from '../../core/argument.js';
import { type Instant, toDate } from '../../core/instant.js';
import type { Issue } from '../../core/issue.js';
import { once } from '../../core/once.js';
import type { MatchOptions } from '../../domain/match.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { type PrivateKeyInput, publicKeyFingerprintOf } from '../certificate/key-match.js';
import {
  type CertInfo,
  type Certificate,
  decodeCertificateDer,
  type HashedCertificate,
  hashCertificate,
  readDerBlocks,
} from '../certificate/parse.js';
import { readCrls } from '../crl/parse.js';
import { sameBytes } from '../der/bytes.js';
import type { PemOrDer } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { type CandidatePath, createPathSearch, sameIdentity } from './build.js';
import { type ChainContext, describeOnce, oneOffContext } from './context.js';
import { dropDuplicates, pickLeaf } from './leaf.js';
import { prefetchKnownLinks, prefetchLinks } from './links.js';
import { type PathRules, type ResolvedPathRules, resolvePathRules } from './path-rules.js';
import { choosePath } from './rank.js';
import { type ChainReport, createChainReport } from './report.js';
import { checkRevocation, type RevocationStatus, statusSubject } from './revocation.js';
import { pathPolicies, validatePath } from './validate.js';

/** What each chain assembly is asked: the instant, the host, the key, the output form, the rules of validation. */
export interface AssembleOptions extends PathRules {
  /**
   * When to check validity: required, since the answer depends on it and certkit never reads
   * the clock (pass `new Date()` for "now").
   */
  readonly now: Instant;
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
  /**
   * CRLs (PEM `X509 CRL` or DER) the caller fetched: each certificate of a validated chain is
   * checked against the current CRL of its issuer (RFC 5280 §6.3) and `revocation` says what was found.
   */
  readonly crls?: readonly PemOrDer[];
  /** A certificate whose status no CRL answers refuses the chain (an error, not a warning). Default `false`. */
  readonly requireRevocation?: boolean;
}

/** Options of {@link assembleChain}. */
export interface AssembleChainOptions extends AssembleOptions, LimitsOption {
  /** Roots (or other certificates) to trust. With them the chosen path is validated to one of them. */
  readonly trustAnchors?: readonly PemOrDer[];
  readonly crypto?: WebCrypto;
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
  /**
   * For each certificate of the validated path but the trust anchor, leaf first: its revocation
   * status from `crls` (`not-checked` when none were given and none are required).
   */
  readonly revocation: readonly RevocationStatus[];
  /** RFC 5280 §6.1.6 user-constrained-policy-set of the validated path; `[]` when none holds (or no path was validated). */
  readonly policies: readonly string[];
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
 * Throws `CertkitError` only for unreadable input (`x509.pem.*`, `x509.certificate.*`) and a
 * missing or unreadable `now` (`time.invalid`).
 *
 * @example
 * const result = await assembleChain(pastedBundle, { now: new Date(), hostname: 'www.example.com' });
 * result.chain.map((cert) => cert.commonName) // => ['www.example.com', 'Example Issuing CA']
 * result.missing?.caIssuersUrls              // => ['http://ca.example/issuing.crt'] when one is missing
 */
export async function assembleChain(
  input: PemOrDer | readonly PemOrDer[],
  options: AssembleChainOptions,
): Promise<AssembledChain> {
  const crypto = resolveCrypto(objectArgument<AssembleChainOptions>(options, 'options').crypto);
  if (options.trustAnchors !== undefined) arrayArgument(options.trustAnchors, 'options.trustAnchors');
  return assembleIn(oneOffContext(crypto, limitsOf(options.policy), options.trustAnchors), input, options);
}

/**
 * {@link assembleChain}'s steps in a context: read the input (the first signature checks start
 * here, while the certificates are described), choose the leaf, find the best path, serve it,
 * review it.
 */
export async function assembleIn(
  context: ChainContext,
  input: PemOrDer | readonly PemOrDer[],
  options: AssembleOptions,
): Promise<AssembledChain> {
  objectArgument<AssembleOptions>(options, 'options');
  const now = toDate(options.now, 'now').getTime();
  const inputs = (Array.isArray(input) ? input : [input]) as readonly PemOrDer[];
  if (inputs.length === 0) throw invalidArgument('input', 'one certificate or more', input);
  if (options.hostname !== undefined) stringArgument(options.hostname, 'options.hostname');
  const rules = resolvePathRules(options); // a bad rule choice throws before any work
  if (options.crls !== undefined) arrayArgument(options.crls, 'options.crls');
  const crls = options.crls === undefined ? context.crls : [...context.crls, ...readCrls(options.crls, context.limits)];
  const { limits, verifier, links } = context;
  const ders = readDerBlocks(inputs, limits, limits.maxCertificates);
  const prefetched = prefetchKnownLinks(verifier, links, ders, context.issuersNamed);
  const hashed = ders.map((der, index) => {
    const known = prefetched[index];
    const hints = { frame: known?.frame, issuerName: known?.issuers[0]?.decoded.subject };
    return hashCertificate(decodeCertificateDer(der, hints));
  });
  const reachable = context.anchorsFor(hashed);
  prefetchLinks(verifier, links, hashed, [...hashed, ...context.intermediates, ...reachable]);
  // the checks of keys imported just now start before the describing, not after it
  const importing = verifier.imported();
  if (importing !== undefined) await importing;
  const describe = describeOnce(context);
  const all = await describedAll(hashed, describe);
  const report = createChainReport();
  const certificates = dropDuplicates(all, (duplicate) => report.about('x509.chain.duplicate', 'info', duplicate));
  const keyFingerprint =
    options.privateKey === undefined
      ? undefined
      : await publicKeyFingerprintOf(options.privateKey, { crypto: context.crypto });
  const leaf = chooseLeaf(certificates, keyFingerprint, options.hostname, report);
  const known = context.intermediates.filter((certificate) => !certificates.includes(certificate));
  const pool = [...certificates.filter((certificate) => certificate !== leaf), ...known];
  const anchors = await describedAll(reachable, describe);
  const { path, problems } = await bestPath(leaf, pool, anchors, { options, now, context, rules }, report);
  const checked = crls.length > 0 || options.crls !== undefined || options.requireRevocation === true;
  const revocation =
    checked && path.end !== 'open'
      ? await checkRevocation(path.certificates, crls, {
          verifier: context.verifier,
          now,
          require: options.requireRevocation === true,
          allowSha1: rules.allowSha1,
        })
      : { statuses: undefined, issues: [] }; // not checked: the answer lists each certificate as such
  report.issues.push(...revocation.issues);
  const refused = [...problems, ...revocation.issues.filter((issue) => issue.severity === 'error')];
  const { served, root, missing } = servedChain(path, leaf, pool, context.hasAnchors, report);
  const unused = reviewServed(served, root, certificates, options.includeRoot === true, report);
  const trusted = path.end === 'anchor' && refused.length === 0;
  const { statuses } = revocation;
  return answer({ leaf, served, root, missing, unused, trusted, path, rules, statuses, issues: report.issues });
}

/**
 * The answer of an assembly. The display form of the chain — its {@link CertInfo}s and PEM — is
 * computed when first read, in getters that are own enumerable keys in their place (spread,
 * `toEqual` and `JSON.stringify` see plain values): a validator asked only whether a leaf is
 * trusted describes nothing.
 */
function answer(parts: {
  readonly leaf: Certificate;
  readonly served: readonly Certificate[];
  readonly root: Certificate | null;
  readonly missing: AssembledChain['missing'];
  readonly unused: readonly Certificate[];
  readonly trusted: boolean;
  readonly path: CandidatePath;
  readonly rules: ResolvedPathRules;
  /** From the CRL check; `undefined` when none was asked for. */
  readonly statuses: readonly RevocationStatus[] | undefined;
  readonly issues: readonly Issue[];
}): AssembledChain {
  const { leaf, served, root, missing, unused, trusted, path, rules, statuses, issues } = parts;
  const chain = once(() => served.map((certificate) => certificate.info));
  const fullchainPem = once(() =>
    chain()
      .map((info) => info.pem)
      .join(''),
  );
  return {
    ok: !issues.some((issue) => issue.severity === 'error'),
    get leaf() {
      return leaf.info;
    },
    get chain() {
      return chain();
    },
    get root() {
      return root?.info ?? null;
    },
    ...(missing === undefined ? {} : { missing }),
    unused: unused.map((certificate) => certificate.info),
    trusted,
    revocation: statuses ?? notChecked(path),
    policies: trusted ? policiesOf(path.certificates, rules) : [],
    issues,
    get fullchainPem() {
      return fullchainPem();
    },
  };
}

/** Every certificate described; without waiting when all are known ones (a validator's anchors). */
function describedAll(
  hashed: readonly HashedCertificate[],
  describe: (hashed: HashedCertificate) => Certificate | Promise<Certificate>,
): Certificate[] | Promise<Certificate[]> {
  const described = hashed.map(describe);
  return described.every((certificate) => !(certificate instanceof Promise))
    ? (described as Certificate[])
    : Promise.all(described);
}

/** Step 1: the leaf — the certificate matching the private key when one is given (CHAIN-04). */
function chooseLeaf(
  certificates: readonly Certificate[],
  keyFingerprint: string | undefined,
  hostname: string | undefined,
  report: ChainReport,
): Certificate {
  const leaf = pickLeaf(certificates, keyFingerprint, hostname);
  if (keyFingerprint !== undefined && leaf.info.publicKeyFingerprint !== keyFingerprint)
    report.add('x509.chain.key-mismatch', 'CHAIN-04', 'error', { certificate: leaf.info.subjectText });
  return leaf;
}

/**
 * Step 2: every candidate path, validated and ranked; the best one and its problems. The paths are
 * judged while the signature checks they rely on finish (a validator's leaf: its one check runs
 * beside the validation), and judged again only when a check fails (build.ts).
 */
async function bestPath(
  leaf: Certificate,
  pool: readonly Certificate[],
  anchors: readonly Certificate[],
  request: {
    readonly options: AssembleOptions;
    readonly now: number;
    readonly context: ChainContext;
    readonly rules: ResolvedPathRules;
  },
  report: ChainReport,
): Promise<{ path: CandidatePath; problems: Issue[] }> {
  const { context, options } = request;
  const search = createPathSearch(leaf, {
    verifier: context.verifier,
    pool,
    anchors,
    limits: context.limits.pathSearch,
    links: context.links,
  });
  const validate = (path: CandidatePath) =>
    validatePath(path.certificates, {
      now: request.now,
      endsAtAnchor: path.end !== 'open',
      maxNameConstraintChecks: context.limits.maxNameConstraintChecks,
      hostname: options.hostname,
      match: options.match,
      maxIntermediates: options.maxIntermediates,
      resolved: request.rules,
    });
  let pass = search();
  let chosen = choosePath(pass.paths, validate);
  while (pass.pending.length > 0 && !(await Promise.all(pass.pending)).every(Boolean)) {
    pass = search();
    chosen = choosePath(pass.paths, validate);
  }
  if (pass.limited) report.add('x509.chain.search-limit', null, 'warning', {});
  const { path, problems, complete } = chosen;
  report.issues.push(...problems);
  if (complete > 1) report.add('x509.chain.multiple-paths', 'CHAIN-03', 'info', { count: complete });
  return { path, problems };
}

/** Every certificate of the path but its last (the anchor or root), as not checked for revocation. */
function notChecked(path: CandidatePath): RevocationStatus[] {
  return path.certificates
    .slice(0, path.end === 'open' ? undefined : -1)
    .map((certificate) => ({ ...statusSubject(certificate), status: 'not-checked' }));
}

/** The user-constrained policy set of a valid anchored path. */
function policiesOf(path: readonly Certificate[], rules: ResolvedPathRules): readonly string[] {
  const outcome = pathPolicies(path, rules, true);
  return outcome.ok ? outcome.policies : [];
}

/**
 * Step 3: what the server sends — the path without its root, a missing intermediate (CHAIN-02)
 * reported, a cross-certificate of the root appended (CHAIN-03).
 */
function servedChain(
  path: CandidatePath,
  leaf: Certificate,
  pool: readonly Certificate[],
  withAnchors: boolean,
  report: ChainReport,
): { served: Certificate[]; root: Certificate | null; missing?: AssembledChain['missing'] } {
  const served = [...path.certificates];
  const last = served[served.length - 1] as Certificate;
  const root = path.end !== 'open' && last.selfSigned && served.length > 1 ? (served.pop() as Certificate) : null;
  // a leaf trusted as itself (a pinned certificate among the anchors) is its own path
  if (leaf.selfSigned && !(path.end === 'anchor' && path.certificates.length === 1))
    report.add('x509.chain.self-signed-leaf', 'CHAIN-01', 'error', {}, leaf.info.commonName ?? undefined);
  let missing: AssembledChain['missing'];
  const top = served[served.length - 1] as Certificate;
  if (path.end === 'open' && !top.selfSigned && (withAnchors || top === leaf)) {
    missing = { issuer: top.info.issuerText, caIssuersUrls: top.info.aia.caIssuers };
    // with trust anchors, the issuer found nowhere may be an intermediate left out or a root not trusted
    report.add(
      withAnchors ? 'x509.chain.issuer-unknown' : 'x509.chain.missing-intermediate',
      'CHAIN-02',
      'error',
      { issuer: missing.issuer, urls: [...missing.caIssuersUrls] },
      top.info.commonName ?? undefined,
    );
  }
  if (withAnchors && path.end === 'self-signed')
    report.add('x509.chain.untrusted', null, 'error', { issuer: last.info.subjectText });
  // CHAIN-03: a cross-certificate of the root (same subject and key, another issuer) goes last.
  const cross =
    root === null
      ? undefined
      : pool.find(
          (certificate) => !certificate.selfSigned && sameIdentity(certificate, root) && !served.includes(certificate),
        );
  if (cross !== undefined) {
    served.push(cross);
    report.add('x509.chain.cross-certificate', 'CHAIN-03', 'info', {
      certificate: cross.info.subjectText,
      issuer: cross.info.issuerText,
    });
  }
  for (const intermediate of served.slice(1))
    if (intermediate.decoded.notAfter < leaf.decoded.notAfter && intermediate !== cross)
      report.add('x509.chain.intermediate-expires-first', 'CHAIN-01', 'warning', {
        certificate: intermediate.info.subjectText,
        notAfter: intermediate.info.notAfter,
      });
  return { served, root, ...(missing === undefined ? {} : { missing }) };
}

/**
 * Step 4: the served chain against the input — a root that was included (CHAIN-01: kept only with
 * `includeRoot`), the input order, certificates left over. Returns the unused ones.
 */
function reviewServed(
  served: Certificate[],
  root: Certificate | null,
  certificates: readonly Certificate[],
  includeRoot: boolean,
  report: ChainReport,
): Certificate[] {
  // the root as the input gave it (the path may end at the trust anchor's copy of it)
  const rootInInput =
    root === null
      ? undefined
      : certificates.find((certificate) => sameBytes(certificate.decoded.der, root.decoded.der));
  if (root !== null && rootInInput !== undefined)
    report.add('x509.chain.root-included', 'CHAIN-01', 'warning', {
      certificate: root.info.subjectText,
      kept: includeRoot,
    });
  if (includeRoot && root !== null) served.push(root);
  const positions = served.map((certificate) => certificates.indexOf(certificate)).filter((position) => position >= 0);
  if (positions.some((position, index) => index > 0 && position < (positions[index - 1] as number)))
    report.add('x509.chain.order', 'CHAIN-01', 'info', {});
  const used = new Set<Certificate>([...served, ...(rootInInput === undefined ? [] : [rootInInput])]);
  const unused = certificates.filter((certificate) => !used.has(certificate));
  for (const certificate of unused) report.about('x509.chain.unused', 'warning', certificate);
  return unused;
}
