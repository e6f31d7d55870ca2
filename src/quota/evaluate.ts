import { invalidArgument, objectArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import type { Instant } from '../core/instant.js';
import { toDate } from '../core/instant.js';
import { createIssue, describeReceived, describeType, type Issue } from '../core/issue.js';
import { type Decided, decided } from '../core/result.js';
import { primaryDomain } from '../domain/primary.js';
import { policyArgument } from '../policy/brand.js';
import type { AccountClass, Applicant, Policy, QuotaPool } from '../policy/schema.js';
import { identifierSet, MAX_IDENTIFIERS } from './identifiers.js';
import type { QuotaLedger } from './ledger.js';
import { type BucketUsage, checkRateLimits, rateLimitIssues } from './rate-check.js';
import type { HeldRecord } from './record.js';

/** An application for a free certificate. */
export interface QuotaRequest {
  readonly accountId: string;
  /** QUOTA-06 (2023): the pools depend on the applicant's kind and membership tier. */
  readonly applicant?: Applicant;
  /** @deprecated since 0.2: the same object, now called `applicant`; removed in 0.3. */
  readonly account?: Applicant;
  readonly domain: string;
  /** QUOTA-07 (2023): domains registered with the vendor may use the vendor-domain pool. */
  readonly vendorRegistered?: boolean;
  /** QUOTA-05 (2024): certificates left in a purchased free-certificate package. */
  readonly packageRemaining?: number;
  /** QUOTA-08, LIFE-11: applying and reapplying take a new allowance; reissuing takes none. */
  readonly kind?: 'apply' | 'reapply' | 'reissue';
  /** STD-10: the order's other identifiers (names, IP addresses); the order is `domain` and these. */
  readonly identifiers?: readonly string[];
  /** STD-10: the order replaces a certificate through ACME Renewal Information (RFC 9773 `replaces`). */
  readonly ariRenewal?: boolean;
}

/** How full an allowance is; `limit` is `null` where the policy sets none (Let's Encrypt's holds). */
export interface AllowanceUsage {
  readonly used: number;
  readonly limit: number | null;
}

/** How full the account's and the primary domain's allowances are, and the rate-limit buckets. */
export interface QuotaUsage {
  readonly account: AllowanceUsage & { readonly pools: Readonly<Record<string, AllowanceUsage>> };
  readonly primaryDomain: AllowanceUsage & { readonly name: string | null };
  /** STD-10: every token bucket the order is checked against; `[]` under a policy without rate limits. */
  readonly rateLimits: readonly BucketUsage[];
}

/**
 * The answer: may the account apply, from which allowance, and if not, why and until when.
 * Narrows on `allowed`: an allowed decision names its `pool` (absent for a reissue, which takes
 * none), a refused one may carry `nextReleaseAt`.
 */
export type QuotaDecision = Decided<QuotaGranted, QuotaRefused>;

/** The fields of an allowed {@link QuotaDecision}. */
export interface QuotaGranted {
  readonly usage: QuotaUsage;
  /** The allowance the certificate is taken from: a pool name, or `package`; absent for a reissue and under a policy without pools (Let's Encrypt). */
  readonly pool?: string;
}

/** The fields of a refused {@link QuotaDecision}. */
export interface QuotaRefused {
  readonly usage: QuotaUsage;
  /** QUOTA-09: the first instant at which the same request is allowed (ISO), when there is one. */
  readonly nextReleaseAt?: string;
}

/** Options of {@link evaluateQuota}. */
export interface QuotaOptions {
  /** The moment of the decision. */
  readonly now: Instant;
  /** Must be the ledger's policy when given (the ledger's release times were computed with it). */
  readonly policy?: Policy;
}

/** The allowance of a purchased package (QUOTA-05). */
export const PACKAGE_POOL = 'package';

/**
 * Decides whether an account may apply for a free certificate for `domain` now, reading only
 * that account's and that primary domain's records:
 *
 * - QUOTA-01/06: the account's pools (2024: 20 held at a time; 2023: by account kind and tier),
 *   counting certificates whose account slot is not yet released (QUOTA-03);
 * - QUOTA-07: a vendor-registered domain uses the vendor-domain pool first, then the any-domain
 *   pool; other domains the any-domain pool only;
 * - QUOTA-05: once the free allowance is spent, a purchased package (2024);
 * - QUOTA-02: at most `primaryDomainLimit` held per primary domain, across all accounts and
 *   other platforms (`external` records), slots released by QUOTA-04;
 * - QUOTA-08: a reissue takes no allowance;
 * - STD-10: under a policy with rate limits (Let's Encrypt), one token from each bucket the order
 *   spends from — the account's orders, each registered domain, the exact identifier set — and a
 *   failed-authorization token left for each identifier; ARI renewals are exempt from all, orders
 *   for an earlier certificate's exact identifiers from those the policy says;
 * - QUOTA-09: a refusal names each exhausted allowance or bucket and `nextReleaseAt`, the first
 *   instant at which the same request is allowed given the ledger.
 *
 * @example
 * evaluateQuota({ accountId: 'a1', applicant: { kind: 'individual' }, domain: 'www.example.com' }, ledger, { now: '2024-05-01T00:00:00Z' })
 * // => { allowed: true, pool: 'free', issues: [], usage: { account: { used: 3, limit: 20, … }, primaryDomain: { name: 'example.com', used: 1, limit: 20 } } }
 */
export function evaluateQuota(request: QuotaRequest, ledger: QuotaLedger, options: QuotaOptions): QuotaDecision {
  objectArgument(request, 'request');
  const policy = ledgerArgument(ledger);
  objectArgument(options, 'options');
  if (options.policy !== undefined && options.policy !== policy) {
    throw new CertkitError(
      createIssue('quota.request.invalid', null, { field: 'policy', received: 'not the ledger policy' }),
    );
  }
  const now = toDate(options.now, 'now').getTime();
  const pools = poolsOf(request, policy);
  const order = (policy.quota.rateLimits ?? []).length === 0 ? undefined : orderOf(request);
  const primary = primaryDomain(request.domain, { privateSuffixes: ledger.suffixList });
  const held: Held = {
    account: heldInPools(ledger.accountRecords(request.accountId), pools, now),
    primary: primary === null ? [] : primaryReleasesAfter(ledger.primaryDomainRecords(primary), now),
  };
  const rates =
    order === undefined || order === null
      ? undefined
      : checkRateLimits(order, request.ariRenewal === true, ledger, policy, now);
  const usage = usageOf(held, pools, primary, policy, rates?.buckets ?? []);
  if ((primary === null && policy.quota.primaryDomainLimit !== null) || order === null) {
    const issue = createIssue('quota.domain.invalid', 'QUOTA-02', {}, { subject: request.domain });
    return decided<QuotaGranted, QuotaRefused>([issue], { usage });
  }
  if (request.kind === 'reissue') {
    const free = createIssue('quota.reissue.free', 'QUOTA-08', {}, { subject: request.domain, severity: 'info' });
    return decided<QuotaGranted, QuotaRefused>([free], { usage });
  }
  const issues: Issue[] = [];
  const waits: number[] = [];
  const pool =
    pools === null ? undefined : accountAllowance(request, pools, held.account, usage, policy, issues, waits);
  if (primary !== null) primaryDomainLimit(primary, held.primary, usage, policy, issues, waits);
  if (rates !== undefined) rateLimitIssues(rates, policy, issues, waits);
  const refusals = issues.filter((issue) => issue.severity === 'error').length;
  if (refusals === 0)
    return decided<QuotaGranted, QuotaRefused>(issues, pool === undefined ? { usage } : { pool, usage });
  // Held counts only fall and tokens only come back as time passes, so the request is allowed
  // once every refusal has lifted.
  const nextReleaseAt = waits.length === refusals ? iso(Math.max(...waits)) : null;
  return decided<QuotaGranted, QuotaRefused>(issues, nextReleaseAt === null ? { usage } : { usage, nextReleaseAt });
}

/** QUOTA-02: the primary domain's limit, when the policy has one and it is reached. */
function primaryDomainLimit(
  primary: string,
  held: readonly number[],
  usage: QuotaUsage,
  policy: Policy,
  issues: Issue[],
  waits: number[],
): void {
  const limit = policy.quota.primaryDomainLimit;
  if (limit === null || held.length < limit) return;
  const wait = firstFreeSlot(held, limit);
  if (wait !== undefined) waits.push(wait);
  const params = { primaryDomain: primary, used: usage.primaryDomain.used, limit, nextReleaseAt: iso(wait) };
  issues.push(createIssue('quota.primaryDomain.exhausted', 'QUOTA-02', params, { subject: primary }));
}

/** QUOTA-01/06: the account class's pools; `null` under a policy without them (the request's fields checked all the same). */
function poolsOf(request: QuotaRequest, policy: Policy): readonly QuotaPool[] | null {
  if (policy.quota.accountPools !== null) return policy.quota.accountPools[classOf(request)];
  for (const field of ['accountId', 'domain'] as const) {
    if (typeof request[field] !== 'string') {
      throw new CertkitError(
        createIssue('quota.request.invalid', null, { field, received: describeType(request[field]) }),
      );
    }
  }
  return null;
}

/**
 * STD-10: the order's identifier set — `domain` and `identifiers` — or `null` when one is not a
 * name or IP address. Only read under a policy with rate limits: `[domain]` needs no check
 * otherwise.
 */
function orderOf(request: QuotaRequest): { accountId: string; identifiers: string[] } | null {
  const extra: unknown = request.identifiers ?? [];
  if (!Array.isArray(extra) || extra.length > MAX_IDENTIFIERS) {
    throw new CertkitError(
      createIssue('quota.request.invalid', null, { field: 'identifiers', received: describeType(extra) }),
    );
  }
  if (request.ariRenewal !== undefined && typeof request.ariRenewal !== 'boolean') {
    throw new CertkitError(
      createIssue('quota.request.invalid', null, { field: 'ariRenewal', received: describeType(request.ariRenewal) }),
    );
  }
  const identifiers = identifierSet([request.domain, ...extra]);
  return identifiers === null ? null : { accountId: request.accountId, identifiers };
}

/** The release times still ahead: the account's per pool, the primary domain's. */
interface Held {
  readonly account: Map<string, number[]>;
  readonly primary: number[];
}

function usageOf(
  held: Held,
  pools: readonly QuotaPool[] | null,
  primary: string | null,
  policy: Policy,
  rateLimits: readonly BucketUsage[],
): QuotaUsage {
  return {
    account: {
      used: [...held.account.values()].reduce((sum, releases) => sum + releases.length, 0),
      limit: pools === null ? null : pools.reduce((sum, pool) => sum + pool.limit, 0),
      pools: Object.fromEntries(
        (pools ?? []).map((pool) => [pool.name, { used: held.account.get(pool.name)?.length ?? 0, limit: pool.limit }]),
      ),
    },
    primaryDomain: { name: primary, used: held.primary.length, limit: policy.quota.primaryDomainLimit },
    rateLimits,
  };
}

/**
 * QUOTA-01/05/07: the allowance the certificate is taken from — the first eligible pool with
 * room, else a purchased package — or `undefined` with the refusal and its wait pushed.
 */
function accountAllowance(
  request: QuotaRequest,
  pools: readonly QuotaPool[],
  held: Map<string, number[]>,
  usage: QuotaUsage,
  policy: Policy,
  issues: Issue[],
  waits: number[],
): string | undefined {
  // QUOTA-07: the pools this domain may use, in deduction order.
  const eligible = pools.filter((pool) => pool.domains === 'any' || request.vendorRegistered === true);
  const pool = eligible.find((candidate) => (held.get(candidate.name)?.length ?? 0) < candidate.limit)?.name;
  if (pool !== undefined) return pool;
  if (policy.quota.packageAfterAllowance && (request.packageRemaining ?? 0) > 0) {
    const params = { remaining: request.packageRemaining ?? 0 };
    issues.push(createIssue('quota.package.used', 'QUOTA-05', params, { severity: 'info' }));
    return PACKAGE_POOL; // QUOTA-05
  }
  const wait = minimum(eligible.map((candidate) => firstFreeSlot(held.get(candidate.name) ?? [], candidate.limit)));
  if (wait !== undefined) waits.push(wait);
  const params = {
    pools: eligible.map((candidate) => candidate.name),
    used: usage.account.used,
    limit: pools.reduce((sum, candidate) => sum + candidate.limit, 0),
    nextReleaseAt: iso(wait),
  };
  issues.push(createIssue('quota.account.exhausted', 'QUOTA-01', params, { subject: request.accountId }));
  return undefined;
}

/** The ledger's policy, when `ledger` is one `createQuotaLedger` made; else `argument.invalid`. */
export function ledgerArgument(ledger: QuotaLedger): Policy {
  const methods = [ledger?.accountRecords, ledger?.primaryDomainRecords, ledger?.record, ledger?.records];
  if (!methods.every((method) => typeof method === 'function')) {
    objectArgument(ledger, 'ledger');
    throw invalidArgument('ledger', 'quota ledger (createQuotaLedger)', ledger);
  }
  const policy = policyArgument(ledger.policy, 'ledger.policy');
  // a ledger of the 0.2 shape has no buckets: only a policy without rate limits may use one
  const buckets = [ledger.bucketSpends, ledger.firstIssuedAt].every((method) => typeof method === 'function');
  if (!buckets && (policy.quota.rateLimits ?? []).length > 0)
    throw invalidArgument('ledger', 'quota ledger with rate-limit buckets (createQuotaLedger)', ledger);
  return policy;
}

/** QUOTA-06: `individual` + tier (default standard), or `enterprise`. */
function classOf(request: QuotaRequest): AccountClass {
  const applicant = request.applicant ?? request.account; // request: an object (evaluateQuota's first check)
  const kind = applicant?.kind;
  if (
    typeof request.accountId !== 'string' ||
    typeof request.domain !== 'string' ||
    (kind !== 'individual' && kind !== 'enterprise')
  ) {
    throw new CertkitError(
      createIssue('quota.request.invalid', null, { field: 'request', received: describeType(request) }),
    );
  }
  if (kind === 'enterprise') return 'enterprise';
  const tier = applicant?.tier ?? 'standard';
  if (tier !== 'standard' && tier !== 'v1' && tier !== 'v2') {
    throw new CertkitError(
      createIssue('quota.request.invalid', null, { field: 'applicant.tier', received: describeReceived(tier) }),
    );
  }
  return `individual-${tier}`;
}

/**
 * The account's held certificates per pool, as sorted release times. A record counts in the pool
 * it names; a record naming no pool of this account (or none) counts in the last pool that takes
 * any domain. Package certificates do not use the free allowance.
 */
function heldInPools(
  records: readonly HeldRecord[],
  pools: readonly QuotaPool[] | null,
  now: number,
): Map<string, number[]> {
  if (pools === null)
    return new Map([
      ['held', records.filter((record) => now < record.accountReleaseAt).map((record) => record.accountReleaseAt)],
    ]);
  const fallback = [...pools].reverse().find((pool) => pool.domains === 'any') ?? pools[pools.length - 1];
  const held = new Map<string, number[]>();
  for (const record of records) {
    if (now >= record.accountReleaseAt || record.pool === PACKAGE_POOL) continue;
    const pool = pools.some((candidate) => candidate.name === record.pool) ? (record.pool as string) : fallback?.name;
    if (pool === undefined) continue;
    const releases = held.get(pool);
    if (releases === undefined) held.set(pool, [record.accountReleaseAt]);
    else releases.push(record.accountReleaseAt);
  }
  for (const releases of held.values()) releases.sort((a, b) => a - b);
  return held;
}

/** The primary-domain release times still ahead of `now`, sorted. */
function primaryReleasesAfter(records: readonly HeldRecord[], now: number): number[] {
  return records
    .map((record) => record.primaryReleaseAt)
    .filter((release) => now < release)
    .sort((a, b) => a - b);
}

/**
 * With `held` sorted release times filling an allowance of `limit` (called only when full), when
 * the first slot frees up: the (used − limit + 1)-th release; `undefined` when `limit` is 0.
 */
function firstFreeSlot(held: readonly number[], limit: number): number | undefined {
  return held[held.length - limit];
}

function minimum(values: readonly (number | undefined)[]): number | undefined {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length === 0 ? undefined : Math.min(...defined);
}

function iso(time: number | undefined): string | null {
  return time === undefined ? null : new Date(time).toISOString();
}
