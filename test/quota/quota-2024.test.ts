import { describe, expect, it } from 'vitest';
import { presets } from '../../src/policy/index.js';
import { createQuotaLedger, evaluateQuota, type QuotaRequest } from '../../src/quota/index.js';
import { certificate, certificates, justBefore } from './helpers.js';

const policy = presets['tencent-2024'];
const request: QuotaRequest = { accountId: 'a1', account: { kind: 'individual' }, domain: 'new.other.cn' };
const at = (now: string, records = certificates(20, 'c'), req = request) =>
  evaluateQuota(req, createQuotaLedger(records, policy), { now });

describe('tencent-2024 quotas', () => {
  it('QUOTA-01: an account holds at most 20 free certificates at a time', () => {
    expect(at('2024-06-01T00:00:00Z', certificates(19, 'c'))).toMatchObject({
      allowed: true,
      pool: 'free',
      issues: [],
    });
    const refused = at('2024-06-01T00:00:00Z');
    expect(refused.allowed).toBe(false);
    expect(refused.issues[0]).toMatchObject({
      code: 'quota.account.exhausted',
      rule: 'QUOTA-01',
      params: { used: 20, limit: 20, pools: ['free'] },
    });
    expect(refused.usage.account).toEqual({ used: 20, limit: 20, pools: { free: { used: 20, limit: 20 } } });
  });

  it('QUOTA-02: at most 20 per primary domain, whatever the account, including other platforms', () => {
    const others = [
      ...certificates(15, 'x', { accountId: 'a2' }),
      ...certificates(5, 'e', { accountId: 'elsewhere', external: true }),
    ];
    const refused = at('2024-06-01T00:00:00Z', others, { ...request, domain: 'shop.example.com' });
    expect(refused.issues).toEqual([
      expect.objectContaining({
        code: 'quota.primaryDomain.exhausted',
        rule: 'QUOTA-02',
        params: expect.objectContaining({ primaryDomain: 'example.com', used: 20 }),
      }),
    ]);
    expect(refused.usage.account.used).toBe(0); // external records never count against an account
    expect(at('2024-06-01T00:00:00Z', others.slice(1), { ...request, domain: 'shop.example.com' }).allowed).toBe(true);
  });

  it('QUOTA-03: revocation frees the account slot immediately; expiry too', () => {
    const revoked = [...certificates(19, 'c'), certificate('r', { revokedAt: '2024-03-01T10:00:00Z' })];
    expect(at(justBefore('2024-03-01T10:00:00Z'), revoked).allowed).toBe(false);
    expect(at('2024-03-01T10:00:00Z', revoked).allowed).toBe(true);
    const expiring = [...certificates(19, 'c'), certificate('x', { expiresAt: '2024-09-01T00:00:00Z' })];
    expect(at(justBefore('2024-09-01T00:00:00Z'), expiring).allowed).toBe(false);
    expect(at('2024-09-01T00:00:00Z', expiring).allowed).toBe(true);
  });

  it('QUOTA-03: deleting a certificate frees nothing', () => {
    const deleted = certificates(20, 'c', { deletedAt: '2024-02-01T00:00:00Z' });
    expect(at('2024-06-01T00:00:00Z', deleted).allowed).toBe(false);
  });

  it('QUOTA-04: the primary-domain slot frees only at normal expiry — a revoked certificate holds it until its original expiry', () => {
    const held = certificates(20, 'c', { accountId: 'a2', revokedAt: '2024-02-01T00:00:00Z' });
    const sameDomain = { ...request, domain: 'shop.example.com' };
    expect(at('2024-06-01T00:00:00Z', held, sameDomain).issues[0]?.code).toBe('quota.primaryDomain.exhausted');
    expect(at(justBefore('2025-01-01T00:00:00Z'), held, sameDomain).allowed).toBe(false);
    expect(at('2025-01-01T00:00:00Z', held, sameDomain).allowed).toBe(true);
  });

  it('QUOTA-05: the free allowance first, then a purchased package', () => {
    expect(at('2024-06-01T00:00:00Z', certificates(19, 'c'), { ...request, packageRemaining: 5 }).pool).toBe('free');
    const fromPackage = at('2024-06-01T00:00:00Z', certificates(20, 'c'), { ...request, packageRemaining: 5 });
    expect(fromPackage).toMatchObject({
      allowed: true,
      pool: 'package',
      issues: [{ code: 'quota.package.used', rule: 'QUOTA-05', severity: 'info' }],
    });
    expect(at('2024-06-01T00:00:00Z', certificates(20, 'c'), { ...request, packageRemaining: 0 }).allowed).toBe(false);
    // package certificates never use the free allowance
    const packaged = certificates(20, 'p', { pool: 'package' });
    expect(at('2024-06-01T00:00:00Z', packaged).pool).toBe('free');
  });

  it('QUOTA-08 and LIFE-11: a reissue takes no allowance; a reapplication takes a new one', () => {
    expect(at('2024-06-01T00:00:00Z', certificates(20, 'c'), { ...request, kind: 'reissue' })).toMatchObject({
      allowed: true,
      issues: [{ code: 'quota.reissue.free', rule: 'QUOTA-08' }],
    });
    expect(at('2024-06-01T00:00:00Z', certificates(20, 'c'), { ...request, kind: 'reapply' }).allowed).toBe(false);
  });

  it('QUOTA-09: a refusal says when the next slot frees up, and the request is allowed exactly then', () => {
    const records = certificates(20, 'c').map((record, i) => ({
      ...record,
      expiresAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
    }));
    const refused = at('2024-06-01T00:00:00Z', records);
    expect(refused.nextReleaseAt).toBe('2025-01-01T00:00:00.000Z');
    expect(refused.issues[0]?.params.nextReleaseAt).toBe('2025-01-01T00:00:00.000Z');
    expect(at(justBefore('2025-01-01T00:00:00.000Z'), records).allowed).toBe(false);
    expect(at('2025-01-01T00:00:00.000Z', records).allowed).toBe(true);
  });

  it('QUOTA-09: when both allowances are exhausted, waits for the later of the two', () => {
    const records = [
      ...certificates(20, 'c', { expiresAt: '2025-03-01T00:00:00Z' }),
      ...certificates(20, 'd', {
        accountId: 'a2',
        domain: 'z.shop.cn',
        primaryDomain: 'shop.cn',
        expiresAt: '2025-05-01T00:00:00Z',
      }),
    ];
    const refused = at('2024-06-01T00:00:00Z', records, { ...request, domain: 'y.shop.cn' });
    expect(refused.issues.map((issue) => issue.code)).toEqual([
      'quota.account.exhausted',
      'quota.primaryDomain.exhausted',
    ]);
    expect(refused.nextReleaseAt).toBe('2025-05-01T00:00:00.000Z');
  });
});
