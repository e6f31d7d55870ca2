import { describe, expect, it } from 'vitest';
import { definePolicy, presets } from '../../src/policy/index.js';
import {
  accountReleaseAt,
  createQuotaLedger,
  type LedgerRecord,
  MAX_LEDGER_RECORDS,
  MAX_SIMULATION_EVENTS,
  primaryDomainReleaseAt,
  type QuotaEvent,
  simulateQuota,
} from '../../src/quota/index.js';
import { privateSuffixList } from '../../src/suffixes/index.js';
import { certificate, thrown } from './helpers.js';

describe('createQuotaLedger — each bad record is named by its position and field', () => {
  const good = certificate('ok');
  const cases: [string, unknown, string, string][] = [
    ['null', null, 'record', 'null'],
    ['a number', 7, 'record', 'number'],
    ['a string', 'c1', 'record', 'string'],
    ['free missing', { ...good, free: undefined }, 'free', 'undefined'],
    ['free a string', { ...good, free: 'true' }, 'free', 'string'],
    ['no id', { ...good, id: undefined }, 'id', 'undefined'],
    ['an empty id', { ...good, id: '' }, 'id', 'string'],
    ['an empty accountId', { ...good, accountId: '' }, 'accountId', 'string'],
    ['a numeric accountId', { ...good, accountId: 42 }, 'accountId', 'number'],
    ['an empty domain', { ...good, domain: '' }, 'domain', 'string'],
    ['a public suffix as domain', { ...good, domain: 'com.cn' }, 'domain', 'com.cn'],
    ['issuedAt not a date', { ...good, issuedAt: 'soon' }, 'issuedAt', 'soon'],
    ['expiresAt not a date', { ...good, expiresAt: 'later' }, 'expiresAt', 'later'],
    ['revokedAt not a date', { ...good, revokedAt: 'x' }, 'revokedAt', 'x'],
    ['deletedAt not a date', { ...good, deletedAt: true }, 'deletedAt', 'boolean'],
    ['cancelledAt not a date', { ...good, cancelledAt: '2024-13-01' }, 'cancelledAt', '2024-13-01'],
    ['expiry before issuance', { ...good, expiresAt: '2023-12-31T23:59:59Z' }, 'expiresAt', 'before issuedAt'],
  ];

  it.each(cases)('%s → quota.record.invalid at index 1', (_what, record, field, received) => {
    const error = thrown(() => createQuotaLedger([certificate('first'), record as LedgerRecord]));
    expect(error.code).toBe('quota.record.invalid');
    expect(error.params).toEqual({ index: 1, field, received });
    expect(error.issues[0]?.subject).toBe('record 1');
  });

  it('a repeated id is named at the second occurrence', () => {
    const error = thrown(() =>
      createQuotaLedger([certificate('c'), certificate('paid', { free: false }), certificate('c')]),
    );
    expect(error.code).toBe('quota.record.invalid');
    expect(error.params).toEqual({ index: 2, field: 'id', received: 'duplicate' });
  });

  it('accepts the edge: expiry equal to issuance, null optional times, a paid record with nothing else', () => {
    const ledger = createQuotaLedger([
      certificate('same', { expiresAt: '2024-01-01T00:00:00Z' }),
      certificate('nulls', { revokedAt: null, deletedAt: null, cancelledAt: null } as never),
      { free: false } as LedgerRecord,
    ]);
    expect(ledger.size).toBe(2);
    expect(ledger.record('nulls')?.revokedAt).toBeUndefined();
  });

  it('derives the primary domain with the policy’s private suffixes (DOM-06 through QUOTA-02)', () => {
    const records = [certificate('pages', { domain: 'shop.github.io' })];
    expect(createQuotaLedger(records).record('pages')?.primaryDomain).toBe('github.io');
    const withPrivate = definePolicy({ domain: { privateSuffixes: true } }, presets['tencent-2024']);
    expect(
      createQuotaLedger(records, { policy: withPrivate, suffixList: privateSuffixList }).record('pages')?.primaryDomain,
    ).toBe('shop.github.io');
  });
});

