import { DAY_MS } from '../core/calendar.js';
import type { IssueCode, RuleId } from '../core/codes.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, type Issue, type IssueParams, type Severity } from '../core/issue.js';
import type { Policy } from '../policy/schema.js';
import type { ActionArguments, CertificateState, LifecycleContext } from './state.js';
import type { StatusName } from './statuses.js';

/**
 * The rule kit of the transition table: what a rule is, what it sees, and the small helpers the
 * guards and effects are written with. Times inside rules are epoch milliseconds.
 */

/** What the caller must carry out after a transition: plain data. */
export type Effect =
  | { readonly type: 'quota.release'; readonly scope: 'account' | 'primaryDomain'; readonly at: string }
  | { readonly type: 'quota.hold'; readonly scope: 'primaryDomain'; readonly until: string }
  | { readonly type: 'dcv.required'; readonly deadline: string; readonly method?: string }
  | { readonly type: 'letter.required'; readonly letter: 'confirmation' | 'revocation' | 'revocation-application' }
  | { readonly type: 'review.manual'; readonly topic: 'revocation' | 'reissue' }
  | { readonly type: 'notify'; readonly to: 'reviewer' | 'owner'; readonly topic: string; readonly at: string }
  | { readonly type: 'charge'; readonly at: string }
  | {
      readonly type: 'order.create';
      readonly reason: 'renewal' | 'auto-renewal';
      readonly validFrom?: string;
      readonly validTo?: string;
    }
  | { readonly type: 'access.disable'; readonly what: readonly ('download' | 'deploy')[] }
  | { readonly type: 'revoke.original'; readonly id: string };

/** Everything a rule may look at. */
export interface RuleInput {
  /** The certificate, always in the current shape (`readState`). */
  readonly cert: CertificateState;
  readonly now: number;
  readonly policy: Policy;
  readonly context: LifecycleContext;
  readonly args: ActionArguments;
}

/** A check that returns a problem, or nothing. */
export type Guard = (input: RuleInput) => Issue | undefined;

/** One row of the transition table. */
export interface Rule {
  /** `user` actions are buttons; `system` events are driven by the CA, the clock or billing. */
  readonly kind: 'user' | 'system';
  /** The statuses the transition starts from. */
  readonly from: readonly StatusName[];
  /** The status after the transition; absent = unchanged. */
  readonly to?: StatusName | ((input: RuleInput) => StatusName);
  /** When `to` is computed: every status it can return (for the diagram and the docs). */
  readonly targets?: readonly StatusName[];
  /** The rules that must allow it, each refusing with its own issue. */
  readonly guards: readonly Guard[];
  /** The state fields the transition sets (beyond the status). */
  readonly apply?: (input: RuleInput) => Partial<Record<keyof CertificateState, unknown>>;
  /** What the caller must carry out: release a quota slot, notify, require validation, … */
  readonly effects?: (input: RuleInput) => readonly Effect[];
}

/** An epoch-ms instant as the ISO string effects and states carry. */
export const iso = (time: number): string => new Date(time).toISOString();
/** A state's optional instant in epoch ms. */
export const time = (moment: Instant | undefined): number | undefined =>
  moment === undefined ? undefined : toDate(moment).getTime();
/** Milliseconds until expiry; `N days` in the rules means N × 24 h (UTC). */
export const untilExpiry = ({ cert, now }: RuleInput): number => (time(cert.expiresAt) ?? now) - now;
/** Whole days until expiry, for messages. */
export const daysLeft = (input: RuleInput): number => Math.floor(untilExpiry(input) / DAY_MS);
/** An issue of a guard, `error` unless said otherwise. */
export const issue = <C extends IssueCode>(
  code: C,
  rule: RuleId | null,
  params: IssueParams[C] = {} as IssueParams[C],
  severity: Severity = 'error',
): Issue => createIssue(code, rule, params, { severity });
/** The issue when `condition` holds, else nothing. */
export const when = (condition: boolean, make: () => Issue): Issue | undefined => (condition ? make() : undefined);
