/**
 * `certkit/domain`: domain names and IP addresses as certificates see them — normalisation and
 * IDN, validation against the DNS and vendor rules, IP parsing and classification, primary
 * (registrable) domains.
 *
 * `primaryDomain` pulls in the Public Suffix List (via `tldts`); everything else here does not,
 * so a bundle that imports only `normalizeDomain` stays small.
 */
export { domainToUnicode } from './display.js';
export { isValidALabel } from './idn.js';
export { type IpAddress, isIp, parseIp, sameIp } from './ip.js';
export { classifyIp, type IpClass, type IpClassification } from './ip-class.js';
export { MAX_DOMAIN_INPUT_LENGTH, MAX_LABEL_OCTETS, MAX_NAME_OCTETS } from './limits.js';
export { type DomainInspection, inspectDomain, type NormalizeOptions, normalizeDomain } from './normalize.js';
export { type PrimaryDomainOptions, primaryDomain } from './primary.js';
export { type ValidateDomainOptions, type ValidationLevel, validateDomain } from './validate.js';
