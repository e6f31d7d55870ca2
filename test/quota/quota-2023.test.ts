import { describe, expect, it } from 'vitest';
import { presets } from '../../src/policy/index.js';
import { createQuotaLedger, evaluateQuota, type QuotaRequest } from '../../src/quota/index.js';
import { certificate, certificates, justBefore } from './helpers.js';

const policy = presets['tencent-2023'];
const individual: QuotaRequest = { accountId: 'a1', account: { kind: 'individual' }, domain: 'new.other.cn' };
const at = (now: string, records: ReturnType<typeof certificates>, req: QuotaRequest = individual) =>
  evaluateQuota(req, createQuotaLedger(records, policy), { now });
const NOW = '2024-06-01T00:00:00Z';

describe('tencent-2023 quotas', () => {
  it('QUOTA-06: pools by account — standard/V1 30 vendor + 20 any, V2 50 any, enterprise 10', () => {
    const usage = (account: QuotaRequest['account']) => at(NOW, [], { ...individual, account }).usage.account;
    expect(usage({ kind: 'individual' }).pools).toEqual({
      'vendor-domain': { used: 0, limit: 30 },
      'any-domain': { used: 0, limit: 20 },
    });
    expect(usage({ kind: 'individual', tier: 'v1' }).limit).toBe(50);
    expect(usage({ kind: 'individual', tier: 'v2' }).pools).toEqual({ 'any-domain': { used: 0, limit: 50 } });
    expect(usage({ kind: 'enterprise' }).pools).toEqual({ 'any-domain': { used: 0, limit: 10 } });
    expect(at(NOW, certificates(10, 'c'), { ...individual, account: { kind: 'enterprise' } }).allowed).toBe(false);
  });

  it('QUOTA-07: a vendor-registered domain uses the vendor pool first, then the any-domain pool', () => {
    const vendor = { ...individual, vendorRegistered: true };
    expect(at(NOW, [], vendor).pool).toBe('vendor-domain');
    expect(at(NOW, certificates(30, 'v', { pool: 'vendor-domain' }), vendor).pool).toBe('any-domain');
    const full = [
      ...certificates(30, 'v', { pool: 'vendor-domain' }),
      ...certificates(20, 'y', { pool: 'any-domain', domain: 'y.other.net' }),
    ];
    const refused = at(NOW, full, vendor);
    expect(refused.allowed).toBe(false);
    expect(refused.issues[0]?.params.pools).toEqual(['vendor-domain', 'any-domain']);
  });

  it('QUOTA-07: any other domain uses the any-domain pool only', () => {
    expect(at(NOW, [], individual).pool).toBe('any-domain');
    const anyFull = certificates(20, 'y', { pool: 'any-domain', domain: 'y.other.net' });
    const refused = at(NOW, anyFull, individual);
    expect(refused.allowed).toBe(false);
    expect(refused.issues[0]?.params.pools).toEqual(['any-domain']);
    expect(refused.usage.account.pools['vendor-domain']).toEqual({ used: 0, limit: 30 });
  });

  it('QUOTA-03: the account slot frees 24 hours after revocation or expiry (the worst case of "within 24 hours")', () => {
    const records = [...certificates(9, 'c'), certificate('r', { revokedAt: '2024-03-01T10:00:00Z' })];
    const enterprise = { ...individual, account: { kind: 'enterprise' as const } };
    expect(at('2024-03-02T09:59:59.999Z', records, enterprise).allowed).toBe(false);
    expect(at('2024-03-02T10:00:00Z', records, enterprise).allowed).toBe(true);
    const expired = [...certificates(9, 'c'), certificate('x', { expiresAt: '2024-05-01T00:00:00Z' })];
    expect(at(justBefore('2024-05-02T00:00:00Z'), expired, enterprise).allowed).toBe(false);
    expect(at('2024-05-02T00:00:00Z', expired, enterprise).allowed).toBe(true);
  });

  it('QUOTA-04: a certificate revoked early holds its primary-domain slot 15 months from issuance', () => {
    const records = certificates(20, 'c', {
      accountId: 'a2',
      issuedAt: '2023-03-25T00:00:00Z',
      expiresAt: '2024-03-25T00:00:00Z',
      revokedAt: '2023-05-01T00:00:00Z',
    });
    const sameDomain = { ...individual, domain: 'www.example.com' };
    expect(at('2024-03-25T00:00:00Z', records, sameDomain).allowed).toBe(false); // past the original expiry, still held
    const refused = at('2024-06-24T00:00:00Z', records, sameDomain);
    expect(refused.nextReleaseAt).toBe('2024-06-25T00:00:00.000Z');
    expect(at(justBefore('2024-06-25T00:00:00Z'), records, sameDomain).allowed).toBe(false);
    expect(at('2024-06-25T00:00:00Z', records, sameDomain).allowed).toBe(true);
  });

  it('QUOTA-04: a certificate that expired normally frees its primary-domain slot at expiry', () => {
    const records = certificates(20, 'c', { accountId: 'a2', expiresAt: '2024-05-01T00:00:00Z' });
    expect(at(justBefore('2024-05-01T00:00:00Z'), records, { ...individual, domain: 'w.example.com' }).allowed).toBe(
      false,
    );
    expect(at('2024-05-01T00:00:00Z', records, { ...individual, domain: 'w.example.com' }).allowed).toBe(true);
  });

  it('QUOTA-05 does not exist in 2023: no package after the allowance', () => {
    const full = certificates(20, 'y', { pool: 'any-domain', domain: 'y.other.net' });
    expect(at(NOW, full, { ...individual, packageRemaining: 10 }).allowed).toBe(false);
  });
});
