import { describe, expect, it } from 'vitest';
import { definePolicy, type Policy, presets } from '../../src/policy/index.js';
import { createQuotaLedger, evaluateQuota, type QuotaLedger, type QuotaRequest } from '../../src/quota/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import { certificate, certificates, thrown } from './helpers.js';

const now = '2024-06-01T00:00:00Z';
const request: QuotaRequest = { accountId: 'a1', applicant: { kind: 'enterprise' }, domain: 'www.example.com' };

/** A policy whose account pools and primary-domain limit are the given ones, for every account class. */
function withPools(pools: NonNullable<Policy['quota']['accountPools']>['enterprise'], primaryDomainLimit = 20): Policy {
  const accountPools = {
    'individual-standard': pools,
    'individual-v1': pools,
    'individual-v2': pools,
    enterprise: pools,
  };
  return definePolicy({ quota: { accountPools, primaryDomainLimit } }, presets['tencent-2024']);
}

describe('evaluateQuota — bad arguments name their field', () => {
  const ledger = createQuotaLedger([]);
  const cases: [string, () => unknown, string, Record<string, unknown>][] = [
    [
      'a request that is not an object',
      () => evaluateQuota('a1' as never, ledger, { now }),
      'argument.invalid',
      { path: 'request' },
    ],
    [
      'options that are not an object',
      () => evaluateQuota(request, ledger, 5 as never),
      'argument.invalid',
      { path: 'options' },
    ],
    [
      'no time',
      () => evaluateQuota(request, ledger, {} as never),
      'time.invalid',
      { field: 'now', received: 'undefined' },
    ],
    [
      'a policy other than the ledger’s',
      () => evaluateQuota(request, ledger, { now, policy: presets['tencent-2023'] }),
      'quota.request.invalid',
      { field: 'policy', received: 'not the ledger policy' },
    ],
    [
      'a numeric account id',
      () => evaluateQuota({ ...request, accountId: 1 } as never, ledger, { now }),
      'quota.request.invalid',
      { field: 'request', received: 'object' },
    ],
    [
      'a missing domain',
      () => evaluateQuota({ accountId: 'a1', applicant: { kind: 'enterprise' } } as never, ledger, { now }),
      'quota.request.invalid',
      { field: 'request', received: 'object' },
    ],
    [
      'no applicant',
      () => evaluateQuota({ accountId: 'a1', domain: 'example.com' } as never, ledger, { now }),
      'quota.request.invalid',
      { field: 'request', received: 'object' },
    ],
    [
      'an unknown tier',
      () => evaluateQuota({ ...request, applicant: { kind: 'individual', tier: 'v9' } } as never, ledger, { now }),
      'quota.request.invalid',
      { field: 'applicant.tier', received: 'v9' },
    ],
    ['no ledger', () => evaluateQuota(request, null as never, { now }), 'argument.invalid', { path: 'ledger' }],
    [
      'a plain object as ledger',
      () => evaluateQuota(request, {} as never, { now }),
      'argument.invalid',
      { path: 'ledger', expected: 'quota ledger (createQuotaLedger)' },
    ],
    [
      'a ledger missing one method',
      () => evaluateQuota(request, { ...ledger, records: undefined } as never, { now }),
      'argument.invalid',
      { path: 'ledger', expected: 'quota ledger (createQuotaLedger)' },
    ],
    [
      'a ledger carrying an unvalidated policy',
      () =>
        evaluateQuota(
          request,
          {
            policy: { ...presets['tencent-2024'] },
            accountRecords: ledger.accountRecords,
            primaryDomainRecords: ledger.primaryDomainRecords,
            record: ledger.record,
            records: ledger.records,
          } as QuotaLedger,
          { now },
        ),
      'argument.invalid',
      { path: 'ledger.policy' },
    ],
  ];

  it.each(cases)('%s', (_what, call, code, params) => {
    const error = thrown(call);
    expect(error.code).toBe(code);
    expect(error.params).toMatchObject(params);
  });

  it('reads `applicant` before the older `account`, and takes either alone', () => {
    const full = createQuotaLedger(certificates(10, 'c'), presets['tencent-2023']);
    const both = {
      accountId: 'a1',
      domain: 'x.cn',
      applicant: { kind: 'individual' },
      account: { kind: 'enterprise' },
    };
    expect(evaluateQuota(both as QuotaRequest, full, { now }).allowed).toBe(true); // individual: 20 any-domain
    const old = { accountId: 'a1', domain: 'x.cn', account: { kind: 'enterprise' } } as QuotaRequest;
    expect(evaluateQuota(old, full, { now }).allowed).toBe(false); // enterprise 2023: 10
  });
});

