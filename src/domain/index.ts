/**
 * `certkit/domain`: domain names and IP addresses as certificates see them — normalisation and
 * IDN, validation against the DNS and vendor rules, IP parsing and classification, primary
 * (registrable) domains.
 *
 * `primaryDomain` pulls in the Public Suffix List (via `tldts`); everything else here does not,
 * so a bundle that imports only `normalizeDomain` stays small.
 *
 * @module certkit/domain
 */

export { checkDomains, type DomainCheck, type DomainRequest, MAX_REQUEST_DOMAINS } from './check-domains.js';
export {
  type CoverageEntry,
  type CoverageIndex,
  type CoverageIndexOptions,
  createCoverageIndex,
} from './coverage-index.js';
export { domainToUnicode } from './display.js';
export { giftedDomains } from './gifts.js';
export { isValidALabel } from './idn.js';
export { type IpAddress, ipBytes, isIp, parseIp, sameIp } from './ip.js';
export { classifyIp, type IpClass, type IpClassification } from './ip-class.js';
export { type DomainLevelOptions, domainLevel } from './level.js';
export { MAX_DOMAIN_INPUT_LENGTH, MAX_LABEL_OCTETS, MAX_NAME_OCTETS } from './limits.js';
export { coveringNames, type MatchOptions, matchesHostname } from './match.js';
export { type DomainInspection, inspectDomain, type NormalizeOptions, normalizeDomain } from './normalize.js';
export { isPublicSuffix, type PrimaryDomainOptions, primaryDomain } from './primary.js';
export { findProduct, type ProductRef } from './product.js';
export {
  type CertificateProfile,
  type CertificateRecommendation,
  recommendCertificateType,
  supportsMiniProgram,
} from './recommend.js';
export { type ValidateDomainOptions, validateDomain } from './validate.js';
