import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acmeRenewalTime, renewalSchedule } from '../../src/lifecycle/index.js';
import { thrown } from '../thrown.js';

const NOW = '2026-12-03T00:00:00Z';
const iso = (ms: number) => new Date(ms).toISOString();

describe('acmeRenewalTime (STD-09, RFC 9773)', () => {
  const window = { start: '2026-12-10T00:00:00Z', end: '2026-12-12T00:00:00Z' };
  const cert = { notBefore: '2026-11-01T00:00:00Z', notAfter: '2027-01-30T00:00:00Z' };

  it('with ARI: a time inside the suggested window, uniform in the random value', () => {
    expect(acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: window }, random: 0, now: NOW })).toMatchObject({
      renewAt: '2026-12-10T00:00:00.000Z',
      basis: 'ari',
    });
    expect(acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: window }, random: 0.5, now: NOW }).renewAt).toBe(
      '2026-12-11T00:00:00.000Z',
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (random) => {
        const at = Date.parse(
          acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: window }, random, now: NOW }).renewAt,
        );
        expect(at).toBeGreaterThanOrEqual(Date.parse(window.start));
        expect(at).toBeLessThan(Date.parse(window.end));
      }),
    );
  });

  it('a window already past, or a time chosen in the past, means now', () => {
    const past = { start: '2026-11-01T00:00:00Z', end: '2026-11-02T00:00:00Z' };
    expect(acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: past }, random: 0.9, now: NOW }).renewAt).toBe(
      '2026-12-03T00:00:00.000Z',
    );
    const straddling = { start: '2026-12-01T00:00:00Z', end: '2026-12-05T00:00:00Z' };
    expect(
      acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: straddling }, random: 0, now: NOW }).renewAt,
    ).toBe('2026-12-03T00:00:00.000Z');
  });

  it('without ARI: a third of the lifetime left, a half below ten days (6-day, 45-day, 90-day certificates)', () => {
    const start = Date.parse('2026-12-01T00:00:00Z');
    const day = 86_400_000;
    for (const [days, left] of [
      [90, 30],
      [45, 15],
      [10, 10 / 3],
      [6, 3],
      [9.9, 9.9 / 2],
    ] as const) {
      const result = acmeRenewalTime({
        notBefore: iso(start),
        notAfter: iso(start + days * day),
        random: 0.3,
        now: iso(start),
      });
      expect(result.basis).toBe('lifetime');
      expect(Date.parse(result.renewAt)).toBe(Math.round(start + days * day - left * day));
    }
  });

  it('asks again after Retry-After, kept between a minute and a day; six hours without one', () => {
    const ask = (retryAfterSeconds?: number) =>
      acmeRenewalTime({
        ...cert,
        random: 0,
        now: NOW,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      }).checkAgainAt;
    expect(ask()).toBe('2026-12-03T06:00:00.000Z');
    expect(ask(3600)).toBe('2026-12-03T01:00:00.000Z');
    expect(ask(1)).toBe('2026-12-03T00:01:00.000Z');
    expect(ask(10 * 86_400)).toBe('2026-12-04T00:00:00.000Z');
    expect(ask(Number.NaN)).toBe('2026-12-03T06:00:00.000Z');
  });

  it('refuses what it cannot read with life.argument.invalid or time.invalid', () => {
    for (const random of [1, -0.1, Number.NaN, '0.5'])
      expect(thrown(() => acmeRenewalTime({ ...cert, random: random as number, now: NOW })).code).toBe(
        'life.argument.invalid',
      );
    const backwards = { start: '2026-12-12T00:00:00Z', end: '2026-12-10T00:00:00Z' };
    expect(
      thrown(() => acmeRenewalTime({ ...cert, renewalInfo: { suggestedWindow: backwards }, random: 0, now: NOW })).code,
    ).toBe('life.argument.invalid');
    expect(thrown(() => acmeRenewalTime({ ...cert, notAfter: cert.notBefore, random: 0, now: NOW })).code).toBe(
      'life.argument.invalid',
    );
    expect(
      thrown(() =>
        acmeRenewalTime({
          ...cert,
          renewalInfo: { suggestedWindow: { start: 'soon', end: 'later' } },
          random: 0,
          now: NOW,
        }),
      ).code,
    ).toBe('time.invalid');
  });
});

describe('renewalSchedule with an ACME client (STD-09)', () => {
  it('adds when the client renews a 6-day certificate: half its life without ARI, in the window with it', () => {
    const sixDays = { issuedAt: '2026-12-01T00:00:00Z', expiresAt: '2026-12-07T00:00:00Z' };
    const plain = renewalSchedule(sixDays);
    expect(plain.acme).toBeUndefined();
    const lifetime = renewalSchedule(sixDays, { acme: { random: 0.5, now: '2026-12-02T00:00:00Z' } });
    expect(lifetime.acme).toMatchObject({ renewAt: '2026-12-04T00:00:00.000Z', basis: 'lifetime' });
    const window = { start: '2026-12-03T00:00:00Z', end: '2026-12-03T12:00:00Z' };
    const ari = renewalSchedule(sixDays, {
      acme: { renewalInfo: { suggestedWindow: window }, random: 0.5, now: '2026-12-02T00:00:00Z' },
    });
    expect(ari.acme).toMatchObject({ renewAt: '2026-12-03T06:00:00.000Z', basis: 'ari' });
    // the vendor calendar is the same either way
    expect(ari.windowOpensAt).toBe(plain.windowOpensAt);
  });

  it('needs the notBefore: issuedAt, or the one given', () => {
    expect(() => renewalSchedule({ expiresAt: '2026-12-07T00:00:00Z' }, { acme: { random: 0, now: NOW } })).toThrow(
      expect.objectContaining({ code: 'life.argument.invalid' }),
    );
    const given = renewalSchedule(
      { expiresAt: '2027-01-15T00:00:00Z' },
      { acme: { notBefore: '2026-12-01T00:00:00Z', random: 0, now: '2026-12-02T00:00:00Z' } },
    );
    expect(given.acme?.basis).toBe('lifetime');
  });
});
