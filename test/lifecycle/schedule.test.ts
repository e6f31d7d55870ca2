import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import {
  availableActions,
  type CertificateState,
  checkOrganizationProfile,
  checkValidity,
  ISSUED_STATUSES,
  type LifecycleAction,
  maxValidityDays,
  renewalSchedule,
  reviewEstimate,
  statuses,
  transition,
  transitionTable,
} from '../../src/lifecycle/index.js';
import { presets } from '../../src/policy/index.js';
import { issuedCert, product, shift } from './helpers.js';

describe('renewalSchedule — LIFE-05, LIFE-06, LIFE-12', () => {
  const cert = issuedCert({ expiresAt: '2025-01-31T00:00:00Z' });

  it('opens the window 30 × 24 h before expiry, with the 2023 reminders on the 29th, 15th and 3rd day before', () => {
    const schedule = renewalSchedule(cert, { policy: presets['tencent-2023'] });
    expect(schedule.windowOpensAt).toBe('2025-01-01T00:00:00.000Z');
    expect(schedule.reminders).toEqual([
      '2025-01-02T00:00:00.000Z',
      '2025-01-16T00:00:00.000Z',
      '2025-01-28T00:00:00.000Z',
    ]);
  });

  it('reminds the day after the window opens under 2024', () => {
    expect(renewalSchedule(cert, { policy: presets['tencent-2024'] }).reminders).toEqual(['2025-01-02T00:00:00.000Z']);
  });

  it('advises renewing 3–10 business days before expiry; auto-renew dates; alarms from 30 days', () => {
    const schedule = renewalSchedule(cert);
    expect(schedule.suggestedRenewal).toEqual({ from: '2025-01-17T00:00:00.000Z', to: '2025-01-28T00:00:00.000Z' });
    expect(schedule.autoRenew).toEqual({
      lastEnableAt: '2025-01-17T00:00:00.000Z',
      chargeAt: '2025-01-01T00:00:00.000Z',
    });
    expect(schedule.alarmFrom).toBe('2025-01-01T00:00:00.000Z');
    expect(() => renewalSchedule(issuedCert({ expiresAt: undefined }))).toThrow(CertkitError);
  });
});

describe('reviewEstimate — LIFE-09', () => {
  it('DV 10 minutes to 24 hours; OV 3–5 and EV 5–7 business days', () => {
    expect(reviewEstimate({ validation: 'DV', submittedAt: '2024-03-01T09:00:00Z' })).toEqual({
      earliest: '2024-03-01T09:10:00.000Z',
      latest: '2024-03-02T09:00:00.000Z',
    });
    expect(reviewEstimate({ validation: 'OV', submittedAt: '2024-03-07T09:00:00Z' })).toEqual({
      earliest: '2024-03-12T09:00:00.000Z',
      latest: '2024-03-14T09:00:00.000Z',
    });
    expect(reviewEstimate({ validation: 'EV', letterUploadedAt: '2024-03-01T00:00:00Z' })).toEqual({
      earliest: '2024-03-08T00:00:00.000Z',
      latest: '2024-03-12T00:00:00.000Z',
    });
    expect(() => reviewEstimate({ validation: 'OV' })).toThrow(CertkitError);
  });
});

