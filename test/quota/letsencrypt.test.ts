import { describe, expect, it } from 'vitest';
import { checkDomains } from '../../src/domain/index.js';
import { parsePolicy, presets } from '../../src/policy/index.js';
import {
  createQuotaLedger,
  evaluateQuota,
  identifierSet,
  type LedgerRecord,
  type QuotaAttempt,
  type QuotaEvent,
  type QuotaRequest,
  registeredDomain,
  simulateQuota,
} from '../../src/quota/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';

/** STD-10 on the `letsencrypt` preset: the published limits, their refill instants, the exemptions. */

const policy = presets.letsencrypt;
const options = { policy, suffixList: privateSuffixList };
const T0 = Date.parse('2026-12-07T00:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

function certificateAt(id: string, at: number, domain: string, extra: Partial<LedgerRecord> = {}): LedgerRecord {
  return { id, accountId: 'acct', domain, free: true, issuedAt: at, expiresAt: at + 90 * DAY, ...extra };
}

function ask(
  ledger: ReturnType<typeof createQuotaLedger>,
  at: number,
  request: Partial<QuotaRequest> & { domain: string },
) {
  return evaluateQuota({ accountId: 'acct', ...request }, ledger, { now: at });
}

const refusedBy = (decision: ReturnType<typeof evaluateQuota>) =>
  decision.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.params.limit);

describe('the letsencrypt preset', () => {
  it('is a valid policy: no hold pools, four token buckets, the three profiles in the catalog', () => {
    expect(parsePolicy(JSON.parse(JSON.stringify(policy)))).toEqual(policy);
    expect(policy.quota.accountPools).toBeNull();
    expect(policy.quota.primaryDomainLimit).toBeNull();
    expect(policy.quota.rateLimits?.map((limit) => [limit.name, limit.capacity, limit.periodSeconds])).toEqual([
      ['new-orders-per-account', 300, 3 * 3600],
      ['certificates-per-registered-domain', 50, 7 * 86_400],
      ['certificates-per-identifier-set', 5, 7 * 86_400],
      ['authorization-failures-per-identifier', 5, 3600],
    ]);
    const profiles = policy.catalog.LetsEncrypt;
    expect(Object.keys(profiles ?? {})).toEqual(['classic', 'tlsserver', 'shortlived']);
    expect(profiles?.shortlived?.validityHours).toBe(160);
    expect(profiles?.classic?.validityHours).toBe(90 * 24);
  });

  it('needs the private section of the suffix list, as Let’s Encrypt counts foo.github.io as its own registered domain', () => {
    expect(() => createQuotaLedger([], { policy })).toThrow(
      expect.objectContaining({
        code: 'argument.invalid',
        params: expect.objectContaining({ path: 'options.suffixList' }),
      }),
    );
  });
});

