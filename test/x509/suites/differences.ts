/**
 * Where certkit deliberately answers otherwise than a public suite expects, case by case, with
 * the reason. The suite tests fail when the set of differences changes either way, so a fix that
 * makes a case pass, or a change that makes a new one fail, is seen and this file updated.
 */

const PARTIAL_WILDCARD =
  'a `*` inside a label is refused as a malformed dNSName: clients that honour partial wildcards (OpenSSL without NO_PARTIAL_WILDCARDS) would read `exclude*` as covering the excluded name';
const EMPTY_DNS_NAME = 'an empty dNSName is malformed (RFC 5280 §4.2.1.6) and is refused, not compared';
const ROOT_DOT =
  'the constraint `.` is read the way that refuses (excludes every name, permits none); Chromium and OpenSSL read it as covering nothing, which would let an excluded `.` exclude nothing';
const MALFORMED_OTHER_NAME =
  'the fixture’s otherName has no [0] EXPLICIT around its value (RFC 5280 §4.2.1.6): certkit, like OpenSSL, refuses the extension as malformed DER';
const URI_NON_CRITICAL =
  'a URI constraint in URI form (`http://example.com`, not a host) is malformed and fails closed; Chromium ignores URI constraints in a non-critical extension because it cannot check any';

const chromiumNameConstraints: Record<string, string> = {
  'DNSNames#20 critical': PARTIAL_WILDCARD,
  'DNSNames#21 critical': PARTIAL_WILDCARD,
  'DNSNames#22 critical': PARTIAL_WILDCARD,
  'DNSNames#20 non-critical': PARTIAL_WILDCARD,
  'DNSNames#21 non-critical': PARTIAL_WILDCARD,
  'DNSNames#22 non-critical': PARTIAL_WILDCARD,
  'DNSNamesExcludeOnly#1 critical': EMPTY_DNS_NAME,
  'DNSNamesExcludeOnly#1 non-critical': EMPTY_DNS_NAME,
  'DNSNamesExcludeDot#2 critical': ROOT_DOT,
  'DNSNamesExcludeDot#3 critical': ROOT_DOT,
  'DNSNamesExcludeDot#2 non-critical': ROOT_DOT,
  'DNSNamesExcludeDot#3 non-critical': ROOT_DOT,
  'OtherNamesInPermitted#2 non-critical': MALFORMED_OTHER_NAME,
  'OtherNamesInExcluded#2 non-critical': MALFORMED_OTHER_NAME,
  'QuotedRfc822SanWithNoRfc822Constraints#1 critical': MALFORMED_OTHER_NAME,
  'QuotedRfc822SanWithNoRfc822Constraints#1 non-critical': MALFORMED_OTHER_NAME,
  'URIsInPermitted#2 non-critical': URI_NON_CRITICAL,
  'URIsInExcluded#2 non-critical': URI_NON_CRITICAL,
};

const REAL_ROOTS = 'anchors are not held to issuance rules that real roots of the system store break';
const LIMBO_CN =
  'the subject CN is not among the SANs (CA/B BR 7.1.4.3, which webpki::cn::* enforce); limbo’s generator puts CN=example.com here';

/** x509-limbo SERVER cases but online:: (crl:: with its CRLs), run with the profile of their namespace. */
const x509Limbo: Record<string, string> = {
  'rfc5280::aki::cross-signed-root-missing-aki':
    'a trust anchor is taken as name and key (RFC 5280 §6.1.1), which cve::cve-2024-0567 needs',
  'rfc5280::nc::invalid-dnsname-leading-period':
    'a leading-period DNS constraint means "subdomains only", as Chromium, Go and OpenSSL read it (issue 16)',
  'rfc5280::pc::ica-noncritical-pc':
    'a non-critical policyConstraints is refused only in the web-pki profile: RFC 5280 asks CAs to mark it critical but path validation does not check it, and NIST PKITS 4.8–4.12 carry it non-critical',
  'rfc5280::root-non-critical-basic-constraints': `${REAL_ROOTS}: ePKI Root Certification Authority has it`,
  'rfc5280::ski::root-missing-ski': `${REAL_ROOTS}: TWCA Global Root CA has no SKI`,
  'webpki::aki::root-with-aki-all-fields': `${REAL_ROOTS}: QuoVadis Root CA 2 and 3, Certigna, Go Daddy Class 2 carry these AKI fields`,
  'webpki::nc::nc-permits-dns-san-pattern': LIMBO_CN,
  'webpki::san::exact-localhost-ip-san': LIMBO_CN,
  'webpki::san::leftmost-wildcard-san': LIMBO_CN,
};

