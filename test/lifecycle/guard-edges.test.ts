import { describe, expect, it } from 'vitest';
import {
  type CertificateState,
  checkValidity,
  type LifecycleAction,
  maxValidityDays,
  transition,
} from '../../src/lifecycle/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { thrown } from '../thrown.js';
import { issuedCert, product, wildcardDv } from './helpers.js';

const NOW = '2024-06-01T00:00:00Z';
/** Every issue of one transition, as [code, rule, severity, params]. */
const issuesOf = (cert: CertificateState, action: LifecycleAction, extra: Record<string, unknown> = {}) =>
  transition(cert, action, { now: NOW, ...extra }).issues.map((issue) => [
    issue.code,
    issue.rule,
    issue.severity,
    issue.params,
  ]);
const codesOf = (cert: CertificateState, action: LifecycleAction, extra: Record<string, unknown> = {}) =>
  issuesOf(cert, action, extra).map(([code]) => code);

describe('guards — each issue with its rule, severity and params', () => {
  it('LIFE-02: not while a sibling is being reissued', () => {
    expect(issuesOf(issuedCert(), 'reissue', { context: { primaryDomainReissueInProgress: true } })).toContainEqual([
      'life.reissue.sibling-in-progress',
      'LIFE-02',
      'error',
      {},
    ]);
  });

  it('LIFE-03/04: deployed certificates say to how many resources; undeployed ones say nothing', () => {
    const deployed = issuedCert({ boundResources: 3 });
    expect(issuesOf(deployed, 'revoke')).toContainEqual([
      'life.revoke.bound',
      'LIFE-03',
      'error',
      { boundResources: 3 },
    ]);
    const expired = { expiresAt: '2024-05-01T00:00:00Z' };
    expect(issuesOf(issuedCert({ ...expired, boundResources: 3 }), 'delete')).toContainEqual([
      'life.delete.deployed',
      'LIFE-04',
      'warning',
      { boundResources: 3 },
    ]);
    expect(codesOf(issuedCert({ ...expired, boundResources: 0 }), 'delete')).toEqual([]);
    expect(codesOf(issuedCert({ ...expired }), 'delete')).toEqual([]);
  });

  it('LIFE-03: the to-be-renewed refusal only for certificates marked so', () => {
    const close = { expiresAt: '2024-06-20T00:00:00Z' };
    expect(codesOf(issuedCert(close), 'revoke')).not.toContain('life.revoke.to-be-renewed');
    expect(issuesOf(issuedCert({ ...close, toBeRenewed: true }), 'revoke')).toContainEqual([
      'life.revoke.to-be-renewed',
      'LIFE-03',
      'error',
      { daysLeft: 19, days: 30 },
    ]);
  });

  it('LIFE-05: an expired certificate says when it expired; expiry not yet reached says when it will', () => {
    expect(issuesOf(issuedCert({ expiresAt: '2024-05-01T00:00:00Z' }), 'deploy')).toEqual([
      ['life.expired.unusable', 'LIFE-05', 'error', { expiredAt: '2024-05-01T00:00:00.000Z' }],
    ]);
    expect(issuesOf(issuedCert(), 'expire')).toEqual([
      ['life.expire.not-yet', 'LIFE-05', 'error', { expiresAt: '2025-01-01T00:00:00.000Z' }],
    ]);
  });

  it('LIFE-06: a product without a domain type is not among the auto-renewal products', () => {
    const { domainType: _, ...withoutType } = product('DV');
    expect(issuesOf(issuedCert({ product: withoutType, validation: 'DV' }), 'enableAutoRenew')).toContainEqual([
      'life.autorenew.unsupported',
      'LIFE-06',
      'error',
      { brand: 'TrustAsia', product: 'DV', domainType: '' },
    ]);
  });

  it('LIFE-06: a multi-year term read from the validity says how many years', () => {
    const { termYears: _, ...noTerm } = wildcardDv(1);
    const threeYears = { ...noTerm, issuedAt: '2024-01-01T00:00:00Z', expiresAt: '2027-01-01T00:00:00Z' };
    expect(issuesOf(threeYears, 'enableAutoRenew')).toContainEqual([
      'life.autorenew.term',
      'LIFE-06',
      'error',
      { years: 3 },
    ]);
  });

  it('LIFE-07: the lead time is a whole number of days, 0 included; the same domains drop nothing', () => {
    for (const leadDays of ['7', -1, 1.5, undefined])
      expect(issuesOf(issuedCert({ boundResources: 1 }), 'setHosting', { args: { leadDays } })).toContainEqual([
        'life.argument.invalid',
        null,
        'error',
        { argument: 'leadDays', received: expect.any(String) },
      ]);
    const same = issuesOf(issuedCert({ boundResources: 1 }), 'setHosting', {
      args: { leadDays: 0, domains: ['www.example.com'] },
    });
    expect(same.map(([code]) => code)).toEqual(['life.hosting.issue-before']);
    const dropped = issuesOf(
      issuedCert({ boundResources: 1, domains: ['a.example.com', 'b.example.com'] }),
      'setHosting',
      {
        args: { leadDays: 7, domains: ['a.example.com'] },
      },
    );
    expect(dropped).toContainEqual([
      'life.hosting.domains-dropped',
      'LIFE-07',
      'warning',
      { missing: ['b.example.com'] },
    ]);
  });

  it('LIFE-10: a reminder with no submission time is too early, with no time to give', () => {
    const { submittedAt: _, ...unsubmitted } = issuedCert({
      status: 'reviewing',
      validation: 'DV',
      product: product('DV'),
    });
    expect(issuesOf(unsubmitted as CertificateState, 'remindReviewer')).toEqual([
      ['life.remind.too-early', 'LIFE-10', 'error', { availableAt: '' }],
    ]);
  });
});

