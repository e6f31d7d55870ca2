import { type Instant, toDate } from '../core/instant.js';
import { createIssue, describeReceived, type Issue } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import { type Decided, decided, hasErrors } from '../core/result.js';
import { policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { lifecycleArgumentError, readState } from './read-state.js';
import type { ActionArguments, CertificateInput, CertificateState, LifecycleContext } from './state.js';
import type { StatusName } from './statuses.js';
import { type Effect, type LifecycleAction, type Rule, type RuleInput, transitionTable, userActions } from './table.js';

/** Options of {@link availableActions} and {@link transition}. */
export interface LifecycleOptions {
  readonly now: Instant;
  readonly policy?: Policy;
  readonly context?: LifecycleContext;
  readonly args?: ActionArguments;
}

/** One button: whether it is enabled, and why (not). Narrows on `allowed`. */
export type ActionAvailability = Decided<{ readonly action: LifecycleAction }, { readonly action: LifecycleAction }>;

/** The result of a transition: the next state and what to do, or why not. */
export type TransitionResult =
  | {
      readonly ok: true;
      readonly next: CertificateState;
      readonly effects: readonly Effect[];
      readonly issues: readonly Issue[];
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Every user action with `allowed` and the issues explaining it — the console's buttons and
 * tooltips. Reads the same table as {@link transition}, so the two never disagree.
 *
 * @example
 * availableActions(cert, { now: '2024-06-01T00:00:00Z' }).find((a) => a.action === 'reissue')
 * // => { action: 'reissue', allowed: false, issues: [{ code: 'life.reissue.days-left', rule: 'LIFE-02', … }] }
 */
export function availableActions(cert: CertificateInput, options: LifecycleOptions): ActionAvailability[] {
  const state = readState(cert);
  return userActions.map((action) => decided(evaluate(state, action, options).issues, { action }));
}

/**
 * Applies a user action or a system event (`issue`, `fail`, `expire`, `revocationApproved`,
 * `autoRenewCharged`, …) to a certificate. Refused actions return the issues and leave nothing
 * changed; allowed ones return the next state (a new object) and the effects the caller must carry
 * out (quota releases and holds, validation deadlines, notifications, charges, new orders).
 *
 * @example
 * transition(freeCert, 'revocationApproved', { now: '2023-05-01T00:00:00Z', policy: presets['tencent-2023'] }).effects
 * // => [{ type: 'quota.release', scope: 'account', at: '2023-05-02T00:00:00.000Z' },
 * //     { type: 'quota.hold', scope: 'primaryDomain', until: '2024-06-25T00:00:00.000Z' }]
 */
export function transition(
  cert: CertificateInput,
  action: LifecycleAction,
  options: LifecycleOptions,
): TransitionResult {
  const state = readState(cert);
  const { rule, input, issues } = evaluate(state, action, options);
  if (hasErrors(issues)) return { ok: false, issues };
  const status = typeof rule.to === 'function' ? rule.to(input) : (rule.to ?? state.status);
  const next = { ...state, ...(rule.apply?.(input) ?? {}), status } as CertificateState;
  return { ok: true, next, effects: rule.effects?.(input) ?? [], issues };
}

/** The one place an action is judged: status, deletion, then the rule's guards in order. */
function evaluate(
  cert: CertificateState,
  action: LifecycleAction,
  options: LifecycleOptions,
): { rule: Rule; input: RuleInput; issues: Issue[] } {
  const rule: Rule | undefined = ownEntry(transitionTable, action);
  if (rule === undefined) throw lifecycleArgumentError('action', describeReceived(action));
  const input: RuleInput = {
    cert,
    now: toDate(options?.now, 'now').getTime(),
    policy: policyOf(options),
    context: options.context ?? {},
    args: options.args ?? {},
  };
  if (cert.deletedAt !== undefined)
    return { rule, input, issues: [createIssue('life.deleted', 'LIFE-04', { action })] };
  if (!(rule.from as readonly StatusName[]).includes(cert.status)) {
    return { rule, input, issues: [createIssue('life.status', 'LIFE-01', { status: cert.status, action })] };
  }
  const issues = rule.guards.map((guard) => guard(input)).filter((issue): issue is Issue => issue !== undefined);
  return { rule, input, issues };
}
