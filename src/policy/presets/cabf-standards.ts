import type { StandardsPolicy } from '../schema.js';

/**
 * The dated public rules (docs/rules.md STD-01…12) as of December 2026, from the CA/Browser Forum
 * Baseline Requirements 2.x (ballots SC-081v3, SC-090, SC-097 and the DCV method ballots), the
 * Chrome Root Program policy v1.8 and RFC 9773. Every preset carries it; a date is the first day
 * (00:00 UTC) a rule is in force.
 */
export const cabfStandards: StandardsPolicy = {
  // LIFE-13's SHOULD limits, beside its MUST limits in `lifecycle.maxValidity` (BR §6.3.2)
  recommendedValidity: [
    { from: '2015-01-01', days: 397 },
    { from: '2026-03-15', days: 199 },
    { from: '2027-03-15', days: 99 },
    { from: '2029-03-15', days: 46 },
  ],
  // STD-01: reuse of validation data, by the issuance date (BR §4.2.1)
  validationReuse: [
    { from: '2015-01-01', domainDays: 398, identityDays: 825 },
    { from: '2026-03-15', domainDays: 200, identityDays: 398 },
    { from: '2027-03-15', domainDays: 100, identityDays: 398 },
    { from: '2029-03-15', domainDays: 10, identityDays: 398 },
  ],
  // STD-02: the BR §3.2.2.4 (domain) and §3.2.2.5 (IP address) methods still in the BR, with the
  // day each arrived (when after 2025) and the first day it may no longer be used
  dcvMethods: [
    { id: '3.2.2.4.2', name: 'email, fax, SMS or postal mail to the domain contact', until: '2025-07-15' },
    { id: '3.2.2.4.4', name: 'constructed email to the domain contact', until: '2028-03-15' },
    { id: '3.2.2.4.7', name: 'DNS change' },
    { id: '3.2.2.4.8', name: 'IP address', until: '2026-03-15' },
    { id: '3.2.2.4.12', name: 'validating the applicant as a domain contact' },
    { id: '3.2.2.4.13', name: 'email to the DNS CAA contact', until: '2028-03-15' },
    { id: '3.2.2.4.14', name: 'email to the DNS TXT contact', until: '2028-03-15' },
    { id: '3.2.2.4.15', name: 'phone contact with the domain contact', until: '2025-07-15' },
    { id: '3.2.2.4.16', name: 'phone contact with the DNS TXT record phone contact', until: '2027-03-15' },
    { id: '3.2.2.4.17', name: 'phone contact with the DNS CAA phone contact', until: '2027-03-15' },
    { id: '3.2.2.4.18', name: 'agreed-upon change to the website v2' },
    { id: '3.2.2.4.19', name: 'agreed-upon change to the website (ACME http-01)' },
    { id: '3.2.2.4.20', name: 'TLS using ALPN (ACME tls-alpn-01)' },
    { id: '3.2.2.4.21', name: 'DNS labeled with an account ID', from: '2025-03-01' },
    { id: '3.2.2.4.22', name: 'DNS TXT record with a persistent value', from: '2025-11-10' },
    { id: '3.2.2.5.1', name: 'agreed-upon change to the website (IP address)' },
    { id: '3.2.2.5.2', name: 'email, fax, SMS or postal mail to the IP address contact', until: '2027-03-15' },
    { id: '3.2.2.5.3', name: 'reverse address lookup', until: '2027-03-15' },
    { id: '3.2.2.5.5', name: 'phone contact with the IP address contact', until: '2027-03-15' },
    { id: '3.2.2.5.6', name: 'ACME http-01 for IP addresses' },
    { id: '3.2.2.5.7', name: 'ACME tls-alpn-01 for IP addresses' },
    { id: '3.2.2.5.8', name: 'reverse zone DNS TXT record with a persistent value', from: '2025-11-10' },
  ],
  // STD-04 (BR §4.2.2)
  reverseZoneNamesRefusedFrom: '2026-03-15',
  // STD-07 (Chrome Root Program v1.8)
  serverAuthOnlyEku: { subordinateCasFrom: '2026-06-15', subscribersFrom: '2027-03-15' },
  // STD-11 (SC-097)
  sha1RefusedFrom: '2026-09-15',
};
