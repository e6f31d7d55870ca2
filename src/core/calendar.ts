import { numberArgument } from './argument.js';
import { type Instant, toDate } from './instant.js';

/** Milliseconds in one UTC day (UTC has no daylight-saving jumps). */
export const DAY_MS = 86_400_000;

/**
 * `date` plus `days` UTC days (negative to go back). Returns a new `Date`.
 *
 * @example
 * addDays('2024-02-28', 2).toISOString() // => '2024-03-01T00:00:00.000Z' (2024 is a leap year)
 */
export function addDays(date: Instant, days: number): Date {
  return toDate(toDate(date).getTime() + numberArgument(days, 'days') * DAY_MS, 'days');
}

/**
 * `date` plus `months` calendar months in UTC, keeping the time of day. When the target month is
 * shorter, the day is clamped to its last day, so the result never spills into the month after.
 *
 * @example
 * addMonths('2024-01-31', 1).toISOString()  // => '2024-02-29T00:00:00.000Z'
 * addMonths('2023-03-25', 15).toISOString() // => '2024-06-25T00:00:00.000Z'
 */
export function addMonths(date: Instant, months: number): Date {
  const start = toDate(date);
  const monthIndex = start.getUTCFullYear() * 12 + start.getUTCMonth() + Math.trunc(numberArgument(months, 'months'));
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const day = Math.min(start.getUTCDate(), daysInMonth(year, month));
  const result = new Date(start.getTime());
  result.setUTCFullYear(year, month, day);
  return toDate(result, 'months');
}

/**
 * `date` plus `years` calendar years in UTC (29 February clamps to 28 February).
 *
 * @example
 * addYears('2021-11-01', 1).toISOString() // => '2022-11-01T00:00:00.000Z'
 */
export function addYears(date: Instant, years: number): Date {
  return addMonths(date, Math.trunc(numberArgument(years, 'years')) * 12);
}

/**
 * Midnight UTC of the day `date` falls on.
 *
 * @example
 * startOfUtcDay('2024-03-01T23:59:59Z').toISOString() // => '2024-03-01T00:00:00.000Z'
 */
export function startOfUtcDay(date: Instant): Date {
  const time = toDate(date).getTime();
  return new Date(time - modulo(time, DAY_MS));
}

/**
 * How many UTC calendar days lie between two instants: the number of midnights crossed going
 * from `from` to `to` (negative when `to` is earlier). Times of day do not matter.
 *
 * @example
 * calendarDaysBetween('2024-03-01T23:00:00Z', '2024-03-02T01:00:00Z') // => 1
 * calendarDaysBetween('2024-03-10', '2024-03-01')                     // => -9
 */
export function calendarDaysBetween(from: Instant, to: Instant): number {
  return Math.round((startOfUtcDay(to).getTime() - startOfUtcDay(from).getTime()) / DAY_MS);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function modulo(value: number, divisor: number): number {
  return ((value % divisor) + divisor) % divisor;
}
