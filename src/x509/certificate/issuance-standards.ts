import { invalidArgument, optionsArgument } from '../../core/argument.js';
import { createIssue, type Issue } from '../../core/issue.js';
import { type Checked, checked } from '../../core/result.js';
import { dayStart, standardsOf } from '../../policy/dated.js';
import { DEFAULT_LIMITS } from '../../policy/limits.js';
import { type PolicyOption, policyOf } from '../../policy/option.js';
import { signatureWeakness } from '../chain/algorithms.js';
import { EXTENDED_KEY_USAGES } from '../der/oids.js';
import type { PemOrDer } from '../der/pem.js';
import type { DecodedCertificate } from './decode.js';
import { decodeCertificateDer, readDerBlocks } from './parse.js';

/** What a certificate is, for the dated rules: the end of a TLS chain, an intermediate, a root. */
export type CertificateRole = 'subscriber' | 'subordinate' | 'root';

/** The fields of {@link checkIssuanceStandards}'s answer. */
export interface IssuanceStandardsFields {
  readonly role: CertificateRole;
  /** notBefore, ISO 8601: the date the rules are taken at. */
  readonly issuedAt: string;
}

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
/** Which STD-07 date applies to each role (roots carry no EKU). */
const EKU_DATE = { subscriber: 'subscribersFrom', subordinate: 'subordinateCasFrom', root: undefined } as const;
/** A SHA-1 signature algorithm's name, as `signatureWeakness` gives it (`RSA-SHA1`, `RSA-PSS (SHA-1)`). */
const SHA1 = /SHA-?1(?!\d)/;

/**
 * The dated rules a public TLS certificate is held to by the day it was issued (its notBefore),
 * from the policy's `standards` (the CA/B Forum and Chrome data of the presets):
 *
 * - STD-07 (Chrome Root Program v1.8): a subordinate CA issued from 2026-06-15 and a subscriber
 *   certificate issued from 2027-03-15 carry an extendedKeyUsage whose only purpose is serverAuth
 *   (no clientAuth, no anyExtendedKeyUsage, not absent); roots carry none and are not checked;
 * - STD-11 (BR, ballot SC-097): from 2026-09-15 no certificate is signed with SHA-1 (RSASSA-PSS
 *   with SHA-1 included).
 *
 * Certificates issued before a rule's day are not held to it. The answer is a {@link Checked}:
 * `ok` unless an issue is an error; the certificate's role and issue date say what was applied.
 *
 * @example
 * checkIssuanceStandards(leafIssuedIn2027WithClientAuth).issues[0]?.code // => 'x509.standards.eku'
 * checkIssuanceStandards(leafIssuedIn2026WithClientAuth).ok              // => true (before 2027-03-15)
 */
export function checkIssuanceStandards(
  certificate: PemOrDer,
  options: PolicyOption = {},
): Checked<IssuanceStandardsFields, IssuanceStandardsFields> {
  optionsArgument(options);
  const standards = standardsOf(policyOf(options));
  const [der] = readDerBlocks([certificate], DEFAULT_LIMITS, 1);
  if (der === undefined) throw invalidArgument('certificate', 'a certificate', certificate);
  const cert = decodeCertificateDer(der);
  const role = roleOf(cert);
  const issuedAt = new Date(cert.notBefore).toISOString();
  const issues: Issue[] = [];
  const dateField = EKU_DATE[role];
  const ekuFrom = dateField === undefined ? undefined : standards.serverAuthOnlyEku[dateField];
  const eku = cert.decoded.extendedKeyUsage;
  if (ekuFrom !== undefined && cert.notBefore >= dayStart(ekuFrom) && !(eku?.length === 1 && eku[0] === SERVER_AUTH)) {
    const purposes = (eku ?? []).map((oid) => EXTENDED_KEY_USAGES[oid] ?? oid); // [] when the extension is absent
    issues.push(createIssue('x509.standards.eku', 'STD-07', { role, extendedKeyUsage: purposes, since: ekuFrom }));
  }
  const weak = signatureWeakness(cert, { allowSha1: false });
  if (cert.notBefore >= dayStart(standards.sha1RefusedFrom) && weak !== undefined && SHA1.test(weak)) {
    issues.push(createIssue('x509.standards.sha1', 'STD-11', { algorithm: weak, since: standards.sha1RefusedFrom }));
  }
  return checked(issues, { role, issuedAt });
}

/** A CA whose subject is its issuer is a root; any other CA a subordinate; the rest subscribers. */
function roleOf(cert: DecodedCertificate): CertificateRole {
  if (cert.decoded.basicConstraints?.ca !== true) return 'subscriber';
  return cert.subject.key === cert.issuer.key ? 'root' : 'subordinate';
}
