import { presets } from '../src/policy/index.js';
import { createQuotaLedger, evaluateQuota, type LedgerRecord, type QuotaRequest } from '../src/quota/index.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let quotaSink = 0;

/** `count` certificates spread over count/10 accounts and count/5 primary domains. */
export function ledgerRecords(count: number): LedgerRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `c${i}`,
    accountId: `acct${i % Math.max(1, count / 10)}`,
    domain: `h${i}.site${i % Math.max(1, count / 5)}.cn`,
    primaryDomain: `site${i % Math.max(1, count / 5)}.cn`,
    free: true,
    issuedAt: 1_704_067_200_000 + (i % 365) * 86_400_000,
    expiresAt: 1_735_689_600_000 + (i % 365) * 86_400_000,
  }));
}

/** The 100 requests each quota measurement decides. */
export function quotaRequests(): QuotaRequest[] {
  return Array.from({ length: 100 }, (_, i) => ({
    accountId: `acct${i * 7}`,
    account: { kind: 'individual' },
    domain: `new.site${i * 13}.cn`,
  }));
}

/**
 * Quota benchmarks (issue 5): one decision against 1,000,000 records costs at most 2× one
 * against 10,000 (ratio ≥ 0.5): the ledger index makes the cost independent of its size.
 */
export function quotaBenchmarks(): BenchCase[] {
  const policy = presets['tencent-2024'];
  const small = createQuotaLedger(ledgerRecords(10_000), policy);
  const large = createQuotaLedger(ledgerRecords(1_000_000), policy);
  const requests = quotaRequests();
  const now = '2024-09-01T00:00:00Z';
  return [
    {
      id: 'evaluateQuota, 10,000 records (100 decisions)',
      run: () => {
        for (const request of requests) quotaSink += evaluateQuota(request, small, { now }).allowed ? 1 : 0;
      },
    },
    {
      id: 'evaluateQuota, 1,000,000 records (100 decisions)',
      baseline: 'evaluateQuota, 10,000 records (100 decisions)',
      target: 0.5,
      run: () => {
        for (const request of requests) quotaSink += evaluateQuota(request, large, { now }).allowed ? 1 : 0;
      },
    },
  ];
}
