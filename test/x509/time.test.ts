import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DerError, readNode, readTime, TAG } from '../../src/x509/der/reader.js';

/** A UTCTime or GeneralizedTime node with `text` as its content. */
function timeNode(tag: number, text: string) {
  const bytes = new TextEncoder().encode(text);
  return readNode(Uint8Array.of(tag, bytes.length, ...bytes));
}

/** What the RFC 5280 profile means, through `Date` (setUTCFullYear: years 0–99 as themselves), or undefined. */
function reference(tag: number, text: string): number | undefined {
  const pattern =
    tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/
      : /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/;
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fullYear = tag === TAG.utcTime ? (year < 50 ? 2000 + year : 1900 + year) : year;
  const date = new Date(0);
  date.setUTCFullYear(fullYear, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  const exact =
    date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
  return exact ? date.getTime() : undefined;
}

const digits = (count: number, max: number) =>
  fc.integer({ min: 0, max }).map((value) => String(value).padStart(count, '0'));

describe('readTime (RFC 5280 §4.1.2.5, read digit by digit)', () => {
  it('agrees with Date on every field value, valid or not, for both types', () => {
    const text = (yearDigits: number) =>
      fc
        .tuple(
          digits(yearDigits, 10 ** yearDigits - 1),
          digits(2, 13),
          digits(2, 32),
          digits(2, 25),
          digits(2, 61),
          digits(2, 61),
        )
        .map((fields) => `${fields.join('')}Z`);
    for (const [tag, yearDigits] of [
      [TAG.utcTime, 2],
      [TAG.generalizedTime, 4],
    ] as const)
      fc.assert(
        fc.property(text(yearDigits), (value) => {
          const expected = reference(tag, value);
          if (expected === undefined) expect(() => readTime(timeNode(tag, value))).toThrow(DerError);
          else expect(readTime(timeNode(tag, value))).toBe(expected);
        }),
        { numRuns: 2000 },
      );
  });

  it('knows leap years, the UTCTime century window and the days Date counts', () => {
    const generalized = (value: string) => readTime(timeNode(TAG.generalizedTime, value));
    const utc = (value: string) => readTime(timeNode(TAG.utcTime, value));
    expect(new Date(generalized('20000229120000Z')).toISOString()).toBe('2000-02-29T12:00:00.000Z');
    expect(new Date(generalized('00000101000000Z')).toISOString()).toBe('0000-01-01T00:00:00.000Z');
    expect(new Date(generalized('99991231235959Z')).toISOString()).toBe('9999-12-31T23:59:59.000Z');
    expect(() => generalized('19000229000000Z')).toThrow(DerError);
    expect(() => generalized('21000229000000Z')).toThrow(DerError);
    expect(new Date(utc('491231235959Z')).getUTCFullYear()).toBe(2049);
    expect(new Date(utc('500101000000Z')).getUTCFullYear()).toBe(1950);
    expect(utc('700101000000Z')).toBe(0);
  });

  it('refuses what the profile leaves out: fractions, offsets, no Z, other digits, another tag', () => {
    for (const value of [
      '20250101000000.5Z',
      '20250101000000+0100',
      '20250101000000',
      '2025010100000Z',
      '２0250101000000Z',
    ])
      expect(() => readTime(timeNode(TAG.generalizedTime, value))).toThrow(DerError);
    expect(() => readTime(timeNode(TAG.utf8String, '250101000000Z'))).toThrow(DerError);
    expect(() => readTime(timeNode(TAG.utcTime, '2501010000Z'))).toThrow(DerError); // no seconds
  });
});
