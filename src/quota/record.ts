import { CertkitError } from '../core/error.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, describeReceived, describeType } from '../core/issue.js';
import { parseIp } from '../domain/ip.js';
import { primaryDomain } from '../domain/primary.js';
import type { Policy } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { identifierSet } from './identifiers.js';
import { accountReleaseMs, primaryDomainReleaseMs } from './release.js';

/**
 * One certificate in the caller's own store (plain data). `external` marks certificates for the
 * same primary domain obtained through other platforms from the same CA (QUOTA-02): they count
 * against the primary domain, not against any account.
 */
export interface LedgerRecord {
  readonly id: string;
  readonly accountId: string;
  readonly domain: string;
  /** Derived from `domain` when absent. */
  readonly primaryDomain?: string;
  /** Only free certificates count. */
  readonly free: boolean;
  /** The allowance the certificate was taken from (the `pool` of the decision); `package` for a purchased package. */
  readonly pool?: string;
  readonly issuedAt: Instant;
  readonly expiresAt: Instant;
  readonly revokedAt?: Instant;
  readonly deletedAt?: Instant;
  /** An application cancelled before issuance: it holds nothing from then on. */
  readonly cancelledAt?: Instant;
  readonly external?: boolean;
  /**
   * STD-10: every identifier of the certificate (names and IP addresses); `[domain]` when
   * absent. `domain` is counted among them either way.
   */
  readonly identifiers?: readonly string[];
  /** STD-10: ordered through ACME Renewal Information as the replacement of a certificate (exempt from every rate limit). */
  readonly ariRenewal?: boolean;
}

/** A record as the ledger keeps it: times in epoch ms, release instants computed once. */
export interface HeldRecord {
  readonly id: string;
  readonly accountId: string;
  readonly primaryDomain: string;
  readonly pool: string | undefined;
  readonly external: boolean;
  readonly issuedAt: number;
  readonly expiresAt: number;
  readonly revokedAt: number | undefined;
  readonly deletedAt: number | undefined;
  readonly cancelledAt: number | undefined;
  /** The account slot is held while `now < accountReleaseAt` (QUOTA-03). */
  readonly accountReleaseAt: number;
  /** The primary-domain slot is held while `now < primaryReleaseAt` (QUOTA-04). */
  readonly primaryReleaseAt: number;
  /** STD-10: the identifiers, normalised, sorted, deduplicated (`identifierSet`); `[]` under a policy without rate limits. */
  readonly identifiers: readonly string[];
  readonly ariRenewal: boolean;
}

/**
 * Reads one caller record into a {@link HeldRecord}, or `undefined` for records that never count
 * (not free). Throws `CertkitError` `quota.record.invalid` naming the record and field.
 */
export function holdRecord(
  record: LedgerRecord,
  index: number,
  policy: Policy,
  suffixList: SuffixList,
): HeldRecord | undefined {
  if (typeof record !== 'object' || record === null) throw invalidRecord(index, 'record', describeType(record));
  if (record.free !== true) {
    if (record.free !== false) throw invalidRecord(index, 'free', describeType(record.free));
    return undefined;
  }
  for (const field of ['id', 'accountId', 'domain'] as const) {
    if (typeof record[field] !== 'string' || record[field] === '')
      throw invalidRecord(index, field, describeType(record[field]));
  }
  const primary = record.primaryDomain ?? primaryKey(record.domain, policy, suffixList);
  if (typeof primary !== 'string') throw invalidRecord(index, 'domain', record.domain);
  const identifiers = (policy.quota.rateLimits ?? []).length === 0 ? [] : recordIdentifiers(record, index);
  const times = {
    issuedAt: instant(record.issuedAt, index, 'issuedAt'),
    expiresAt: instant(record.expiresAt, index, 'expiresAt'),
    revokedAt: optionalInstant(record.revokedAt, index, 'revokedAt'),
    deletedAt: optionalInstant(record.deletedAt, index, 'deletedAt'),
    cancelledAt: optionalInstant(record.cancelledAt, index, 'cancelledAt'),
  };
  if (times.expiresAt < times.issuedAt) throw invalidRecord(index, 'expiresAt', 'before issuedAt');
  return {
    id: record.id,
    accountId: record.accountId,
    primaryDomain: primary,
    pool: record.pool,
    external: record.external === true,
    ...times,
    accountReleaseAt: accountReleaseMs(times, policy),
    primaryReleaseAt: primaryDomainReleaseMs(times, policy),
    identifiers,
    ariRenewal: record.ariRenewal === true,
  };
}

/**
 * The key a record is indexed under by primary domain: its primary domain; under a policy
 * without a primary-domain limit (Let's Encrypt) an IP address, which has none, is its own key.
 */
function primaryKey(domain: string, policy: Policy, suffixList: SuffixList): string | null {
  const primary = primaryDomain(domain, { privateSuffixes: suffixList });
  return primary ?? (policy.quota.primaryDomainLimit === null ? (parseIp(domain)?.address ?? null) : null);
}

/** The record's identifier set (STD-10), `domain` included; a bad list is the record's invalid field. */
function recordIdentifiers(record: LedgerRecord, index: number): readonly string[] {
  const extra: unknown = record.identifiers ?? [];
  if (!Array.isArray(extra)) throw invalidRecord(index, 'identifiers', describeType(extra));
  const set = identifierSet([record.domain, ...extra]);
  if (set === null) throw invalidRecord(index, 'identifiers', 'not names or IP addresses (at most 1000)');
  if (record.ariRenewal !== undefined && typeof record.ariRenewal !== 'boolean')
    throw invalidRecord(index, 'ariRenewal', describeType(record.ariRenewal));
  return set;
}

/**
 * Epoch milliseconds of an instant, read by the core `toDate` (ISO 8601 with an offset or a
 * calendar date, `Date`, epoch ms); a bad one is reported as this record's invalid field.
 */
function instant(value: unknown, index: number, field: string): number {
  try {
    return toDate(value as Instant, field).getTime();
  } catch {
    throw invalidRecord(index, field, describeReceived(value));
  }
}

function optionalInstant(value: unknown, index: number, field: string): number | undefined {
  return value === undefined || value === null ? undefined : instant(value, index, field);
}

function invalidRecord(index: number, field: string, received: string): CertkitError {
  return new CertkitError(
    createIssue('quota.record.invalid', null, { index, field, received }, { subject: `record ${index}` }),
  );
}
