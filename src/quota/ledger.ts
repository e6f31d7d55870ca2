import { arrayArgument, invalidArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue } from '../core/issue.js';
import { policySuffixList } from '../domain/suffix-list.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { type HeldRecord, holdRecord, type LedgerRecord } from './record.js';

/**
 * The caller's free certificates, indexed by account and by primary domain, so a decision reads
 * only the records of one account and one primary domain, however large the ledger.
 */
export interface QuotaLedger {
  /** The policy the release times were computed with; decisions use it. */
  readonly policy: Policy;
  /** The Public Suffix List primary domains are read from (DOM-06): the policy's section. */
  readonly suffixList: SuffixList;
  /** How many free certificates the ledger holds. */
  readonly size: number;
  /** The account's free certificates (external ones never count here). */
  accountRecords(accountId: string): readonly HeldRecord[];
  /** The free certificates under a primary domain, across accounts and other platforms. */
  primaryDomainRecords(primaryDomain: string): readonly HeldRecord[];
  /** One certificate by its id. */
  record(id: string): HeldRecord | undefined;
  /** Every free certificate in the ledger. */
  records(): IterableIterator<HeldRecord>;
}

/** The mutable index behind a ledger; `simulateQuota` works on a private copy. */
export interface LedgerIndex {
  readonly byId: Map<string, HeldRecord>;
  readonly byAccount: Map<string, HeldRecord[]>;
  readonly byPrimaryDomain: Map<string, HeldRecord[]>;
}

/** More records than this are refused up front, so no call can exhaust memory by accident. */
export const MAX_LEDGER_RECORDS = 10_000_000;

/**
 * Builds a ledger from the caller's records (QUOTA-01…04): validates them, derives missing
 * primary domains, computes when each record's account and primary-domain slots are released
 * under the policy, and indexes them. Records that are not free are ignored. Throws
 * `CertkitError` `quota.record.invalid` for a malformed record or a repeated `id`.
 *
 * @example
 * const ledger = createQuotaLedger(records, { policy: presets['tencent-2023'] });
 * ledger.accountRecords('acct-1').length
 */
export function createQuotaLedger(records: readonly LedgerRecord[], options?: PolicyOption): QuotaLedger;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function createQuotaLedger(records: readonly LedgerRecord[], policy: Policy): QuotaLedger;
export function createQuotaLedger(records: readonly LedgerRecord[], options?: PolicyOption | Policy): QuotaLedger {
  const policy = policyOf(options);
  const suffixList = policySuffixList(policy, options);
  if (arrayArgument(records, 'records').length > MAX_LEDGER_RECORDS)
    throw invalidArgument('records', `at most ${MAX_LEDGER_RECORDS} records`, `${records.length} records`);
  const index: LedgerIndex = { byId: new Map(), byAccount: new Map(), byPrimaryDomain: new Map() };
  const typed: readonly LedgerRecord[] = records; // Array.isArray narrowed `records` to any[]
  typed.forEach((record, position) => {
    const held = holdRecord(record, position, policy, suffixList);
    if (held === undefined) return;
    if (index.byId.has(held.id)) {
      throw new CertkitError(
        createIssue('quota.record.invalid', null, { index: position, field: 'id', received: 'duplicate' }),
      );
    }
    putRecord(index, held);
  });
  return ledgerView(index, policy, suffixList);
}

/** A read-only view of an index. */
export function ledgerView(index: LedgerIndex, policy: Policy, suffixList: SuffixList): QuotaLedger {
  return {
    policy,
    suffixList,
    get size() {
      return index.byId.size;
    },
    accountRecords: (accountId) => index.byAccount.get(accountId) ?? [],
    primaryDomainRecords: (primaryDomain) => index.byPrimaryDomain.get(primaryDomain) ?? [],
    record: (id) => index.byId.get(id),
    records: () => index.byId.values(),
  };
}

/** Adds a record to the index, replacing the one with the same id. */
export function putRecord(index: LedgerIndex, held: HeldRecord): void {
  const previous = index.byId.get(held.id);
  index.byId.set(held.id, held);
  if (!held.external) upsert(index.byAccount, held.accountId, held, previous);
  upsert(index.byPrimaryDomain, held.primaryDomain, held, previous);
}

/** A deep-enough copy of an index for a simulation to change freely. */
export function copyIndex(ledger: QuotaLedger): LedgerIndex {
  const index: LedgerIndex = { byId: new Map(), byAccount: new Map(), byPrimaryDomain: new Map() };
  for (const held of ledger.records()) putRecord(index, held);
  return index;
}

function upsert(map: Map<string, HeldRecord[]>, key: string, held: HeldRecord, previous: HeldRecord | undefined): void {
  const list = map.get(key);
  if (list === undefined) {
    map.set(key, [held]);
    return;
  }
  const at = previous === undefined ? -1 : list.indexOf(previous);
  if (at >= 0) list[at] = held;
  else list.push(held);
}
