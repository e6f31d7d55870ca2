import { addDays, addMonths, addYears, DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, type Issue, type IssueParam } from '../core/issue.js';
import type { Policy } from '../policy/schema.js';
import { accountReleaseMs, primaryDomainReleaseMs } from '../quota/release.js';
import type { ActionArguments, CertificateState, LifecycleContext } from './state.js';
import { type StatusName, statuses } from './statuses.js';

/** What the caller must carry out after a transition: plain data. */
export type Effect =
  | { readonly type: 'quota.release'; readonly scope: 'account' | 'primaryDomain'; readonly at: string }
  | { readonly type: 'quota.hold'; readonly scope: 'primaryDomain'; readonly until: string }
  | { readonly type: 'dcv.required'; readonly deadline: string }
  | { readonly type: 'letter.required'; readonly letter: 'confirmation' | 'revocation' }
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
  readonly from: readonly StatusName[];
  /** The status after the transition; absent = unchanged. */
  readonly to?: StatusName | ((input: RuleInput) => StatusName);
  /** When `to` is computed: every status it can return (for the diagram and the docs). */
  readonly targets?: readonly StatusName[];
  readonly guards: readonly Guard[];
  readonly apply?: (input: RuleInput) => Partial<Record<keyof CertificateState, unknown>>;
  readonly effects?: (input: RuleInput) => readonly Effect[];
}

const iso = (time: number) => new Date(time).toISOString();
const time = (moment: Instant | undefined) => (moment === undefined ? undefined : toDate(moment).getTime());
/** Milliseconds until expiry; `N days` in the rules means N × 24 h (UTC). */
const untilExpiry = ({ cert, now }: RuleInput) => (time(cert.expiresAt) ?? now) - now;
const daysLeft = (input: RuleInput) => Math.floor(untilExpiry(input) / DAY_MS);
const issue = (
  code: Parameters<typeof createIssue>[0],
  rule: Parameters<typeof createIssue>[1],
  params: Record<string, IssueParam> = {},
  severity: 'error' | 'warning' | 'info' = 'error',
) => createIssue(code, rule, params, { severity });
const when = (condition: boolean, make: () => Issue) => (condition ? make() : undefined);

/** Statuses in which an application is still under way. */
const APPLYING: readonly StatusName[] = [
  'reviewing',
  'dnsRecordAdded',
  'pendingDocuments',
  'freePendingDocuments',
  'pendingConfirmationLetter',
];
/** Statuses from which a certificate may be deleted at any time (LIFE-04). */
const DELETABLE: readonly StatusName[] = ['expired', 'revoked', 'cancelled', 'reviewFailed', 'refunded'];

// ---- guards, one per rule of the sources ----

/** LIFE-03/02: only certificates issued through the vendor. */
const issuedByVendor: Guard = ({ cert }) =>
  when(cert.source === 'upload', () => issue('life.source.upload', 'LIFE-03'));

/** LIFE-02: more than 30 days left. */
const reissueTimeLeft: Guard = (input) =>
  when(untilExpiry(input) <= input.policy.lifecycle.reissueMinDaysLeft * DAY_MS, () =>
    issue('life.reissue.days-left', 'LIFE-02', {
      daysLeft: daysLeft(input),
      minimum: input.policy.lifecycle.reissueMinDaysLeft,
    }),
  );

/** LIFE-02: a free DV certificate can be reissued once. */
const freeReissueLimit: Guard = ({ cert, policy }) =>
  when(cert.free && (cert.reissueCount ?? 0) >= policy.lifecycle.freeReissueLimit, () =>
    issue('life.reissue.free-limit', 'LIFE-02', { limit: policy.lifecycle.freeReissueLimit }),
  );

/** LIFE-02: not while another subdomain of the same primary domain is being reissued. */
const noSiblingReissue: Guard = ({ context }) =>
  when(context.primaryDomainReissueInProgress === true, () => issue('life.reissue.sibling-in-progress', 'LIFE-02'));

/** LIFE-03: not while deployed to cloud resources. */
const notBound: Guard = ({ cert }) =>
  when((cert.boundResources ?? 0) > 0, () =>
    issue('life.revoke.bound', 'LIFE-03', { boundResources: cert.boundResources ?? 0 }),
  );

/** LIFE-03: not within 30 days of expiry while "to be renewed" (all brands but WoTrus). */
const notToBeRenewed: Guard = (input) => {
  const { cert, policy } = input;
  const close = untilExpiry(input) <= policy.lifecycle.revokeToBeRenewedDays * DAY_MS;
  const exempt = policy.lifecycle.revokeToBeRenewedExemptBrands.includes(cert.brand);
  return when(cert.toBeRenewed === true && close && !exempt, () =>
    issue('life.revoke.to-be-renewed', 'LIFE-03', {
      daysLeft: daysLeft(input),
      days: policy.lifecycle.revokeToBeRenewedDays,
    }),
  );
};

