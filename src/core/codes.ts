/**
 * The registry of every issue code certkit can produce, with the docs/rules.md rule it enforces.
 *
 * Codes are stable machine identifiers (`domain.wildcard.partial`); the human text for each lives
 * in the message catalogs (`certkit/messages`), which must cover every code listed here.
 * Call sites pass the rule ID explicitly, next to the check that enforces it; a test checks that
 * they agree with this table (codes used by several rules list the first; the issue carries the
 * precise one, e.g. `type.count.too-many` is TYPE-02 or TYPE-04 by domain type). Codes for bad arguments that no rule governs (an unreadable date, a
 * malformed policy) have the rule `null`.
 *
 * @example
 * issueCodes['domain.label.too-long'] // => 'DOM-02'
 */
export const issueCodes = /* @__PURE__ */ Object.freeze({
  // core: bad arguments that no docs/rules.md rule governs
  'argument.invalid': null,
  'time.invalid': null,
  'time.range': null,
  'policy.invalid': null,
  'policy.forbidden-key': null,
  'policy.unknown-preset': null,
  // domain names, in the order normalizeDomain checks them (DOM-01…08)
  'domain.type': 'DOM-01',
  'domain.empty': 'DOM-01',
  'domain.input-too-long': 'DOM-02',
  'domain.unicode.malformed': 'DOM-07',
  'domain.ip-address': 'DOM-08',
  'domain.character.invalid': 'DOM-01',
  'domain.wildcard.not-allowed': 'TYPE-03',
  'domain.wildcard.partial': 'TYPE-03',
  'domain.wildcard.multiple': 'TYPE-03',
  'domain.wildcard.position': 'TYPE-03',
  'domain.idn.invalid': 'DOM-07',
  'domain.label.empty': 'DOM-02',
  'domain.label.too-long': 'DOM-02',
  'domain.label.hyphen-edge': 'DOM-02',
  'domain.label.hyphen-reserved': 'DOM-01',
  'domain.idn.punycode': 'DOM-07',
  'domain.too-long': 'DOM-02',
  'domain.tld.numeric': 'DOM-01',
  'domain.single-label': 'DOM-01',
  // vendor policy on top of the DNS rules (validateDomain)
  'domain.vendor.too-long': 'DOM-02',
  'domain.vendor.too-many-levels': 'DOM-03',
  'domain.tld.refused': 'DOM-04',
  'domain.tld.dv-refused': 'DOM-05',
  // IP addresses
  'ip.invalid': 'DOM-08',
  // coverage index
  'coverage.entries.invalid': null,
  // binding names to products (TYPE-01…10), in checkDomains
  'product.unknown-brand': null,
  'product.unknown': null,
  'product.domain-type': 'TYPE-01',
  'domain.request.invalid': null,
  'domain.duplicate': 'DOM-07',
  'type.count.none': 'TYPE-01',
  'type.count.exactly-one': 'TYPE-01',
  'type.count.too-many': 'TYPE-02',
  'type.name.wildcard-not-allowed': 'TYPE-01',
  'type.name.wildcard-required': 'TYPE-03',
  'type.free.count': 'TYPE-05',
  'type.free.wildcard': 'TYPE-05',
  'type.free.ip': 'TYPE-05',
  'type.ip.unsupported': 'TYPE-06',
  'type.wildcard.public-suffix': 'TYPE-07',
  'type.individual.validation': 'TYPE-08',
  'type.recommend.ev-finance': 'TYPE-09',
  'type.recommend.ov-enterprise': 'TYPE-09',
  'type.recommend.ov-app': 'TYPE-09',
  'type.recommend.individual-dv': 'TYPE-08',
  // sensitive-word screening (SCREEN-01…05)
  'screen.validation': 'SCREEN-04',
  'screen.word': 'SCREEN-01',
  'screen.ip': 'SCREEN-03',
  'screen.hostname': 'SCREEN-03',
  // free-certificate quotas (QUOTA-01…09)
  'quota.record.invalid': null,
  'quota.request.invalid': null,
  'quota.event.invalid': null,
  'quota.domain.invalid': 'QUOTA-02',
  'quota.account.exhausted': 'QUOTA-01',
  'quota.primaryDomain.exhausted': 'QUOTA-02',
  'quota.package.used': 'QUOTA-05',
  'quota.reissue.free': 'QUOTA-08',
  'quota.rateLimit.exhausted': 'STD-10',
  'quota.rateLimit.exempt': 'STD-10',
  // domain control validation (DCV-01…05)
  'dcv.argument.invalid': null,
  'dcv.dns-auto.not-hosted': 'DCV-01',
  'dcv.file.wildcard': 'DCV-02',
  'dcv.file.no-cloud-resources': 'DCV-02',
  'dcv.file.exact-name': 'DCV-02',
  'dcv.dns.missing': 'DCV-01',
  'dcv.dns.zone-doubled': 'DCV-04',
  'dcv.dns.underscore-missing': 'DCV-01',
  'dcv.dns.wrong-type': 'DCV-01',
  'dcv.dns.cname-conflict': 'DCV-01',
  'dcv.dns.quoted': 'DCV-01',
  'dcv.dns.value-mismatch': 'DCV-01',
  'dcv.dns.stale-value': 'DCV-01',
  'dcv.file.not-checked': 'DCV-02',
  'dcv.file.redirect': 'DCV-02',
  'dcv.file.status': 'DCV-02',
  'dcv.file.content': 'DCV-02',
  'dcv.file.https-differs': 'DCV-02',
  // the dated public rules (STD-01…12)
  'dcv.reuse.expired': 'STD-01',
  'dcv.method.unknown': 'STD-02',
  'dcv.method.not-yet': 'STD-02',
  'dcv.method.retired': 'STD-02',
  'dcv.name.reverse-zone': 'STD-04',
  'dcv.persist.unusable': 'STD-03',
  'dcv.persist.reuse-expired': 'STD-03',
  'dcv.dns.dnssec-failure': 'STD-05',
  'dcv.corroboration.too-few': 'STD-06',
  'dcv.corroboration.quorum': 'STD-06',
  // CAA (CAA-01…04)
  'caa.argument.invalid': null,
  'caa.record.malformed': 'CAA-04',
  'caa.value.malformed': 'CAA-04',
  'caa.lookup.failed': 'CAA-04',
  'caa.none': 'CAA-01',
  'caa.unrestricted': 'CAA-04',
  'caa.critical-unknown': 'CAA-04',
  'caa.issue.forbidden': 'CAA-04',
  'caa.parameters.mismatch': 'CAA-04',
  'caa.issuer.not-authorized': 'CAA-02',
  'caa.brand.unknown': 'CAA-03',
  'caa.dnssec.failure': 'STD-05',
  // certificate lifecycle (LIFE-01…14)
  'life.status': 'LIFE-01',
  'life.deleted': 'LIFE-04',
  'life.argument.invalid': null,
  'life.source.upload': 'LIFE-03',
  'life.reissue.days-left': 'LIFE-02',
  'life.reissue.free-limit': 'LIFE-02',
  'life.reissue.sibling-in-progress': 'LIFE-02',
  'life.revoke.bound': 'LIFE-03',
  'life.revoke.to-be-renewed': 'LIFE-03',
  'life.revoke.too-old': 'LIFE-03',
  'life.revoke.irreversible': 'LIFE-03',
  'life.revoke.original': 'LIFE-03',
  'life.delete.revoke-first': 'LIFE-04',
  'life.delete.deployed': 'LIFE-04',
  'life.renew.too-early': 'LIFE-05',
  'life.expired.unusable': 'LIFE-05',
  'life.expire.not-yet': 'LIFE-05',
  'life.autorenew.free': 'LIFE-06',
  'life.autorenew.unsupported': 'LIFE-06',
  'life.autorenew.term': 'LIFE-06',
  'life.revoke.reason': 'LIFE-18',
  'life.hosting.no-resources': 'LIFE-16',
  'life.submit.phone': 'LIFE-15',
  'life.hosting.issue-before': 'LIFE-16',
  'life.revoke.no-file': 'LIFE-18',
  'life.revoke.file-type': 'LIFE-18',
  'life.revoke.file-size': 'LIFE-18',
  'life.autorenew.days-left': 'LIFE-06',
  'life.autorenew.already': 'LIFE-06',
  'life.autorenew.not-enabled': 'LIFE-06',
  'life.hosting.lead-time': 'LIFE-07',
  'life.hosting.domains-dropped': 'LIFE-07',
  'life.remind.unsupported': 'LIFE-10',
  'life.remind.too-early': 'LIFE-10',
  'life.resubmit.free': 'LIFE-11',
  'life.notifications.not-expiring': 'LIFE-12',
  'life.validity.too-long': 'LIFE-13',
  'life.organization.limit': 'LIFE-14',
  'life.organization.immutable': 'LIFE-14',
  // keys, CSRs (CSR-01…06, CHAIN-04)
  'x509.crypto.unavailable': null,
  'x509.pem.missing': 'CHAIN-04',
  'x509.pem.multiple': 'CHAIN-04',
  'x509.ari.no-key-id': 'STD-09',
  'x509.pem.base64': 'CHAIN-04',
  'x509.pem.too-large': 'CHAIN-04',
  'x509.key.unsupported': 'CHAIN-04',
  'x509.key.sm2': 'CHAIN-04',
  'x509.key.not-extractable': 'CHAIN-04',
  'x509.key.cloud-password': 'CSR-06',
  'x509.key.password': 'CSR-06',
  'x509.key.malformed': 'CHAIN-04',
  'x509.key.encryption-unsupported': 'CHAIN-04',
  'x509.csr.malformed': 'CSR-01',
  'x509.csr.version': 'CSR-01',
  'x509.csr.attribute': 'CSR-01',
  'x509.csr.extension-duplicate': 'CSR-01',
  // certificates, chains, bundles (CHAIN-01…06; RFC 5280 checks carry no rule)
  'x509.certificate.malformed': 'CHAIN-04',
  'x509.crl.malformed': null,
  'x509.crl.too-many': null,
  'x509.certificate.too-many': 'CHAIN-04',
  'x509.limit.exceeded': null,
  'x509.pkcs12.password': 'CHAIN-05',
  'x509.pkcs12.malformed': 'CHAIN-05',
  'x509.pkcs12.unsupported': 'CHAIN-05',
  'x509.jks.password': 'CHAIN-05',
  'x509.jks.malformed': 'CHAIN-05',
  'x509.jks.unsupported': 'CHAIN-05',
  'x509.chain.duplicate': 'CHAIN-01',
  'x509.chain.key-mismatch': 'CHAIN-04',
  'x509.sm2.not-sm2': 'CHAIN-04',
  'x509.sm2.signing-key-mismatch': 'CHAIN-04',
  'x509.sm2.encryption-key-mismatch': 'CHAIN-04',
  'x509.sm2.usage': 'CHAIN-04',
  'x509.sm2.swapped': 'CHAIN-04',
  'x509.sm2.names-differ': 'CHAIN-04',
  'x509.chain.search-limit': null,
  'x509.chain.multiple-paths': 'CHAIN-03',
  'x509.chain.self-signed-leaf': 'CHAIN-01',
  'x509.chain.missing-intermediate': 'CHAIN-02',
  'x509.chain.issuer-unknown': 'CHAIN-02',
  'x509.chain.untrusted': null,
  'x509.chain.cross-certificate': 'CHAIN-03',
  'x509.chain.intermediate-expires-first': 'CHAIN-01',
  'x509.chain.root-included': 'CHAIN-01',
  'x509.chain.order': 'CHAIN-01',
  'x509.chain.unused': 'CHAIN-01',
  'x509.chain.not-yet-valid': null,
  'x509.chain.expired': null,
  'x509.chain.profile': null,
  'x509.chain.weak-key': null,
  'x509.chain.weak-signature': null,
  'x509.chain.critical-extension': null,
  'x509.chain.key-usage': null,
  'x509.chain.extended-key-usage': null,
  'x509.chain.not-ca': null,
  'x509.chain.path-length': null,
  'x509.chain.name-constraints': null,
  'x509.chain.policy': null,
  'x509.ct.not-compliant': 'STD-08',
  'x509.standards.eku': 'STD-07',
  'x509.standards.sha1': 'STD-11',
  'x509.chain.revoked': null,
  'x509.chain.revocation-unknown': null,
  'x509.chain.too-long': null,
  'x509.chain.hostname': 'MATCH-01',
  'x509.bundle.server': null,
  'x509.bundle.chain': 'CHAIN-05',
  'x509.csr.country.invalid': 'CSR-01',
  'x509.csr.domains.invalid': 'CSR-03',
  'x509.csr.cn.not-in-domains': 'CSR-03',
  'x509.csr.cn.missing': 'CSR-03',
  'x509.csr.cn.not-in-order': 'CSR-03',
  'x509.csr.san.not-in-order': 'CSR-03',
  'x509.csr.key.not-allowed': 'CSR-02',
  'x509.csr.signature.weak': 'CSR-05',
  'x509.csr.signature.invalid': 'CSR-05',
  'x509.csr.signature.unverifiable': 'CSR-05',
  'x509.csr.key.reused': 'CSR-04',
  'x509.csr.key.compromised': 'STD-12',
  'x509.csr.key.weak': 'STD-12',
} as const satisfies Record<string, RuleId | null>);

