import type { Catalog, StatusLabels } from '../catalog.js';

/** English messages, one per issue code. */
export const en: Catalog = /* @__PURE__ */ Object.freeze({
  'argument.invalid': 'The argument {path} must be of type {expected}; received {received}.',
  'time.invalid':
    'The {field} "{received}" is not a valid date: use ISO 8601 with an offset (2024-03-01T08:00:00Z) or a calendar date (2024-03-01).',
  'time.range': 'A span of {days} days is out of range (at most {limit} days).',
  'policy.invalid': 'The policy is invalid at "{path}": {problem} {keys}.',
  'policy.forbidden-key': 'The policy key "{key}" at "{path}" is not allowed.',
  'policy.unknown-preset': 'There is no policy preset named "{preset}"; known presets: {known}.',
  'domain.type': 'A domain name must be text, not {received}.',
  'domain.empty': 'The domain name is empty.',
  'domain.input-too-long': 'The domain name is {length} characters long; input is limited to {limit}.',
  'domain.unicode.malformed': 'The domain name "{subject}" contains broken Unicode (a lone surrogate).',
  'domain.ip-address': '"{subject}" is an IP address ({ip}), not a domain name.',
  'domain.character.invalid':
    'Incorrect format of the domain name "{subject}": the character {character} is not allowed; use letters, digits, hyphens and dots only.',
  'domain.wildcard.not-allowed': 'Wildcard names such as "{subject}" are not allowed here.',
  'domain.wildcard.partial':
    'Incorrect wildcard in "{subject}": "*" must be the whole left-most label, as in *.example.com.',
  'domain.wildcard.multiple': 'Incorrect wildcard in "{subject}": a name may contain only one "*", found {count}.',
  'domain.wildcard.position':
    'Incorrect wildcard in "{subject}": "*" is allowed only as the left-most label of a longer name, as in *.example.com.',
  'domain.idn.invalid': 'The internationalised domain name "{subject}" cannot be converted to its ASCII form (IDNA).',
  'domain.label.empty': 'The domain name "{subject}" contains an empty label (a leading dot or two dots in a row).',
  'domain.label.too-long': 'The label "{label}" of "{subject}" is {length} characters long; the limit is {limit}.',
  'domain.label.hyphen-edge': 'The label "{label}" of "{subject}" starts or ends with a hyphen.',
  'domain.label.hyphen-reserved':
    'The label "{label}" of "{subject}" has hyphens in the third and fourth positions, which are reserved for IDN ("xn--").',
  'domain.idn.punycode': 'The label "{label}" of "{subject}" is not valid punycode (IDNA).',
  'domain.too-long': 'The domain name "{subject}" is {length} characters long; the DNS allows at most {limit}.',
  'domain.tld.numeric': 'The top-level domain "{tld}" of "{subject}" is all digits, which no real top-level domain is.',
  'domain.single-label': '"{subject}" is a bare host name; a domain name needs at least two labels, as in example.com.',
  'domain.vendor.too-long': 'The domain name "{subject}" is {length} characters long; at most {limit} can be bound.',
  'domain.vendor.too-many-levels': 'The domain name "{subject}" has {levels} levels; at most {limit} are supported.',
  'domain.tld.refused': 'Domains under ".{tld}" cannot be bound to a certificate.',
  'domain.tld.dv-refused':
    'Domains under ".{tld}" fail the security review for DV certificates; choose an OV or EV certificate.',
  'ip.invalid': '"{subject}" is not a valid IP address.',
  'coverage.entries.invalid': 'The coverage index needs a list of entries, not {received}.',
  'product.unknown-brand': 'There is no brand "{brand}" in the policy catalog; known brands: {known}.',
  'product.unknown': '{brand} sells no product "{type}" in the policy catalog; known products: {known}.',
  'product.domain-type': 'This product is not sold as a "{domainType}" certificate; available: {offered}.',
  'domain.request.invalid': 'The domains must be a list of at most {limit} names; received {received}.',
  'domain.duplicate': '"{subject}" is listed more than once; it is bound once.',
  'type.count.none': 'A {domainType} certificate needs at least one domain name.',
  'type.count.exactly-one': 'A {domainType} certificate binds exactly one name; {count} were given.',
  'type.count.too-many': 'This {domainType} certificate binds at most {limit} names; {count} were given.',
  'type.name.wildcard-not-allowed':
    '"{subject}" is a wildcard name; a {domainType} certificate takes ordinary names only. Choose a wildcard certificate.',
  'type.name.wildcard-required':
    '"{subject}" is not a wildcard name; a {domainType} certificate takes wildcard names such as *.example.com only.',
  'type.free.count': 'A free certificate binds exactly one domain name; {count} were given.',
  'type.free.wildcard': 'Free certificates cannot bind wildcard names such as "{subject}".',
  'type.free.ip': 'Free certificates cannot bind IP addresses such as {ip}.',
  'type.ip.unsupported': 'This certificate brand and type cannot bind IP addresses such as {ip}.',
  'type.wildcard.public-suffix':
    '"{subject}" is a wildcard directly over the public suffix "{suffix}", which no certificate may cover.',
  'type.individual.validation':
    'Individual applicants without a business licence can apply for DV certificates only, not {validation}.',
  'type.recommend.ev-finance': 'Finance and payment businesses are advised to use EV certificates.',
  'type.recommend.ov-enterprise': 'Enterprises are advised to use OV certificates or higher.',
  'type.recommend.ov-app': 'Sites used as mobile sites or API endpoints are advised to use OV certificates or higher.',
  'type.recommend.individual-dv': 'Individual applicants can apply for DV certificates only (advised: {advised}).',
  'screen.validation': 'The screen needs the validation level DV, OV or EV, not "{validation}".',
  'screen.word':
    '"{subject}" contains the sensitive word "{word}" in "{label}" ({form} form), which fails the CA security review for DV certificates and needs manual review for OV/EV. Change the host-name part, choose an OV or EV certificate, or use another primary domain.',
  'screen.ip':
    '{label} is an IP address; IP addresses fail the CA security review for DV certificates. Bind a domain name, or choose a certificate that supports IP addresses.',
  'screen.hostname':
    '"{label}" is a bare host name; host names without a domain fail the CA security review. Use a fully qualified domain name.',
  'quota.record.invalid': 'Ledger record {index} has an invalid {field}: {received}.',
  'quota.request.invalid': 'The quota request has an invalid {field}: {received}.',
  'quota.event.invalid':
    'Event {index} has an invalid {field} (events must be in time order and name known certificates).',
  'quota.domain.invalid': '"{subject}" has no primary domain, so no free certificate can be issued for it.',
  'quota.account.exhausted':
    "The account's free-certificate allowances this domain may use ({pools}) are used up ({used} of {limit} held in all). The next slot frees up at {nextReleaseAt}.",
  'quota.primaryDomain.exhausted':
    'The primary domain {primaryDomain} already has {used} of {limit} free certificates, including those from other platforms. The next one frees up at {nextReleaseAt}.',
  'quota.package.used':
    'The free allowance is spent; this certificate comes from your purchased package ({remaining} left).',
  'quota.reissue.free': 'Reissuing does not use a free-certificate allowance.',
  'dcv.argument.invalid': 'The validation {field} is invalid: {received}.',
  'dcv.dns-auto.not-hosted':
    'Automatic DNS validation needs the DNS of "{subject}" hosted with the vendor; add the record yourself (DNS validation).',
  'dcv.file.wildcard': 'File validation is not available for wildcard names such as "{subject}"; use DNS validation.',
  'dcv.file.no-cloud-resources':
    'File validation is not available without cloud resources with the vendor; use DNS validation for "{subject}".',
  'dcv.file.exact-name': 'Since {since}, file validation covers only "{subject}" itself, not its subdomains.',
  'dcv.dns.missing': 'No {type} record was found at "{subject}". Add it, then wait for the DNS change to take effect.',
  'dcv.dns.zone-doubled':
    'The record is at "{observed}": the zone was added twice. At your DNS provider, enter the host record "{relativeName}" only.',
  'dcv.dns.underscore-missing':
    'The record is at "{observed}", without the leading underscore; it must be at "{subject}".',
  'dcv.dns.wrong-type': '"{subject}" has a {observed} record, but a {expected} record is needed.',
  'dcv.dns.cname-conflict':
    '"{subject}" has a CNAME record next to other records ({types}); a CNAME must stand alone. Delete the others.',
  'dcv.dns.quoted':
    'The record at "{subject}" contains quotes or spaces around the value ({observed}); enter the value alone.',
  'dcv.dns.value-mismatch':
    'The record at "{subject}" has the value {observed}, not "{expected}" {resolver}. Correct it, or wait until the change reaches every resolver.',
  'dcv.dns.stale-value': '"{subject}" also has old values ({others}); delete them so the CA sees only the new one.',
  'dcv.file.not-checked': '{url} was not checked; the file must be served over both HTTP and HTTPS.',
  'dcv.file.redirect':
    '{url} redirects ({status} to {location}); the validation file must be served directly, without redirects.',
  'dcv.file.status': '{url} answered {status}; it must answer 200 with the validation file.',
  'dcv.file.content': '{url} serves other content than the validation file.',
  'dcv.file.https-differs':
    '{url} serves other content over HTTPS than over HTTP; check the HTTPS site or its default host.',
  'caa.argument.invalid': 'The CAA check needs a valid {field}, not {received}.',
  'caa.record.malformed': 'The CAA record "{received}" is not valid ({part}); write it as: 0 issue "ca.example".',
  'caa.value.malformed': 'The CAA {tag} value "{value}" is malformed, so it authorizes no CA.',
  'caa.lookup.failed': 'The CAA lookup of "{name}" failed; issuance is refused until it succeeds.',
  'caa.none': 'No CAA record applies to "{subject}": any CA may issue.',
  'caa.unrestricted': 'The CAA records at "{relevantName}" do not restrict issuers for "{subject}".',
  'caa.critical-unknown':
    'The CAA records at "{relevantName}" include the unknown critical property "{tag}", which forbids issuance.',
  'caa.issue.forbidden': 'The CAA records at "{relevantName}" forbid every CA from issuing for "{subject}".',
  'caa.parameters.mismatch':
    'The CAA records at "{relevantName}" name the CA but limit the account or validation method, which do not match.',
  'caa.issuer.not-authorized':
    'The CAA records at "{relevantName}" allow only {allowedIssuers}. Add a CAA record for {issuers}, or delete the existing ones.',
  'caa.brand.unknown': 'The policy names no CAA identifier for the brand "{brand}"; known brands: {known}.',
  'life.status': 'This action is not possible while the certificate is "{status}".',
  'life.deleted': 'The certificate was deleted.',
  'life.argument.invalid': 'The action needs a valid {argument}, not {received}.',
  'life.source.upload':
    'Only certificates issued through the vendor can be reissued or revoked; this one was uploaded.',
  'life.reissue.days-left':
    'A certificate can be reissued only with more than {minimum} days left; {daysLeft} days are left.',
  'life.reissue.free-limit': 'A free DV certificate can be reissued {limit} time(s) only; reapply for a new one.',
  'life.reissue.sibling-in-progress':
    'Another name under the same primary domain is being reissued; wait until it is done.',
  'life.revoke.bound': 'The certificate is deployed to {boundResources} cloud resource(s); unbind it before revoking.',
  'life.revoke.to-be-renewed':
    'A certificate to be renewed cannot be revoked within {days} days of expiry ({daysLeft} days left).',
  'life.revoke.too-old': 'Certificates issued before {from} cannot be revoked self-service; contact support.',
  'life.revoke.irreversible':
    'Revocation cannot be undone; once requested, the certificate can no longer be downloaded or deployed.',
  'life.revoke.original': 'This certificate was reissued from {original}; revoking it revokes the original too.',
  'life.delete.revoke-first': 'An unexpired certificate must be revoked before it can be deleted (status "{status}").',
  'life.delete.deployed': 'The certificate is still deployed to {boundResources} cloud resource(s).',
  'life.renew.too-early': 'Renewal opens 30 days before expiry, at {opensAt}.',
  'life.expired.unusable': 'The certificate expired at {expiredAt} and can no longer be used.',
  'life.expire.not-yet': 'The certificate does not expire until {expiresAt}.',
  'life.autorenew.free': 'Auto-renewal is for paid certificates only.',
  'life.submit.phone':
    'An OV/EV order needs the company phone number ({reason}: "{phone}"); correct the order before submitting it, or the review fails.',
  'life.hosting.no-resources': 'The certificate is deployed to no cloud resource, so hosting has nothing to replace.',
  'life.hosting.issue-before':
    'Hosting replaces the certificate at {replaceAt}: the new certificate must be issued by then, or the hosting fails; resources outside the cloud still need a manual install.',
  'life.revoke.reason': 'A revocation of this certificate needs a reason; it is then reviewed manually.',
  'life.revoke.no-file': 'This revocation takes no file (it needs {needs}).',
  'life.revoke.file-type': '"{name}" cannot be uploaded: the file must be {allowed}.',
  'life.revoke.file-size': '"{name}" is {size} bytes; the file may be at most {limit} bytes (1.4 MB).',
  'life.autorenew.term': 'Auto-renewal is available only for 1-year certificates; this order runs {years} years.',
  'life.autorenew.unsupported': 'Auto-renewal is not available for {brand} {product} ({domainType}).',
  'life.autorenew.days-left':
    'Auto-renewal can be switched on only while at least {minimum} days remain; {daysLeft} days are left.',
  'life.autorenew.already': 'Auto-renewal is already on.',
  'life.autorenew.not-enabled': 'Auto-renewal is not on.',
  'life.hosting.lead-time':
    'Replacement {leadDays} days before expiry is not possible with {daysLeft} days left; choose a shorter lead time.',
  'life.hosting.domains-dropped': 'The new certificate does not include {missing}, which the old one covers.',
  'life.remind.unsupported': 'Review reminders are not available for {brand} {product}.',
  'life.remind.too-early': 'A review reminder is available from {availableAt}.',
  'life.resubmit.free':
    'A free certificate whose review failed cannot be resubmitted; reapply (a new free allowance is used).',
  'life.notifications.not-expiring':
    'Notifications can be ignored only within {threshold} days of expiry; {daysLeft} days are left.',
  'life.validity.too-long':
    'A certificate issued at {issuedAt} may be valid for at most {maxDays} days; {days} days were requested.',
  'life.organization.limit': 'At most {limit} organization profiles can be added.',
  'life.organization.immutable': 'Organization profiles cannot be modified or deleted after creation.',
  'x509.crypto.unavailable': 'WebCrypto is not available; pass a crypto implementation.',
  'x509.pem.missing': 'No PEM block of the expected kind was found ({labels}).',
  'x509.pem.multiple': 'The input holds {count} blocks where one was expected.',
  'x509.pem.base64': 'The {label} block is not valid base64.',
  'x509.pem.too-large': 'The input is {length} characters long; at most {limit} are read.',
  'x509.key.sm2':
    'This is a Chinese SM2 key. certkit cannot check or convert SM2 keys yet; an SM2 upload needs the signing certificate and key and the encryption certificate and key, each checked as a pair.',
  'x509.key.unsupported': 'This key type is not supported ({key}); use RSA 2048/3072/4096 or ECDSA P-256/P-384.',
  'x509.key.not-extractable': 'The private key cannot be exported (it is not extractable).',
  'x509.key.cloud-password': 'Keys for cloud load balancers and CDNs must not be password-protected.',
  'x509.key.password': 'The private key password is {reason}.',
  'x509.key.malformed': 'The private key is not a valid {format} key.',
  'x509.key.encryption-unsupported':
    'The private key is encrypted with an unsupported scheme ({scheme}); convert it with: openssl pkcs8 -topk8 -v2 aes256.',
  'x509.certificate.malformed': 'The certificate is not a valid X.509 certificate ({part}).',
  'x509.certificate.too-many': 'The input holds {count} certificates; at most {limit} are read.',
  'x509.limit.exceeded': 'The input asks for {value} ({limit}); the policy allows at most {max}, so it was not read.',
  'x509.chain.duplicate': 'The certificate {certificate} appears more than once; the copy is ignored.',
  'x509.chain.key-mismatch': 'The private key does not belong to the certificate {certificate}.',
  'x509.chain.search-limit': 'The certificates allow too many paths; the search stopped at its limit.',
  'x509.chain.multiple-paths':
    '{count} complete chains are possible (cross-signed CAs); the one that validates, then the shortest, was chosen.',
  'x509.chain.self-signed-leaf': 'The server certificate is self-signed; browsers will not trust it.',
  'x509.chain.missing-intermediate':
    'An intermediate certificate is missing: the certificate of "{issuer}". Download it from {urls} and add it, or some Android browsers will fail.',
  'x509.chain.issuer-unknown':
    'Neither the bundle nor the trusted roots hold the certificate of "{issuer}": if it is an intermediate, add it (from {urls}); if it is a root, it is not one of the roots trusted here.',
  'x509.chain.untrusted': 'The chain does not lead to a trusted root (it ends at "{issuer}").',
  'x509.chain.cross-certificate':
    'The cross-certificate {certificate} (issued by "{issuer}") is appended at the end of the chain for older clients.',
  'x509.chain.intermediate-expires-first':
    'The intermediate certificate {certificate} expires on {notAfter}, before the server certificate.',
  'x509.chain.root-included':
    'The root certificate {certificate} was included; servers should not send it (Nginx sends every certificate in the file).',
  'x509.chain.order':
    'The certificates were not in chain order; they have been reordered: server certificate, then intermediates.',
  'x509.chain.unused': 'The certificate {certificate} is not part of the chain.',
  'x509.chain.not-yet-valid': 'The certificate {certificate} is not valid before {notBefore}.',
  'x509.chain.expired': 'The certificate {certificate} expired on {notAfter}.',
  'x509.chain.profile': 'The certificate {certificate} breaks the RFC 5280 / CA/Browser Forum profile ({problem}).',
  'x509.chain.weak-key': 'The certificate {certificate} has a key browsers refuse ({key}).',
  'x509.chain.weak-signature': 'The certificate {certificate} is signed with {algorithm}, which browsers refuse.',
  'x509.chain.critical-extension':
    'The certificate {certificate} has a critical extension that cannot be processed ({oid}).',
  'x509.chain.key-usage': 'The certificate {certificate} has the wrong key usage ({usage}).',
  'x509.chain.extended-key-usage':
    'The certificate {certificate} is not for TLS servers (extended key usage: {usages}).',
  'x509.chain.not-ca': 'The certificate {certificate} signs another certificate but is not a CA.',
  'x509.chain.path-length':
    'The CA {certificate} allows {pathLength} intermediates below it; the chain has {intermediates}.',
  'x509.chain.name-constraints':
    'The name {name} of {subject} breaks the name constraints of {certificate} ({problem}: {constraint}).',
  'x509.chain.too-long': 'The chain has {intermediates} intermediate certificates; at most {limit} are allowed.',
  'x509.chain.hostname': 'The certificate does not cover {hostname} (it covers {names}).',
  'x509.bundle.server': 'Unknown server type {server}; use one of {servers}.',
  'x509.bundle.chain': 'A server bundle needs a certificate chain with the server certificate first.',
  'x509.csr.malformed': 'The CSR is not a valid certificate request ({part}).',
  'x509.csr.version': 'The CSR has version {version}; only version 1 (0) exists.',
  'x509.csr.attribute': 'The CSR attribute {attribute} is malformed ({problem}).',
  'x509.csr.extension-duplicate': 'The CSR requests the extension {oid} twice.',
  'x509.csr.country.invalid': 'The country "{country}" is not an ISO 3166 two-letter code such as CN.',
  'x509.csr.domains.invalid': 'A CSR needs between 1 and {limit} domains; {count} were given.',
  'x509.csr.cn.not-in-domains': 'The common name "{cn}" must be one of the domains.',
  'x509.csr.cn.missing': 'The CSR has no common name (CN).',
  'x509.csr.cn.not-in-order': 'The CSR common name "{cn}" is not a domain of the order.',
  'x509.csr.san.not-in-order': 'The CSR requests "{name}", which is not a domain of the order.',
  'x509.csr.key.not-allowed': 'The CSR key is {key}; this product accepts {allowed}.',
  'x509.csr.signature.weak': 'The CSR is signed with {algorithm}; use SHA-256 (openssl req -sha256).',
  'x509.csr.signature.invalid': 'The CSR signature does not verify; the file was changed or the wrong key signed it.',
  'x509.csr.signature.unverifiable': 'The CSR signature ({algorithm}) could not be checked here.',
  'x509.csr.key.reused': 'This key was already used for an earlier order; each certificate needs its own key pair.',
});

/** English labels of the certificate statuses (LIFE-01), as the console shows them. */
export const enStatuses: StatusLabels = /* @__PURE__ */ Object.freeze({
  reviewing: 'Under review',
  issued: 'Issued',
  reviewFailed: 'Review failed',
  expired: 'Expired',
  dnsRecordAdded: 'DNS record added automatically',
  pendingDocuments: 'Enterprise certificate, documents to submit',
  cancelling: 'Cancellation in progress',
  cancelled: 'Cancelled',
  pendingConfirmationLetter: 'Documents submitted, confirmation letter to upload',
  revoking: 'Revocation in progress',
  revoked: 'Revoked',
  reissuing: 'Reissue in progress',
  pendingRevocationLetter: 'Revocation confirmation letter to upload',
  freePendingDocuments: 'Free certificate, documents to submit',
  refunded: 'Refunded',
  migrating: 'Migration in progress',
});
