/**
 * `certkit/core`: the vocabulary every area shares — explained issues, the error class, the
 * result shape, and UTC date helpers.
 *
 * @module certkit/core
 */

export {
  arrayArgument,
  bytesArgument,
  invalidArgument,
  numberArgument,
  objectArgument,
  optionsArgument,
  stringArgument,
  stringsArgument,
} from './argument.js';
export {
  addBusinessDays,
  type BusinessDayOptions,
  businessDaysBetween,
  isBusinessDay,
  MAX_BUSINESS_DAYS,
} from './business-days.js';
export { addDays, addMonths, addYears, calendarDaysBetween, DAY_MS, startOfUtcDay } from './calendar.js';
export {
  type IssueCode,
  issueCodes,
  type RenamedCode,
  type RuleFamily,
  type RuleId,
  renamedCodes,
} from './codes.js';
export { CertkitError, isCertkitError } from './error.js';
export { deepFreeze } from './freeze.js';
export { type DateInput, type Instant, toDate } from './instant.js';
export {
  clip,
  createIssue,
  describeReceived,
  describeType,
  type Issue,
  type IssueOf,
  type IssueOptions,
  type IssueParam,
  type IssueParams,
  MAX_RECEIVED_LENGTH,
  MAX_SUBJECT_LENGTH,
  type NoParams,
  type Severity,
} from './issue.js';
export { type Checked, checked, type Decided, decided, hasErrors } from './result.js';
