import type { RateLimit } from '../policy/schema.js';
import type { SuffixList } from '../policy/suffix-list.js';
import { registeredDomain } from './identifiers.js';

/** What an order is, for the buckets it spends from: whose, for which identifiers. */
export interface Order {
  readonly accountId: string;
  /** From `identifierSet`: normalised, sorted, deduplicated. */
  readonly identifiers: readonly string[];
}

/** The renewal exemptions an order has (STD-10). */
export interface Renewal {
  /** It replaces a certificate through ARI (RFC 9773 `replaces`). */
  readonly ari: boolean;
  /** An earlier certificate carried exactly its identifiers. */
  readonly sameIdentifiers: boolean;
}

/** Whether `limit` skips an order with these renewal properties. */
export function exempted(limit: RateLimit, renewal: Renewal): boolean {
  return limit.exempt.some((kind) => renewal[kind]);
}

/** The key of the exact set of identifiers. */
export function setKey(identifiers: readonly string[]): string {
  return identifiers.join(',');
}

/** Who a bucket belongs to, for each `per` of a limit. */
const KEYS_OF: Record<RateLimit['per'], (order: Order, suffixList: SuffixList) => string[]> = {
  account: (order) => [order.accountId],
  registeredDomain: (order, suffixList) => [
    ...new Set(order.identifiers.map((identifier) => registeredDomain(identifier, suffixList) ?? identifier)),
  ],
  identifierSet: (order) => [setKey(order.identifiers)],
  accountIdentifier: (order) => order.identifiers.map((identifier) => `${order.accountId} ${identifier}`),
};

/**
 * The buckets of `limit` an order spends from (or, for authorization failures, is checked
 * against), as ledger keys `<limit name>|<key>`: one per account, per registered domain, per
 * identifier set or per identifier of the account.
 *
 * @example
 * bucketKeys(perDomain, { accountId: 'a', identifiers: ['a.example.com', 'b.example.com'] }, list) // => ['certificates-per-registered-domain|example.com']
 */
export function bucketKeys(limit: RateLimit, order: Order, suffixList: SuffixList): string[] {
  return KEYS_OF[limit.per](order, suffixList).map((key) => `${limit.name}|${key}`);
}
