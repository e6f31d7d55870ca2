import { createIssue, type Issue } from '../core/issue.js';
import type { Policy } from '../policy/schema.js';
import { bucketKeys, exempted, type Order, type Renewal } from './bucket-keys.js';
import type { QuotaLedger } from './ledger.js';
import { bucketAt } from './token-bucket.js';

/** One token bucket an order is checked against (STD-10), at the instant of the decision. */
export interface BucketUsage {
  /** The rate limit: `certificates-per-registered-domain`. */
  readonly limit: string;
  /** Whose bucket: the account id, a registered domain (`example.com`, `192.0.2.1`, `2001:db8::/64`), the identifier set (`a.example,b.example`), or `<account> <identifier>`. */
  readonly key: string;
  /** Tokens left; the order needs one. */
  readonly remaining: number;
  readonly capacity: number;
  /** When the next token arrives (ISO), unless the bucket is full. */
  readonly nextTokenAt?: string;
  /** When the bucket is full again (ISO). */
  readonly fullAt: string;
}

/** The buckets an order is checked against, and the limits its renewal exempts it from. */
export interface RateLimitCheck {
  readonly buckets: readonly BucketUsage[];
  readonly exemptFrom: readonly string[];
  readonly renewal: Renewal;
}

const HOUR_SECONDS = 3600;

/**
 * STD-10: the state of every bucket of the policy's rate limits that `order` would spend from,
 * at `now`, skipping those its renewal exempts it from. An authorization-failure bucket is
 * checked, not spent: an identifier with no failures left cannot be ordered.
 */
export function checkRateLimits(
  order: Order,
  ari: boolean,
  ledger: QuotaLedger,
  policy: Policy,
  now: number,
): RateLimitCheck {
  const first = ledger.firstIssuedAt(order.identifiers);
  const renewal: Renewal = { ari, sameIdentifiers: first !== undefined && first < now };
  const buckets: BucketUsage[] = [];
  const exemptFrom: string[] = [];
  for (const limit of policy.quota.rateLimits ?? []) {
    if (exempted(limit, renewal)) {
      exemptFrom.push(limit.name);
      continue;
    }
    for (const key of bucketKeys(limit, order, ledger.suffixList)) {
      const state = bucketAt(ledger.bucketSpends(key), limit, now);
      buckets.push({
        limit: limit.name,
        key: key.slice(limit.name.length + 1),
        remaining: state.remaining,
        capacity: state.capacity,
        ...(state.nextTokenAt === undefined ? {} : { nextTokenAt: new Date(state.nextTokenAt).toISOString() }),
        fullAt: new Date(state.fullAt).toISOString(),
      });
    }
  }
  return { buckets, exemptFrom, renewal };
}

/**
 * The issues of a rate-limit check: one refusal per empty bucket, naming when its next token
 * arrives (pushed to `waits`), and the renewal's exemptions as information.
 */
export function rateLimitIssues(check: RateLimitCheck, policy: Policy, issues: Issue[], waits: number[]): void {
  if (check.exemptFrom.length > 0) {
    const renewal = check.renewal.ari ? 'ari' : 'sameIdentifiers';
    const params = { renewal, limits: check.exemptFrom } as const;
    issues.push(createIssue('quota.rateLimit.exempt', 'STD-10', params, { severity: 'info' }));
  }
  for (const bucket of check.buckets) {
    if (bucket.remaining >= 1 || bucket.nextTokenAt === undefined) continue;
    const limit = (policy.quota.rateLimits ?? []).find((candidate) => candidate.name === bucket.limit);
    waits.push(Date.parse(bucket.nextTokenAt));
    const params = {
      limit: bucket.limit,
      key: bucket.key,
      capacity: bucket.capacity,
      periodHours: (limit?.periodSeconds ?? 0) / HOUR_SECONDS,
      nextTokenAt: bucket.nextTokenAt,
    };
    issues.push(createIssue('quota.rateLimit.exhausted', 'STD-10', params, { subject: bucket.key }));
  }
}
