import { CertkitError } from './error.js';
import { createIssue, describeReceived } from './issue.js';

/**
 * The boundary checks every entry uses for its data arguments: each throws one `CertkitError`
 * `argument.invalid` whose params say which argument (`path`, e.g. `request.applicant.kind`),
 * what was expected and what was received (clipped). Rule verdicts are never thrown.
 *
 * @example
 * objectArgument(null, 'request') // throws argument.invalid { path: 'request', expected: 'object', received: 'null' }
 */
export function invalidArgument(path: string, expected: string, value: unknown): CertkitError {
  const params = { path, expected, received: describeReceived(value) };
  return new CertkitError(createIssue('argument.invalid', null, params, { subject: path }));
}

/** `value` when it is a plain object (not `null`, not an array); else `argument.invalid`. */
export function objectArgument<T extends object>(value: T | unknown, path: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidArgument(path, 'object', value);
  return value as T;
}

/** `value` when it is an array; else `argument.invalid`. */
export function arrayArgument<T>(value: readonly T[] | unknown, path: string): readonly T[] {
  if (!Array.isArray(value)) throw invalidArgument(path, 'array', value);
  return value as readonly T[];
}

/** `value` when it is a string; else `argument.invalid`. */
export function stringArgument(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalidArgument(path, 'string', value);
  return value;
}

/** `value` when it is an array of strings; else `argument.invalid` naming the first bad element. */
export function stringsArgument(value: readonly string[] | unknown, path: string): readonly string[] {
  const list = arrayArgument<unknown>(value, path);
  for (let index = 0; index < list.length; index += 1) stringArgument(list[index], `${path}[${index}]`);
  return list as readonly string[];
}
