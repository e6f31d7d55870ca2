import type { DecodedCertificate } from '../certificate/decode.js';
import { extensionOid as EXT } from '../certificate/extensions.js';
import type { Certificate } from '../certificate/parse.js';
import type { PathRole, ValidationProfile } from './path-rules.js';
import { webPkiLeafEkuProblem } from './purpose.js';

/** One profile rule a certificate breaks, with the profile that has it. */
export interface ProfileProblem {
  readonly problem: string;
  readonly profile: ValidationProfile;
}

/** What the profile rules read of one certificate, worked out once. */
interface Facts {
  readonly cert: DecodedCertificate;
  readonly certificate: Certificate;
  readonly role: PathRole;
  /** Whether the extension is critical, `undefined` when absent. */
  readonly critical: (name: string) => boolean | undefined;
}

interface ProfileRule {
  readonly problem: string;
  readonly profile: ValidationProfile;
  /**
   * Issuance rules real roots of the system store break while every client trusts them; a trust
   * anchor is trusted as its name and key (RFC 5280 §6.1.1) and is not judged by them: serial 0
   * (Go Daddy Root G2, Starfield G2, Security Communication RootCA2, HARICA 2015),
   * authorityCertIssuer/SerialNumber in the AKI (QuoVadis Root CA 2 and 3, Certigna, the Go Daddy
   * and Starfield Class 2 roots), no SKI (TWCA Global Root CA), a non-critical basicConstraints
   * (ePKI Root), v1 roots.
   */
  readonly notForAnchors?: true;
  /** A profile that waives this rule although it includes the rule's own profile. */
  readonly waivedIn?: ValidationProfile;
  readonly broken: (facts: Facts) => boolean;
}

const isCa = ({ cert }: Facts) => cert.decoded.basicConstraints?.ca === true;
const isLeaf = ({ role }: Facts) => role === 'leaf';
const emptySubject = ({ cert }: Facts) => cert.subject.attributes.length === 0;
const selfSigned = ({ certificate }: Facts) => certificate.selfSigned;
const aki = ({ cert }: Facts) => cert.decoded.authorityKeyId;

/**
 * The certificate profile, as a table. `rfc5280` rows are the MUSTs of RFC 5280 §4 that a
 * conforming CA keeps and that x509-limbo's `rfc5280::` cases hold certificates to; `web-pki`
 * rows are what the CA/Browser Forum Baseline Requirements (7.1) add for publicly trusted TLS
 * certificates. The `rfc5280` profile applies the first, `web-pki` (the default) both, but for
 * the rows it waives.
 */