describe('STD-10 New Certificates per Registered Domain: 50 per 7 days, one back every 201.6 minutes', () => {
  const burst = Array.from({ length: 50 }, (_, i) => certificateAt(`c${i}`, T0, `host${i}.example.com`));
  // built in each test, not at collection, so a mutation tester's mutants reach it
  const ledger = () => createQuotaLedger(burst, options);
  const firstRefill = T0 + 201.6 * MINUTE;

  it('the 51st certificate is refused with the instant of the next token; 1 ms before it still refused, at it allowed', () => {
    const refused = ask(ledger(), T0 + MINUTE, { domain: 'host50.example.com' });
    expect(refused.allowed).toBe(false);
    expect(refusedBy(refused)).toEqual(['certificates-per-registered-domain']);
    expect(refused.issues[0]).toMatchObject({
      code: 'quota.rateLimit.exhausted',
      rule: 'STD-10',
      subject: 'example.com',
      params: { key: 'example.com', capacity: 50, periodHours: 168, nextTokenAt: iso(firstRefill) },
    });
    expect(refused.allowed === false && refused.nextReleaseAt).toBe(iso(firstRefill));
    expect(ask(ledger(), firstRefill - 1, { domain: 'host50.example.com' }).allowed).toBe(false);
    expect(ask(ledger(), firstRefill, { domain: 'host50.example.com' }).allowed).toBe(true);
  });

  it('counts every account’s certificates, and a wildcard and the names under it alike', () => {
    const other = createQuotaLedger(
      burst.map((record, i) => ({
        ...record,
        accountId: `acct-${i}`,
        domain: i % 2 ? record.domain : '*.example.com',
      })),
      options,
    );
    expect(refusedBy(ask(other, T0 + MINUTE, { domain: 'new.example.com' }))).toEqual([
      'certificates-per-registered-domain',
    ]);
  });

  it('is full again 7 days after the burst, and the usage shows each bucket', () => {
    const decision = ask(ledger(), T0 + 7 * DAY, { domain: 'later.example.com' });
    expect(decision.allowed).toBe(true);
    expect(decision.usage.rateLimits.find((bucket) => bucket.limit === 'certificates-per-registered-domain')).toEqual({
      limit: 'certificates-per-registered-domain',
      key: 'example.com',
      remaining: 50,
      capacity: 50,
      fullAt: iso(T0 + 7 * DAY),
    });
    const halfway = ask(ledger(), T0 + 3.5 * DAY, { domain: 'later.example.com' });
    expect(halfway.usage.rateLimits.find((bucket) => bucket.key === 'example.com')?.remaining).toBe(25);
  });

  it('one order spends a token from each registered domain it names; other registered domains are untouched', () => {
    const mixed = createQuotaLedger(
      Array.from({ length: 50 }, (_, i) =>
        certificateAt(`m${i}`, T0, `a${i}.example.net`, { identifiers: [`a${i}.example.org`] }),
      ),
      options,
    );
    expect(refusedBy(ask(mixed, T0, { domain: 'x.example.net' }))).toEqual(['certificates-per-registered-domain']);
    expect(refusedBy(ask(mixed, T0, { domain: 'x.example.org' }))).toEqual(['certificates-per-registered-domain']);
    expect(ask(mixed, T0, { domain: 'x.example.com' }).allowed).toBe(true);
  });

  it('with the private section: foo.github.io and bar.github.io are separate registered domains', () => {
    const pages = createQuotaLedger(
      Array.from({ length: 50 }, (_, i) => certificateAt(`p${i}`, T0, `n${i}.foo.github.io`)),
      options,
    );
    expect(ask(pages, T0, { domain: 'www.foo.github.io' }).allowed).toBe(false);
    expect(ask(pages, T0, { domain: 'www.bar.github.io' }).allowed).toBe(true);
  });

  it('an IPv4 address counts as itself, an IPv6 address by its /64', () => {
    expect(registeredDomain('192.0.2.7', privateSuffixList)).toBe('192.0.2.7');
    expect(registeredDomain('2001:db8:1:2:aaaa::1', privateSuffixList)).toBe('2001:db8:1:2::/64');
    expect(registeredDomain('*.www.example.co.uk', privateSuffixList)).toBe('example.co.uk');
    const v6 = createQuotaLedger(
      Array.from({ length: 50 }, (_, i) => certificateAt(`v${i}`, T0, `2001:db8:1:2::${(i + 1).toString(16)}`)),
      options,
    );
    expect(refusedBy(ask(v6, T0, { domain: '2001:db8:1:2:ffff::1' }))).toEqual(['certificates-per-registered-domain']);
    expect(ask(v6, T0, { domain: '2001:db8:1:3::1' }).allowed).toBe(true);
    const v4 = createQuotaLedger(
      Array.from({ length: 50 }, (_, i) =>
        certificateAt(`w${i}`, T0, '192.0.2.1', { identifiers: [`h${i}.example.com`] }),
      ),
      options,
    );
    expect(refusedBy(ask(v4, T0, { domain: '192.0.2.1' }))).toContain('certificates-per-registered-domain');
    expect(ask(v4, T0, { domain: '192.0.2.2' }).allowed).toBe(true);
  });

  it('revoking certificates gives no token back', () => {
    const revoked = createQuotaLedger(
      burst.map((record) => ({ ...record, revokedAt: T0 + MINUTE })),
      options,
    );
    expect(ask(revoked, T0 + 2 * MINUTE, { domain: 'host50.example.com' }).allowed).toBe(false);
  });
});

