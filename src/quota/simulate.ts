import { arrayArgument, invalidArgument } from '../core/argument.js';
import { addMonths } from '../core/calendar.js';
import { CertkitError } from '../core/error.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue } from '../core/issue.js';
import { evaluateQuota, ledgerArgument, type QuotaDecision, type QuotaRequest } from './evaluate.js';
import { identifierSet } from './identifiers.js';
import { copyIndex, type LedgerIndex, ledgerView, putRecord, type QuotaLedger } from './ledger.js';
import { type HeldRecord, holdRecord } from './record.js';
import { accountReleaseMs, primaryDomainReleaseMs } from './release.js';
import { noteIssued, spend } from './spends.js';

/** One step of a certificate history. Expiry needs no event: it happens at `expiresAt`. */
export type QuotaEvent =
  | {
      readonly type: 'apply';
      readonly at: Instant;
      readonly id: string;
      readonly request: QuotaRequest;
      readonly expiresAt?: Instant;
    }
  | { readonly type: 'revoke' | 'delete' | 'cancel'; readonly at: Instant; readonly id: string }
  /** STD-10: the authorizations of `request`'s identifiers failed: each spends a failure token. */
  | { readonly type: 'authorizationFailure'; readonly at: Instant; readonly request: QuotaRequest };

/** What happened at one event. */
export interface QuotaStep {
  readonly event: QuotaEvent;
  /** For `apply`: the decision; the certificate was added to the ledger when it was allowed. */
  readonly decision?: QuotaDecision;
}

/** Longest history one simulation takes. */
export const MAX_SIMULATION_EVENTS = 1_000_000;

const FIELD_OF = { revoke: 'revokedAt', delete: 'deletedAt', cancel: 'cancelledAt' } as const;

/**
 * Replays a time-ordered history of applications, revocations, deletions and cancellations over
 * a ledger and returns each decision — for policy authors comparing the 2023 and 2024 rules on
 * real histories. Allowed applications become free certificates valid `freeValidityMonths`
 * (or until the event's `expiresAt`); reissues add nothing (QUOTA-08). The input ledger is not
 * changed. Under a policy with rate limits (STD-10) each allowed application spends its tokens
 * and `authorizationFailure` events spend failure tokens, so a simulated week shows each refill.
 * Throws `CertkitError` `quota.event.invalid` for events out of order, an unknown certificate id,
 * or a repeated one.
 *
 * @example
 * simulateQuota([
 *   { type: 'apply', at: '2024-01-01', id: 'c1', request },
 *   { type: 'revoke', at: '2024-02-01', id: 'c1' },
 *   { type: 'apply', at: '2024-02-01', id: 'c2', request },
 * ], createQuotaLedger([], presets['tencent-2023']))
 */
export function simulateQuota(events: readonly QuotaEvent[], ledger: QuotaLedger): QuotaStep[] {
  const history: readonly QuotaEvent[] = events; // Array.isArray would narrow to any[]
  if (arrayArgument(events, 'events').length > MAX_SIMULATION_EVENTS)
    throw invalidArgument('events', `at most ${MAX_SIMULATION_EVENTS} events`, `${events.length} events`);
  const policy = ledgerArgument(ledger);
  const index = copyIndex(ledger);
  const view = ledgerView(index, policy, ledger.suffixList);
  let previous = Number.NEGATIVE_INFINITY;
  return history.map((event, position): QuotaStep => {
    const at = eventTime(event, position);
    if (at < previous) throw invalidEvent(position, 'at');
    previous = at;
    if (event.type === 'apply') return { event, decision: apply(event, at, position, index, view) };
    if (event.type === 'authorizationFailure') {
      failAuthorization(event.request, at, position, index, view);
      return { event };
    }
    const field = FIELD_OF[event.type];
    const held = field === undefined ? undefined : index.byId.get(event.id);
    if (held === undefined) throw invalidEvent(position, field === undefined ? 'type' : 'id');
    const changed = { ...held, [field]: at };
    putRecord(index, {
      ...changed,
      accountReleaseAt: accountReleaseMs(changed, policy),
      primaryReleaseAt: primaryDomainReleaseMs(changed, policy),
    });
    return { event };
  });
}

/** An application: decided on the ledger so far; when allowed, its certificate joins the ledger and spends its tokens. */
function apply(
  event: Extract<QuotaEvent, { type: 'apply' }>,
  at: number,
  position: number,
  index: LedgerIndex,
  view: QuotaLedger,
): QuotaDecision {
  if (index.byId.has(event.id)) throw invalidEvent(position, 'id');
  const decision = evaluateQuota(event.request, view, { now: at });
  if (!decision.allowed || event.request.kind === 'reissue') return decision;
  const { policy, suffixList } = view;
  const record = {
    id: event.id,
    accountId: event.request.accountId,
    domain: event.request.domain,
    identifiers: event.request.identifiers ?? [],
    ariRenewal: event.request.ariRenewal === true,
    free: true,
    pool: decision.pool,
    issuedAt: at,
    expiresAt: event.expiresAt ?? addMonths(at, policy.quota.freeValidityMonths),
  };
  const held = holdRecord(record, position, policy, suffixList) as HeldRecord;
  putRecord(index, held);
  if ((policy.quota.rateLimits ?? []).length > 0) {
    spend(index, 'certificate', { order: held, ari: held.ariRenewal, at }, policy, suffixList);
    noteIssued(index, held, at);
  }
  return decision;
}

/** STD-10: one failure token from each identifier's bucket of the account. */
function failAuthorization(
  request: QuotaRequest,
  at: number,
  position: number,
  index: LedgerIndex,
  view: QuotaLedger,
): void {
  const extra: unknown = request?.identifiers ?? [];
  const identifiers =
    typeof request?.domain === 'string' && Array.isArray(extra) ? identifierSet([request.domain, ...extra]) : null;
  if (identifiers === null || typeof request.accountId !== 'string') throw invalidEvent(position, 'request');
  const order = { accountId: request.accountId, identifiers };
  spend(index, 'authorizationFailure', { order, ari: request.ariRenewal === true, at }, view.policy, view.suffixList);
}

/** Epoch ms of an event's `at`; a missing or unreadable one is that event's invalid field. */
function eventTime(event: QuotaEvent | null | undefined, position: number): number {
  try {
    return toDate(event?.at as Instant, 'at').getTime();
  } catch {
    throw invalidEvent(position, 'at');
  }
}

function invalidEvent(index: number, field: string): CertkitError {
  return new CertkitError(createIssue('quota.event.invalid', null, { index, field }, { subject: `event ${index}` }));
}
