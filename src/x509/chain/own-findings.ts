import type { IssueCode } from '../../core/codes.js';
import type { IssueParams } from '../../core/issue.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import { EXTENSION_DECODERS } from '../certificate/extensions.js';
import type { Certificate } from '../certificate/parse.js';
import { keyWeakness, signatureWeakness } from './algorithms.js';
import type { KeyPurpose, PathRole, ResolvedPathRules } from './path-rules.js';
import { profileProblems } from './profile.js';
import { leafKeyUsageProblem, purposeProblem } from './purpose.js';

/** The path-validation codes: each names its certificate. */
export type PathCode = {
  [C in IssueCode]: IssueParams[C] extends { readonly certificate: string } ? C : never;
}[IssueCode];

/** A problem found in one certificate: its code, and its params but the certificate (added when reported). */
export type Finding = {
  [C in PathCode]: { readonly code: C; readonly params: Omit<IssueParams[C], 'certificate'> };
}[PathCode];

/**
 * What `certificate` breaks by itself in `role`, whatever the path around it: the profile rules,
 * the algorithm floor, unknown critical extensions and policy qualifiers, the EKU for the
 * purpose. Validity, the issuer's CA flag and path length, and name constraints depend on the
 * path and the time and are checked there.
 *
 * A CA is judged once per role and rules: a validator's intermediates and anchors, met again with
 * every leaf, keep their findings with the (immutable) certificate object. A leaf is new each
 * time and is judged without remembering.
 *
 * @example
 * ownFindings(sha1Intermediate, 'intermediate', DEFAULT_PATH_RULES)
 * // => [{ code: 'x509.chain.weak-signature', params: { algorithm: 'RSA-SHA1' } }]
 */
export function ownFindings(certificate: Certificate, role: PathRole, rules: ResolvedPathRules): readonly Finding[] {
  if (role === 'leaf') return judge(certificate, role, rules);
  let byRules = remembered.get(certificate);
  if (byRules === undefined) {
    byRules = new Map();
    remembered.set(certificate, byRules);
  }
  const key = `${role}|${rulesKey(rules)}`;
  let findings = byRules.get(key);
  if (findings === undefined) {
    // frozen through: the same findings (and their `usages` lists) are reported for every leaf
    findings = Object.freeze(judge(certificate, role, rules).map(frozen));
    byRules.set(key, findings);
  }
  return findings;
}

function frozen(finding: Finding): Finding {
  for (const value of Object.values(finding.params)) if (Array.isArray(value)) Object.freeze(value);
  Object.freeze(finding.params);
  return Object.freeze(finding);
}

/** Findings of CAs, by certificate, then by role and the rules they read. */
const remembered = new WeakMap<Certificate, Map<string, readonly Finding[]>>();

/** The rules {@link judge} reads, as a string: equal strings, equal findings. Made once per rules object. */
function rulesKey(rules: ResolvedPathRules): string {
  let key = rulesKeys.get(rules);
  if (key === undefined) {
    key = `${rules.profile}|${rules.purpose}|${rules.strictEku}|${rules.anchorConstraints}|${rules.minRsaBits}|${rules.allowSha1}`;
    rulesKeys.set(rules, key);
  }
  return key;
}
const rulesKeys = new WeakMap<ResolvedPathRules, string>();

function judge(certificate: Certificate, role: PathRole, rules: ResolvedPathRules): Finding[] {
  const { decoded: cert } = certificate;
  // what the certificate asserts binds the path; a trust anchor's only with anchorConstraints
  const binds = role !== 'anchor' || rules.anchorConstraints;
  const findings: Finding[] = profileProblems(certificate, role, rules.profile).map((problem) => ({
    code: 'x509.chain.profile',
    params: problem,
  }));
  const weakKey = keyWeakness(cert, rules);
  if (weakKey !== undefined) findings.push({ code: 'x509.chain.weak-key', params: { key: weakKey } });
  const weakSignature = role === 'anchor' ? undefined : signatureWeakness(cert, rules);
  if (weakSignature !== undefined)
    findings.push({ code: 'x509.chain.weak-signature', params: { algorithm: weakSignature } });
  if (!binds) return findings;
  const unknown = cert.extensions.find((extension) => extension.critical && !isHandled(extension.oid, rules.purpose));
  if (unknown !== undefined) findings.push({ code: 'x509.chain.critical-extension', params: { oid: unknown.oid } });
  if (hasUnknownCriticalQualifier(cert))
    findings.push({ code: 'x509.chain.critical-extension', params: { oid: CERTIFICATE_POLICIES } });
  const eku = purposeProblem(cert.decoded.extendedKeyUsage, role, rules);
  // purposeProblem answers nothing for purpose 'any'; the test narrows the purpose for the issue
  if (eku !== undefined && rules.purpose !== 'any')
    findings.push({
      code: 'x509.chain.extended-key-usage',
      params: { usages: [...(cert.decoded.extendedKeyUsage ?? [])], purpose: rules.purpose, problem: eku },
    });
  const keyUsage = role === 'leaf' ? leafKeyUsageProblem(cert.decoded.keyUsage, rules.purpose) : undefined;
  if (keyUsage !== undefined) findings.push({ code: 'x509.chain.key-usage', params: { usage: keyUsage } });
  return findings;
}

/** Critical extensions that the purpose's application reads: GSMA RCS MLS participant information (Chromium). */
const READ_FOR_PURPOSE: Partial<Record<KeyPurpose, readonly string[]>> = {
  rcsMlsClientAuth: ['2.23.146.2.1.4', '2.23.146.2.1.5'],
};
/**
 * Whether a critical extension is processed: decoded by certkit, or left to the application of
 * the purpose (the RCS client reads its participant information). Microsoft's application
 * policies stay unknown even beside an EKU, which Chromium accepts: OpenSSL refuses it.
 */
function isHandled(oid: string, purpose: KeyPurpose): boolean {
  return EXTENSION_DECODERS[oid] !== undefined || READ_FOR_PURPOSE[purpose]?.includes(oid) === true;
}

const CERTIFICATE_POLICIES = '2.5.29.32';
/** The policy qualifiers RFC 5280 §4.2.1.4 defines: CPS pointer and user notice. */
const KNOWN_QUALIFIERS = ['1.3.6.1.5.5.7.2.1', '1.3.6.1.5.5.7.2.2'];

/** A critical certificatePolicies with a qualifier certkit cannot interpret: RFC 5280 §4.2.1.4 says reject. */
function hasUnknownCriticalQualifier(cert: DecodedCertificate): boolean {
  const critical = cert.extensions.some((extension) => extension.oid === CERTIFICATE_POLICIES && extension.critical);
  return (
    critical &&
    (cert.decoded.certificatePolicies ?? []).some((information) =>
      information.qualifiers.some((qualifier) => !KNOWN_QUALIFIERS.includes(qualifier)),
    )
  );
}
