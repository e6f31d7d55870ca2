import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import {
  createQuotaLedger,
  evaluateQuota,
  type QuotaEvent,
  type QuotaRequest,
  simulateQuota,
} from '../../src/quota/index.js';
import { certificate, justBefore } from './helpers.js';

const request: QuotaRequest = { accountId: 'a1', account: { kind: 'enterprise' }, domain: 'www.example.com' };

describe('createQuotaLedger', () => {
  it('indexes by account and primary domain, deriving primary domains and ignoring paid certificates', () => {
    const ledger = createQuotaLedger([
      certificate('c1'),
      certificate('c2', { accountId: 'a2', domain: 'a.b.example.com.cn' }),
      certificate('paid', { free: false }),
      certificate('ext', { accountId: 'other', external: true }),
    ]);
    expect(ledger.size).toBe(3);
    expect(ledger.accountRecords('a1').map((r) => r.id)).toEqual(['c1']);
    expect(ledger.accountRecords('other')).toEqual([]); // external: primary domain only
    expect(ledger.primaryDomainRecords('example.com').map((r) => r.id)).toEqual(['c1', 'ext']);
    expect(ledger.primaryDomainRecords('example.com.cn').map((r) => r.id)).toEqual(['c2']);
    expect(ledger.record('c1')?.accountReleaseAt).toBe(Date.parse('2025-01-01T00:00:00Z'));
  });

  it('refuses records that are not a list with argument.invalid naming them (not as "record -1")', () => {
    for (const records of ['nope', { records: [] }, null])
      expect(() => createQuotaLedger(records as never)).toThrow(
        expect.objectContaining({ code: 'argument.invalid', params: expect.objectContaining({ path: 'records' }) }),
      );
  });

  it.each([
    ['a bad date', [certificate('c', { issuedAt: '01/01/2024' })]],
    ['a local time without offset', [certificate('c', { expiresAt: '2025-01-01T00:00:00' })]],
    ['expiry before issuance', [certificate('c', { expiresAt: '2023-01-01' })]],
    ['a missing id', [certificate('', {})]],
    ['a domain without primary domain', [certificate('c', { domain: 'com.cn' })]],
    ['a repeated id', [certificate('c'), certificate('c')]],
    ['free not boolean', [certificate('c', { free: 'yes' as never })]],
  ])('refuses %s with quota.record.invalid', (_what, records) => {
    expect(() => createQuotaLedger(records as never)).toThrow(
      expect.objectContaining({ code: 'quota.record.invalid' }),
    );
  });

  it('does not change its input', () => {
    const records = [certificate('c1', { revokedAt: '2024-02-01' })];
    const snapshot = JSON.stringify(records);
    createQuotaLedger(records);
    expect(JSON.stringify(records)).toBe(snapshot);
  });
});

describe('evaluateQuota — bad requests', () => {
  const ledger = createQuotaLedger([]);
  it('refuses malformed requests and times with CertkitError, and invalid domains with an issue', () => {
    expect(() =>
      evaluateQuota({ ...request, account: { kind: 'robot' } } as never, ledger, { now: '2024-01-01' }),
    ).toThrow(CertkitError);
    expect(() =>
      evaluateQuota({ ...request, account: { kind: 'individual', tier: 'v9' } } as never, ledger, {
        now: '2024-01-01',
      }),
    ).toThrow(CertkitError);
    expect(() => evaluateQuota(request, ledger, { now: 'yesterday' })).toThrow(CertkitError);
    expect(() => evaluateQuota(request, ledger, { now: '2024-01-01', policy: presets['tencent-2023'] })).toThrow(
      CertkitError,
    );
    expect(evaluateQuota({ ...request, domain: 'a_b.com' }, ledger, { now: '2024-01-01' })).toMatchObject({
      allowed: false,
      issues: [{ code: 'quota.domain.invalid' }],
    });
  });
});

