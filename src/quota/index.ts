/**
 * `certkit/quota`: free-certificate allowances per account and per primary domain, with pools,
 * deduction order and release rules (QUOTA-01…09), and token-bucket rate limits such as Let's
 * Encrypt's (STD-10), as pure decisions over the caller's ledger.
 *
 * @module certkit/quota
 */

export type { Instant } from '../core/instant.js';
export {
  type AllowanceUsage,
  evaluateQuota,
  PACKAGE_POOL,
  type QuotaDecision,
  type QuotaGranted,
  type QuotaOptions,
  type QuotaRefused,
  type QuotaRequest,
  type QuotaUsage,
} from './evaluate.js';
export { identifierSet, MAX_IDENTIFIERS, registeredDomain } from './identifiers.js';
export {
  createQuotaLedger,
  MAX_LEDGER_RECORDS,
  type QuotaAttempt,
  type QuotaLedger,
  type QuotaLedgerOptions,
} from './ledger.js';
export type { BucketUsage } from './rate-check.js';
export type { HeldRecord, LedgerRecord } from './record.js';
export { accountReleaseAt, type CertificateTimes, primaryDomainReleaseAt } from './release.js';
export { MAX_SIMULATION_EVENTS, type QuotaEvent, type QuotaStep, simulateQuota } from './simulate.js';