describe('LIFE-15: the company phone number', () => {
  const submit = (companyPhone: string | undefined) =>
    issuesOf(issuedCert({ status: 'pendingDocuments', companyPhone }), 'submit').filter(
      ([code]) => code === 'life.submit.phone',
    );

  it.each(['+86 755 8601 3388', '0755-86013388', '(0755) 8601-3388', '1234567', '123456789012345', ' 400-810-0000 '])(
    '%j is a phone number',
    (phone) => {
      expect(submit(phone)).toEqual([]);
    },
  );

  it.each(['123456', '1234567890123456', 'tel 0755-86013388', '0755-86013388 ext', '+-0755', '0755+86013388'])(
    '%j is not',
    (phone) => {
      expect(submit(phone)).toEqual([['life.submit.phone', 'LIFE-15', 'error', { phone, reason: 'invalid' }]]);
    },
  );

  it('a missing one is named as missing', () => {
    for (const phone of [undefined, '   '])
      expect(submit(phone)).toEqual([['life.submit.phone', 'LIFE-15', 'error', { phone: '', reason: 'missing' }]]);
  });
});

describe('effects and validity at their edges', () => {
  it('a paid certificate has no quota effects; a free one revoked at its expiry releases, not holds', () => {
    const paid = transition(issuedCert({ validation: 'DV', product: product('DV') }), 'revoke', { now: NOW });
    expect(paid.ok && paid.effects.filter((effect) => effect.type.startsWith('quota.'))).toEqual([]);
    const free = issuedCert({ free: true, product: product('Free DV'), validation: 'DV', status: 'revoking' });
    const atExpiry = transition(free, 'revocationApproved', { now: '2025-01-01T00:00:00Z' });
    expect(atExpiry.ok && atExpiry.effects.map((effect) => effect.type)).not.toContain('quota.hold');
  });

  it('LIFE-02: an organization validation exactly the revalidation period old is no longer recent', () => {
    const paidDv = issuedCert({ product: product('DV'), validation: 'DV' });
    const args = { csrChanged: true, organizationValidatedAt: '2023-06-01T00:00:00Z' };
    const expired = transition(paidDv, 'reissue', { now: '2024-07-01T00:00:00Z', args }); // 13 months on
    const justBefore = transition(paidDv, 'reissue', { now: '2024-06-30T23:59:59Z', args });
    expect([expired.ok && expired.effects.length, justBefore.ok && justBefore.effects.length]).toEqual([1, 0]);
  });

  it('LIFE-19: a free DV reissue with no recorded method asks for validation without naming one', () => {
    const free = issuedCert({ free: true, product: product('Free DV'), validation: 'DV' });
    const result = transition(free, 'reissue', { now: NOW, args: { csrChanged: true } });
    expect(result.ok && result.effects[0]).not.toHaveProperty('method');
  });

  it('transitions refuse an unknown action, a missing clock, deleted certificates and the wrong status', () => {
    expect(thrown(() => transition(issuedCert(), 'fly' as never, { now: NOW })).params).toMatchObject({
      argument: 'action',
    });
    expect(thrown(() => transition(issuedCert(), 'download', undefined as never)).params).toMatchObject({
      field: 'now',
    });
    expect(issuesOf(issuedCert({ deletedAt: NOW }), 'download')).toEqual([
      ['life.deleted', 'LIFE-04', 'error', { action: 'download' }],
    ]);
    expect(issuesOf(issuedCert({ status: 'reviewing' }), 'download')).toEqual([
      ['life.status', 'LIFE-01', 'error', { status: 'reviewing', action: 'download' }],
    ]);
  });

  it('LIFE-13: validity limits before the first step, from a policy, and bad times by name', () => {
    expect(maxValidityDays('1960-01-01T00:00:00Z')).toBe(398);
    const policy = definePolicy({ lifecycle: { maxValidity: [{ from: '1970-01-01', days: 90 }] } });
    expect(checkValidity('2024-01-01', '2024-06-01', { policy }).issues[0]?.params).toMatchObject({ maxDays: 90 });
    expect(thrown(() => maxValidityDays('soon')).params).toMatchObject({ field: 'issuedAt' });
    expect(thrown(() => checkValidity('2024-01-01', 'soon')).params).toMatchObject({ field: 'expiresAt' });
    expect(thrown(() => checkValidity('soon', '2024-01-01')).params).toMatchObject({ field: 'issuedAt' });
  });
});

