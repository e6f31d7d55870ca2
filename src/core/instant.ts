import type { IssueCode } from './codes.js';
import { CertkitError } from './error.js';
import { createIssue, describeReceived } from './issue.js';

/**
 * A point in time, the one way every certkit entry takes it: an ISO 8601 string with an offset
 * (or a calendar date, read as UTC midnight), a `Date`, or epoch milliseconds. Read it with
 * {@link toDate}; certkit never reads the clock itself, so "now" is always an argument.
 *
 * @example
 * const now: Instant = '2026-12-02T09:00:00+08:00';
 */
export type Instant = Date | string | number;

/** @deprecated since 0.2: the same type as {@link Instant}; removed in 0.3. */
export type DateInput = Instant;

/**
 * ISO 8601 as certkit accepts it: a calendar date (`2024-03-01`, read as UTC midnight) or a date
 * and time **with** an offset (`2024-03-01T08:00:00Z`, `…+08:00`). A time without an offset is
 * refused, because JavaScript would read it in the host's local zone and the same call would
 * give different answers on different machines.
 */
/** The largest time a `Date` holds (ECMA-262: ±8.64e15 ms around 1970). */
const MAX_TIME = 8.64e15;

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads an {@link Instant} into a valid `Date` (a new object; the input is never mutated).
 * Throws `CertkitError` `time.invalid` for anything else: unparsable strings, impossible dates
 * (`2023-02-30`), local times without an offset, `NaN`, other types.
 *
 * @example
 * toDate('2024-03-01').toISOString()           // => '2024-03-01T00:00:00.000Z'
 * toDate('2024-03-01T08:00:00+08:00').getTime() // => Date.UTC(2024, 2, 1, 0)
 * toDate('2024-03-01T08:00')                     // throws time.invalid (no offset)
 */
export function toDate(input: Instant, field = 'date'): Date {
  const time = toTime(input);
  if (time === undefined || !(Math.abs(time) <= MAX_TIME)) throw invalidTime(input, field);
  return new Date(time);
}

function toTime(input: Instant): number | undefined {
  if (input instanceof Date) return input.getTime();
  if (typeof input === 'number') return input;
  if (typeof input !== 'string' || input.length > 40) return undefined;
  if (input !== last.text) last = { text: input, time: parseIso(input) };
  return last.time;
}

/**
 * The string read last and its time: a batch passes the same instant to every call (a validator
 * checking uploads "now"), and a string always reads as the same time.
 */
let last: { readonly text: string | undefined; readonly time: number | undefined } = {
  text: undefined,
  time: undefined,
};

function parseIso(input: string): number | undefined {
  const match = ISO_8601.exec(input);
  if (match === null) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match;
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const isRealDate =
    calendar.getUTCFullYear() === Number(year) &&
    calendar.getUTCMonth() === Number(month) - 1 &&
    calendar.getUTCDate() === Number(day);
  const isRealTime = Number(hour) < 24 && Number(minute) < 60 && Number(second) < 60;
  return isRealDate && isRealTime ? Date.parse(input) : undefined;
}

function invalidTime(input: unknown, field: string): CertkitError {
  const code: IssueCode = 'time.invalid';
  const received = describeReceived(input);
  return new CertkitError(createIssue(code, null, { field, received }, { subject: field }));
}
