/**
 * The order desk: what a certificate vendor's order service decides when an order arrives —
 * the names (checkDomains: DOM, TYPE, GIFT), sensitive-word screening for DV (SCREEN), the CSR
 * when the customer brings one (CSR-01…05) and, for free certificates, the quota (QUOTA-01…09),
 * reserved atomically in the ledger store only once everything else has passed.
 */
import { addMonths, type Issue, objectArgument, stringArgument, stringsArgument } from 'certkit/core';
import { checkDomains, findProduct } from 'certkit/domain';
import { formatIssue } from 'certkit/messages';
import type { Applicant, DomainType, Policy, ProductRef } from 'certkit/policy';
import { createScreen } from 'certkit/screen';
import { checkCsr, parseCsr } from 'certkit/x509';
import type { LedgerStore } from './store.js';

/** An order as the console posts it. */
export interface Order {
  readonly orderId: string;
  readonly accountId: string;
  readonly applicant: Applicant;
  /** The product, with the domain type the customer chose. */
  readonly product: ProductRef & { readonly domainType: DomainType };
  readonly domains: readonly string[];
  /** A CSR the customer generated (PEM); absent when the vendor generates the key. */
  readonly csr?: string;
}

/** The answer: `accepted`, `manual-review` (a person looks at it first) or `refused`. */
export interface OrderAnswer {
  readonly orderId: string;
  readonly status: 'accepted' | 'manual-review' | 'refused';
  readonly domains: readonly string[];
  readonly gifted: readonly string[];
  /** For free certificates: the allowance the certificate was taken from, or when one frees up. */
  readonly quota?: { readonly pool?: string; readonly nextReleaseAt?: string };
  readonly issues: readonly AnsweredIssue[];
}

/** An issue with its message in both languages, ready for the console to show. */
export type AnsweredIssue = Issue & { readonly message: { readonly en: string; readonly 'zh-CN': string } };

/** Decides one order. Throws `CertkitError` only for an order that cannot be read at all. */
export async function decideOrder(order: Order, store: LedgerStore, policy: Policy, now: Date): Promise<OrderAnswer> {
  const lookup = findProduct(order.product, { policy });
  if (!lookup.ok) return answer(order, 'refused', [lookup.issue]);
  const names = checkDomains({ domains: order.domains, product: order.product }, { policy });
  if (!names.ok) return answer(order, 'refused', names.issues);
  const screen = createScreen({ policy });
  const screened = names.domains.map((domain) => screen(domain, { validation: lookup.product.validation }));
  const issues: Issue[] = [...names.issues, ...screened.flatMap((verdict) => verdict.issues)];
  if (screened.some((verdict) => verdict.verdict === 'reject')) return answer(order, 'refused', issues, names);
  if (order.csr !== undefined) {
    const csr = checkCsr(await parseCsr(order.csr), { domains: names.domains, gifts: names.gifted }, { policy });
    issues.push(...csr.issues);
    if (!csr.ok) return answer(order, 'refused', issues, names);
  }
  const review = screened.some((verdict) => verdict.verdict === 'manual-review') ? 'manual-review' : 'accepted';
  if (!lookup.product.free) return answer(order, review, issues, names);
  const decision = await store.reserve(
    { accountId: order.accountId, applicant: order.applicant, domain: names.domains[0] as string },
    (pool) => ({
      id: order.orderId,
      accountId: order.accountId,
      domain: names.domains[0] as string,
      free: true,
      pool,
      issuedAt: now.toISOString(),
      expiresAt: addMonths(now, policy.quota.freeValidityMonths).toISOString(),
    }),
    now,
  );
  issues.push(...decision.issues);
  const quota = decision.allowed
    ? { pool: decision.pool }
    : decision.nextReleaseAt === undefined
      ? {}
      : { nextReleaseAt: decision.nextReleaseAt };
  return { ...answer(order, decision.allowed ? review : 'refused', issues, names), quota };
}

/** Reads a posted body into an {@link Order}, or throws `CertkitError` naming the bad field. */
export function readOrder(body: unknown): Order {
  const order = objectArgument<Partial<Order>>(body, 'order');
  stringArgument(order.orderId, 'orderId');
  stringArgument(order.accountId, 'accountId');
  stringsArgument(order.domains, 'domains');
  objectArgument(order.product, 'product');
  objectArgument(order.applicant, 'applicant');
  if (order.csr !== undefined) stringArgument(order.csr, 'csr');
  return order as Order;
}

function answer(
  order: Order,
  status: OrderAnswer['status'],
  issues: readonly Issue[],
  names?: { readonly domains: readonly string[]; readonly gifted: readonly string[] },
): OrderAnswer {
  return {
    orderId: order.orderId,
    status,
    domains: names?.domains ?? [],
    gifted: names?.gifted ?? [],
    issues: issues.map((issue) => ({
      ...issue,
      message: { en: formatIssue(issue, 'en'), 'zh-CN': formatIssue(issue, 'zh-CN') },
    })),
  };
}
