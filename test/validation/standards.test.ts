import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cabfStandards, definePolicy, presets } from '../../src/policy/index.js';
import { checkDcvMethod, checkReverseZoneName, checkValidationReuse, standardsAt } from '../../src/validation/index.js';
import { thrown } from '../thrown.js';

/** The last second before the day `day` starts (UTC), and that day's first. */
const dayBefore = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 1000).toISOString();
const dayOf = (day: string) => `${day}T00:00:00Z`;

describe('the dated public rules (STD-01, STD-02, STD-04, STD-07, STD-11, LIFE-13)', () => {
  it('LIFE-13: the MUST and SHOULD limits change at 00:00 UTC on each day of the schedule', () => {
    for (const [day, before, after] of [
      ['2026-03-15', [398, 397], [200, 199]],
      ['2027-03-15', [200, 199], [100, 99]],
      ['2029-03-15', [100, 99], [47, 46]],
    ] as const) {
      const [maxBefore, recommendedBefore] = before;
      const [maxAfter, recommendedAfter] = after;
      expect(standardsAt(dayBefore(day)).validity).toEqual({ maxDays: maxBefore, recommendedDays: recommendedBefore });
      expect(standardsAt(dayOf(day)).validity).toEqual({ maxDays: maxAfter, recommendedDays: recommendedAfter });
    }
  });

  it('STD-01: validation reuse by the issuance day — 398/200/100/10 days for domains, 825/398 for identity', () => {
    for (const [day, before, after] of [
      ['2026-03-15', { domain: 398, identity: 825 }, { domain: 200, identity: 398 }],
      ['2027-03-15', { domain: 200, identity: 398 }, { domain: 100, identity: 398 }],
      ['2029-03-15', { domain: 100, identity: 398 }, { domain: 10, identity: 398 }],
    ] as const) {
      expect(standardsAt(dayBefore(day)).validationReuseDays).toEqual(before);
      expect(standardsAt(dayOf(day)).validationReuseDays).toEqual(after);
    }
    // exactly the limit may be reused; a second more may not
    const validatedAt = '2027-01-01T00:00:00Z';
    const at = (seconds: number) => new Date(Date.parse(validatedAt) + seconds * 1000).toISOString();
    expect(checkValidationReuse({ kind: 'domain', validatedAt, issuedAt: at(100 * 86_400) })).toMatchObject({
      allowed: true,
      ageDays: 100,
      maxDays: 100,
    });
    const late = checkValidationReuse({ kind: 'domain', validatedAt, issuedAt: at(100 * 86_400 + 1) });
    expect(late.allowed).toBe(false);
    expect(late.issues[0]).toMatchObject({
      code: 'dcv.reuse.expired',
      rule: 'STD-01',
      params: { ageDays: 101, maxDays: 100 },
    });
    // the limit in force on the issuance day: 150 days is fine the day before 2027-03-15, not on it
    const sixMonths = { kind: 'domain' as const, validatedAt: '2026-10-15T00:00:00Z' };
    expect(checkValidationReuse({ ...sixMonths, issuedAt: dayBefore('2027-03-15') }).allowed).toBe(true);
    expect(checkValidationReuse({ ...sixMonths, issuedAt: dayOf('2027-03-15') }).allowed).toBe(false);
    expect(checkValidationReuse({ kind: 'identity', validatedAt: '2026-01-01', issuedAt: '2026-12-03' }).allowed).toBe(
      true,
    );
  });

  it('STD-01: refuses arguments it cannot judge, with the field', () => {
    expect(
      thrown(() =>
        checkValidationReuse({ kind: 'dns' as 'domain', validatedAt: '2026-01-01', issuedAt: '2026-02-01' }),
      ),
    ).toMatchObject({
      code: 'dcv.argument.invalid',
      params: { field: 'request.kind' },
    });
    expect(
      thrown(() => checkValidationReuse({ kind: 'domain', validatedAt: '2026-03-01', issuedAt: '2026-02-01' })).params,
    ).toMatchObject({
      field: 'request.validatedAt',
    });
    expect(
      thrown(() => checkValidationReuse({ kind: 'domain', validatedAt: 'soon', issuedAt: '2026-02-01' })).code,
    ).toBe('time.invalid');
  });

  it('STD-02: each retired method is allowed the day before and refused on the day; new ones the other way', () => {
    for (const method of cabfStandards.dcvMethods) {
      if (method.until !== undefined) {
        expect(checkDcvMethod(method.id, dayBefore(method.until)).allowed, method.id).toBe(true);
        const refused = checkDcvMethod(method.id, dayOf(method.until));
        expect(refused.issues.map((issue) => [issue.code, issue.rule])).toEqual([['dcv.method.retired', 'STD-02']]);
        expect(standardsAt(dayOf(method.until)).dcvMethods).not.toContain(method.id);
      }
      if (method.from !== undefined) {
        expect(checkDcvMethod(method.id, dayBefore(method.from)).issues[0]?.code, method.id).toBe('dcv.method.not-yet');
        expect(checkDcvMethod(method.id, dayOf(method.from)).allowed).toBe(true);
      }
    }
    expect(checkDcvMethod('3.2.2.4.2', '2025-07-14T23:59:59Z').allowed).toBe(true);
    expect(checkDcvMethod('3.2.2.4.8', '2026-03-15T00:00:00Z').allowed).toBe(false);
    expect(checkDcvMethod('3.2.2.4.22', '2026-12-03').method?.name).toBe('DNS TXT record with a persistent value');
    // today's permitted set, by name of section
    expect(standardsAt('2026-12-03').dcvMethods).toEqual([
      '3.2.2.4.4',
      '3.2.2.4.7',
      '3.2.2.4.12',
      '3.2.2.4.13',
      '3.2.2.4.14',
      '3.2.2.4.16',
      '3.2.2.4.17',
      '3.2.2.4.18',
      '3.2.2.4.19',
      '3.2.2.4.20',
      '3.2.2.4.21',
      '3.2.2.4.22',
      '3.2.2.5.1',
      '3.2.2.5.2',
      '3.2.2.5.3',
      '3.2.2.5.5',
      '3.2.2.5.6',
      '3.2.2.5.7',
      '3.2.2.5.8',
    ]);
  });

  it('STD-02: a section the BR does not list is refused, not allowed', () => {
    for (const method of ['3.2.2.4.1', '3.2.2.4.99', 'dns-01', '']) {
      const result = checkDcvMethod(method, '2026-12-03');
      expect(result.allowed).toBe(false);
      expect(result.issues[0]?.code).toBe('dcv.method.unknown');
    }
  });

  it('STD-04: names under the reverse zones are refused from 2026-03-15, whatever their case or trailing dot', () => {
    for (const name of ['4.3.2.1.in-addr.arpa', 'b.a.9.8.ip6.arpa.', 'IN-ADDR.ARPA', 'x.Ip6.Arpa']) {
      expect(checkReverseZoneName(name, dayBefore('2026-03-15')).allowed, name).toBe(true);
      const refused = checkReverseZoneName(name, dayOf('2026-03-15'));
      expect(refused.issues[0]).toMatchObject({ code: 'dcv.name.reverse-zone', rule: 'STD-04', subject: name });
    }
    for (const name of ['example.arpa', 'in-addr.arpa.example.com', 'notin-addr.arpa', 'home.arpa'])
      expect(checkReverseZoneName(name, '2026-12-03').allowed, name).toBe(true);
    expect(standardsAt(dayBefore('2026-03-15')).reverseZoneNames).toBe(true);
    expect(standardsAt(dayOf('2026-03-15')).reverseZoneNames).toBe(false);
  });

  it('STD-07 and STD-11: the EKU profile and the SHA-1 sunset switch on their days', () => {
    expect(standardsAt(dayBefore('2026-06-15')).serverAuthOnlyEku).toEqual({
      subordinateCas: false,
      subscribers: false,
    });
    expect(standardsAt(dayOf('2026-06-15')).serverAuthOnlyEku).toEqual({ subordinateCas: true, subscribers: false });
    expect(standardsAt(dayBefore('2027-03-15')).serverAuthOnlyEku.subscribers).toBe(false);
    expect(standardsAt(dayOf('2027-03-15')).serverAuthOnlyEku.subscribers).toBe(true);
    expect(standardsAt(dayBefore('2026-09-15')).sha1).toBe(true);
    expect(standardsAt(dayOf('2026-09-15')).sha1).toBe(false);
  });

  it('is policy data: every preset carries it, and a policy of its own may move a date', () => {
    for (const preset of Object.values(presets)) expect(preset.standards).toEqual(cabfStandards);
    const later = definePolicy({ standards: { ...cabfStandards, sha1RefusedFrom: '2027-01-01' } });
    expect(standardsAt('2026-12-03', { policy: later }).sha1).toBe(true);
  });

  it('answers for any instant without throwing, and the permitted methods are exactly those checkDcvMethod allows (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2032-01-01'), noInvalidDate: true }),
        (date) => {
          const at = standardsAt(date);
          const allowed = cabfStandards.dcvMethods
            .filter((method) => checkDcvMethod(method.id, date).allowed)
            .map(({ id }) => id);
          expect(at.dcvMethods).toEqual(allowed);
          expect(at.validity.recommendedDays).toBe(at.validity.maxDays - 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