describe('STD-10 New Certificates per Exact Set of Identifiers: 5 per 7 days, one back every 33.6 hours', () => {
  const names = ['example.com', 'www.example.com'];
  const five = Array.from({ length: 5 }, (_, i) =>
    certificateAt(`s${i}`, T0 + i * HOUR, 'example.com', { identifiers: names }),
  );
  // built in each test, not at collection, so a mutation tester's mutants reach it
  const ledger = () => createQuotaLedger(five, options);

  it('a sixth certificate for the same set, in any case and order, is refused until 33.6 hours after the first', () => {
    const at = T0 + 5 * HOUR;
    const refused = ask(ledger(), at, { domain: 'WWW.example.com', identifiers: ['Example.COM'] });
    expect(refusedBy(refused)).toEqual(['certificates-per-identifier-set']);
    expect(refused.issues.find((issue) => issue.severity === 'error')?.params).toMatchObject({
      key: 'example.com,www.example.com',
      nextTokenAt: iso(T0 + 33.6 * HOUR),
    });
    expect(ask(ledger(), T0 + 33.6 * HOUR - 1, { domain: 'example.com', identifiers: names }).allowed).toBe(false);
    expect(ask(ledger(), T0 + 33.6 * HOUR, { domain: 'example.com', identifiers: names }).allowed).toBe(true);
  });

  it('a different set is another bucket', () => {
    expect(ask(ledger(), T0 + 5 * HOUR, { domain: 'example.com' }).allowed).toBe(true);
  });

  it('the renewals (same identifiers) spent nothing from the registered domain, and say so', () => {
    const decision = ask(ledger(), T0 + 5 * HOUR, { domain: 'example.com', identifiers: names });
    const domainBucket = decision.usage.rateLimits.find(
      (bucket) => bucket.limit === 'certificates-per-registered-domain',
    );
    expect(domainBucket).toBeUndefined(); // this order is itself a renewal: not checked against it
    expect(decision.issues[0]).toMatchObject({
      code: 'quota.rateLimit.exempt',
      severity: 'info',
      params: { renewal: 'sameIdentifiers', limits: ['new-orders-per-account', 'certificates-per-registered-domain'] },
    });
    // only the first of the five spent from the registered domain; all five from the set
    expect(ledger().bucketSpends('certificates-per-registered-domain|example.com')).toEqual([T0]);
    expect(ledger().bucketSpends('certificates-per-identifier-set|example.com,www.example.com')).toHaveLength(5);
    expect(ledger().bucketSpends('new-orders-per-account|acct')).toEqual([T0]);
  });

  it('a renewal needs an earlier certificate: one issued at the same instant, or later, does not make one', () => {
    const one = createQuotaLedger([certificateAt('first', T0, 'example.com', { identifiers: names })], options);
    const exemption = (at: number) =>
      ask(one, at, { domain: 'example.com', identifiers: names }).issues.map((issue) => issue.code);
    expect(exemption(T0)).toEqual([]);
    expect(exemption(T0 - 1)).toEqual([]);
    expect(exemption(T0 + 1)).toEqual(['quota.rateLimit.exempt']);
    // two certificates for one set at the same instant: neither renews the other, both spend
    const twins = createQuotaLedger(
      ['a', 'b'].map((id) => certificateAt(id, T0, 'example.com', { identifiers: names })),
      options,
    );
    expect(twins.bucketSpends('certificates-per-registered-domain|example.com')).toEqual([T0, T0]);
  });

  it('records in any order give the same buckets', () => {
    const reversed = createQuotaLedger([...five].reverse(), options);
    const refused = ask(reversed, T0 + 5 * HOUR, { domain: 'example.com', identifiers: names });
    expect(refused.allowed === false && refused.nextReleaseAt).toBe(iso(T0 + 33.6 * HOUR));
    expect(reversed.bucketSpends('certificates-per-identifier-set|example.com,www.example.com')).toEqual(
      five.map((record) => record.issuedAt),
    );
  });

  it('an ARI renewal is exempt from every limit, even with the set’s bucket empty', () => {
    const decision = ask(ledger(), T0 + 5 * HOUR, { domain: 'example.com', identifiers: names, ariRenewal: true });
    expect(decision.allowed).toBe(true);
    expect(decision.usage.rateLimits).toEqual([]);
    expect(decision.issues).toEqual([
      expect.objectContaining({
        code: 'quota.rateLimit.exempt',
        params: { renewal: 'ari', limits: policy.quota.rateLimits?.map((limit) => limit.name) },
      }),
    ]);
  });
});

