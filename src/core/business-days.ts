import { numberArgument, optionsArgument, stringsArgument } from './argument.js';
import { addDays, calendarDaysBetween, startOfUtcDay } from './calendar.js';
import { CertkitError } from './error.js';
import { type Instant, toDate } from './instant.js';
import { createIssue } from './issue.js';

/** Options for business-day arithmetic. */
export interface BusinessDayOptions {
  /** Non-working days in addition to weekends, as UTC calendar dates `YYYY-MM-DD`. */
  readonly holidays?: readonly string[];
}

/** The longest span, in days, that business-day arithmetic walks (about 27 years), so no call can hang. */
export const MAX_BUSINESS_DAYS = 10_000;

const SATURDAY = 6;
const SUNDAY = 0;

/**
 * `true` when `date` falls on a Monday–Friday (UTC) that is not listed in `holidays`.
 *
 * @example
 * isBusinessDay('2024-03-01') // => true (a Friday)
 * isBusinessDay('2024-03-02') // => false (a Saturday)
 */
export function isBusinessDay(date: Instant, options?: BusinessDayOptions): boolean {
  return workday(toDate(date), holidaysOf(options));
}

function workday(day: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = day.getUTCDay();
  return weekday !== SATURDAY && weekday !== SUNDAY && !holidays.has(day.toISOString().slice(0, 10));
}

function holidaysOf(options: BusinessDayOptions | undefined): ReadonlySet<string> {
  const { holidays = [] } = optionsArgument(options);
  return new Set(stringsArgument(holidays, 'options.holidays'));
}

/**
 * `date` moved by `days` business days (negative to go back), keeping the time of day. Used for
 * review times such as "OV: 3–5 business days".
 *
 * @example
 * addBusinessDays('2024-03-01', 1).toISOString() // => '2024-03-04T00:00:00.000Z' (Fri → Mon)
 */
export function addBusinessDays(date: Instant, days: number, options?: BusinessDayOptions): Date {
  assertSpan(numberArgument(days, 'days'));
  const holidays = holidaysOf(options);
  const step = days < 0 ? -1 : 1;
  let current = toDate(date);
  for (let left = Math.abs(Math.trunc(days)); left > 0; ) {
    current = addDays(current, step);
    if (workday(current, holidays)) left -= 1;
  }
  return current;
}

/**
 * The number of business days after `from`'s day up to and including `to`'s day
 * (negative when `to` is earlier). Friday → next Monday is 1.
 *
 * @example
 * businessDaysBetween('2024-03-01', '2024-03-08') // => 5
 */
export function businessDaysBetween(from: Instant, to: Instant, options?: BusinessDayOptions): number {
  const holidays = holidaysOf(options);
  const span = calendarDaysBetween(from, to);
  assertSpan(span);
  const step = span < 0 ? -1 : 1;
  let count = 0;
  let day = startOfUtcDay(from);
  for (let i = 0; i < Math.abs(span); i += 1) {
    day = addDays(day, step);
    if (workday(step > 0 ? day : addDays(day, 1), holidays)) count += step;
  }
  return count;
}

function assertSpan(days: number): void {
  if (Number.isFinite(days) && Math.abs(days) <= MAX_BUSINESS_DAYS) return;
  const issue = createIssue('time.range', null, { days: String(days), limit: MAX_BUSINESS_DAYS });
  throw new CertkitError(issue);
}
