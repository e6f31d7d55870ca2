import { addMonths, addYears, DAY_MS } from '../core/calendar.js';
import { deepFreeze } from '../core/freeze.js';
import { toDate } from '../core/instant.js';
import { dcvRequired, quotaEffects, reissueValidation } from './effects.js';
import * as guard from './guards.js';
import { revocationEffects, revocationReason, revocationTarget } from './revocation.js';
import { iso, type Rule, time } from './rule-kit.js';
import { type StatusName, statuses } from './statuses.js';

export type { Effect, Guard, Rule, RuleInput } from './rule-kit.js';

/** Statuses in which an application is still under way. */
const APPLYING: readonly StatusName[] = [
  'reviewing',
  'dnsRecordAdded',
  'pendingDocuments',
  'freePendingDocuments',
  'pendingConfirmationLetter',
];

/** The rows of {@link transitionTable}, with their literal types. */
const rows = {
  // applications
  submit: {
    kind: 'user',
    from: ['pendingDocuments', 'freePendingDocuments'],
    to: 'reviewing',
    guards: [guard.companyPhoneGiven],
    apply: ({ now }) => ({ submittedAt: iso(now) }),
    effects: ({ now, policy }) => [dcvRequired(now, policy)],
  },
  cancel: { kind: 'user', from: APPLYING, to: 'cancelling', guards: [] },
  cancellationCompleted: { kind: 'system', from: ['cancelling'], to: 'cancelled', guards: [] },
  resubmit: {
    kind: 'user',
    from: ['reviewFailed'],
    to: 'reviewing',
    guards: [guard.paidOnly],
    apply: ({ now }) => ({ submittedAt: iso(now) }),
    // LIFE-11: 2024 charges the reapplication again; 2023 takes no additional payment
    effects: ({ policy, now }) => (policy.lifecycle.paidReapplyCharged ? [{ type: 'charge', at: iso(now) }] : []),
  },
  remindReviewer: {
    kind: 'user',
    from: ['reviewing', 'dnsRecordAdded', 'pendingConfirmationLetter'],
    guards: [guard.reminderAllowed],
    effects: ({ now }) => [{ type: 'notify', to: 'reviewer', topic: 'review-reminder', at: iso(now) }],
  },
  letterUploaded: {
    kind: 'system',
    from: ['pendingConfirmationLetter'],
    to: 'reviewing',
    guards: [],
    apply: ({ now }) => ({ letterUploadedAt: iso(now) }),
  },
  issue: {
    kind: 'system',
    from: ['reviewing', 'dnsRecordAdded', 'pendingConfirmationLetter'],
    to: 'issued',
    guards: [],
    apply: ({ cert, policy, now, args }) => ({
      issuedAt: iso(now),
      expiresAt: toDate(
        args.expiresAt ??
          addMonths(now, cert.free ? policy.quota.freeValidityMonths : policy.lifecycle.paidValidityMonths),
      ).toISOString(),
    }),
  },
  fail: {
    kind: 'system',
    from: ['reviewing', 'dnsRecordAdded', 'pendingConfirmationLetter'],
    to: 'reviewFailed',
    guards: [],
  },
  // issued certificates
  reissue: {
    kind: 'user',
    from: ['issued'],
    to: 'reissuing',
    guards: [guard.issuedByVendor, guard.reissueTimeLeft, guard.freeReissueLimit, guard.noSiblingReissue],
    effects: reissueValidation,
  },
  reissueCompleted: {
    kind: 'system',
    from: ['reissuing'],
    to: 'issued',
    guards: [],
    apply: ({ cert }) => ({ reissueCount: (cert.reissueCount ?? 0) + 1 }),
  },
  revoke: {
    kind: 'user',
    from: ['issued'],
    // LIFE-18: the brand's revocation path decides what comes next
    to: revocationTarget,
    targets: ['revoking', 'pendingRevocationLetter'],
    guards: [
      guard.issuedByVendor,
      guard.notBound,
      guard.notToBeRenewed,
      guard.selfServiceRevocable,
      guard.revocationWarnings,
      revocationReason,
    ],
    effects: revocationEffects,
  },
  revocationLetterUploaded: { kind: 'system', from: ['pendingRevocationLetter'], to: 'revoking', guards: [] },
  revocationApproved: {
    kind: 'system',
    from: ['revoking'],
    to: 'revoked',
    guards: [],
    apply: ({ now }) => ({ revokedAt: iso(now) }),
    effects: ({ cert, policy, now }) => quotaEffects(cert, policy, now),
  },
  expire: {
    kind: 'system',
    from: ['issued', 'reissuing', 'migrating'],
    to: 'expired',
    guards: [guard.expiryReached],
    apply: () => ({ autoRenew: false, hosting: null }),
    effects: ({ cert, policy }) => quotaEffects(cert, policy, undefined),
  },
  delete: {
    kind: 'user',
    from: Object.keys(statuses) as StatusName[], // LIFE-04: the guards decide
    guards: [guard.deletable, guard.deployedWarning],
    apply: ({ now }) => ({ deletedAt: iso(now) }),
  },
  renew: {
    kind: 'user',
    from: ['issued'],
    guards: [guard.renewalOpen],
    effects: () => [{ type: 'order.create', reason: 'renewal' }],
  },
  enableAutoRenew: {
    kind: 'user',
    from: ['issued'],
    guards: [guard.autoRenewSupported, guard.autoRenewOneYear, guard.autoRenewOff, guard.autoRenewTimeLeft],
    apply: () => ({ autoRenew: true }),
    effects: ({ cert, policy }) => {
      const expiresAt = time(cert.expiresAt) ?? 0;
      return [{ type: 'charge', at: iso(expiresAt - policy.lifecycle.autoRenewChargeDaysBefore * DAY_MS) }];
    },
  },
  disableAutoRenew: {
    kind: 'user',
    from: ['issued'],
    guards: [guard.autoRenewOn],
    apply: () => ({ autoRenew: false }),
  },
  autoRenewCharged: {
    kind: 'system',
    from: ['issued'],
    guards: [guard.autoRenewOn],
    effects: ({ cert, now, policy }) => [
      // LIFE-06: the new certificate runs from its issuance to the old expiry plus one year.
      {
        type: 'order.create',
        reason: 'auto-renewal',
        validFrom: iso(now),
        validTo: addYears(time(cert.expiresAt) ?? now, 1).toISOString(),
      },
      ...(cert.dnsHostedWithVendor === true ? [] : [dcvRequired(now, policy, true)]),
    ],
  },
  autoRenewChargeFailed: {
    kind: 'system',
    from: ['issued'],
    guards: [guard.autoRenewOn],
    apply: () => ({ autoRenew: false }),
    effects: ({ now }) => [{ type: 'notify', to: 'owner', topic: 'auto-renewal-ended', at: iso(now) }],
  },
  setHosting: {
    kind: 'user',
    from: ['issued'],
    // LIFE-16: vendor certificates only (free applied for or paid bought with the vendor), with resources to replace
    guards: [
      guard.issuedByVendor,
      guard.hostingLeadTime,
      guard.hostingDomains,
      guard.hostingHasResources,
      guard.hostingIssueBefore,
    ],
    apply: ({ cert, args }) => ({
      hosting: { leadDays: args.leadDays as number, domains: [...(args.domains ?? cert.domains)] },
    }),
  },
  ignoreNotifications: {
    kind: 'user',
    from: ['issued'],
    guards: [guard.expiresSoon],
    apply: () => ({ notificationsIgnored: true }),
  },
  // LIFE-03: once revocation is requested, no download or deployment; terminal statuses allow only delete.
  download: { kind: 'user', from: ['issued', 'reissuing', 'migrating'], guards: [] },
  deploy: { kind: 'user', from: ['issued', 'migrating'], guards: [guard.notExpired] },
} as const satisfies Record<string, Rule>;

/** A user action or system event of the table. */
export type LifecycleAction = keyof typeof rows;

/**
 * The transition table: every user action and system event, the statuses it starts from, its
 * guards (the rules of the sources), what it changes and what the caller must do. Both
 * `availableActions` and `transition` read it, so the buttons and the backend cannot disagree.
 *
 * @example
 * transitionTable.revoke.from // => ['issued']
 */
export const transitionTable: { readonly [Action in LifecycleAction]: Rule } = /* @__PURE__ */ deepFreeze(rows);

/** The buttons a console shows. */
export const userActions = /* @__PURE__ */ Object.freeze(
  (Object.keys(transitionTable) as LifecycleAction[]).filter((action) => transitionTable[action].kind === 'user'),
);