describe('evaluateQuota — what a decision carries', () => {
  it('a name without a primary domain is refused under QUOTA-02 with empty usage', () => {
    const decision = evaluateQuota({ ...request, domain: 'com.cn' }, createQuotaLedger([certificate('c')]), { now });
    expect(decision).toEqual({
      allowed: false,
      issues: [
        expect.objectContaining({ code: 'quota.domain.invalid', rule: 'QUOTA-02', subject: 'com.cn', params: {} }),
      ],
      usage: {
        account: { used: 1, limit: 20, pools: { free: { used: 1, limit: 20 } } },
        primaryDomain: { name: null, used: 0, limit: 20 },
        rateLimits: [],
      },
    });
  });

  it('a reissue is allowed from no pool, with an info issue (QUOTA-08), even when everything is full', () => {
    const full = createQuotaLedger(certificates(20, 'c', { domain: 'x.example.com' }));
    const decision = evaluateQuota({ ...request, kind: 'reissue' }, full, { now });
    expect(decision).toEqual({
      allowed: true,
      issues: [
        expect.objectContaining({
          code: 'quota.reissue.free',
          rule: 'QUOTA-08',
          severity: 'info',
          subject: 'www.example.com',
        }),
      ],
      usage: {
        account: { used: 20, limit: 20, pools: { free: { used: 20, limit: 20 } } },
        primaryDomain: { name: 'example.com', used: 20, limit: 20 },
        rateLimits: [],
      },
    });
  });

  it('both allowances full: two issues with their parameters, and nextReleaseAt is the later release', () => {
    const records = [
      ...certificates(19, 'mine', { expiresAt: '2024-09-01T00:00:00Z' }),
      certificate('early', { expiresAt: '2024-07-01T00:00:00Z' }),
      certificate('theirs', { accountId: 'a2', domain: 'x.example.com', expiresAt: '2024-08-01T00:00:00Z' }),
    ];
    const policy = definePolicy({ quota: { primaryDomainLimit: 21 } }, presets['tencent-2024']);
    const decision = evaluateQuota(request, createQuotaLedger(records, { policy, suffixList: privateSuffixList }), {
      now,
    });
    // Account: 20 held, the first frees 2024-07-01. Primary domain: 21 held, the first frees 2024-07-01 too, …
    expect(decision.allowed).toBe(false);
    expect(decision.issues).toEqual([
      expect.objectContaining({
        code: 'quota.account.exhausted',
        rule: 'QUOTA-01',
        subject: 'a1',
        params: { pools: ['free'], used: 20, limit: 20, nextReleaseAt: '2024-07-01T00:00:00.000Z' },
      }),
      expect.objectContaining({
        code: 'quota.primaryDomain.exhausted',
        rule: 'QUOTA-02',
        subject: 'example.com',
        params: { primaryDomain: 'example.com', used: 21, limit: 21, nextReleaseAt: '2024-07-01T00:00:00.000Z' },
      }),
    ]);
    expect(decision.allowed === false && decision.nextReleaseAt).toBe('2024-07-01T00:00:00.000Z');

    // … and with a primary-domain limit of 20 the second release (2024-08-01) is the one that lifts it.
    const tighter = evaluateQuota(request, createQuotaLedger(records), { now });
    expect(tighter.allowed === false && tighter.nextReleaseAt).toBe('2024-08-01T00:00:00.000Z');
    expect(tighter.issues[1]?.params).toMatchObject({ used: 21, limit: 20, nextReleaseAt: '2024-08-01T00:00:00.000Z' });
  });

  it('an allowance of 0 never frees: the refusal has no nextReleaseAt at all', () => {
    const policy = withPools([{ name: 'none', limit: 0, domains: 'any' }]);
    const decision = evaluateQuota(request, createQuotaLedger([], { policy }), { now });
    expect(decision.allowed).toBe(false);
    expect(decision).not.toHaveProperty('nextReleaseAt');
    expect(decision.issues[0]?.params).toEqual({ pools: ['none'], used: 0, limit: 0, nextReleaseAt: null });

    const noPrimary = definePolicy({ quota: { primaryDomainLimit: 0 } }, presets['tencent-2024']);
    const refused = evaluateQuota(request, createQuotaLedger([], { policy: noPrimary }), { now });
    expect(refused).not.toHaveProperty('nextReleaseAt');
    expect(refused.issues.map((issue) => issue.code)).toEqual(['quota.primaryDomain.exhausted']);
  });

  it('one allowance that frees and one that never does: no nextReleaseAt', () => {
    const policy = withPools([{ name: 'free', limit: 1, domains: 'any' }], 0);
    const decision = evaluateQuota(request, createQuotaLedger([certificate('c')], { policy }), { now });
    expect(decision.issues).toHaveLength(2);
    expect(decision).not.toHaveProperty('nextReleaseAt');
  });

  it('with two full eligible pools, the account waits for the earlier one (QUOTA-07)', () => {
    const policy = withPools([
      { name: 'vendor', limit: 1, domains: 'vendor' },
      { name: 'any', limit: 1, domains: 'any' },
      { name: 'closed', limit: 0, domains: 'vendor' },
    ]);
    const records = [
      certificate('v', { pool: 'vendor', expiresAt: '2024-08-01T00:00:00Z' }),
      certificate('a', { pool: 'any', expiresAt: '2024-07-01T00:00:00Z' }),
    ];
    const ledger = createQuotaLedger(records, { policy });
    const vendor = evaluateQuota({ ...request, vendorRegistered: true }, ledger, { now });
    expect(vendor.issues[0]?.params).toMatchObject({
      pools: ['vendor', 'any', 'closed'],
      nextReleaseAt: '2024-07-01T00:00:00.000Z',
    });
    const later = createQuotaLedger(
      [certificate('v', { pool: 'vendor', expiresAt: '2024-06-15T00:00:00Z' }), records[1] as never],
      { policy },
    );
    expect(evaluateQuota({ ...request, vendorRegistered: true }, later, { now }).issues[0]?.params).toMatchObject({
      nextReleaseAt: '2024-06-15T00:00:00.000Z',
    });
  });

  it('a record naming no pool of the account counts in the last pool that takes any domain', () => {
    const policy = withPools([
      { name: 'first-any', limit: 1, domains: 'any' },
      { name: 'last-any', limit: 1, domains: 'any' },
      { name: 'vendor', limit: 1, domains: 'vendor' },
    ]);
    const ledger = createQuotaLedger([certificate('old', { pool: 'retired' }), certificate('none')], { policy });
    const decision = evaluateQuota({ ...request, vendorRegistered: true }, ledger, { now });
    expect(decision.usage.account.pools).toEqual({
      'first-any': { used: 0, limit: 1 },
      'last-any': { used: 2, limit: 1 },
      vendor: { used: 0, limit: 1 },
    });
    expect(decision.allowed && decision.pool).toBe('first-any');
  });

  it('with no pool taking any domain, unnamed records count in the last pool', () => {
    const policy = withPools([
      { name: 'v1', limit: 5, domains: 'vendor' },
      { name: 'v2', limit: 5, domains: 'vendor' },
    ]);
    const decision = evaluateQuota(request, createQuotaLedger([certificate('c')], { policy }), { now });
    expect(decision.usage.account.pools).toEqual({ v1: { used: 0, limit: 5 }, v2: { used: 1, limit: 5 } });
    // A domain not registered with the vendor may use neither: refused, with no pool to wait for.
    expect(decision.issues[0]?.params).toEqual({ pools: [], used: 1, limit: 10, nextReleaseAt: null });
  });

  it('an account class with no pools at all: every record is ignored and the request refused', () => {
    const policy = withPools([]);
    const decision = evaluateQuota(request, createQuotaLedger([certificate('c', { pool: 'gone' })], { policy }), {
      now,
    });
    expect(decision.usage.account).toEqual({ used: 0, limit: 0, pools: {} });
    expect(decision.allowed).toBe(false);
  });

  it('the ledger’s own policy may be passed again', () => {
    const ledger = createQuotaLedger([], presets['tencent-2023']);
    expect(evaluateQuota(request, ledger, { now, policy: ledger.policy }).allowed).toBe(true);
  });

  it('a purchased package is used after the allowance, with the count left (QUOTA-05)', () => {
    const full = createQuotaLedger(certificates(20, 'c', { domain: 'x.other.com' }));
    const decision = evaluateQuota({ ...request, packageRemaining: 3 }, full, { now });
    expect(decision).toMatchObject({ allowed: true, pool: 'package' });
    expect(decision.issues).toEqual([
      expect.objectContaining({
        code: 'quota.package.used',
        rule: 'QUOTA-05',
        severity: 'info',
        params: { remaining: 3 },
      }),
    ]);
    expect(evaluateQuota({ ...request, packageRemaining: 0 }, full, { now }).allowed).toBe(false);
    expect(evaluateQuota(request, full, { now }).allowed).toBe(false);
  });

  it('the primary domain is derived with the policy’s private suffixes', () => {
    const records = certificates(20, 'c', { accountId: 'other', domain: 'a.github.io' });
    const publicOnly = evaluateQuota({ ...request, domain: 'b.github.io' }, createQuotaLedger(records), { now });
    expect(publicOnly.usage.primaryDomain).toEqual({ name: 'github.io', used: 20, limit: 20 });
    const policy = definePolicy({ domain: { privateSuffixes: true } }, presets['tencent-2024']);
    const withPrivate = evaluateQuota(
      { ...request, domain: 'b.github.io' },
      createQuotaLedger(records, { policy, suffixList: privateSuffixList }),
      {
        now,
      },
    );
    expect(withPrivate.usage.primaryDomain).toEqual({ name: 'b.github.io', used: 0, limit: 20 });
    expect(withPrivate.allowed).toBe(true);
  });
});
