import { createIssue, type Issue, type IssueParams } from '../../core/issue.js';
import { isIp } from '../../domain/ip.js';
import { type MatchOptions, matchesHostname } from '../../domain/match.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import type { Certificate } from '../certificate/parse.js';
import { checkNameConstraints, MAX_NAME_CONSTRAINT_CHECKS } from './name-constraints.js';
import { type Finding, ownFindings, type PathCode } from './own-findings.js';
import { type PathRole, type PathRules, type ResolvedPathRules, resolvePathRules } from './path-rules.js';
import { type PolicyOutcome, policyFree, processPolicies } from './policies.js';
import { strictLeafIsCa } from './purpose.js';

/** Options of {@link validatePath}. */
export interface PathValidationOptions extends PathRules {
  /** Validation time, milliseconds since the epoch. */
  readonly now: number;
  /** The name or IP the client connects to; checked against the leaf's SAN only (never the CN). */
  readonly hostname?: string | undefined;
  readonly match?: MatchOptions | undefined;
  /** Most intermediates (not counting self-issued ones) a path may have, like OpenSSL's `-verify_depth`. Default 8. */
  readonly maxIntermediates?: number | undefined;
  /** The last certificate is a trust anchor or root (its self-signature is not judged). Default `true`. */
  readonly endsAtAnchor?: boolean;
  /** Name × constraint comparisons allowed in the path (the policy's `limits.maxNameConstraintChecks`). */
  readonly maxNameConstraintChecks?: number;
  /** The rules already resolved (an assembly resolves them once for all its candidate paths); else read from the options. */
  readonly resolved?: ResolvedPathRules;
}

/** Intermediates allowed unless told otherwise; real web PKI chains have one to three. */
export const DEFAULT_MAX_INTERMEDIATES = 8;

/**
 * Checks a path — leaf first, trust anchor last, every signature already verified — by RFC 5280
 * §6 and, in the default `web-pki` profile, the CA/B Forum profile (web-pki.ts): validity at `now`
 * (whole seconds, inclusive), basicConstraints CA and path length (self-issued CAs do not count),
 * keyUsage keyCertSign, name constraints (DNS, IP, e-mail, URI, DN), EKU for the purpose, unknown
 * critical extensions, the algorithm floor, and the hostname. A trust anchor binds by what it
 * asserts unless `anchorConstraints` is `false`. Returns the errors found, empty when the path is
 * valid; `x509.chain.profile` issues say which profile (`web-pki` or `rfc5280`) has the rule.
 */
export function validatePath(path: readonly Certificate[], options: PathValidationOptions): Issue[] {
  const rules = options.resolved ?? resolvePathRules(options);
  const issues: Issue[] = [];
  const now = Math.floor(options.now / 1000) * 1000;
  const budget = { remaining: options.maxNameConstraintChecks ?? MAX_NAME_CONSTRAINT_CHECKS };
  path.forEach((certificate, index) => {
    const { decoded: cert } = certificate;
    const role: PathRole =
      index === 0 ? 'leaf' : index === path.length - 1 && options.endsAtAnchor !== false ? 'anchor' : 'intermediate';
    const binds = role !== 'anchor' || rules.anchorConstraints;
    const dated = role !== 'anchor' || rules.anchorValidity;
    // Every path-validation issue names its certificate; `report` adds it to the finding's params.
    const report = ({ code, params }: Finding) => {
      const all = { certificate: certificate.info.subjectText, ...params } as IssueParams[typeof code];
      issues.push(
        createIssue(code, null, all, { subject: certificate.info.commonName ?? certificate.info.subjectText }),
      );
    };
    const fail: Fail = (code, params) => report({ code, params } as Finding);
    if (dated && now < cert.notBefore) fail('x509.chain.not-yet-valid', { notBefore: certificate.info.notBefore });
    if (dated && now > cert.notAfter) fail('x509.chain.expired', { notAfter: certificate.info.notAfter });
    for (const finding of ownFindings(certificate, role, rules)) report(finding);
    // a pinned leaf (the whole path) is trusted as it is, a CA or not
    if (role === 'leaf' && path.length > 1 && strictLeafIsCa(cert, rules))
      fail('x509.chain.profile', { problem: 'leaf-is-ca', profile: 'web-pki' });
    if (role !== 'leaf' && binds) {
      checkIssuer(path, index, role, fail);
      checkSubordinateNames(path, index, budget, fail);
    }
  });
  const policy = policyIssue(path, rules, options.endsAtAnchor !== false);
  if (policy !== undefined) issues.push(policy);
  const limit = options.maxIntermediates ?? DEFAULT_MAX_INTERMEDIATES;
  const intermediates = path
    .slice(1, options.endsAtAnchor === false ? undefined : -1)
    .filter((certificate) => !isSelfIssued(certificate.decoded)).length;
  if (intermediates > limit) issues.push(createIssue('x509.chain.too-long', null, { intermediates, limit }));
  const hostname = path[0] === undefined ? undefined : hostnameIssue(path[0], options);
  if (hostname !== undefined) issues.push(hostname);
  return issues;
}

