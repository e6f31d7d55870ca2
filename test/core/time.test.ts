import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  addMonths,
  addYears,
  businessDaysBetween,
  CertkitError,
  calendarDaysBetween,
  isBusinessDay,
  startOfUtcDay,
  toDate,
} from '../../src/core/index.js';

const iso = (date: Date) => date.toISOString();
const dates = fc.date({
  min: new Date('1990-01-01T00:00:00Z'),
  max: new Date('2090-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('toDate', () => {
  it.each([
    ['2024-03-01', '2024-03-01T00:00:00.000Z'],
    ['2024-03-01T08:00:00Z', '2024-03-01T08:00:00.000Z'],
    ['2024-03-01T08:00:00+08:00', '2024-03-01T00:00:00.000Z'],
    ['2024-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z'],
  ])('reads %s', (input, expected) => {
    expect(iso(toDate(input))).toBe(expected);
  });

  it('answers a string read again as it did the first time, between other strings and refusals', () => {
    const sequence = ['2024-03-01', '2024-03-01', '2023-02-29', '2024-03-01T08:00:00+08:00', '2024-03-01', 'x'];
    const answers = sequence.map((input) => {
      try {
        return iso(toDate(input));
      } catch (error) {
        return (error as CertkitError).code;
      }
    });
    expect(answers).toEqual([
      '2024-03-01T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
      'time.invalid',
      '2024-03-01T00:00:00.000Z',
      '2024-03-01T00:00:00.000Z',
      'time.invalid',
    ]);
    // each call returns its own Date: one caller changing it changes no later answer
    toDate('2024-03-01').setTime(0);
    expect(iso(toDate('2024-03-01'))).toBe('2024-03-01T00:00:00.000Z');
  });

  it('accepts Date and epoch milliseconds and returns a new Date', () => {
    const input = new Date('2024-01-01T00:00:00Z');
    const result = toDate(input);
    expect(result).not.toBe(input);
    expect(result.getTime()).toBe(input.getTime());
    expect(iso(toDate(0))).toBe('1970-01-01T00:00:00.000Z');
  });

  it.each([
    ['2024-03-01T08:00', 'local time without an offset'],
    ['2023-02-29', 'not a leap year'],
    ['2024-13-01', 'month 13'],
    ['2024-03-01T24:00:00Z', 'hour 24'],
    ['01/03/2024', 'not ISO'],
    ['', 'empty'],
    [Number.NaN, 'NaN'],
    [new Date(Number.NaN), 'invalid Date'],
    [null, 'null'],
    [{}, 'object'],
    ['9'.repeat(1_000_000), '1 MB string'],
  ])('refuses %s (%s) with time.invalid', (input, _why) => {
    expect(() => toDate(input as never)).toThrow(CertkitError);
    try {
      toDate(input as never);
    } catch (error) {
      expect((error as CertkitError).code).toBe('time.invalid');
    }
  });
});

describe('calendar arithmetic in UTC', () => {
  it('adds days across a leap day', () => {
    expect(iso(addDays('2024-02-28', 2))).toBe('2024-03-01T00:00:00.000Z');
    expect(iso(addDays('2024-03-01', -1))).toBe('2024-02-29T00:00:00.000Z');
  });

  it('adds months clamping to the end of shorter months', () => {
    expect(iso(addMonths('2024-01-31', 1))).toBe('2024-02-29T00:00:00.000Z');
    expect(iso(addMonths('2023-01-31', 1))).toBe('2023-02-28T00:00:00.000Z');
    expect(iso(addMonths('2024-03-31T10:00:00Z', -1))).toBe('2024-02-29T10:00:00.000Z');
    // the 2023 quota edition holds a slot for 15 months from issuance
    expect(iso(addMonths('2023-03-25', 15))).toBe('2024-06-25T00:00:00.000Z');
  });

  it('adds years (the auto-renewal example: old expiry 2021-11-01 plus one year)', () => {
    expect(iso(addYears('2021-11-01', 1))).toBe('2022-11-01T00:00:00.000Z');
    expect(iso(addYears('2024-02-29', 1))).toBe('2025-02-28T00:00:00.000Z');
  });

  it('counts calendar days by UTC midnights crossed', () => {
    expect(calendarDaysBetween('2024-03-01T23:00:00Z', '2024-03-02T01:00:00Z')).toBe(1);
    expect(calendarDaysBetween('2024-03-10', '2024-03-01')).toBe(-9);
    expect(iso(startOfUtcDay('2024-03-01T23:59:59Z'))).toBe('2024-03-01T00:00:00.000Z');
  });

  it('property: addMonths never spills into the following month and round-trips days', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        const expectedMonth = (((date.getUTCMonth() + months) % 12) + 12) % 12;
        expect(result.getUTCMonth()).toBe(expectedMonth);
        expect(result.getUTCDate()).toBeLessThanOrEqual(date.getUTCDate());
        expect(result.getUTCHours()).toBe(date.getUTCHours());
      }),
    );
  });

  it('property: addDays then calendarDaysBetween gives the days back', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -5000, max: 5000 }), (date, days) => {
        expect(calendarDaysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });
});

describe('business days (review times)', () => {
  it('skips weekends and holidays', () => {
    expect(isBusinessDay('2024-03-01')).toBe(true);
    expect(isBusinessDay('2024-03-02')).toBe(false);
    expect(isBusinessDay('2024-10-01', { holidays: ['2024-10-01'] })).toBe(false);
    expect(iso(addBusinessDays('2024-03-01', 1))).toBe('2024-03-04T00:00:00.000Z');
    expect(iso(addBusinessDays('2024-03-04', -1))).toBe('2024-03-01T00:00:00.000Z');
    // OV review: 3–5 business days from a Thursday submission
    expect(iso(addBusinessDays('2024-03-07T09:00:00Z', 5))).toBe('2024-03-14T09:00:00.000Z');
    expect(iso(addBusinessDays('2024-09-30', 2, { holidays: ['2024-10-01'] }))).toBe('2024-10-03T00:00:00.000Z');
  });

  it('counts business days between dates', () => {
    expect(businessDaysBetween('2024-03-01', '2024-03-08')).toBe(5);
    expect(businessDaysBetween('2024-03-01', '2024-03-04')).toBe(1);
    expect(businessDaysBetween('2024-03-04', '2024-03-01')).toBe(-1);
  });

  it('property: businessDaysBetween inverts addBusinessDays from a business day', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: -300, max: 300 }), (date, days) => {
        fc.pre(isBusinessDay(date));
        expect(businessDaysBetween(date, addBusinessDays(date, days))).toBe(days);
      }),
    );
  });

  it('refuses spans that would walk forever with time.range', () => {
    expect(() => addBusinessDays('2024-01-01', 1e9)).toThrow(expect.objectContaining({ code: 'time.range' }));
    expect(() => addBusinessDays('2024-01-01', Number.POSITIVE_INFINITY)).toThrow(CertkitError);
    expect(() => businessDaysBetween('1900-01-01', '2099-01-01')).toThrow(CertkitError);
  });
});
