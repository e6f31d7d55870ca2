import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import {
  availableActions,
  expiryReminderRecipients,
  type LifecycleAction,
  transition,
} from '../../src/lifecycle/index.js';
import { presets } from '../../src/policy/index.js';
import { issuedCert, product, shift, wildcardDv } from './helpers.js';

const EXPIRY = '2025-01-01T00:00:00.000Z';
const DAY = 86_400;
const allowed = (cert: Parameters<typeof transition>[0], action: LifecycleAction, now: string, extra = {}) =>
  transition(cert, action, { now, ...extra }).ok;
const codes = (cert: Parameters<typeof transition>[0], action: LifecycleAction, now: string, extra = {}) => {
  const result = transition(cert, action, { now, ...extra });
  return result.ok ? [] : result.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
};

describe('LIFE-02: reissue', () => {
  it('only an issued certificate with more than 30 days (× 24 h) left', () => {
    const boundary = shift(EXPIRY, -30 * DAY);
    expect(allowed(issuedCert(), 'reissue', shift(boundary, -1))).toBe(true);
    expect(codes(issuedCert(), 'reissue', boundary)).toEqual(['life.reissue.days-left']);
    expect(codes(issuedCert({ status: 'reissuing' }), 'reissue', '2024-06-01T00:00:00Z')).toEqual(['life.status']);
  });

  it('a free DV certificate once; not while a sibling under the primary domain is being reissued', () => {
    const free = issuedCert({ free: true, product: product('Free DV'), validation: 'DV' });
    expect(allowed(free, 'reissue', '2024-06-01T00:00:00Z')).toBe(true);
    expect(codes({ ...free, reissueCount: 1 }, 'reissue', '2024-06-01T00:00:00Z')).toEqual(['life.reissue.free-limit']);
    expect(
      codes(issuedCert(), 'reissue', '2024-06-01T00:00:00Z', { context: { primaryDomainReissueInProgress: true } }),
    ).toEqual(['life.reissue.sibling-in-progress']);
    expect(codes(issuedCert({ source: 'upload' }), 'reissue', '2024-06-01T00:00:00Z')).toEqual(['life.source.upload']);
  });

  it('keeps expiry and domains; validation only when the CSR changes 3 days or more after issuance', () => {
    const started = transition(issuedCert(), 'reissue', { now: '2024-06-01T00:00:00Z', args: { csrChanged: true } });
    if (!started.ok) throw new Error('refused');
    expect(started.effects).toEqual([{ type: 'dcv.required', deadline: '2024-06-04T00:00:00.000Z' }]);
    const done = transition(started.next, 'reissueCompleted', { now: '2024-06-02T00:00:00Z' });
    expect(done.ok && done.next).toMatchObject({
      status: 'issued',
      expiresAt: '2025-01-01T00:00:00Z',
      domains: ['www.example.com'],
      reissueCount: 1,
    });
    const unchangedCsr = transition(issuedCert(), 'reissue', {
      now: '2024-06-01T00:00:00Z',
      args: { csrChanged: false },
    });
    expect(unchangedCsr.ok && unchangedCsr.effects).toEqual([]);
    // LIFE-02: "less than three days" after issuance skips validation; exactly 72 h does not
    const withinGrace = transition(issuedCert(), 'reissue', {
      now: shift('2024-01-01T00:00:00Z', 3 * DAY - 1),
      args: { csrChanged: true },
    });
    expect(withinGrace.ok && withinGrace.effects).toEqual([]);
    const atSeventyTwoHours = transition(issuedCert(), 'reissue', {
      now: shift('2024-01-01T00:00:00Z', 3 * DAY),
      args: { csrChanged: true },
    });
    expect(atSeventyTwoHours.ok && atSeventyTwoHours.effects.length).toBe(1);
    const paidDv = issuedCert({ product: product('DV'), validation: 'DV' });
    const recentOrganization = transition(paidDv, 'reissue', {
      now: '2024-06-01T00:00:00Z',
      args: { csrChanged: true, organizationValidatedAt: '2023-06-01T00:00:00Z' },
    });
    expect(recentOrganization.ok && recentOrganization.effects).toEqual([]);
  });
});