describe('simulateQuota', () => {
  const enterprise2023 = createQuotaLedger([], presets['tencent-2023']);
  const apply = (id: string, at: string, domain = `${id}.site${id}.cn`): QuotaEvent => ({
    type: 'apply',
    at,
    id,
    request: { ...request, domain },
  });

  it('replays a history: the 11th application waits for a revocation plus 24 hours (2023)', () => {
    const history: QuotaEvent[] = [
      ...Array.from({ length: 10 }, (_, i) => apply(`c${i}`, `2024-01-0${(i % 9) + 1}T00:00:00Z`)).sort((a, b) =>
        String(a.at).localeCompare(String(b.at)),
      ),
      apply('c10', '2024-02-01T00:00:00Z'),
      { type: 'revoke', at: '2024-02-01T12:00:00Z', id: 'c3' },
      apply('c11', '2024-02-02T11:59:59Z'),
      apply('c12', '2024-02-02T12:00:00Z'),
    ];
    const steps = simulateQuota(history, enterprise2023);
    expect(steps.slice(0, 10).every((step) => step.decision?.allowed)).toBe(true);
    expect(steps[10]?.decision).toMatchObject({ allowed: false, nextReleaseAt: '2025-01-02T00:00:00.000Z' }); // first expiry + 24 h
    expect(steps[12]?.decision?.allowed).toBe(false);
    expect(steps[13]?.decision?.allowed).toBe(true);
    expect(enterprise2023.size).toBe(0); // the input ledger is unchanged
  });

  it('compares editions on the same history: 2024 releases at revocation, 2023 a day later', () => {
    const revoke: QuotaEvent = { type: 'revoke', at: '2024-02-01T00:00:00Z', id: 'c0' };
    const history: QuotaEvent[] = [
      ...Array.from({ length: 20 }, (_, i) => apply(`c${i}`, '2024-01-01T00:00:00Z')),
      revoke,
      apply('late', '2024-02-01T00:00:00Z'),
      apply('later', '2024-02-02T00:00:00Z'),
    ].map((event) =>
      event.type === 'apply'
        ? { ...event, request: { ...event.request, account: { kind: 'individual' as const } } }
        : event,
    );
    const verdicts = (edition: 'tencent-2023' | 'tencent-2024') =>
      simulateQuota(history, createQuotaLedger([], presets[edition]))
        .slice(-2)
        .map((step) => step.decision?.allowed);
    expect(verdicts('tencent-2024')).toEqual([true, false]); // the freed slot is taken at once
    expect(verdicts('tencent-2023')).toEqual([false, true]); // 20 any-domain slots; the revoked one frees 24 h later
  });

  it('reissues take nothing, deletions free nothing', () => {
    const history: QuotaEvent[] = [
      ...Array.from({ length: 10 }, (_, i) => apply(`c${i}`, '2024-01-01T00:00:00Z')),
      { type: 'apply', at: '2024-01-02T00:00:00Z', id: 'again', request: { ...request, kind: 'reissue' } },
      { type: 'delete', at: '2024-01-03T00:00:00Z', id: 'c1' },
      apply('after-delete', '2024-01-04T00:00:00Z'),
    ];
    const steps = simulateQuota(history, enterprise2023);
    expect(steps[10]?.decision?.allowed).toBe(true);
    expect(steps[12]?.decision?.allowed).toBe(false);
  });

  it('refuses events out of order, unknown certificates and repeated ids', () => {
    expect(() => simulateQuota([apply('a', '2024-02-01'), apply('b', '2024-01-01')], enterprise2023)).toThrow(
      CertkitError,
    );
    expect(() => simulateQuota([{ type: 'revoke', at: '2024-01-01', id: 'nope' }], enterprise2023)).toThrow(
      CertkitError,
    );
    expect(() => simulateQuota([apply('a', '2024-01-01'), apply('a', '2024-01-02')], enterprise2023)).toThrow(
      CertkitError,
    );
  });
});