/** LIFE-03: certificates issued before 2020-03-25 cannot be revoked self-service. */
const selfServiceRevocable: Guard = ({ cert, policy }) => {
  const from = Date.parse(`${policy.lifecycle.selfServiceRevocationFrom}T00:00:00Z`);
  return when((time(cert.issuedAt) ?? from) < from, () =>
    issue('life.revoke.too-old', 'LIFE-03', { from: policy.lifecycle.selfServiceRevocationFrom }),
  );
};

/** LIFE-03: irreversible; revoking a reissued certificate revokes the original too. */
const revocationWarnings: Guard = ({ cert }) =>
  cert.reissueOf === undefined
    ? issue('life.revoke.irreversible', 'LIFE-03', {}, 'info')
    : issue('life.revoke.original', 'LIFE-03', { original: cert.reissueOf }, 'warning');

/** LIFE-04: an unexpired issued certificate must be revoked first; uploaded ones go any time. */
const deletable: Guard = ({ cert, now }) => {
  if (cert.source === 'upload' || DELETABLE.includes(cert.status)) return undefined;
  const expired = (time(cert.expiresAt) ?? Number.POSITIVE_INFINITY) <= now;
  return when(!expired, () => issue('life.delete.revoke-first', 'LIFE-04', { status: cert.status }));
};

/** LIFE-04: warn when the certificate is still deployed. */
const deployedWarning: Guard = ({ cert }) =>
  when((cert.boundResources ?? 0) > 0, () =>
    issue('life.delete.deployed', 'LIFE-04', { boundResources: cert.boundResources ?? 0 }, 'warning'),
  );

/** LIFE-05/08: renewal opens 30 days before expiry (reapplication for free certificates). */
const renewalOpen: Guard = (input) => {
  const opensAt = (time(input.cert.expiresAt) ?? input.now) - input.policy.lifecycle.renewalWindowDays * DAY_MS;
  return when(input.now < opensAt, () => issue('life.renew.too-early', 'LIFE-05', { opensAt: iso(opensAt) }));
};

/** LIFE-05: an expired certificate is unusable. */
const notExpired: Guard = (input) =>
  when(untilExpiry(input) <= 0, () =>
    issue('life.expired.unusable', 'LIFE-05', { expiredAt: iso(time(input.cert.expiresAt) ?? input.now) }),
  );

/** LIFE-06: only the supported products, paid. */
const autoRenewSupported: Guard = ({ cert, policy }) => {
  if (cert.free) return issue('life.autorenew.free', 'LIFE-06');
  const supported = policy.lifecycle.autoRenewProducts.some(
    (p) =>
      p.brand === cert.brand &&
      p.type === cert.product &&
      cert.domainType !== undefined &&
      p.domainTypes.includes(cert.domainType),
  );
  return when(!supported, () =>
    issue('life.autorenew.unsupported', 'LIFE-06', {
      brand: cert.brand,
      product: cert.product,
      domainType: cert.domainType ?? '',
    }),
  );
};

/** LIFE-06: at least 14 days left, inclusive. */
const autoRenewTimeLeft: Guard = (input) =>
  when(untilExpiry(input) < input.policy.lifecycle.autoRenewMinDaysLeft * DAY_MS, () =>
    issue('life.autorenew.days-left', 'LIFE-06', {
      daysLeft: daysLeft(input),
      minimum: input.policy.lifecycle.autoRenewMinDaysLeft,
    }),
  );

const autoRenewOff: Guard = ({ cert }) =>
  when(cert.autoRenew === true, () => issue('life.autorenew.already', 'LIFE-06'));
const autoRenewOn: Guard = ({ cert }) =>
  when(cert.autoRenew !== true, () => issue('life.autorenew.not-enabled', 'LIFE-06'));

/** LIFE-07: the lead time must be shorter than the time left; warn when domains are dropped. */
const hostingLeadTime: Guard = (input) => {
  const leadDays = input.args.leadDays;
  if (typeof leadDays !== 'number' || !Number.isInteger(leadDays) || leadDays < 0) {
    return issue('life.argument.invalid', null, { argument: 'leadDays', received: String(leadDays) });
  }
  return when(leadDays * DAY_MS >= untilExpiry(input), () =>
    issue('life.hosting.lead-time', 'LIFE-07', { leadDays, daysLeft: daysLeft(input) }),
  );
};
const hostingDomains: Guard = ({ cert, args }) => {
  const missing = cert.domains.filter((domain) => !(args.domains ?? cert.domains).includes(domain));
  return when(missing.length > 0, () => issue('life.hosting.domains-dropped', 'LIFE-07', { missing }, 'warning'));
};