/**
 * RFC 5280 §6.1 policy processing over the path — the anchor included when its constraints bind —
 * as an issue when it fails.
 */
function policyIssue(path: readonly Certificate[], rules: ResolvedPathRules, anchored: boolean): Issue | undefined {
  const outcome = pathPolicies(path, rules, anchored);
  if (outcome.ok) return undefined;
  const { certificate, problem } = outcome;
  return createIssue(
    'x509.chain.policy',
    null,
    { certificate: certificate.info.subjectText, problem },
    { subject: certificate.info.commonName ?? certificate.info.subjectText },
  );
}

/**
 * RFC 5280 §6.1 policy processing of a path (leaf first): the trust anchor is processed like a CA
 * when its constraints bind (`anchorConstraints`), and left out otherwise.
 */
export function pathPolicies(path: readonly Certificate[], rules: ResolvedPathRules, anchored: boolean): PolicyOutcome {
  const withAnchor = anchored && rules.anchorConstraints;
  const certificates = anchored && !withAnchor ? path.slice(0, -1) : path;
  // most paths assert no policy: answered at once, with nothing to remember
  if (policyFree(certificates, rules.policies, withAnchor)) return { ok: true, policies: [] };
  const done = processed.get(path);
  if (done !== undefined && done.rules === rules && done.anchored === anchored) return done.outcome;
  const outcome = processPolicies(certificates, rules.policies, withAnchor);
  processed.set(path, { rules, anchored, outcome });
  return outcome;
}

/** The last policy processing of each path (validation, then the result's `policies`, ask the same). */
const processed = new WeakMap<
  readonly Certificate[],
  { readonly rules: ResolvedPathRules; readonly anchored: boolean; readonly outcome: PolicyOutcome }
>();

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

/** Reports a path-validation issue; the certificate is added to `params`. */
type Fail = <C extends PathCode>(code: C, params: Omit<IssueParams[C], 'certificate'>) => void;

const V1_ANCHOR = { ca: true, pathLength: null } as const;

/** RFC 5280 §6.1.4 (k)–(n) for the CA at `index`: a CA allowed to sign certificates, within its path length. */
function checkIssuer(path: readonly Certificate[], index: number, role: PathRole, fail: Fail): void {
  const issuer = (path[index] as Certificate).decoded;
  const { decoded } = issuer;
  // a v1 certificate has no extensions: as an anchor it is a CA, as OpenSSL takes it
  const constraints = decoded.basicConstraints ?? (role === 'anchor' && issuer.version === 1 ? V1_ANCHOR : undefined);
  if (constraints?.ca !== true) {
    fail('x509.chain.not-ca', {});
    return;
  }
  if (decoded.keyUsage !== undefined && !decoded.keyUsage.includes('keyCertSign'))
    fail('x509.chain.key-usage', { usage: 'keyCertSign' });
  if (constraints.pathLength !== null) {
    // intermediates between this CA and the leaf, not counting self-issued ones (RFC 5280 §6.1.4)
    const below = path.slice(1, index).filter((certificate) => !isSelfIssued(certificate.decoded)).length;
    if (below > constraints.pathLength)
      fail('x509.chain.path-length', { pathLength: constraints.pathLength, intermediates: below });
  }
}

/** Subject and issuer are the same name (RFC 5280 "self-issued"). */
export function isSelfIssued(cert: DecodedCertificate): boolean {
  return cert.subject.key === cert.issuer.key;
}