describe('LIFE-03: revoke', () => {
  it('DV goes to revoking with domain validation within 3 days; OV/EV wait for a confirmation letter', () => {
    const dv = transition(issuedCert({ validation: 'DV', product: product('DV') }), 'revoke', {
      now: '2024-06-01T00:00:00Z',
    });
    expect(dv.ok && dv.next.status).toBe('revoking');
    expect(dv.ok && dv.effects).toEqual([
      { type: 'access.disable', what: ['download', 'deploy'] },
      { type: 'dcv.required', deadline: '2024-06-04T00:00:00.000Z' },
    ]);
    const ov = transition(issuedCert(), 'revoke', { now: '2024-06-01T00:00:00Z' });
    expect(ov.ok && ov.next.status).toBe('pendingRevocationLetter');
    expect(ov.ok && ov.effects).toContainEqual({ type: 'letter.required', letter: 'revocation' });
    expect(ov.issues).toEqual([
      expect.objectContaining({ code: 'life.revoke.irreversible', severity: 'info' }),
      expect.objectContaining({ code: 'life.revoke.reason', rule: 'LIFE-18', severity: 'info' }), // asked for, not yet given
    ]);
  });

  it('refuses uploaded certificates, bound ones, and those issued before 2020-03-25', () => {
    expect(codes(issuedCert({ source: 'upload' }), 'revoke', '2024-06-01T00:00:00Z')).toEqual(['life.source.upload']);
    expect(codes(issuedCert({ boundResources: 2 }), 'revoke', '2024-06-01T00:00:00Z')).toEqual(['life.revoke.bound']);
    const old = issuedCert({ issuedAt: shift('2020-03-25T00:00:00Z', -1), expiresAt: '2021-03-25T00:00:00Z' });
    expect(codes(old, 'revoke', '2020-06-01T00:00:00Z')).toEqual(['life.revoke.too-old']);
    expect(allowed({ ...old, issuedAt: '2020-03-25T00:00:00Z' }, 'revoke', '2020-06-01T00:00:00Z')).toBe(true);
  });

  it('not within 30 days of expiry while "to be renewed", except WoTrus', () => {
    const boundary = shift(EXPIRY, -30 * DAY);
    const renewing = issuedCert({ toBeRenewed: true });
    expect(allowed(renewing, 'revoke', shift(boundary, -1))).toBe(true);
    expect(codes(renewing, 'revoke', boundary)).toEqual(['life.revoke.to-be-renewed']);
    expect(allowed({ ...renewing, product: product('DV', 'WoTrus'), validation: 'DV' }, 'revoke', boundary)).toBe(true);
  });

  it('revoking a reissued certificate revokes the original too; download and deploy stop', () => {
    const reissued = transition(issuedCert({ reissueOf: 'cert-0' }), 'revoke', { now: '2024-06-01T00:00:00Z' });
    expect(reissued.ok && reissued.effects).toContainEqual({ type: 'revoke.original', id: 'cert-0' });
    expect(reissued.issues[0]).toMatchObject({ code: 'life.revoke.original', severity: 'warning' });
    if (!reissued.ok) return;
    const after = availableActions(reissued.next, { now: '2024-06-01T00:00:00Z' });
    expect(after.filter((a) => ['download', 'deploy'].includes(a.action)).every((a) => !a.allowed)).toBe(true);
  });

  it('QUOTA-03/04: an early revocation of a free certificate releases the account slot and holds the primary-domain slot', () => {
    const free = issuedCert({
      free: true,
      product: product('Free DV'),
      validation: 'DV',
      issuedAt: '2023-03-25T00:00:00Z',
      expiresAt: '2024-03-25T00:00:00Z',
    });
    const revoking = transition(free, 'revoke', { now: '2023-05-01T00:00:00Z' });
    if (!revoking.ok) throw new Error('refused');
    const approved2023 = transition(revoking.next, 'revocationApproved', {
      now: '2023-05-01T00:00:00Z',
      policy: presets['tencent-2023'],
    });
    expect(approved2023.ok && approved2023.effects).toEqual([
      { type: 'quota.release', scope: 'account', at: '2023-05-02T00:00:00.000Z' },
      { type: 'quota.hold', scope: 'primaryDomain', until: '2024-06-25T00:00:00.000Z' },
    ]);
    const approved2024 = transition(revoking.next, 'revocationApproved', {
      now: '2023-05-01T00:00:00Z',
      policy: presets['tencent-2024'],
    });
    expect(approved2024.ok && approved2024.effects).toEqual([
      { type: 'quota.release', scope: 'account', at: '2023-05-01T00:00:00.000Z' },
      { type: 'quota.hold', scope: 'primaryDomain', until: '2024-03-25T00:00:00.000Z' },
    ]);
    expect(approved2024.ok && approved2024.next).toMatchObject({
      status: 'revoked',
      revokedAt: '2023-05-01T00:00:00.000Z',
    });
  });
});

