import type { IssueCode } from './codes.js';

/**
 * The params each issue code carries, so a narrowed issue types its params without a cast:
 *
 * @example
 * if (issue.code === 'domain.tld.refused') issue.params.tld; // string
 *
 * The message catalogs interpolate exactly these names (`{tld}`); a test checks that every
 * placeholder of every message is a param of its code or `{subject}`.
 */
export interface IssueParams {
  // core: bad arguments that no docs/rules.md rule governs
  'argument.invalid': { readonly expected: string; readonly path: string; readonly received: string };
  'time.invalid': { readonly field: string; readonly received: string };
  'time.range': { readonly days: string; readonly limit: number };
  'policy.invalid': { readonly keys: readonly string[]; readonly path: string; readonly problem: string };
  'policy.forbidden-key': { readonly key: string; readonly path: string };
  'policy.unknown-preset': { readonly known: readonly string[]; readonly preset: string };
  // domain names, in the order normalizeDomain checks them (DOM-01…08)
  'domain.type': { readonly received: string };
  'domain.empty': NoParams;
  'domain.input-too-long': { readonly length: number; readonly limit: number };
  'domain.unicode.malformed': NoParams;
  'domain.ip-address': { readonly ip: string };
  'domain.character.invalid': { readonly character: string; readonly codePoint: string; readonly position: number };
  'domain.wildcard.not-allowed': NoParams;
  'domain.wildcard.partial': NoParams;
  'domain.wildcard.multiple': { readonly count: number };
  'domain.wildcard.position': NoParams;
  'domain.idn.invalid': NoParams;
  'domain.label.empty': { readonly index: number };
  'domain.label.too-long': {
    readonly index: number;
    readonly label: string;
    readonly length: number;
    readonly limit: number;
  };
  'domain.label.hyphen-edge': { readonly index: number; readonly label: string };
  'domain.label.hyphen-reserved': { readonly index: number; readonly label: string };
  'domain.idn.punycode': { readonly index: number; readonly label: string };
  'domain.too-long': { readonly length: number; readonly limit: number };
  'domain.tld.numeric': { readonly tld: string };
  'domain.single-label': NoParams;
  // vendor policy on top of the DNS rules (validateDomain)
  'domain.vendor.too-long': { readonly length: number; readonly limit: number };
  'domain.vendor.too-many-levels': { readonly levels: number; readonly limit: number };
  'domain.tld.refused': { readonly tld: string };
  'domain.tld.dv-refused': { readonly tld: string };
  // IP addresses
  'ip.invalid': NoParams;
  // coverage index
  'coverage.entries.invalid': { readonly received: string };
  // binding names to products (TYPE-01…10), in checkDomains
  'product.unknown-brand': { readonly brand: string; readonly known: readonly string[] };
  'product.unknown': { readonly brand: string; readonly known: readonly string[]; readonly type: string };
  'product.domain-type': { readonly domainType: string; readonly offered: readonly string[] };
  'domain.request.invalid': { readonly limit: number; readonly received: number | string };
  'domain.duplicate': NoParams;
  'type.count.none': { readonly domainType: string };
  'type.count.exactly-one': { readonly count: number; readonly domainType: string };
  'type.count.too-many': { readonly count: number; readonly domainType: string; readonly limit: number };
  'type.name.wildcard-not-allowed': { readonly domainType: string };
  'type.name.wildcard-required': { readonly domainType: string };
  'type.free.count': { readonly count: number };
  'type.free.wildcard': NoParams;
  'type.free.ip': { readonly ip: string };
  'type.ip.unsupported': { readonly ip: string };
  'type.wildcard.public-suffix': { readonly suffix: string };
  'type.individual.validation': { readonly validation: string };
  'type.recommend.ev-finance': { readonly level: string };
  'type.recommend.ov-enterprise': { readonly level: string };
  'type.recommend.ov-app': { readonly level: string };
  'type.recommend.individual-dv': { readonly advised: string };
  // sensitive-word screening (SCREEN-01…05)
  'screen.validation': { readonly known: readonly string[]; readonly validation: string };
  'screen.word': {
    readonly form: string;
    readonly label: string;
    readonly remedies: readonly string[];
    readonly validation: string;
    readonly word: string;
  };
  'screen.ip': {
    readonly form: string;
    readonly label: string;
    readonly remedies: readonly string[];
    readonly validation: string;
    readonly word: string;
  };
  'screen.hostname': {
    readonly form: string;
    readonly label: string;
    readonly remedies: readonly string[];
    readonly validation: string;
    readonly word: string;
  };
  // free-certificate quotas (QUOTA-01…09)
  'quota.record.invalid': { readonly field: string; readonly index: number; readonly received: string };
  'quota.request.invalid': { readonly field: string; readonly received: string };
  'quota.event.invalid': { readonly field: string; readonly index: number };
  'quota.domain.invalid': NoParams;
  'quota.account.exhausted': {
    readonly limit: number;
    readonly nextReleaseAt: string | null;
    readonly pools: readonly string[];
    readonly used: number;
  };
  'quota.primaryDomain.exhausted': {
    readonly limit: number;
    readonly nextReleaseAt: string | null;
    readonly primaryDomain: string;
    readonly used: number;
  };
  'quota.package.used': { readonly remaining: number };
  'quota.reissue.free': NoParams;
  'quota.rateLimit.exhausted': {
    readonly capacity: number;
    readonly key: string;
    readonly limit: string;
    readonly nextTokenAt: string;
    readonly periodHours: number;
  };
  'quota.rateLimit.exempt': { readonly limits: readonly string[]; readonly renewal: 'ari' | 'sameIdentifiers' };
  // domain control validation (DCV-01…05)
  'dcv.argument.invalid': { readonly field: string; readonly received: string };
  'dcv.dns-auto.not-hosted': NoParams;
  'dcv.file.wildcard': NoParams;
  'dcv.file.no-cloud-resources': NoParams;
  'dcv.file.exact-name': { readonly since: string };
  'dcv.dns.missing': { readonly type: string };
  'dcv.dns.zone-doubled': { readonly observed: string; readonly relativeName: string };
  'dcv.dns.underscore-missing': { readonly observed: string };
  'dcv.dns.wrong-type': { readonly expected: string; readonly observed: readonly string[] };
  'dcv.dns.cname-conflict': { readonly types: readonly string[] };
  'dcv.dns.quoted': { readonly observed: readonly string[]; readonly resolver: string };
  'dcv.dns.value-mismatch': {
    readonly expected: string;
    readonly observed: readonly string[];
    readonly resolver: string;
  };
  'dcv.dns.stale-value': { readonly others: readonly string[]; readonly resolver: string };
  'dcv.file.not-checked': { readonly url: string };
  'dcv.file.redirect': { readonly location: string; readonly status: number; readonly url: string };
  'dcv.file.status': { readonly status: number; readonly url: string };
  'dcv.file.content': { readonly received: string; readonly url: string };
  'dcv.file.https-differs': { readonly received: string; readonly url: string };
  'dcv.reuse.expired': {
    readonly kind: 'domain' | 'identity';
    readonly validatedAt: string;
    readonly ageDays: number;
    readonly maxDays: number;
  };
  'dcv.method.unknown': { readonly method: string };
  'dcv.method.not-yet': { readonly method: string; readonly name: string; readonly from: string };
  'dcv.method.retired': { readonly method: string; readonly name: string; readonly until: string };
  'dcv.name.reverse-zone': { readonly since: string };
  // CAA (CAA-01…04)
  'caa.argument.invalid': { readonly field: string; readonly received: string };
  'caa.record.malformed': { readonly part: string; readonly received: string };
  'caa.value.malformed': { readonly tag: string; readonly value: string };
  'caa.lookup.failed': { readonly name: string };
  'caa.none': NoParams;
  'caa.unrestricted': { readonly relevantName: string };
  'caa.critical-unknown': { readonly relevantName: string; readonly tag: string };
  'caa.issue.forbidden': { readonly relevantName: string };
  'caa.parameters.mismatch': { readonly accountUri: string; readonly method: string; readonly relevantName: string };
  'caa.issuer.not-authorized': {
    readonly allowedIssuers: readonly string[];
    readonly issuers: readonly string[];
    readonly relevantName: string;
  };
  'caa.brand.unknown': { readonly brand: string; readonly known: readonly string[] };
  'caa.dnssec.failure': { readonly name: string; readonly failure: 'bogus' | 'SERVFAIL' };
  'dcv.persist.unusable': {
    /** `missing`, `cname`, `malformed`, `other-issuer`, `no-account`, `other-account`, `expired` (persistUntil past). */
    readonly problem: string;
    readonly fqdn: string;
  };
  'dcv.persist.reuse-expired': { readonly validatedAt: string; readonly ageDays: number; readonly maxDays: number };
  'dcv.dns.dnssec-failure': { readonly failure: 'bogus' | 'SERVFAIL'; readonly resolver: string };
  'dcv.corroboration.too-few': { readonly distinct: number; readonly required: number };
  'dcv.corroboration.quorum': {
    readonly distinct: number;
    readonly disagreeing: number;
    readonly maxDisagreeing: number;
  };
  // certificate lifecycle (LIFE-01…14)
  'life.status': { readonly action: string; readonly status: string };
  'life.deleted': { readonly action: string };
  'life.argument.invalid': { readonly argument: string; readonly received: string };
  'life.source.upload': NoParams;
  'life.reissue.days-left': { readonly daysLeft: number; readonly minimum: number };
  'life.reissue.free-limit': { readonly limit: number };
  'life.reissue.sibling-in-progress': NoParams;
  'life.revoke.bound': { readonly boundResources: number };
  'life.revoke.to-be-renewed': { readonly days: number; readonly daysLeft: number };
  'life.revoke.too-old': { readonly from: string };
  'life.revoke.irreversible': NoParams;
  'life.revoke.original': { readonly original: string };
  'life.delete.revoke-first': { readonly status: string };
  'life.delete.deployed': { readonly boundResources: number };
  'life.renew.too-early': { readonly opensAt: string };
  'life.expired.unusable': { readonly expiredAt: string };
  'life.expire.not-yet': { readonly expiresAt: string };
  'life.autorenew.free': NoParams;
  'life.autorenew.unsupported': { readonly brand: string; readonly domainType: string; readonly product: string };
  'life.autorenew.term': { readonly years: number };
  'life.revoke.reason': NoParams;
  'life.hosting.no-resources': NoParams;
  'life.submit.phone': { readonly phone: string; readonly reason: string };
  'life.hosting.issue-before': { readonly replaceAt: string };
  'life.revoke.no-file': { readonly needs: string };
  'life.revoke.file-type': { readonly allowed: readonly string[]; readonly name: string };
  'life.revoke.file-size': { readonly limit: number; readonly name: string; readonly size: number };
  'life.autorenew.days-left': { readonly daysLeft: number; readonly minimum: number };
  'life.autorenew.already': NoParams;
  'life.autorenew.not-enabled': NoParams;
  'life.hosting.lead-time': { readonly daysLeft: number; readonly leadDays: number };
  'life.hosting.domains-dropped': { readonly missing: readonly string[] };
  'life.remind.unsupported': { readonly brand: string; readonly product: string };
  'life.remind.too-early': { readonly availableAt: string };
  'life.resubmit.free': NoParams;
  'life.notifications.not-expiring': { readonly daysLeft: number; readonly threshold: number };
  'life.validity.too-long': { readonly days: number; readonly issuedAt: string; readonly maxDays: number };
  'life.organization.limit': { readonly existing: number; readonly limit: number };
  'life.organization.immutable': { readonly action: string };
  // keys, CSRs (CSR-01…06, CHAIN-04)
  'x509.crypto.unavailable': NoParams;
  'x509.pem.missing': { readonly labels: readonly string[] };
  'x509.pem.multiple': { readonly count: number };
  'x509.ari.no-key-id': NoParams;
  'x509.pem.base64': { readonly label: string };
  'x509.pem.too-large': { readonly length: number; readonly limit: number };
  'x509.key.unsupported': { readonly key: string };
  'x509.key.sm2': NoParams;
  'x509.key.not-extractable': NoParams;
  'x509.key.cloud-password': NoParams;
  'x509.key.password': { readonly reason: string };
  'x509.key.malformed': { readonly format: string };
  'x509.key.encryption-unsupported': { readonly scheme: string };
  'x509.csr.malformed': { readonly part: string };
  'x509.csr.version': { readonly version: number };
  'x509.csr.attribute': { readonly attribute: string; readonly problem: string };
  'x509.csr.extension-duplicate': { readonly oid: string };
  // certificates, chains, bundles (CHAIN-01…06; RFC 5280 checks carry no rule)
  'x509.certificate.malformed': { readonly part: string };
  'x509.crl.malformed': { readonly part: string };
  'x509.crl.too-many': { readonly count: number; readonly limit: number };
  'x509.certificate.too-many': { readonly count: number; readonly limit: number };
  'x509.limit.exceeded': { readonly limit: string; readonly max: number; readonly value: number };
  'x509.pkcs12.password': { readonly reason: 'wrong' | 'missing' };
  'x509.pkcs12.malformed': { readonly part: string };
  'x509.pkcs12.unsupported': { readonly algorithm: string };
  'x509.jks.password': { readonly reason: 'wrong' | 'key' | 'short' };
  'x509.jks.malformed': { readonly part: string };
  'x509.jks.unsupported': { readonly format: string };
  'x509.chain.duplicate': { readonly certificate: string };
  'x509.chain.key-mismatch': { readonly certificate: string };
  'x509.sm2.not-sm2': { readonly role: 'signing' | 'encryption'; readonly certificate: string };
  'x509.sm2.signing-key-mismatch': { readonly certificate: string };
  'x509.sm2.encryption-key-mismatch': { readonly certificate: string; readonly sharedKey: boolean };
  'x509.sm2.usage': {
    readonly role: 'signing' | 'encryption';
    readonly certificate: string;
    readonly keyUsage: string;
  };
  'x509.sm2.swapped': NoParams;
  'x509.sm2.names-differ': { readonly signing: string; readonly encryption: string };
  'x509.chain.search-limit': NoParams;
  'x509.chain.multiple-paths': { readonly count: number };
  'x509.chain.self-signed-leaf': NoParams;
  'x509.chain.missing-intermediate': { readonly issuer: string; readonly urls: readonly string[] };
  'x509.chain.issuer-unknown': { readonly issuer: string; readonly urls: readonly string[] };
  'x509.chain.untrusted': { readonly issuer: string };
  'x509.chain.cross-certificate': { readonly certificate: string; readonly issuer: string };
  'x509.chain.intermediate-expires-first': { readonly certificate: string; readonly notAfter: string };
  'x509.chain.root-included': { readonly certificate: string; readonly kept: boolean };
  'x509.chain.order': NoParams;
  'x509.chain.unused': { readonly certificate: string };
  'x509.chain.not-yet-valid': { readonly certificate: string; readonly notBefore: string };
  'x509.chain.expired': { readonly certificate: string; readonly notAfter: string };
  'x509.chain.profile': {
    readonly certificate: string;
    readonly problem: string;
    /** The profile whose rule it breaks: `rfc5280` (every profile) or `web-pki` (the CA/B Forum's, the default). */
    readonly profile: 'web-pki' | 'rfc5280';
  };
  'x509.chain.weak-key': { readonly certificate: string; readonly key: string };
  'x509.chain.weak-signature': { readonly algorithm: string; readonly certificate: string };
  'x509.chain.critical-extension': { readonly certificate: string; readonly oid: string };
  'x509.chain.key-usage': {
    readonly certificate: string;
    /** What keyUsage must show: `keyCertSign` (a CA), `digitalSignature` (a C2PA claim signer), `digitalSignature-only` (an RCS MLS client). */
    readonly usage: string;
  };
  'x509.chain.extended-key-usage': {
    readonly certificate: string;
    readonly usages: readonly string[];
    readonly purpose: 'serverAuth' | 'clientAuth' | 'rcsMlsClientAuth' | 'c2paManifest' | 'c2paTimestamping';
    /**
     * `eku-missing` (an EKU is required: the strict leaf, a strict client-auth intermediate, RCS
     * and C2PA), `eku-lacks-purpose`, `eku-prohibited-usage` (strict TLS: code signing, OCSP or
     * time stamping in the leaf; C2PA: anyExtendedKeyUsage, and time stamping or OCSP for claims),
     * `eku-not-only-purpose` (RCS MLS: rcsMlsClient must be the only usage).
     */
    readonly problem: 'eku-missing' | 'eku-lacks-purpose' | 'eku-prohibited-usage' | 'eku-not-only-purpose';
  };
  'x509.chain.not-ca': { readonly certificate: string };
  'x509.chain.path-length': {
    readonly certificate: string;
    readonly intermediates: number;
    readonly pathLength: number;
  };
  'x509.chain.name-constraints': {
    readonly certificate: string;
    readonly constraint: string;
    readonly name: string;
    readonly problem: string;
    readonly subject: string;
  };
  'x509.chain.policy': {
    readonly certificate: string;
    /** `no-valid-policy`: an explicit policy is required and none holds; `mapping-any-policy`: a policyMappings entry from or to anyPolicy; `too-complex`: over the work budget. */
    readonly problem: 'no-valid-policy' | 'mapping-any-policy' | 'too-complex';
  };
  'x509.ct.not-compliant': { readonly valid: number; readonly required: number; readonly operators: number };
  'x509.standards.eku': {
    readonly extendedKeyUsage: readonly string[];
    readonly role: 'subscriber' | 'subordinate' | 'root';
    readonly since: string;
  };
  'x509.standards.sha1': { readonly algorithm: string; readonly since: string };
  'x509.chain.revoked': {
    readonly certificate: string;
    readonly serial: string;
    readonly revokedAt: string;
    /** CRLReason, or `null` when the entry gives none. */
    readonly reason: string | null;
  };
  'x509.chain.revocation-unknown': {
    readonly certificate: string;
    /** Why no CRL answered: `no-crl` (none from this issuer), or the reason the ones there could not be used. */
    readonly problem: string;
    /** Where the certificate says its CRLs are (cRLDistributionPoints URIs). */
    readonly urls: readonly string[];
  };
  'x509.chain.too-long': { readonly intermediates: number; readonly limit: number };
  'x509.chain.hostname': { readonly hostname: string; readonly names: readonly string[] };
  'x509.bundle.server': { readonly server: string; readonly servers: readonly string[] };
  'x509.bundle.chain': NoParams;
  'x509.csr.country.invalid': { readonly country: string };
  'x509.csr.domains.invalid': { readonly count: number; readonly limit: number };
  'x509.csr.cn.not-in-domains': { readonly cn: string };
  'x509.csr.cn.missing': NoParams;
  'x509.csr.cn.not-in-order': { readonly cn: string };
  'x509.csr.san.not-in-order': { readonly name: string };
  'x509.csr.key.not-allowed': { readonly allowed: readonly string[]; readonly key: string };
  'x509.csr.signature.weak': { readonly algorithm: string };
  'x509.csr.signature.invalid': NoParams;
  'x509.csr.signature.unverifiable': { readonly algorithm: string };
  'x509.csr.key.reused': { readonly fingerprint: string };
  'x509.csr.key.compromised': { readonly fingerprint: string };
  /** `roca`: the ROCA fingerprint (CVE-2017-15361); `fermat`: its primes are close enough for Fermat's method. */
  'x509.csr.key.weak': { readonly problem: 'roca' | 'fermat' };
}

/** The params of a code that carries none. */
export type NoParams = Readonly<Record<never, never>>;

/** Compile-time checks: every code has its params, and no params name a code that is not one. */
type Never<T extends never> = T;
export type MissingParams = Never<Exclude<IssueCode, keyof IssueParams>>;
export type UnknownParams = Never<Exclude<keyof IssueParams, IssueCode>>;