/** A stable machine code naming one kind of problem, e.g. `'domain.label.too-long'`. */
export type IssueCode = keyof typeof issueCodes;

/**
 * Codes renamed in 0.2 so that a code's prefix names the entry that reports it (`checkCsr` is in
 * `certkit/x509`, `checkDomains` in `certkit/domain`). `isCertkitError` still recognises the old
 * names until 0.3.
 *
 * @deprecated since 0.2: match the new codes; removed in 0.3.
 */
export const renamedCodes = /* @__PURE__ */ Object.freeze({
  'request.domains.invalid': 'domain.request.invalid',
  'csr.country.invalid': 'x509.csr.country.invalid',
  'csr.domains.invalid': 'x509.csr.domains.invalid',
  'csr.cn.not-in-domains': 'x509.csr.cn.not-in-domains',
  'csr.cn.missing': 'x509.csr.cn.missing',
  'csr.cn.not-in-order': 'x509.csr.cn.not-in-order',
  'csr.san.not-in-order': 'x509.csr.san.not-in-order',
  'csr.key.not-allowed': 'x509.csr.key.not-allowed',
  'csr.signature.weak': 'x509.csr.signature.weak',
  'csr.signature.invalid': 'x509.csr.signature.invalid',
  'csr.signature.unverifiable': 'x509.csr.signature.unverifiable',
  'csr.key.reused': 'x509.csr.key.reused',
} as const satisfies Record<string, IssueCode>);

/** A code of 0.1 that 0.2 renamed. */
export type RenamedCode = keyof typeof renamedCodes;

/** The families of rules in docs/rules.md. */
export type RuleFamily =
  | 'DOM'
  | 'TYPE'
  | 'MATCH'
  | 'GIFT'
  | 'SCREEN'
  | 'QUOTA'
  | 'CSR'
  | 'CHAIN'
  | 'LIFE'
  | 'DCV'
  | 'CAA'
  | 'STD';

/** A rule ID from docs/rules.md, e.g. `'DOM-02'`. */
export type RuleId = `${RuleFamily}-${number}`;