describe('LIFE-04: delete', () => {
  it('expired, revoked, cancelled and uploaded certificates at any time; an unexpired issued one must be revoked first', () => {
    for (const status of ['expired', 'revoked', 'cancelled', 'refunded', 'reviewFailed'] as const) {
      expect(allowed(issuedCert({ status }), 'delete', '2024-06-01T00:00:00Z'), status).toBe(true);
    }
    expect(allowed(issuedCert({ source: 'upload' }), 'delete', '2024-06-01T00:00:00Z')).toBe(true);
    expect(codes(issuedCert(), 'delete', shift(EXPIRY, -1))).toEqual(['life.delete.revoke-first']);
    expect(allowed(issuedCert(), 'delete', EXPIRY)).toBe(true);
  });

  it('warns while deployed, and a deleted certificate allows nothing more (QUOTA-03: deletion frees no quota)', () => {
    const deleted = transition(issuedCert({ status: 'expired', boundResources: 1 }), 'delete', {
      now: '2025-02-01T00:00:00Z',
    });
    expect(deleted.ok && deleted.issues).toEqual([
      expect.objectContaining({ code: 'life.delete.deployed', severity: 'warning' }),
    ]);
    expect(deleted.ok && deleted.effects).toEqual([]);
    if (!deleted.ok) return;
    expect(
      availableActions(deleted.next, { now: '2025-02-01T00:00:00Z' }).every(
        (a) => !a.allowed && a.issues[0]?.code === 'life.deleted',
      ),
    ).toBe(true);
  });
});

describe('LIFE-05: renewal window and expiry', () => {
  it('renewal opens 30 days before expiry', () => {
    const opens = shift(EXPIRY, -30 * DAY);
    expect(codes(issuedCert(), 'renew', shift(opens, -1))).toEqual(['life.renew.too-early']);
    expect(transition(issuedCert(), 'renew', { now: opens })).toMatchObject({
      ok: true,
      effects: [{ type: 'order.create', reason: 'renewal' }],
    });
  });

  it.each([
    ['2024-03-31T00:00:00Z', '2024-02-29T00:00:00Z'], // the calendar month, not 30 × 24 h (2024-03-01)
    ['2024-03-30T12:00:00Z', '2024-02-29T12:00:00Z'],
    ['2025-01-31T00:00:00Z', '2024-12-31T00:00:00Z'],
  ])(
    'LIFE-08: a free certificate expiring %s may be reapplied for from %s, not a second earlier',
    (expiresAt, opens) => {
      const free = issuedCert({ free: true, product: product('Free DV'), validation: 'DV', expiresAt });
      expect(codes(free, 'renew', shift(opens, -1))).toEqual(['life.renew.too-early']);
      expect(transition(free, 'renew', { now: opens }).ok).toBe(true);
    },
  );

  it('an expired certificate is unusable: expiry happens at expiresAt, deployment stops', () => {
    expect(codes(issuedCert(), 'expire', shift(EXPIRY, -1))).toEqual(['life.expire.not-yet']);
    const expired = transition(issuedCert({ free: true, product: product('Free DV'), validation: 'DV' }), 'expire', {
      now: EXPIRY,
    });
    expect(expired.ok && expired.next.status).toBe('expired');
    expect(expired.ok && expired.effects).toEqual([
      { type: 'quota.release', scope: 'account', at: EXPIRY },
      { type: 'quota.release', scope: 'primaryDomain', at: EXPIRY },
    ]);
    expect(codes(issuedCert(), 'deploy', EXPIRY)).toEqual(['life.expired.unusable']);
    expect(allowed(issuedCert(), 'deploy', shift(EXPIRY, -1))).toBe(true);
  });
});

