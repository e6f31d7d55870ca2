import type { IssueCode, RuleId } from './codes.js';
import type { IssueParams } from './issue-params.js';

export type { IssueParams, NoParams } from './issue-params.js';

/** How bad an issue is: `error` refuses, `warning` allows with a caveat, `info` only explains. */
export type Severity = 'error' | 'warning' | 'info';

/** A value an issue carries for its message to interpolate; plain JSON data only. */
export type IssueParam = string | number | boolean | null | readonly string[];

/**
 * One explained problem. Logic never carries prose: the human text is rendered from `code` and
 * `params` by `formatIssue` (`certkit/messages`).
 *
 * @example
 * {
 *   code: 'domain.label.too-long',
 *   rule: 'DOM-02',
 *   severity: 'error',
 *   subject: 'aaaa…aaaa.example.com',
 *   params: { label: 1, length: 70, limit: 63 },
 * }
 */
export type Issue = { readonly [C in IssueCode]: IssueOf<C> }[IssueCode];

/**
 * The issue of one code. Narrowing on `code` types `params` (`issue.params.tld` is a `string`
 * once `issue.code === 'domain.tld.refused'`); any param can still be read by name as an
 * {@link IssueParam}, as the message formatter does.
 */
export type IssueOf<C extends IssueCode> = C extends IssueCode
  ? {
      readonly code: C;
      /** The docs/rules.md rule this issue enforces; `null` for bad arguments no rule governs. */
      readonly rule: RuleId | null;
      readonly severity: Severity;
      /** What the issue is about: a domain, a field name, an ID. Long subjects are clipped. */
      readonly subject?: string;
      readonly params: IssueParams[C] & Readonly<Record<string, IssueParam>>;
    }
  : never;

/** Subjects longer than this are clipped, so a 1 MB input never ends up copied into every issue. */
export const MAX_SUBJECT_LENGTH = 256;

/** Values quoted back in an issue's `received` are clipped to this many characters. */
export const MAX_RECEIVED_LENGTH = 100;

/**
 * A bad value as an issue quotes it back: a string clipped to {@link MAX_RECEIVED_LENGTH}
 * characters, anything else by its type. One rule for every `received` param.
 *
 * @example
 * describeReceived('x'.repeat(500)).length // => 100
 * describeReceived(null)                   // => 'null'
 */
export function describeReceived(value: unknown): string {
  return typeof value === 'string' ? clip(value) : describeType(value);
}

/**
 * A text clipped to {@link MAX_RECEIVED_LENGTH} characters, for quoting observed content; anything
 * else is described by its type.
 *
 * @example
 * clip('x'.repeat(500)).length // => MAX_RECEIVED_LENGTH
 * clip(42 as never)           // => 'number'
 */
export function clip(text: string): string {
  if (typeof text !== 'string') return describeType(text);
  return text.length > MAX_RECEIVED_LENGTH ? text.slice(0, MAX_RECEIVED_LENGTH) : text;
}

/** Options of {@link createIssue}. */
export interface IssueOptions {
  readonly severity?: Severity;
  readonly subject?: unknown;
}

/**
 * Builds an {@link Issue}; `severity` defaults to `'error'`, a subject that is not a string is
 * described by its type, and a long subject is clipped to {@link MAX_SUBJECT_LENGTH} characters.
 *
 * @example
 * createIssue('domain.empty', 'DOM-01', {}, { subject: '' })
 * // => { code: 'domain.empty', rule: 'DOM-01', severity: 'error', subject: '', params: {} }
 */
export function createIssue<C extends IssueCode>(
  code: C,
  rule: RuleId | null,
  params: IssueParams[C] = {} as IssueParams[C],
  options?: IssueOptions,
): IssueOf<C> {
  const { severity, subject } = options ?? {};
  const issue = { code, rule, severity: severity ?? 'error', params } as IssueOf<C>;
  return subject === undefined ? issue : { ...issue, subject: describeSubject(subject) };
}

function describeSubject(subject: unknown): string {
  if (typeof subject !== 'string') return `(${describeType(subject)})`;
  return subject.length > MAX_SUBJECT_LENGTH ? `${subject.slice(0, MAX_SUBJECT_LENGTH - 1)}…` : subject;
}

/**
 * Names the type of a value for messages: `'null'`, `'array'`, `'number'`, `'object'`…
 *
 * @example
 * describeType([1]) // => 'array'
 */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