describe('validity — LIFE-08, LIFE-13', () => {
  it('LIFE-13: 398 → 200 → 100 → 47 days at 2026-03-15, 2027-03-15 and 2029-03-15', () => {
    for (const [switchDate, before, after] of [
      ['2026-03-15T00:00:00Z', 398, 200],
      ['2027-03-15T00:00:00Z', 200, 100],
      ['2029-03-15T00:00:00Z', 100, 47],
    ] as const) {
      expect(maxValidityDays(shift(switchDate, -1))).toBe(before);
      expect(maxValidityDays(switchDate)).toBe(after);
    }
  });

  it('LIFE-13: notBefore through notAfter inclusive — 398 days less a second fits, 398 days exactly does not', () => {
    const issued = '2025-06-01T00:00:00Z';
    expect(checkValidity(issued, shift(issued, 398 * 86_400 - 1))).toMatchObject({ ok: true, days: 398 });
    expect(checkValidity(issued, shift(issued, 398 * 86_400))).toMatchObject({
      ok: false,
      days: 399,
      maxDays: 398,
    });
  });

  it('LIFE-08: the 1-year free certificate of the 2023/2024 FAQs is flagged when requested today', () => {
    expect(presets['tencent-2024'].quota.freeValidityMonths).toBe(12);
    const today = '2026-11-23T00:00:00Z';
    const result = checkValidity(today, '2027-11-23T00:00:00Z');
    expect(result.issues[0]).toMatchObject({
      code: 'life.validity.too-long',
      rule: 'LIFE-13',
      params: { days: 366, maxDays: 200 }, // 365 days and notAfter's own second
    });
    expect(checkValidity('2024-03-01T00:00:00Z', '2025-03-01T00:00:00Z').ok).toBe(true);
  });
});

describe('organization profiles — LIFE-14', () => {
  it('at most 10; never modified or deleted after creation', () => {
    expect(checkOrganizationProfile('add', 9).ok).toBe(true);
    expect(checkOrganizationProfile('add', 10).issues[0]).toMatchObject({
      code: 'life.organization.limit',
      params: { limit: 10 },
    });
    expect(checkOrganizationProfile('modify', 3).issues[0]?.code).toBe('life.organization.immutable');
    expect(checkOrganizationProfile('delete', 3).ok).toBe(false);
  });
});

describe('the transition table — properties over random action sequences', () => {
  const actions = Object.keys(transitionTable) as LifecycleAction[];
  const start: CertificateState = issuedCert({
    status: 'pendingDocuments',
    issuedAt: undefined,
    expiresAt: undefined,
    submittedAt: undefined,
    product: product('DV', 'TrustAsia', 'wildcard'),
    validation: 'DV',
  });
  const step = fc.record({
    action: fc.constantFrom(...actions),
    hours: fc.integer({ min: 0, max: 24 * 60 }),
    leadDays: fc.integer({ min: 0, max: 60 }),
    csrChanged: fc.boolean(),
    bound: fc.integer({ min: 0, max: 1 }),
  });
  const editions = fc.constantFrom(presets['tencent-2023'], presets['tencent-2024']);

  it('every reached state is valid; refusals change nothing; terminal statuses allow only delete; availableActions agrees with transition', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), editions, (steps, policy) => {
        let cert = start;
        let now = Date.parse('2024-01-01T00:00:00Z');
        for (const { action, hours, leadDays, csrChanged, bound } of steps) {
          now += hours * 3_600_000;
          cert = { ...cert, boundResources: bound };
          const options = { now, policy, args: { leadDays, csrChanged } };
          const snapshot = JSON.stringify(cert);
          const available = availableActions(cert, options);
          for (const availability of available) {
            expect(transition(cert, availability.action, options).ok, availability.action).toBe(availability.allowed);
          }
          if (statuses[cert.status].terminal) {
            expect(
              available
                .filter((a) => a.allowed)
                .map((a) => a.action)
                .filter((a) => a !== 'delete'),
            ).toEqual([]);
          }
          const result = transition(cert, action, options);
          expect(JSON.stringify(cert)).toBe(snapshot);
          if (!result.ok) continue;
          cert = result.next;
          if (ISSUED_STATUSES.includes(cert.status)) {
            expect(cert.issuedAt, cert.status).toBeDefined();
            expect(cert.expiresAt, cert.status).toBeDefined();
          }
          if (cert.status === 'revoked') expect(cert.revokedAt).toBeDefined();
          if (cert.status === 'reviewing') expect(cert.submittedAt).toBeDefined();
        }
      }),
      { numRuns: 200 },
    );
  });
});
