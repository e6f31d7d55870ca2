import type { Policy, RateLimit } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { bucketKeys, exempted, type Order, type Renewal, setKey } from './bucket-keys.js';

/** The rate-limit side of a ledger index (STD-10). */
export interface SpendIndex {
  /** Per bucket key, the instants tokens were spent, sorted. */
  readonly spends: Map<string, number[]>;
  /** Per exact identifier set, the first instant a certificate carried it. */
  readonly firstIssued: Map<string, number>;
}

/** What spends a token: an issued certificate (which also made an order), an order alone, an authorization failure. */
export type SpendKind = 'certificate' | 'order' | 'authorizationFailure';

/** The limits each kind of event spends from: a certificate came from an order, so it spends as both. */
const SPENT_BY: Record<SpendKind, readonly RateLimit['counts'][]> = {
  certificate: ['certificate', 'order'],
  order: ['order'],
  authorizationFailure: ['authorizationFailure'],
};

/**
 * Whether an order at `at` is a renewal (STD-10): `ari` as the caller says, `sameIdentifiers`
 * when a certificate with exactly its identifiers was issued before.
 */
export function renewalOf(index: SpendIndex, order: Order, ari: boolean, at: number): Renewal {
  const first = index.firstIssued.get(setKey(order.identifiers));
  return { ari, sameIdentifiers: first !== undefined && first < at };
}

/** Notes that a certificate with these identifiers exists from `at` (for later renewals). */
export function noteIssued(index: SpendIndex, order: Order, at: number): void {
  const key = setKey(order.identifiers);
  const first = index.firstIssued.get(key);
  if (first === undefined || at < first) index.firstIssued.set(key, at);
}

/**
 * Spends one token at `at` from every bucket the event counts in, skipping the limits its
 * renewal exempts it from. Call {@link noteIssued} for all certificates first, so that
 * `sameIdentifiers` sees every earlier certificate whatever the records' order.
 */
export function spend(
  index: SpendIndex,
  kind: SpendKind,
  event: { readonly order: Order; readonly ari: boolean; readonly at: number },
  policy: Policy,
  suffixList: SuffixList,
): void {
  const renewal = renewalOf(index, event.order, event.ari, event.at);
  for (const limit of policy.quota.rateLimits ?? []) {
    if (!SPENT_BY[kind].includes(limit.counts) || exempted(limit, renewal)) continue;
    for (const key of bucketKeys(limit, event.order, suffixList)) {
      const spends = index.spends.get(key);
      if (spends === undefined) index.spends.set(key, [event.at]);
      else spends.push(event.at); // in time order during a simulation; sorted once after a ledger is built
    }
  }
}

/** Sorts every bucket's spends, once the records of a new ledger are all in. */
export function sortSpends(index: SpendIndex): void {
  for (const spends of index.spends.values()) spends.sort((a, b) => a - b);
}
