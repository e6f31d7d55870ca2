import { arrayArgument, invalidArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, describeReceived, describeType } from '../core/issue.js';
import { policySuffixList } from '../domain/suffix-list.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { setKey } from './bucket-keys.js';
import { identifierSet } from './identifiers.js';
import { type HeldRecord, holdRecord, type LedgerRecord } from './record.js';
import { noteIssued, type SpendIndex, sortSpends, spend } from './spends.js';

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
  /** STD-10: the instants tokens were spent from one bucket (`<limit name>|<key>`), sorted epoch ms. */
  bucketSpends(key: string): readonly number[];
  /** STD-10: when a certificate with exactly these identifiers (compared as an `identifierSet`) was first issued, epoch ms. */
  firstIssuedAt(identifiers: readonly string[]): number | undefined;
}

/**
 * An ACME request that left no certificate in the ledger, for the rate limits (STD-10): an
 * order that was never finalised or failed (`order`), or one failed authorization
 * (`authorizationFailure`, of each identifier listed). Issued certificates are ledger records and
 * count as their own orders: do not list them here too.
 */
export interface QuotaAttempt {
  readonly type: 'order' | 'authorizationFailure';
  readonly accountId: string;
  readonly at: Instant;
  readonly identifiers: readonly string[];
  /** The order replaced a certificate through ACME Renewal Information. */
  readonly ariRenewal?: boolean;
}

/** Options of {@link createQuotaLedger}. */
export interface QuotaLedgerOptions extends PolicyOption {
  /** STD-10: the orders and authorization failures that spend rate-limit tokens besides the records. */
  readonly attempts?: readonly QuotaAttempt[];
}

/** The mutable index behind a ledger; `simulateQuota` works on a private copy. */
export interface LedgerIndex extends SpendIndex {
  readonly byId: Map<string, HeldRecord>;
  readonly byAccount: Map<string, HeldRecord[]>;
  readonly byPrimaryDomain: Map<string, HeldRecord[]>;
}

/** More records than this are refused up front, so no call can exhaust memory by accident. */
export const MAX_LEDGER_RECORDS = 10_000_000;

/**
 * Builds a ledger from the caller's records (QUOTA-01…04, STD-10): validates them, derives
 * missing primary domains, computes when each record's account and primary-domain slots are
 * released under the policy, spends the policy's rate-limit tokens for each certificate and each
 * of `attempts`, and indexes them. Records that are not free are ignored. Throws `CertkitError`
 * `quota.record.invalid` for a malformed record or attempt, or a repeated `id`.
 *
 * @example
 * const ledger = createQuotaLedger(records, { policy: presets['tencent-2023'] });
 * ledger.accountRecords('acct-1').length
 */
export function createQuotaLedger(records: readonly LedgerRecord[], options?: QuotaLedgerOptions): QuotaLedger;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function createQuotaLedger(records: readonly LedgerRecord[], policy: Policy): QuotaLedger;
export function createQuotaLedger(
  records: readonly LedgerRecord[],
  options?: QuotaLedgerOptions | Policy,
): QuotaLedger {
  const policy = policyOf(options);
  const suffixList = policySuffixList(policy, options);
  if (arrayArgument(records, 'records').length > MAX_LEDGER_RECORDS)
    throw invalidArgument('records', `at most ${MAX_LEDGER_RECORDS} records`, `${records.length} records`);
  const index = emptyIndex();
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
  spendAll(index, attemptsOf(options, records.length), policy, suffixList);
  return ledgerView(index, policy, suffixList);
}

/** An index with nothing in it. */
export function emptyIndex(): LedgerIndex {
  return {
    byId: new Map(),
    byAccount: new Map(),
    byPrimaryDomain: new Map(),
    spends: new Map(),
    firstIssued: new Map(),
  };
}

/** An attempt read: its order, renewal flag and instant. */
interface ReadAttempt {
  readonly type: QuotaAttempt['type'];
  readonly order: { readonly accountId: string; readonly identifiers: readonly string[] };
  readonly ari: boolean;
  readonly at: number;
}

/**
 * STD-10: spends the tokens of every certificate (noted first, so that each renewal sees the
 * earlier certificates whatever the order of the records) and every attempt.
 */