/** LIFE-10: reminders per brand/product, 24 h after submission (DV), 72/96 h after the letter (OV/EV). */
const reminderAllowed: Guard = ({ cert, policy, now }) => {
  const supported =
    Object.hasOwn(policy.lifecycle.reviewReminders, cert.brand) &&
    (policy.lifecycle.reviewReminders[cert.brand] ?? []).includes(cert.product);
  if (!supported) return issue('life.remind.unsupported', 'LIFE-10', { brand: cert.brand, product: cert.product });
  const since = time(cert.validation === 'DV' ? cert.submittedAt : cert.letterUploadedAt);
  if (since === undefined) return issue('life.remind.too-early', 'LIFE-10', { availableAt: '' });
  const availableAt = since + policy.lifecycle.reviewReminderHours[cert.validation] * 3_600_000;
  return when(now < availableAt, () => issue('life.remind.too-early', 'LIFE-10', { availableAt: iso(availableAt) }));
};

/** LIFE-11: a free certificate whose review failed is reapplied for, not resubmitted. */
const paidOnly: Guard = ({ cert }) => when(cert.free, () => issue('life.resubmit.free', 'LIFE-11'));

/** LIFE-12: notifications can be ignored only for certificates that expire soon. */
const expiresSoon: Guard = (input) =>
  when(untilExpiry(input) > input.policy.lifecycle.expiryAlarmDays * DAY_MS, () =>
    issue('life.notifications.not-expiring', 'LIFE-12', {
      daysLeft: daysLeft(input),
      threshold: input.policy.lifecycle.expiryAlarmDays,
    }),
  );

// ---- effects ----

/** QUOTA-03/04: what a free certificate's revocation or expiry does to its quota slots. */
function quotaEffects(cert: CertificateState, policy: Policy, revokedAt: number | undefined): Effect[] {
  if (!cert.free) return [];
  const times = {
    issuedAt: time(cert.issuedAt) ?? 0,
    expiresAt: time(cert.expiresAt) ?? 0,
    revokedAt,
    cancelledAt: undefined,
  };
  const account = accountReleaseMs(times, policy);
  const primary = primaryDomainReleaseMs(times, policy);
  const early = revokedAt !== undefined && revokedAt < times.expiresAt;
  return [
    { type: 'quota.release', scope: 'account', at: iso(account) },
    early
      ? { type: 'quota.hold', scope: 'primaryDomain', until: iso(primary) }
      : { type: 'quota.release', scope: 'primaryDomain', at: iso(primary) },
  ];
}

/** LIFE-02: validation is skipped for an unchanged CSR, within 3 days of issuance, or (paid DV) a recent organization validation. */
function reissueValidation({ cert, policy, now, args }: RuleInput): Effect[] {
  const issuedAt = time(cert.issuedAt) ?? now;
  const withinGrace = now - issuedAt <= policy.lifecycle.reissueDcvGraceDays * DAY_MS;
  const organization = time(args.organizationValidatedAt);
  const recentOrganization =
    !cert.free &&
    cert.validation === 'DV' &&
    organization !== undefined &&
    addMonths(organization, policy.lifecycle.organizationRevalidationMonths).getTime() > now;
  if (args.csrChanged !== true || withinGrace || recentOrganization) return [];
  return [{ type: 'dcv.required', deadline: addDays(now, policy.validation.dnsDeadlineDays).toISOString() }];
}

/**
 * The transition table: every user action and system event, the statuses it starts from, its
 * guards (the rules of the sources), what it changes and what the caller must do. Both
 * `availableActions` and `transition` read it, so the buttons and the backend cannot disagree.
 */
