import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/domain`: names, IPs, products and the TYPE rules. */
export const enDomain: AreaCatalog<'domain'> = /* @__PURE__ */ Object.freeze({
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
});