describe('simulateQuota — each bad event is named by its position and field', () => {
  const ledger = createQuotaLedger([], presets['tencent-2023']);
  const request = { accountId: 'a1', account: { kind: 'enterprise' as const }, domain: 'www.example.com' };
  const apply = (id: string, at: string): QuotaEvent => ({ type: 'apply', at, id, request });

  const cases: [string, unknown[], number, string][] = [
    ['a null event', [apply('a', '2024-01-01'), null], 1, 'at'],
    ['an event without a time', [{ type: 'apply', id: 'a', request }], 0, 'at'],
    ['an event before the previous one', [apply('a', '2024-01-02'), apply('b', '2024-01-01')], 1, 'at'],
    ['an application reusing an id', [apply('a', '2024-01-01'), apply('a', '2024-01-01')], 1, 'id'],
    [
      'a revocation of an unknown id',
      [apply('a', '2024-01-01'), { type: 'revoke', at: '2024-01-02', id: 'b' }],
      1,
      'id',
    ],
    ['an unknown event type', [apply('a', '2024-01-01'), { type: 'renew', at: '2024-01-02', id: 'a' }], 1, 'type'],
  ];

  it.each(cases)('%s → quota.event.invalid', (_what, events, index, field) => {
    const error = thrown(() => simulateQuota(events as QuotaEvent[], ledger));
    expect(error.code).toBe('quota.event.invalid');
    expect(error.params).toEqual({ index, field });
    expect(error.issues[0]?.subject).toBe(`event ${index}`);
  });

  it('events at the same instant are in order, and an unknown type is not mistaken for an unknown id', () => {
    const steps = simulateQuota([apply('a', '2024-01-01'), { type: 'cancel', at: '2024-01-01', id: 'a' }], ledger);
    expect(steps).toHaveLength(2);
    expect(steps[1]).toEqual({ event: { type: 'cancel', at: '2024-01-01', id: 'a' } });
  });

  it('refuses more than MAX_SIMULATION_EVENTS events up front, naming the count', () => {
    const events = new Array<QuotaEvent>(MAX_SIMULATION_EVENTS + 1); // sparse: only its length is read
    const error = thrown(() => simulateQuota(events, ledger));
    expect(error.code).toBe('argument.invalid');
    expect(error.params).toMatchObject({
      path: 'events',
      expected: `at most ${MAX_SIMULATION_EVENTS} events`,
      received: `${MAX_SIMULATION_EVENTS + 1} events`,
    });
  });

  it('refuses events that are not a list, naming them', () => {
    const error = thrown(() => simulateQuota({ length: 1 } as never, ledger));
    expect(error.code).toBe('argument.invalid');
    expect(error.params).toMatchObject({ path: 'events' });
  });

  it('a reissue takes no slot: after nine applications and a reissue the tenth is still allowed (QUOTA-08)', () => {
    const history: QuotaEvent[] = [
      ...Array.from({ length: 9 }, (_, i) => ({
        ...apply(`c${i}`, '2024-01-01'),
        request: { ...request, domain: `h${i}.site${i}.cn` },
      })),
      { type: 'apply', at: '2024-01-02', id: 'again', request: { ...request, kind: 'reissue' } },
      { ...apply('tenth', '2024-01-03'), request: { ...request, domain: 'tenth.site.cn' } },
    ];
    const steps = simulateQuota(history, ledger);
    expect(steps[9]?.decision?.allowed).toBe(true);
    expect(steps[10]?.decision?.allowed).toBe(true);
    expect(() => simulateQuota([...history, { type: 'revoke', at: '2024-01-04', id: 'again' }], ledger)).toThrow(
      expect.objectContaining({ code: 'quota.event.invalid', params: { index: 11, field: 'id' } }),
    );
  });

  it('takes exactly MAX_SIMULATION_EVENTS events (the bound is inclusive)', () => {
    const events = new Array<QuotaEvent>(MAX_SIMULATION_EVENTS);
    // A sparse array of the maximum length: the bound passes, and map visits no holes.
    expect(simulateQuota(events, ledger)).toHaveLength(MAX_SIMULATION_EVENTS);
  });
});

describe('createQuotaLedger — bounds and lookups', () => {
  it('takes exactly MAX_LEDGER_RECORDS records and refuses one more, naming the count', () => {
    expect(createQuotaLedger(new Array<LedgerRecord>(MAX_LEDGER_RECORDS)).size).toBe(0); // sparse: holes are skipped
    const error = thrown(() => createQuotaLedger(new Array<LedgerRecord>(MAX_LEDGER_RECORDS + 1)));
    expect(error.code).toBe('argument.invalid');
    expect(error.params).toMatchObject({
      path: 'records',
      expected: `at most ${MAX_LEDGER_RECORDS} records`,
      received: `${MAX_LEDGER_RECORDS + 1} records`,
    });
  });

  it('answers an empty list for an unknown account or primary domain', () => {
    const ledger = createQuotaLedger([certificate('c')]);
    expect(ledger.accountRecords('nobody')).toEqual([]);
    expect(ledger.primaryDomainRecords('nowhere.com')).toEqual([]);
    expect(ledger.record('nothing')).toBeUndefined();
  });
});

describe('accountReleaseAt / primaryDomainReleaseAt — bad times name their field', () => {
  const times = { issuedAt: '2024-01-01', expiresAt: '2025-01-01' };
  it.each([
    ['no times', null, 'times.issuedAt'],
    ['no issuedAt', { expiresAt: '2025-01-01' }, 'times.issuedAt'],
    ['no expiresAt', { issuedAt: '2024-01-01' }, 'times.expiresAt'],
    ['a bad revokedAt', { ...times, revokedAt: 'never' }, 'times.revokedAt'],
    ['a bad cancelledAt', { ...times, cancelledAt: 'never' }, 'times.cancelledAt'],
  ])('%s → time.invalid naming %s', (_what, value, field) => {
    for (const release of [accountReleaseAt, primaryDomainReleaseAt]) {
      const error = thrown(() => release(value as never));
      expect(error.code).toBe('time.invalid');
      expect(error.params).toMatchObject({ field });
    }
  });

  it('null optional times are absent ones', () => {
    const withNulls = { ...times, revokedAt: null, cancelledAt: null } as never;
    expect(accountReleaseAt(withNulls)).toBe(Date.parse('2025-01-01'));
    expect(primaryDomainReleaseAt(withNulls)).toBe(Date.parse('2025-01-01'));
  });
});