export const transitionTable = {
  // applications
  submit: {
    kind: 'user',
    from: ['pendingDocuments', 'freePendingDocuments'],
    to: 'reviewing',
    guards: [],
    apply: ({ now }) => ({ submittedAt: iso(now) }),
    effects: ({ now, policy }) => [
      { type: 'dcv.required', deadline: addDays(now, policy.validation.dnsDeadlineDays).toISOString() },
    ],
  },
  cancel: { kind: 'user', from: APPLYING, to: 'cancelling', guards: [] },
  cancellationCompleted: { kind: 'system', from: ['cancelling'], to: 'cancelled', guards: [] },
  resubmit: {
    kind: 'user',
    from: ['reviewFailed'],
    to: 'reviewing',
    guards: [paidOnly],
    apply: ({ now }) => ({ submittedAt: iso(now) }),
  },
  remindReviewer: {
    kind: 'user',
    from: ['reviewing', 'dnsRecordAdded', 'pendingConfirmationLetter'],
    guards: [reminderAllowed],
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
    guards: [issuedByVendor, reissueTimeLeft, freeReissueLimit, noSiblingReissue],
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
    to: ({ cert }) => (cert.validation === 'DV' ? 'revoking' : 'pendingRevocationLetter'),
    targets: ['revoking', 'pendingRevocationLetter'],
    guards: [issuedByVendor, notBound, notToBeRenewed, selfServiceRevocable, revocationWarnings],
    effects: ({ cert, now, policy }) => [
      { type: 'access.disable', what: ['download', 'deploy'] },
      cert.validation === 'DV'
        ? { type: 'dcv.required', deadline: addDays(now, policy.validation.dnsDeadlineDays).toISOString() }
        : { type: 'letter.required', letter: 'revocation' },
      ...(cert.reissueOf === undefined ? [] : [{ type: 'revoke.original', id: cert.reissueOf } as const]),
    ],
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
    guards: [
      (input) =>
        when(untilExpiry(input) > 0, () =>
          issue('life.expire.not-yet', 'LIFE-05', { expiresAt: iso(time(input.cert.expiresAt) ?? input.now) }),
        ),
    ],
    apply: () => ({ autoRenew: false, hosting: null }),
    effects: ({ cert, policy }) => quotaEffects(cert, policy, undefined),
  },
  delete: {
    kind: 'user',
    from: Object.keys(statuses) as StatusName[], // LIFE-04: the guards decide
    guards: [deletable, deployedWarning],
    apply: ({ now }) => ({ deletedAt: iso(now) }),
  },
  renew: {
    kind: 'user',
    from: ['issued'],
    guards: [renewalOpen],
    effects: () => [{ type: 'order.create', reason: 'renewal' }],
  },
  enableAutoRenew: {
    kind: 'user',
    from: ['issued'],
    guards: [autoRenewSupported, autoRenewOff, autoRenewTimeLeft],
    apply: () => ({ autoRenew: true }),
    effects: ({ cert, policy }) => {
      const expiresAt = time(cert.expiresAt) ?? 0;
      return [{ type: 'charge', at: iso(expiresAt - policy.lifecycle.autoRenewChargeDaysBefore * DAY_MS) }];
    },
  },
  disableAutoRenew: { kind: 'user', from: ['issued'], guards: [autoRenewOn], apply: () => ({ autoRenew: false }) },
  autoRenewCharged: {
    kind: 'system',
    from: ['issued'],
    guards: [autoRenewOn],
    effects: ({ cert, now, policy }) => [
      // LIFE-06: the new certificate runs from its issuance to the old expiry plus one year.
      {
        type: 'order.create',
        reason: 'auto-renewal',
        validFrom: iso(now),
        validTo: addYears(time(cert.expiresAt) ?? now, 1).toISOString(),
      },
      ...(cert.dnsHostedWithVendor === true
        ? []
        : [
            {
              type: 'dcv.required',
              deadline: addDays(now, policy.validation.autoRenewDnsDeadlineDays).toISOString(),
            } as const,
          ]),
    ],
  },
  autoRenewChargeFailed: {
    kind: 'system',
    from: ['issued'],
    guards: [autoRenewOn],
    apply: () => ({ autoRenew: false }),
    effects: ({ now }) => [{ type: 'notify', to: 'owner', topic: 'auto-renewal-ended', at: iso(now) }],
  },
  setHosting: {
    kind: 'user',
    from: ['issued'],
    guards: [hostingLeadTime, hostingDomains],
    apply: ({ cert, args }) => ({
      hosting: { leadDays: args.leadDays as number, domains: [...(args.domains ?? cert.domains)] },
    }),
  },
  ignoreNotifications: {
    kind: 'user',
    from: ['issued'],
    guards: [expiresSoon],
    apply: () => ({ notificationsIgnored: true }),
  },
  // LIFE-03: once revocation is requested, no download or deployment; terminal statuses allow only delete.
  download: { kind: 'user', from: ['issued', 'reissuing', 'migrating'], guards: [] },
  deploy: { kind: 'user', from: ['issued', 'migrating'], guards: [notExpired] },
} as const satisfies Record<string, Rule>;

/** Every action and event name. */
export type LifecycleAction = keyof typeof transitionTable;

/** The buttons a console shows. */
export const userActions = (Object.keys(transitionTable) as LifecycleAction[]).filter(
  (action) => transitionTable[action].kind === 'user',
);
