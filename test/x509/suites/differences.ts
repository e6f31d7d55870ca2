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

/** x509-limbo SERVER cases outside crl:: and online::, run with the profile of their namespace. */
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

export const SUITE_DIFFERENCES = {
  x509Limbo,
  chromiumNameConstraints,
  chromiumVerifyChain: {} as Record<string, string>,
  nistPkits: {} as Record<string, string>,
};
