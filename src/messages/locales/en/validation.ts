import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/validation`: domain control validation and CAA. */
export const enValidation: AreaCatalog<'validation'> = /* @__PURE__ */ Object.freeze({
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
  'dcv.reuse.expired':
    'The {kind} validation of {validatedAt} is {ageDays} days old; it may be reused for at most {maxDays} days. Validate again.',
  'dcv.method.unknown': 'Validation method {method} is not one of the Baseline Requirements methods.',
  'dcv.method.not-yet': 'Validation method {method} ({name}) may be used only from {from}.',
  'dcv.method.retired':
    'Validation method {method} ({name}) may no longer be used since {until}; choose another method.',
  'dcv.name.reverse-zone':
    'Since {since}, no certificate may be issued for "{subject}": names under in-addr.arpa and ip6.arpa are refused.',
  'dcv.persist.unusable':
    'The persistent validation record at {fqdn} does not validate for this CA and account ({problem}).',
  'dcv.persist.reuse-expired':
    'The persistent validation of {validatedAt} is {ageDays} days old; it may be reused for at most {maxDays} days.',
  'dcv.dns.dnssec-failure':
    'The DNS answer from {resolver} failed DNSSEC validation ({failure}); a failed DNSSEC lookup never permits issuance.',
  'dcv.corroboration.too-few':
    '{distinct} distinct remote perspectives answered; at least {required}, 500 km apart, must corroborate.',
  'dcv.corroboration.quorum':
    '{disagreeing} of {distinct} distinct remote perspectives did not corroborate; at most {maxDisagreeing} may disagree.',
  'caa.dnssec.failure':
    'The CAA lookup of "{name}" failed DNSSEC validation ({failure}); issuance is refused until it validates.',
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
});