describe('LIFE-06: auto-renewal', () => {
  const wildcardDv = issuedCert({
    product: product('DV', 'TrustAsia', 'wildcard'),
    validation: 'DV',
    domains: ['*.example.com'],
  });

  it('only for the supported paid products', () => {
    expect(allowed(wildcardDv, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toBe(true);
    expect(
      allowed(
        issuedCert({ product: product('DV', 'DNSPod'), validation: 'DV' }),
        'enableAutoRenew',
        '2024-06-01T00:00:00Z',
      ),
    ).toBe(true);
    expect(codes({ ...wildcardDv, product: product('DV') }, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual([
      'life.autorenew.unsupported',
    ]);
    expect(codes(issuedCert(), 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual(['life.autorenew.unsupported']);
    expect(codes({ ...wildcardDv, free: true }, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual([
      'life.autorenew.free',
    ]);
  });

  it('LIFE-06: only for 1-year certificates — a 3-year TrustAsia DV wildcard cannot switch it on', () => {
    expect(codes({ ...wildcardDv, termYears: 3 }, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual([
      'life.autorenew.term',
    ]);
    expect(allowed({ ...wildcardDv, termYears: 1 }, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toBe(true);
    // without a term, the certificate's own validity tells: 398 days is one year, 399 more
    const span = (days: number) => ({ ...wildcardDv, expiresAt: shift('2024-01-01T00:00:00Z', days * DAY) });
    expect(allowed(span(398), 'enableAutoRenew', '2024-06-01T00:00:00Z')).toBe(true);
    expect(codes(span(399), 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual(['life.autorenew.term']);
    expect(() =>
      transition({ ...wildcardDv, termYears: 0 }, 'enableAutoRenew', { now: '2024-06-01T00:00:00Z' }),
    ).toThrow(expect.objectContaining({ code: 'life.argument.invalid' }));
  });

  it('can be switched on only while at least 14 days remain, inclusive; charged 30 days before expiry', () => {
    const lastMoment = shift(EXPIRY, -14 * DAY);
    const result = transition(wildcardDv, 'enableAutoRenew', { now: lastMoment });
    expect(result).toMatchObject({
      ok: true,
      next: { autoRenew: true },
      effects: [{ type: 'charge', at: '2024-12-02T00:00:00.000Z' }],
    });
    expect(codes(wildcardDv, 'enableAutoRenew', shift(lastMoment, 1))).toEqual(['life.autorenew.days-left']);
    expect(codes({ ...wildcardDv, autoRenew: true }, 'enableAutoRenew', '2024-06-01T00:00:00Z')).toEqual([
      'life.autorenew.already',
    ]);
  });

  it('the renewed certificate runs from its issuance to the old expiry plus one year; DNS validation within 7 days unless hosted', () => {
    const on = { ...wildcardDv, autoRenew: true, expiresAt: '2021-11-01T00:00:00Z', issuedAt: '2020-11-01T00:00:00Z' };
    const charged = transition(on, 'autoRenewCharged', { now: '2021-10-01T00:00:00Z' });
    expect(charged.ok && charged.effects).toEqual([
      {
        type: 'order.create',
        reason: 'auto-renewal',
        validFrom: '2021-10-01T00:00:00.000Z',
        validTo: '2022-11-01T00:00:00.000Z',
      },
      { type: 'dcv.required', deadline: '2021-10-08T00:00:00.000Z' },
    ]);
    const hosted = transition({ ...on, dnsHostedWithVendor: true }, 'autoRenewCharged', {
      now: '2021-10-01T00:00:00Z',
    });
    expect(hosted.ok && hosted.effects.length).toBe(1);
  });

  it('a failed charge ends auto-renewal', () => {
    const failed = transition({ ...wildcardDv, autoRenew: true }, 'autoRenewChargeFailed', {
      now: '2024-12-02T00:00:00Z',
    });
    expect(failed.ok && failed.next.autoRenew).toBe(false);
    expect(failed.ok && failed.effects).toEqual([
      { type: 'notify', to: 'owner', topic: 'auto-renewal-ended', at: '2024-12-02T00:00:00.000Z' },
    ]);
    expect(allowed({ ...wildcardDv, autoRenew: true }, 'disableAutoRenew', '2024-06-01T00:00:00Z')).toBe(true);
    expect(codes(wildcardDv, 'disableAutoRenew', '2024-06-01T00:00:00Z')).toEqual(['life.autorenew.not-enabled']);
  });
});

describe('LIFE-07: hosting', () => {
  it('the lead time must be shorter than the time left (7 days left: 25 days before expiry is refused)', () => {
    const sevenDaysLeft = shift(EXPIRY, -7 * DAY);
    expect(codes(issuedCert(), 'setHosting', sevenDaysLeft, { args: { leadDays: 25 } })).toEqual([
      'life.hosting.lead-time',
    ]);
    expect(codes(issuedCert(), 'setHosting', sevenDaysLeft, { args: { leadDays: 7 } })).toEqual([
      'life.hosting.lead-time',
    ]);
    expect(allowed(issuedCert(), 'setHosting', shift(sevenDaysLeft, -1), { args: { leadDays: 7 } })).toBe(true);
    expect(codes(issuedCert(), 'setHosting', sevenDaysLeft, { args: {} })).toEqual(['life.argument.invalid']);
  });

  it('warns when the new domains do not include all of the old ones', () => {
    const result = transition(
      issuedCert({ domains: ['a.example.com', 'b.example.com'], boundResources: 1 }),
      'setHosting',
      {
        now: '2024-06-01T00:00:00Z',
        args: { leadDays: 10, domains: ['a.example.com'] },
      },
    );
    expect(result).toMatchObject({
      ok: true,
      issues: [
        { code: 'life.hosting.domains-dropped', severity: 'warning', params: { missing: ['b.example.com'] } },
        {
          code: 'life.hosting.issue-before',
          rule: 'LIFE-16',
          severity: 'info',
          params: { replaceAt: '2024-12-22T00:00:00.000Z' },
        },
      ],
    });
    expect(result.ok && result.next.hosting).toEqual({ leadDays: 10, domains: ['a.example.com'] });
  });

  it('LIFE-16: vendor certificates only; pointless (a warning) without cloud resources', () => {
    const args = { leadDays: 10 };
    expect(
      codes(issuedCert({ source: 'upload', boundResources: 1 }), 'setHosting', '2024-06-01T00:00:00Z', { args }),
    ).toEqual(['life.source.upload']);
    const unbound = transition(issuedCert({ boundResources: 0 }), 'setHosting', { now: '2024-06-01T00:00:00Z', args });
    expect(unbound.ok).toBe(true);
    expect(unbound.issues.map((issue) => [issue.code, issue.severity])).toContainEqual([
      'life.hosting.no-resources',
      'warning',
    ]);
  });
});

describe('LIFE-19: reissue exemptions', () => {
  const now = '2024-06-01T00:00:00Z';
  const effects = (cert: Parameters<typeof transition>[0], args: object, context = {}) => {
    const result = transition(cert, 'reissue', { now, args, context });
    return result.ok ? result.effects : result.issues.map((issue) => issue.code);
  };

  it('manual approval for WoTrus and DNSPod SM2 OV/EV only when the organization information changed', () => {
    const wotrus = issuedCert({ product: product('OV', 'WoTrus') });
    expect(effects(wotrus, { csrChanged: false, organizationChanged: true })).toEqual([
      { type: 'review.manual', topic: 'reissue' },
    ]);
    expect(effects(wotrus, { csrChanged: false, organizationChanged: false })).toEqual([]);
    const sm2Ov = issuedCert({ product: product('SM2 OV', 'DNSPod') });
    expect(effects(sm2Ov, { csrChanged: false, organizationChanged: true })).toEqual([
      { type: 'review.manual', topic: 'reissue' },
    ]);
    expect(effects(issuedCert(), { csrChanged: false, organizationChanged: true })).toEqual([]); // TrustAsia OV: not listed
  });

  it('a free DV reissue is validated with the method of the original application', () => {
    const free = issuedCert({ free: true, product: product('Free DV'), validation: 'DV', validationMethod: 'FILE' });
    expect(effects(free, { csrChanged: true })).toEqual([
      { type: 'dcv.required', deadline: '2024-06-04T00:00:00.000Z', method: 'FILE' },
    ]);
  });

  it('a TrustAsia 2- or 3-year wildcard DV with automatic validation needs no ownership check', () => {
    const wildcard = wildcardDv;
    expect(effects(wildcard(2), { csrChanged: true }, { automaticValidation: true })).toEqual([]);
    expect(effects(wildcard(1), { csrChanged: true }, { automaticValidation: true })).toHaveLength(1);
    expect(effects(wildcard(3), { csrChanged: true }, { automaticValidation: false })).toHaveLength(1);
  });
});

describe('LIFE-10: reviewer reminders', () => {
  const reviewing = (overrides = {}) =>
    issuedCert({ status: 'reviewing', issuedAt: undefined, expiresAt: undefined, ...overrides });

  it('DV 24 h after submission, OV 72 h and EV 96 h after the confirmation letter', () => {
    const dv = reviewing({ validation: 'DV', product: product('DV'), submittedAt: '2024-03-01T00:00:00Z' });
    expect(codes(dv, 'remindReviewer', shift('2024-03-02T00:00:00Z', -1))).toEqual(['life.remind.too-early']);
    expect(transition(dv, 'remindReviewer', { now: '2024-03-02T00:00:00Z' })).toMatchObject({
      ok: true,
      effects: [{ type: 'notify', to: 'reviewer' }],
    });
    const ov = reviewing({ letterUploadedAt: '2024-03-01T00:00:00Z' });
    expect(allowed(ov, 'remindReviewer', shift('2024-03-04T00:00:00Z', -1))).toBe(false);
    expect(allowed(ov, 'remindReviewer', '2024-03-04T00:00:00Z')).toBe(true);
    const ev = reviewing({ validation: 'EV', product: product('EV'), letterUploadedAt: '2024-03-01T00:00:00Z' });
    expect(allowed(ev, 'remindReviewer', shift('2024-03-05T00:00:00Z', -1))).toBe(false);
    expect(allowed(ev, 'remindReviewer', '2024-03-05T00:00:00Z')).toBe(true);
  });

  it('only for the brands and products of the support table', () => {
    const late = '2024-06-01T00:00:00Z';
    const table = [
      ['SecureSite', 'OV', true],
      ['SecureSite', 'DV', false],
      ['SecureSite', 'Free DV', true],
      ['GeoTrust', 'EV', true],
      ['TrustAsia', 'DV', true],
      ['GlobalSign', 'OV', true],
      ['WoTrus', 'DV', false],
    ] as const;
    for (const [brand, product, expected] of table) {
      const validation = product.includes('DV') ? 'DV' : product.startsWith('EV') ? 'EV' : 'OV';
      const cert = reviewing({
        brand,
        product,
        validation,
        submittedAt: '2024-03-01T00:00:00Z',
        letterUploadedAt: '2024-03-01T00:00:00Z',
      });
      expect(allowed(cert, 'remindReviewer', late), `${brand} ${product}`).toBe(expected);
    }
  });
});

describe('LIFE-11 and LIFE-12', () => {
  it('LIFE-11: a failed paid order is resubmitted; a failed free one is reapplied for (new allowance)', () => {
    expect(
      transition(issuedCert({ status: 'reviewFailed' }), 'resubmit', { now: '2024-06-01T00:00:00Z' }),
    ).toMatchObject({
      ok: true,
      next: { status: 'reviewing', submittedAt: '2024-06-01T00:00:00.000Z' },
    });
    expect(codes(issuedCert({ status: 'reviewFailed', free: true }), 'resubmit', '2024-06-01T00:00:00Z')).toEqual([
      'life.resubmit.free',
    ]);
  });

  it.each([
    ['tencent-2023', []],
    ['tencent-2024', [{ type: 'charge', at: '2024-06-01T00:00:00.000Z' }]],
  ] as const)('LIFE-11 under %s: a paid reapplication is charged %j', (edition, effects) => {
    const failed = issuedCert({ status: 'reviewFailed' });
    const result = transition(failed, 'resubmit', { now: '2024-06-01T00:00:00Z', policy: presets[edition] });
    expect(result.ok && result.effects).toEqual(effects);
  });

  it('LIFE-12: notifications can be ignored only within 30 days of expiry', () => {
    const threshold = shift(EXPIRY, -30 * DAY);
    expect(codes(issuedCert(), 'ignoreNotifications', shift(threshold, -1))).toEqual([
      'life.notifications.not-expiring',
    ]);
    expect(transition(issuedCert(), 'ignoreNotifications', { now: threshold })).toMatchObject({
      ok: true,
      next: { notificationsIgnored: true },
    });
  });
});

describe('applications and bad input', () => {
  it('submit, issue with the product validity, fail, cancel', () => {
    const pending = issuedCert({
      status: 'freePendingDocuments',
      free: true,
      product: product('Free DV'),
      validation: 'DV',
      issuedAt: undefined,
      expiresAt: undefined,
    });
    const submitted = transition(pending, 'submit', { now: '2024-03-01T00:00:00Z' });
    expect(submitted.ok && submitted.effects).toEqual([{ type: 'dcv.required', deadline: '2024-03-04T00:00:00.000Z' }]);
    if (!submitted.ok) return;
    const issued = transition(submitted.next, 'issue', { now: '2024-03-01T01:00:00Z' });
    expect(issued.ok && issued.next).toMatchObject({
      status: 'issued',
      issuedAt: '2024-03-01T01:00:00.000Z',
      expiresAt: '2025-03-01T01:00:00.000Z',
    });
    expect(transition(submitted.next, 'fail', { now: '2024-03-02T00:00:00Z' })).toMatchObject({
      ok: true,
      next: { status: 'reviewFailed' },
    });
    const cancelling = transition(submitted.next, 'cancel', { now: '2024-03-02T00:00:00Z' });
    expect(
      cancelling.ok && transition(cancelling.next, 'cancellationCompleted', { now: '2024-03-02T00:00:00Z' }),
    ).toMatchObject({ ok: true, next: { status: 'cancelled' } });
  });

  it('throws CertkitError for unknown actions, statuses or times', () => {
    expect(() => transition(issuedCert(), 'explode' as never, { now: '2024-01-01T00:00:00Z' })).toThrow(CertkitError);
    expect(() => transition(issuedCert({ status: 'lost' as never }), 'renew', { now: '2024-01-01T00:00:00Z' })).toThrow(
      CertkitError,
    );
    expect(() => availableActions(issuedCert(), { now: 'yesterday' })).toThrow(CertkitError);
  });
});

describe('LIFE-15: the company phone number of an OV/EV order', () => {
  const pending = (validation: 'DV' | 'OV' | 'EV', companyPhone?: string) =>
    issuedCert({
      status: 'pendingDocuments',
      validation,
      product: product(validation),
      issuedAt: undefined,
      ...(companyPhone === undefined ? {} : { companyPhone }),
    });
  const now = '2024-03-01T00:00:00Z';

  it.each(['+86 755 8601 3388', '0755-86013388', '400-810-0000', '(021) 6123-4567'])('%s is accepted', (phone) => {
    expect(transition(pending('OV', phone), 'submit', { now }).ok).toBe(true);
  });

  it.each([
    [undefined, 'missing'],
    ['  ', 'missing'],
    ['12345', 'invalid'],
    ['call me', 'invalid'],
    ['+86 755 8601 3388 12345', 'invalid'],
  ])('%j is refused before submission (%s)', (phone, reason) => {
    const result = transition(pending('EV', phone), 'submit', { now });
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'life.submit.phone', rule: 'LIFE-15', params: { reason } });
  });

  it('a DV order needs none', () => {
    expect(transition(pending('DV'), 'submit', { now }).ok).toBe(true);
  });
});

describe('LIFE-17: who receives expiry reminders', () => {
  it('the applying or uploading sub-account always; the subscribers, for uploaded certificates too; nobody once ignored', () => {
    expect(expiryReminderRecipients(issuedCert(), { subscribers: ['ops', 'dev-1'], owner: 'dev-1' })).toEqual([
      'dev-1',
      'ops',
    ]);
    expect(expiryReminderRecipients(issuedCert(), { owner: 'dev-1' })).toEqual(['dev-1']); // no subscription
    expect(expiryReminderRecipients(issuedCert({ source: 'upload' }), { subscribers: ['ops'] })).toEqual(['ops']);
    expect(expiryReminderRecipients(issuedCert({ notificationsIgnored: true }), { owner: 'dev-1' })).toEqual([]);
    expect(() => expiryReminderRecipients(issuedCert(), null as never)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ path: 'setup' }) }),
    );
    expect(() => expiryReminderRecipients(issuedCert(), { owner: 1 } as never)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ path: 'setup.owner' }) }),
    );
    expect(() => expiryReminderRecipients(issuedCert(), { subscribers: 'ops' } as never)).toThrow(
      expect.objectContaining({
        code: 'argument.invalid',
        params: expect.objectContaining({ path: 'setup.subscribers' }),
      }),
    );
  });
});