const PINNED =
  'a trust anchor that is the leaf itself is trusted as that certificate, as Go’s verifier does; Chromium trusts it only when marked TRUSTED_LEAF';
const REQUIRE_SELF_SIGNED =
  'TRUSTED_LEAF_REQUIRE_SELF_SIGNED has no counterpart: a pinned certificate is trusted as it is';
const ANCHOR_BC =
  'with anchorConstraints, an anchor must say it is a CA (basicConstraints cA, or a v1 root), as OpenSSL’s -x509_strict requires; Chromium accepts a v3 anchor without basicConstraints unless told to require them, and OpenSSL without -x509_strict when its keyUsage has keyCertSign';

const chromiumVerifyChain: Record<string, string> = {
  'many-names/ok-all-types.test':
    'RFC 5280 §4.2.1.10 asks name constraints critical (x509-limbo rfc5280::nc::permitted-dns-match-noncritical agrees), and 3,074 constraints × names are over the default work budget',
  'root-lacks-basic-constraints/ta-with-constraints.test': ANCHOR_BC,
  'target-has-keycertsign-but-not-ca/main.test':
    'RFC 5280 §4.2.1.3: keyCertSign without cA is refused in the rfc5280 profile (x509-limbo rfc5280::leaf-ku-keycertsign expects it)',
  'target-msapplicationpolicies-and-eku/main.test':
    'a critical Microsoft application-policies extension is an unknown critical extension, as OpenSSL reads it; Chromium alone lets an EKU beside it stand for it',
  'target-only/trusted_anchor.test': PINNED,
  'target-selfissued/trusted_anchor.test': PINNED,
  'target-only/trusted_leaf_require_self_signed.test': REQUIRE_SELF_SIGNED,
  'target-selfissued/trusted_leaf_require_self_signed.test': REQUIRE_SELF_SIGNED,
};

const DSA =
  'DSA signatures: WebCrypto has no DSA, and the CA/B Forum and every browser dropped it; DSA keys are refused';
const CRL_SIGNER_OUTSIDE_PATH =
  'the CRL is signed by a CA key that is not in the validated path (a separate CRL-signing certificate, RFC 5280 §6.3.3 (f)): certkit does not build a second path for it, so the status stays unknown and requireRevocation refuses';
const INDIRECT_CRL =
  'indirect CRLs (indirectCRL, cRLIssuer, certificateIssuer entries) are not used: the status stays unknown (problem `indirect-crl` or `no-crl`) and requireRevocation refuses';

const nistPkits: Record<string, string> = {
  '4.1.4': DSA,
  '4.1.5': DSA,
  '4.4.19': CRL_SIGNER_OUTSIDE_PATH,
  '4.5.4': CRL_SIGNER_OUTSIDE_PATH,
  '4.5.6': CRL_SIGNER_OUTSIDE_PATH,
  '4.14.22': INDIRECT_CRL,
  '4.14.24': INDIRECT_CRL,
  '4.14.25': INDIRECT_CRL,
  '4.14.28': INDIRECT_CRL,
  '4.14.29': INDIRECT_CRL,
  '4.14.30': INDIRECT_CRL,
  '4.14.33': INDIRECT_CRL,
};

export const SUITE_DIFFERENCES = {
  x509Limbo,
  chromiumNameConstraints,
  chromiumVerifyChain,
  nistPkits,
};