describe('STD-10 New Orders per Account: 300 per 3 hours, one back every 36 seconds', () => {
  // 300 orders for 300 registered domains within 30 seconds: orders that failed leave no certificate
  const attempts: QuotaAttempt[] = Array.from({ length: 300 }, (_, i) => ({
    type: 'order',
    accountId: 'acct',
    at: T0 + i * 100,
    identifiers: [`site${i}.example`],
  }));
  // built in each test, not at collection, so a mutation tester's mutants reach it
  const ledger = () => createQuotaLedger([], { ...options, attempts });

  it('the 301st order is refused until 36 seconds after the first; another account is not', () => {
    const at = T0 + 30_000;
    const refused = ask(ledger(), at, { domain: 'site300.example' });
    expect(refusedBy(refused)).toEqual(['new-orders-per-account']);
    expect(refused.allowed === false && refused.nextReleaseAt).toBe(iso(T0 + 36_000));
    // tokens come back continuously: 300 × 36 s after the first order the bucket is full again
    expect(refused.usage.rateLimits[0]).toMatchObject({ remaining: 0, fullAt: iso(T0 + 3 * HOUR) });
    expect(ask(ledger(), T0 + 36_000 - 1, { domain: 'site300.example' }).allowed).toBe(false);
    expect(ask(ledger(), T0 + 36_000, { domain: 'site300.example' }).allowed).toBe(true);
    expect(ask(ledger(), at, { domain: 'site300.example', accountId: 'other' }).allowed).toBe(true);
  });
});

describe('STD-10 Authorization Failures per Identifier per Account: 5 per hour, one back every 12 minutes', () => {
  const failures: QuotaAttempt[] = Array.from({ length: 5 }, (_, i) => ({
    type: 'authorizationFailure',
    accountId: 'acct',
    at: T0 + i * MINUTE,
    identifiers: ['flaky.example.com'],
  }));
  // built in each test, not at collection, so a mutation tester's mutants reach it
  const ledger = () => createQuotaLedger([], { ...options, attempts: failures });

  it('after five failures an order naming the identifier is refused until the first failure’s token is back', () => {
    const refused = ask(ledger(), T0 + 5 * MINUTE, { domain: 'ok.example.com', identifiers: ['flaky.example.com'] });
    expect(refusedBy(refused)).toEqual(['authorization-failures-per-identifier']);
    expect(refused.allowed === false && refused.nextReleaseAt).toBe(iso(T0 + 12 * MINUTE));
    expect(ask(ledger(), T0 + 12 * MINUTE, { domain: 'flaky.example.com' }).allowed).toBe(true);
  });

  it('is per account and per identifier', () => {
    expect(ask(ledger(), T0 + 5 * MINUTE, { domain: 'flaky.example.com', accountId: 'other' }).allowed).toBe(true);
    expect(ask(ledger(), T0 + 5 * MINUTE, { domain: 'ok.example.com' }).allowed).toBe(true);
  });
});

describe('simulateQuota: a week of orders under the letsencrypt preset', () => {
  it('reproduces the published limits and each refill instant', () => {
    const empty = createQuotaLedger([], options);
    const events: QuotaEvent[] = [];
    // Monday 00:00: 55 new names under one registered domain, one per second
    for (let i = 0; i < 55; i++)
      events.push({
        type: 'apply',
        at: T0 + i * 1000,
        id: `n${i}`,
        request: { accountId: 'acct', domain: `n${i}.shop.example` },
      });
    // then one more attempt every 100 minutes for the rest of the week
    for (let k = 1; k <= 100; k++)
      events.push({
        type: 'apply',
        at: T0 + k * 100 * MINUTE,
        id: `late${k}`,
        request: { accountId: 'acct', domain: `late${k}.shop.example` },
      });
    const steps = simulateQuota(events, empty);
    const allowed = steps.map((step) => step.decision?.allowed);
    expect(allowed.slice(0, 50).every(Boolean)).toBe(true);
    expect(allowed.slice(50, 55).some(Boolean)).toBe(false);
    // The burst left the bucket empty, tokens return at T0 + j × 201.6 min, and none can pile up
    // between attempts 100 minutes apart: an attempt succeeds exactly when a token has arrived
    // since the previous attempt, and a refusal names the arrival of the next one.
    const tokensBy = (at: number) => Math.floor((at - T0) / (201.6 * MINUTE));
    let spent = 0;
    for (const step of steps.slice(55)) {
      const at = step.event.at as number;
      const decision = step.decision;
      expect(decision?.allowed).toBe(tokensBy(at) > spent);
      if (decision?.allowed) spent += 1;
      else expect(decision?.allowed === false && decision.nextReleaseAt).toBe(iso(T0 + (spent + 1) * 201.6 * MINUTE));
    }
    expect(spent).toBe(tokensBy(T0 + 100 * 100 * MINUTE)); // 49 more in the week
  });

  it('authorization failures spend failure tokens in a simulation too', () => {
    const empty = createQuotaLedger([], options);
    const request: QuotaRequest = { accountId: 'acct', domain: 'flaky.example.com' };
    const events: QuotaEvent[] = [
      ...Array.from(
        { length: 5 },
        (_, i): QuotaEvent => ({ type: 'authorizationFailure', at: T0 + i * MINUTE, request }),
      ),
      { type: 'apply', at: T0 + 6 * MINUTE, id: 'c1', request },
      { type: 'apply', at: T0 + 12 * MINUTE, id: 'c2', request },
    ];
    const steps = simulateQuota(events, empty);
    expect(steps.slice(5).map((step) => step.decision?.allowed)).toEqual([false, true]);
  });
});