describe('the last lifecycle survivors', () => {
  it('a paid certificate whose revocation completes frees no quota; a free one does', () => {
    const revoking = { status: 'revoking' as const, validation: 'DV' as const };
    const paid = transition(issuedCert({ ...revoking, product: product('DV') }), 'revocationApproved', { now: NOW });
    expect(paid.ok && paid.effects.filter((effect) => effect.type.startsWith('quota.'))).toEqual([]);
    const free = transition(
      issuedCert({ ...revoking, free: true, product: product('Free DV') }),
      'revocationApproved',
      {
        now: NOW,
      },
    );
    expect(free.ok && free.effects.map((effect) => effect.type)).toContain('quota.hold');
  });

  it('a product the catalog does not know is no SM2 product, and no TypeError', () => {
    // DNSPod's revocation paths ask whether the product is SM2; the catalog has no DNSPod X
    for (const brand of ['Nope', 'DNSPod']) {
      const unknown = issuedCert({ product: { brand, type: 'X', domainType: 'single' } });
      expect(() => transition(unknown, 'revoke', { now: NOW })).not.toThrow();
    }
  });

  it('LIFE-19: only a listed wildcard DV of the listed brand and type skips the ownership check', () => {
    const reissue = (cert: CertificateState) =>
      transition(cert, 'reissue', { now: NOW, args: { csrChanged: true }, context: { automaticValidation: true } });
    const types = (cert: CertificateState) => {
      const result = reissue(cert);
      return result.ok ? result.effects.map((effect) => effect.type) : result.issues.map((issue) => issue.code);
    };
    expect(types(wildcardDv(3))).toEqual([]);
    expect(
      types({ ...wildcardDv(3), product: product('DV', 'TrustAsia', 'single'), domains: ['a.example.com'] }),
    ).toEqual(['dcv.required']);
    expect(types({ ...wildcardDv(3), product: product('OV', 'TrustAsia', 'wildcard'), validation: 'OV' })).toEqual([
      'dcv.required',
    ]);
  });

  it('LIFE-06: fewer than 14 days left is refused with the days left and the minimum', () => {
    expect(issuesOf(wildcardDv(1), 'enableAutoRenew', { now: '2024-12-25T00:00:00Z' })).toContainEqual([
      'life.autorenew.days-left',
      'LIFE-06',
      'error',
      { daysLeft: 7, minimum: 14 },
    ]);
  });
});
