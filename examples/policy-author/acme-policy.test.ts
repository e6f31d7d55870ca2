/**
 * A policy author's test suite: ACME Certificates sells the vendor's certificates with two changes
 * of its own, written in acme-policy.json — it refuses .su and .by names as well as .ru (DOM-04),
 * and allows five free certificates per primary domain instead of twenty (QUOTA-02). Each test
 * pins one change against the preset it extends, so a later edit that changes anything else
 * fails here first.
 *
 * Run it: npm run example:policy
 */
import { readFileSync } from 'node:fs';
import { validateDomain } from 'certkit/domain';
import { formatIssue } from 'certkit/messages';
import { type Policy, parsePolicy, presets } from 'certkit/policy';
import { createQuotaLedger, evaluateQuota, type LedgerRecord } from 'certkit/quota';
import { describe, expect, it } from 'vitest';

const acme = parsePolicy(JSON.parse(readFileSync(new URL('./acme-policy.json', import.meta.url), 'utf8')));
const base = presets['tencent-2024'];

/** The dotted paths at which two policies differ. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a))
    return JSON.stringify(a) === JSON.stringify(b) ? [] : [path];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].flatMap((key) =>
    differences(
      (a as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
      path ? `${path}.${key}` : key,
    ),
  );
}

describe('the ACME policy', () => {
  it('changes only what it says it changes', () => {
    expect(differences(acme, base).sort()).toEqual(['domain.refusedTlds', 'id', 'quota.primaryDomainLimit']);
  });

  it('DOM-04: refuses .su and .by names, which the preset accepts, and still refuses .ru', () => {
    for (const domain of ['shop.example.su', 'shop.example.by']) {
      expect(validateDomain(domain, { policy: base }).ok).toBe(true);
      const verdict = validateDomain(domain, { policy: acme });
      expect(verdict.ok).toBe(false);
      expect(verdict.issues.map((issue) => [issue.code, issue.rule])).toEqual([['domain.tld.refused', 'DOM-04']]);
    }
    expect(validateDomain('shop.example.ru', { policy: acme }).ok).toBe(false);
    expect(validateDomain('shop.example.com', { policy: acme }).ok).toBe(true);
  });

  it('DOM-04: the refusal reads well in both languages', () => {
    const [issue] = validateDomain('shop.example.by', { policy: acme }).issues;
    if (issue === undefined) throw new Error('expected an issue');
    expect(formatIssue(issue, 'en')).toContain('.by');
    expect(formatIssue(issue, 'zh-CN')).toContain('.by');
  });

  it('QUOTA-02: the sixth free certificate for one primary domain waits for the first to expire', () => {
    const records: LedgerRecord[] = Array.from({ length: 5 }, (_, i) => ({
      id: `c${i}`,
      accountId: `account-${i}`, // five accounts: only the primary-domain limit can bite
      domain: `host${i}.example.com`,
      free: true,
      issuedAt: '2024-01-01T00:00:00Z',
      expiresAt: `2025-01-0${i + 1}T00:00:00Z`,
    }));
    const request = { accountId: 'a', applicant: { kind: 'enterprise' as const }, domain: 'www.example.com' };
    const now = '2024-06-01T00:00:00Z';
    const decide = (policy: Policy) => evaluateQuota(request, createQuotaLedger(records, { policy }), { now });

    expect(decide(base).allowed).toBe(true);
    const refused = decide(acme);
    expect(refused.allowed).toBe(false);
    expect(refused.issues.map((issue) => issue.rule)).toEqual(['QUOTA-02']);
    expect(refused.allowed === false && refused.nextReleaseAt).toBe('2025-01-01T00:00:00.000Z');
  });
});