const PROFILE_RULES: readonly ProfileRule[] = [
  // RFC 5280 §4.1
  { problem: 'signature-algorithm-mismatch', profile: 'rfc5280', broken: ({ cert }) => !cert.algorithmsMatch },
  { problem: 'empty-issuer', profile: 'rfc5280', broken: ({ cert }) => cert.issuer.attributes.length === 0 },
  { problem: 'empty-subject', profile: 'rfc5280', broken: (facts) => !isLeaf(facts) && emptySubject(facts) },
  { problem: 'version', profile: 'rfc5280', notForAnchors: true, broken: ({ cert }) => cert.version !== 3 },
  {
    problem: 'serial-not-positive',
    profile: 'rfc5280',
    notForAnchors: true,
    broken: ({ cert }) => cert.serial.negative || /^0*$/.test(cert.serial.hex),
  },
  { problem: 'serial-too-long', profile: 'rfc5280', broken: ({ cert }) => cert.serial.length > 20 },
  // RFC 5280 §4.2: criticality
  ...(['authorityKeyIdentifier', 'subjectKeyIdentifier', 'authorityInfoAccess'] as const).map(
    (name): ProfileRule => ({
      problem: `critical-${name}`,
      profile: 'rfc5280',
      broken: ({ critical }) => critical(name) === true,
    }),
  ),
  {
    problem: 'san-critical',
    profile: 'rfc5280',
    broken: (facts) => !emptySubject(facts) && facts.critical('subjectAltName') === true,
  },
  {
    problem: 'san-not-critical',
    profile: 'rfc5280',
    broken: (facts) => emptySubject(facts) && facts.critical('subjectAltName') === false,
  },

  // RFC 5280 §4.2.1.1–2: key identifiers (a trust anchor is trusted whoever issued it)
  {
    problem: 'authority-key-id-missing',
    profile: 'rfc5280',
    broken: (facts) => aki(facts) === undefined && !selfSigned(facts) && facts.role !== 'anchor',
  },
  {
    problem: 'authority-key-id-without-key-id',
    profile: 'rfc5280',
    broken: (facts) => aki(facts) !== undefined && aki(facts)?.keyId === undefined,
  },
  {
    problem: 'authority-key-id-mismatch',
    profile: 'rfc5280',
    broken: (facts) => {
      const keyId = aki(facts)?.keyId;
      const own = facts.cert.decoded.subjectKeyId;
      return selfSigned(facts) && keyId !== undefined && own !== undefined && keyId !== own;
    },
  },
  {
    problem: 'subject-key-id-missing',
    profile: 'rfc5280',
    notForAnchors: true,
    broken: (facts) => !isLeaf(facts) && facts.cert.decoded.subjectKeyId === undefined,
  },
  // RFC 5280 §4.2.1.3 and §4.2.1.10: CA-only extensions in a leaf
  {
    problem: 'leaf-key-cert-sign',
    profile: 'rfc5280',
    broken: (facts) => isLeaf(facts) && !isCa(facts) && facts.cert.decoded.keyUsage?.includes('keyCertSign') === true,
  },
  {
    problem: 'name-constraints-in-leaf',
    profile: 'rfc5280',
    broken: (facts) => isLeaf(facts) && !isCa(facts) && facts.cert.decoded.nameConstraints !== undefined,
  },
  {
    problem: 'name-constraints-not-critical',
    profile: 'rfc5280',
    // BR 7.1.2.5.2 lets a CA leave it non-critical for clients that cannot process it
    waivedIn: 'web-pki',
    broken: (facts) => facts.critical('nameConstraints') === false,
  },
  // CA/B Forum BR 7.1 (policyConstraints: RFC 5280 §4.2.1.11 asks it critical of CAs, but path
  // validation does not, and NIST PKITS's policy tests carry it non-critical)
  {
    problem: 'policy-constraints-not-critical',
    profile: 'web-pki',
    broken: ({ critical }) => critical('policyConstraints') === false,
  },
  {
    problem: 'authority-key-id-issuer-fields',
    profile: 'web-pki',
    notForAnchors: true,
    broken: (facts) => selfSigned(facts) && (aki(facts)?.hasIssuer === true || aki(facts)?.hasSerial === true),
  },
  {
    problem: 'basic-constraints-not-critical',
    profile: 'web-pki',
    notForAnchors: true,
    broken: (facts) => !isLeaf(facts) && isCa(facts) && facts.critical('basicConstraints') !== true,
  },
  {
    problem: 'root-has-extended-key-usage',
    profile: 'web-pki',
    broken: (facts) =>
      facts.role === 'anchor' && selfSigned(facts) && facts.cert.decoded.extendedKeyUsage !== undefined,
  },
  { problem: 'leaf-is-ca', profile: 'web-pki', broken: (facts) => isLeaf(facts) && isCa(facts) },
  {
    problem: 'leaf-any-extended-key-usage',
    profile: 'web-pki',
    broken: (facts) =>
      isLeaf(facts) && webPkiLeafEkuProblem(facts.cert.decoded.extendedKeyUsage) === 'leaf-any-extended-key-usage',
  },
  {
    problem: 'leaf-prohibited-extended-key-usage',
    profile: 'web-pki',
    broken: (facts) =>
      isLeaf(facts) &&
      webPkiLeafEkuProblem(facts.cert.decoded.extendedKeyUsage) === 'leaf-prohibited-extended-key-usage',
  },
  {
    problem: 'leaf-without-extended-key-usage',
    profile: 'web-pki',
    broken: (facts) => isLeaf(facts) && facts.cert.decoded.extendedKeyUsage === undefined,
  },
  {
    problem: 'eku-critical',
    profile: 'web-pki',
    broken: (facts) => isLeaf(facts) && facts.critical('extendedKeyUsage') === true,
  },
  {
    problem: 'common-name-not-in-san',
    profile: 'web-pki',
    broken: (facts) => isLeaf(facts) && !commonNameInSan(facts.certificate),
  },
];

/**
 * The profile rules `certificate` breaks in its `role`, under `profile`: the `rfc5280` rows alone,
 * or (for `web-pki`) every row; a trust anchor skips the rows marked `notForAnchors`.
 *
 * @example
 * profileProblems(leafWithCnOutsideSan, 'leaf', 'web-pki') // => [{ problem: 'common-name-not-in-san', profile: 'web-pki' }]
 * profileProblems(leafWithCnOutsideSan, 'leaf', 'rfc5280') // => []
 */
export function profileProblems(
  certificate: Certificate,
  role: PathRole,
  profile: ValidationProfile,
): ProfileProblem[] {
  const cert = certificate.decoded;
  const critical = (name: string) => {
    const oid = EXT(name);
    return cert.extensions.find((extension) => extension.oid === oid)?.critical;
  };
  const facts: Facts = { cert, certificate, role, critical };
  return PROFILE_RULES.filter(
    (rule) =>
      (profile === 'web-pki' || rule.profile === 'rfc5280') &&
      rule.waivedIn !== profile &&
      !(role === 'anchor' && rule.notForAnchors) &&
      rule.broken(facts),
  ).map(({ problem, profile: owner }) => ({ problem, profile: owner }));
}

/**
 * CA/B Forum BR 7.1.4.3: a subscriber certificate's common name, when present, is exactly one of
 * its SAN entries — byte for byte for names, the canonical text (RFC 5952 for IPv6) for addresses.
 */
function commonNameInSan({ decoded }: Certificate): boolean {
  const sans = (decoded.decoded.subjectAltName ?? []).map((name) => name.value);
  return decoded.subject.attributes.every((attribute) => attribute.type !== 'CN' || sans.includes(attribute.value));
}