describe('STD-10 input', () => {
  it('identifiers compare as a set: case, order, duplicates and a trailing dot do not matter', () => {
    expect(identifierSet(['WWW.Example.com.', 'example.com', 'www.example.com', '2001:DB8::1'])).toEqual([
      '2001:db8::1',
      'example.com',
      'www.example.com',
    ]);
    expect(identifierSet(['-bad-.com'])).toBeNull();
    expect(identifierSet([])).toBeNull();
    const many = Array.from({ length: 1001 }, (_, i) => `n${i}.example.com`);
    expect(identifierSet(many.slice(0, 1000))).toHaveLength(1000);
    expect(identifierSet(many)).toBeNull();
  });

  it('refuses malformed identifiers, attempts and flags with the field named', () => {
    expect(() => createQuotaLedger([certificateAt('c', T0, 'example.com', { identifiers: ['a b'] })], options)).toThrow(
      expect.objectContaining({
        code: 'quota.record.invalid',
        params: expect.objectContaining({ field: 'identifiers' }),
      }),
    );
    expect(() =>
      createQuotaLedger([], {
        ...options,
        attempts: [{ type: 'order', accountId: 'a', at: 'soon', identifiers: ['a.com'] }],
      }),
    ).toThrow(expect.objectContaining({ params: expect.objectContaining({ field: 'attempts[0].at' }) }));
    expect(() => createQuotaLedger([], { ...options, attempts: [{ type: 'oops' } as never] })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'attempts[0].type' }) }),
    );
    const ledger = () => createQuotaLedger([], options);
    expect(() => ask(ledger(), T0, { domain: 'a.com', identifiers: 'b.com' as never })).toThrow(
      expect.objectContaining({
        code: 'quota.request.invalid',
        params: expect.objectContaining({ field: 'identifiers' }),
      }),
    );
    expect(() => ask(ledger(), T0, { domain: 'a.com', ariRenewal: 'yes' as never })).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ field: 'ariRenewal' }) }),
    );
  });

  it('an order naming something that is neither a name nor an IP address is refused, not counted', () => {
    const ledger = () => createQuotaLedger([], options);
    const decision = ask(ledger(), T0, { domain: 'a.com', identifiers: ['a_b..com'] });
    expect(decision).toMatchObject({ allowed: false, issues: [{ code: 'quota.domain.invalid' }] });
  });

  it('a hand-made ledger without buckets is refused under a policy with rate limits (it would read as full)', () => {
    const real = createQuotaLedger([], options);
    const { bucketSpends: _spends, firstIssuedAt: _first, ...shape } = real;
    expect(() => evaluateQuota({ accountId: 'a', domain: 'a.com' }, shape as never, { now: T0 })).toThrow(
      expect.objectContaining({ code: 'argument.invalid', params: expect.objectContaining({ path: 'ledger' }) }),
    );
  });
});

describe('Let’s Encrypt profiles in checkDomains', () => {
  const check = (type: string, domains: string[], domainType = 'multi' as const) =>
    checkDomains(
      { domains, product: { brand: 'LetsEncrypt', type, domainType } },
      { policy, suffixList: privateSuffixList },
    );

  it('IP addresses only in shortlived', () => {
    expect(check('shortlived', ['192.0.2.1', '2001:db8::1']).ok).toBe(true);
    for (const type of ['classic', 'tlsserver'])
      expect(check(type, ['192.0.2.1', 'example.com']).issues.map((issue) => issue.code)).toContain(
        'type.ip.unsupported',
      );
  });

  it('at most 100 identifiers', () => {
    const names = (n: number) => Array.from({ length: n }, (_, i) => `n${i}.example.com`);
    expect(check('classic', names(100)).ok).toBe(true);
    expect(check('classic', names(101)).issues.map((issue) => issue.code)).toContain('type.count.too-many');
  });

  it('names of at most 10 labels (Boulder’s identifier policy)', () => {
    expect(check('classic', ['a.b.c.d.e.f.g.h.example.com']).ok).toBe(true);
    expect(check('classic', ['a.b.c.d.e.f.g.h.i.example.com']).ok).toBe(false);
  });
});
