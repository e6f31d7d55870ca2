import { describe, expect, it } from 'vitest';
import { presets } from '../../src/policy/index.js';
import { createQuotaLedger, evaluateQuota } from '../../src/quota/index.js';

/**
 * QUOTA-01/06, the allowance table cell by cell (issue 19): for every edition, account class and
 * pool of the policy data — so a pool added to the data is tested too — a pool at its limit refuses
 * what only it could serve, and one below its limit serves it. The limits themselves are compared
 * with the FAQs' figures.
 */
const NOW = '2024-06-01T00:00:00Z';
const applicants = {
  'individual-standard': { kind: 'individual', tier: 'standard' },
  'individual-v1': { kind: 'individual', tier: 'v1' },
  'individual-v2': { kind: 'individual', tier: 'v2' },
  enterprise: { kind: 'enterprise' },
} as const;

/** `count` free certificates held in `pool`, each under its own primary domain (QUOTA-02 stays out of the way). */
const held = (pool: string, count: number, offset: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `${pool}-${offset + i}`,
    accountId: 'a1',
    domain: `www.site${offset + i}.cn`,
    free: true,
    pool,
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
  }));

const cells = (['tencent-2023', 'tencent-2024'] as const).flatMap((edition) =>
  Object.entries(presets[edition].quota.accountPools ?? {}).map(([accountClass, pools]) => ({
    edition,
    accountClass,
    pools,
  })),
);

describe('the free-certificate allowance table', () => {
  it('matches the FAQs: 2024 — 20 for everyone; 2023 — 30 vendor-domain + 20 any (standard, v1), 50 (v2), 10 (enterprise)', () => {
    const table = Object.fromEntries(
      cells.map((c) => [`${c.edition} ${c.accountClass}`, c.pools.map((p) => `${p.name} ${p.limit}`).join(' + ')]),
    );
    expect(table).toEqual({
      'tencent-2024 individual-standard': 'free 20',
      'tencent-2024 individual-v1': 'free 20',
      'tencent-2024 individual-v2': 'free 20',
      'tencent-2024 enterprise': 'free 20',
      'tencent-2023 individual-standard': 'vendor-domain 30 + any-domain 20',
      'tencent-2023 individual-v1': 'vendor-domain 30 + any-domain 20',
      'tencent-2023 individual-v2': 'any-domain 50',
      'tencent-2023 enterprise': 'any-domain 10',
    });
  });

  const pools = cells.flatMap((cell) => cell.pools.map((pool) => ({ ...cell, pool })));
  it.each(pools.map((c) => [`${c.edition} ${c.accountClass} ${c.pool.name}`, c] as const))(
    '%s: full refuses, one below serves',
    (_name, { edition, accountClass, pools: all, pool }) => {
      const policy = presets[edition];
      const others = all.filter((other) => other !== pool);
      const request = {
        accountId: 'a1',
        applicant: applicants[accountClass as keyof typeof applicants],
        domain: 'new.fresh-domain.cn',
        vendorRegistered: pool.domains === 'vendor',
      };
      const ledgerWith = (inPool: number) => {
        let offset = 0;
        const records = [...others, pool].flatMap((p) => {
          const count = p === pool ? inPool : p.limit;
          const list = held(p.name, count, offset);
          offset += count;
          return list;
        });
        return createQuotaLedger(records, { policy });
      };
      const below = evaluateQuota(request, ledgerWith(pool.limit - 1), { now: NOW });
      expect(below).toMatchObject({ allowed: true, pool: pool.name });
      const full = evaluateQuota(request, ledgerWith(pool.limit), { now: NOW });
      expect(full.allowed).toBe(false);
      expect(full.issues.map((issue) => issue.rule)).toContain('QUOTA-01');
    },
  );
});