describe('quota — properties over random histories', () => {
  const day = 86_400_000;
  const start = Date.parse('2024-01-01T00:00:00Z');
  const event = fc.record({
    kind: fc.constantFrom('apply', 'apply', 'apply', 'revoke', 'delete'),
    account: fc.constantFrom('a1', 'a2'),
    site: fc.constantFrom('one.cn', 'two.cn', 'three.com'),
    gap: fc.integer({ min: 0, max: 40 }),
  });
  const histories = fc.array(event, { maxLength: 80 });
  const editions = fc.constantFrom('tencent-2023', 'tencent-2024') as fc.Arbitrary<'tencent-2023' | 'tencent-2024'>;

  function toEvents(raw: readonly { kind: string; account: string; site: string; gap: number }[]): QuotaEvent[] {
    let time = start;
    const issued: string[] = [];
    return raw.flatMap((item, i): QuotaEvent[] => {
      time += item.gap * day;
      const at = new Date(time).toISOString();
      if (item.kind === 'apply') {
        issued.push(`c${i}`);
        const req: QuotaRequest = {
          accountId: item.account,
          account: { kind: 'enterprise' },
          domain: `h${i}.${item.site}`,
        };
        return [{ type: 'apply', at, id: `c${i}`, request: req }];
      }
      const target = issued[(i * 7) % Math.max(issued.length, 1)];
      return target === undefined ? [] : [{ type: item.kind as 'revoke' | 'delete', at, id: target }];
    });
  }

  it('allowed applications never push an allowance past its limit', () => {
    fc.assert(
      fc.property(histories, editions, (raw, edition) => {
        const policy = presets[edition];
        const ledger = createQuotaLedger([], { policy: definePolicy({ quota: { primaryDomainLimit: 3 } }, policy) });
        // Revocations and deletions may only name certificates that were actually issued.
        const kept: QuotaEvent[] = [];
        const issuedIds = new Set<string>();
        for (const event of toEvents(raw)) {
          if (event.type !== 'apply' && 'id' in event && !issuedIds.has(event.id)) continue;
          kept.push(event);
          if (event.type === 'apply' && simulateQuota(kept, ledger).at(-1)?.decision?.allowed) issuedIds.add(event.id);
        }
        for (const step of simulateQuota(kept, ledger)) {
          if (!step.decision?.allowed) continue;
          const { account, primaryDomain } = step.decision.usage;
          expect(account.used).toBeLessThan(account.limit ?? Number.NaN);
          expect(primaryDomain.used).toBeLessThan(primaryDomain.limit ?? Number.NaN);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('deleting a record never frees a slot', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 500 }),
        editions,
        (count, offsetDays, edition) => {
          const records = Array.from({ length: count }, (_, i) =>
            certificate(`c${i}`, { domain: `h${i}.example.com` }),
          );
          const now = new Date(start + offsetDays * day).toISOString();
          const before = evaluateQuota(request, createQuotaLedger(records, presets[edition]), { now });
          const deleted = records.map((record) => ({ ...record, deletedAt: '2024-01-02T00:00:00Z' }));
          const after = evaluateQuota(request, createQuotaLedger(deleted, presets[edition]), { now });
          expect(after).toEqual(before);
        },
      ),
    );
  });

  it('nextReleaseAt is the first instant at which the same request is allowed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 10, maxLength: 25 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 25 }),
        editions,
        (expiries, revocations, edition) => {
          const records = expiries.map((days, i) =>
            certificate(`c${i}`, {
              domain: `h${i}.example.com`,
              expiresAt: new Date(start + (days + 1) * day).toISOString(),
              ...(revocations[i] === undefined
                ? {}
                : { revokedAt: new Date(start + (revocations[i] as number) * day).toISOString() }),
            }),
          );
          const ledger = createQuotaLedger(records, presets[edition]);
          const decision = evaluateQuota(request, ledger, { now: new Date(start).toISOString() });
          if (decision.allowed || decision.nextReleaseAt === undefined) return;
          expect(evaluateQuota(request, ledger, { now: decision.nextReleaseAt }).allowed).toBe(true);
          expect(evaluateQuota(request, ledger, { now: justBefore(decision.nextReleaseAt) }).allowed).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