function spendAll(index: LedgerIndex, attempts: readonly ReadAttempt[], policy: Policy, suffixList: SuffixList): void {
  if ((policy.quota.rateLimits ?? []).length === 0) return;
  for (const held of index.byId.values()) noteIssued(index, held, held.issuedAt);
  for (const held of index.byId.values()) {
    if (!held.external)
      spend(index, 'certificate', { order: held, ari: held.ariRenewal, at: held.issuedAt }, policy, suffixList);
  }
  for (const attempt of attempts) spend(index, attempt.type, attempt, policy, suffixList);
  sortSpends(index);
}

/** The `attempts` option read; a malformed one is `quota.record.invalid` naming `attempts[i]`. */
function attemptsOf(options: QuotaLedgerOptions | Policy | undefined, offset: number): ReadAttempt[] {
  const attempts = (options as QuotaLedgerOptions | undefined)?.attempts;
  if (attempts === undefined || 'catalog' in (options as object)) return [];
  if (!Array.isArray(attempts) || attempts.length > MAX_LEDGER_RECORDS)
    throw invalidArgument('options.attempts', `an array of at most ${MAX_LEDGER_RECORDS} attempts`, attempts);
  return attempts.map((attempt: QuotaAttempt, position) => readAttempt(attempt, position, offset));
}

function readAttempt(attempt: QuotaAttempt, position: number, offset: number): ReadAttempt {
  const invalid = (field: string, received: string) =>
    new CertkitError(
      createIssue('quota.record.invalid', null, {
        index: offset + position,
        field: `attempts[${position}].${field}`,
        received,
      }),
    );
  if (typeof attempt !== 'object' || attempt === null) throw invalid('type', describeType(attempt));
  if (attempt.type !== 'order' && attempt.type !== 'authorizationFailure')
    throw invalid('type', describeReceived(attempt.type));
  if (typeof attempt.accountId !== 'string' || attempt.accountId === '')
    throw invalid('accountId', describeType(attempt.accountId));
  const identifiers = Array.isArray(attempt.identifiers) ? identifierSet(attempt.identifiers) : null;
  if (identifiers === null) throw invalid('identifiers', 'not names or IP addresses (1 to 1000)');
  let at: number;
  try {
    at = toDate(attempt.at, 'at').getTime();
  } catch {
    throw invalid('at', describeReceived(attempt.at));
  }
  const order = { accountId: attempt.accountId, identifiers };
  return { type: attempt.type, order, ari: attempt.ariRenewal === true, at };
}

/** A read-only view of an index. */
export function ledgerView(index: LedgerIndex, policy: Policy, suffixList: SuffixList): QuotaLedger {
  const view: QuotaLedger = {
    policy,
    suffixList,
    get size() {
      return index.byId.size;
    },
    accountRecords: (accountId) => index.byAccount.get(accountId) ?? [],
    primaryDomainRecords: (primaryDomain) => index.byPrimaryDomain.get(primaryDomain) ?? [],
    record: (id) => index.byId.get(id),
    records: () => index.byId.values(),
    bucketSpends: (key) => index.spends.get(key) ?? [],
    firstIssuedAt: (identifiers) => {
      const set = identifierSet(arrayArgument(identifiers, 'identifiers'));
      return set === null ? undefined : index.firstIssued.get(setKey(set));
    },
  };
  INDEX_OF.set(view, index);
  return view;
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
  const index = emptyIndex();
  for (const held of ledger.records()) putRecord(index, held);
  const source = INDEX_OF.get(ledger);
  if (source === undefined) {
    // A ledger not made here cannot list its buckets: refuse rather than simulate with full ones.
    if ((ledger.policy.quota.rateLimits ?? []).length > 0)
      throw invalidArgument('ledger', 'quota ledger (createQuotaLedger)', ledger);
    return index;
  }
  for (const [key, spends] of source.spends) index.spends.set(key, [...spends]);
  for (const [key, first] of source.firstIssued) index.firstIssued.set(key, first);
  return index;
}

/** The index behind each view this module made, for copies. */
const INDEX_OF = new WeakMap<QuotaLedger, LedgerIndex>();

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
