import { CertkitError } from './error.js';
import { createIssue, describeReceived, describeType } from './issue.js';

/**
 * The boundary checks every entry uses for its data arguments: each throws one `CertkitError`
 * `argument.invalid` whose params say which argument (`path`, e.g. `request.applicant.kind`),
 * what was expected and what was received (clipped). Rule verdicts are never thrown.
 *
 * @example
 * objectArgument(null, 'request') // throws argument.invalid { path: 'request', expected: 'object', received: 'null' }
 */
export function invalidArgument(path: string, expected: string, value: unknown): CertkitError {
  const where = pathText(path);
  const params = { path: where, expected: pathText(expected), received: describeReceived(value) };
  return new CertkitError(createIssue('argument.invalid', null, params, { subject: where }));
}

/** A path as text, whatever a caller passed as one. */
const pathText = (path: unknown): string => (typeof path === 'string' ? path : describeType(path));

/**
 * `value` when it is a plain object (not `null`, not an array); else `argument.invalid`.
 *
 * @example
 * objectArgument(null, 'options') // throws argument.invalid { path: 'options', expected: 'object', received: 'null' }
 */
export function objectArgument<T extends object>(value: T | unknown, path: string): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidArgument(path, 'object', value);
  return value as T;
}

/**
 * `value` when it is an array; else `argument.invalid`.
 *
 * @example
 * arrayArgument('a.com', 'domains') // throws argument.invalid { path: 'domains', expected: 'array' }
 */
export function arrayArgument<T>(value: readonly T[] | unknown, path: string): readonly T[] {
  if (!Array.isArray(value)) throw invalidArgument(path, 'array', value);
  return value as readonly T[];
}

/**
 * `value` when it is a string; else `argument.invalid`.
 *
 * @example
 * stringArgument(42, 'domain') // throws argument.invalid { path: 'domain', expected: 'string', received: 'number' }
 */
export function stringArgument(value: unknown, path: string): string {
  if (typeof value !== 'string') throw invalidArgument(path, 'string', value);
  return value;
}

/**
 * `value` when it is an array of strings; else `argument.invalid` naming the first bad element.
 *
 * @example
 * stringsArgument(['a.com', 7], 'domains') // throws argument.invalid { path: 'domains[1]', expected: 'string' }
 */
export function stringsArgument(value: readonly string[] | unknown, path: string): readonly string[] {
  const list = arrayArgument<unknown>(value, path);
  for (let index = 0; index < list.length; index += 1) stringArgument(list[index], `${pathText(path)}[${index}]`);
  return list as readonly string[];
}

/**
 * `value` when it is a finite number; else `argument.invalid`.
 *
 * @example
 * numberArgument(Number.NaN, 'days') // throws argument.invalid { path: 'days', expected: 'finite number' }
 */
export function numberArgument(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalidArgument(path, 'finite number', value);
  return value;
}

/**
 * An options argument: `{}` when absent (`undefined`), the object when it is one, else
 * `argument.invalid` (`null` included: absent options are left out, not `null`).
 *
 * @example
 * optionsArgument(undefined, 'options') // => {}
 * optionsArgument(null, 'options')      // throws argument.invalid { path: 'options', expected: 'object', received: 'null' }
 */
export function optionsArgument<T extends object>(value: T | undefined, path = 'options'): Partial<T> {
  return value === undefined ? {} : objectArgument<T>(value, path);
}

/**
 * `value` as bytes when it is a `Uint8Array` or an `ArrayBuffer`; else `argument.invalid`.
 *
 * @example
 * bytesArgument(new ArrayBuffer(2), 'der').length // => 2
 */
export function bytesArgument(value: unknown, path: string): Uint8Array {
  if (value instanceof Uint8Array) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw invalidArgument(path, 'Uint8Array or ArrayBuffer', value);
}
