import { objectArgument, stringArgument, stringsArgument } from '../core/argument.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import type { DnsValidationRecord } from './dcv-records.js';
import { type DnsAnswerStatus, dnssecFailure } from './dnssec.js';

/** What one resolver answered for one name and type; values as resolver libraries return them (unquoted). */
export interface DnsObservation extends DnsAnswerStatus {
  readonly name: string;
  readonly type: string;
  readonly values: readonly string[];
  readonly ttl?: number;
  /** Which resolver answered, for the messages. */
  readonly resolver?: string;
}

/**
 * Judges DNS answers the caller collected (from one or several resolvers) against the record
 * `dnsValidationRecord` asked for, naming the usual mistakes:
 *
 * - `dcv.dns.missing` — nothing at the name;
 * - `dcv.dns.zone-doubled` — `_abc.www.example.com.example.com`: the full name entered where the
 *   provider appends the zone (DCV-04);
 * - `dcv.dns.underscore-missing` — `abc.www.example.com`;
 * - `dcv.dns.wrong-type` — a TXT where a CNAME is needed, or the reverse;
 * - `dcv.dns.cname-conflict` — a CNAME at a name that also has other records;
 * - `dcv.dns.quoted` — the value with literal quotes or spaces around it;
 * - `dcv.dns.value-mismatch` — another value (per resolver, so a half-propagated change shows);
 * - `dcv.dns.stale-value` (warning) — the right value next to an old one;
 * - `dcv.dns.dnssec-failure` — STD-05: a resolver's answer was DNSSEC-bogus or a SERVFAIL, which
 *   is never permission to issue, whatever the other resolvers say.
 *
 * `ok` when every resolver's answer at the name has the expected value.
 *
 * @example
 * checkDnsValidation([{ name: '_abc.www.example.com.example.com', type: 'TXT', values: ['v'] }], expected)
 * // => { ok: false, issues: [{ code: 'dcv.dns.zone-doubled', … }] }
 */
export function checkDnsValidation(
  observed: DnsObservation | readonly DnsObservation[],
  expected: DnsValidationRecord,
): Checked {
  expectedRecord(expected);
  const list: readonly DnsObservation[] = Array.isArray(observed) ? observed : [observed];
  const path = (index: number) => (list === observed ? `observed[${index}]` : 'observed');
  const answers = list.map((answer, index) => normalizeAnswer(dnsAnswer(answer, path(index))));
  const subject = expected.fqdn;
  const issues: Issue[] = dnssecIssues(list, path, subject);
  const atName = answers.filter((answer) => answer.name === expected.fqdn);
  const ofType = atName.filter((answer) => answer.type === expected.type);
  if (ofType.length === 0) issues.push(...misplaced(answers, atName, expected));
  if (
    atName.some((answer) => answer.type === 'CNAME') &&
    atName.some((answer) => answer.type !== 'CNAME' && answer.values.length > 0)
  ) {
    issues.push(
      createIssue(
        'dcv.dns.cname-conflict',
        'DCV-01',
        { types: [...new Set(atName.map((answer) => answer.type))] },
        { subject },
      ),
    );
  }
  const same = (value: string) => comparable(value, expected.type) === comparable(expected.value, expected.type);
  for (const answer of ofType) {
    const resolver = answer.resolver ?? '';
    if (answer.values.some(same)) {
      const others = answer.values.filter((value) => !same(value));
      if (others.length > 0)
        issues.push(
          createIssue('dcv.dns.stale-value', 'DCV-01', { others, resolver }, { subject, severity: 'warning' }),
        );
    } else if (
      answer.values.some((value) =>
        same(
          value
            .trim()
            .replace(/^"(.*)"$/s, '$1')
            .trim(),
        ),
      )
    ) {
      issues.push(createIssue('dcv.dns.quoted', 'DCV-01', { observed: answer.values, resolver }, { subject }));
    } else {
      issues.push(
        createIssue(
          'dcv.dns.value-mismatch',
          'DCV-01',
          { observed: answer.values, expected: expected.value, resolver },
          { subject },
        ),
      );
    }
  }
  // With no answer of the expected type, `misplaced` has said why, as an error.
  return checked(issues, {});
}

/** STD-05: one issue per answer that was DNSSEC-bogus or a SERVFAIL. */
export function dnssecIssues(
  list: readonly DnsObservation[],
  path: (index: number) => string,
  subject: string,
): Issue[] {
  return list.flatMap((answer, index) => {
    const failure = dnssecFailure(answer, path(index));
    return failure === undefined
      ? []
      : [createIssue('dcv.dns.dnssec-failure', 'STD-05', { failure, resolver: answer.resolver ?? '' }, { subject })];
  });
}

/** The record `dnsValidationRecord` made, checked field by field (`argument.invalid` otherwise). */
function expectedRecord(expected: DnsValidationRecord): void {
  objectArgument(expected, 'expected');
  for (const field of ['fqdn', 'type', 'value', 'zone'] as const) stringArgument(expected[field], `expected.${field}`);
}

/** Why no answer has the expected name and type. */
function misplaced(
  answers: readonly DnsObservation[],
  atName: readonly DnsObservation[],
  expected: DnsValidationRecord,
): Issue[] {
  const subject = expected.fqdn;
  const names = new Set(answers.filter((answer) => answer.values.length > 0).map((answer) => answer.name));
  if (names.has(`${expected.fqdn}.${expected.zone}`)) {
    return [
      createIssue(
        'dcv.dns.zone-doubled',
        'DCV-04',
        { observed: `${expected.fqdn}.${expected.zone}`, relativeName: expected.relativeName },
        { subject },
      ),
    ];
  }
  if (names.has(expected.fqdn.slice(1))) {
    return [createIssue('dcv.dns.underscore-missing', 'DCV-01', { observed: expected.fqdn.slice(1) }, { subject })];
  }
  const types = [...new Set(atName.filter((answer) => answer.values.length > 0).map((answer) => answer.type))];
  if (types.length > 0)
    return [createIssue('dcv.dns.wrong-type', 'DCV-01', { observed: types, expected: expected.type }, { subject })];
  return [createIssue('dcv.dns.missing', 'DCV-01', { type: expected.type }, { subject })];
}

/** One answer, read at the door: a name, a type and a list of values, all text. */
function dnsAnswer(answer: DnsObservation, path: string): DnsObservation {
  objectArgument(answer, path);
  stringArgument(answer.name, `${path}.name`);
  stringArgument(answer.type, `${path}.type`);
  stringsArgument(answer.values, `${path}.values`);
  return answer;
}

function normalizeAnswer(answer: DnsObservation): DnsObservation {
  return { ...answer, name: answer.name.toLowerCase().replace(/\.$/, ''), type: answer.type.toUpperCase() };
}

/** CNAME targets compare as names (case, trailing dot); TXT values exactly. */
function comparable(value: string, type: string): string {
  return type === 'CNAME' ? value.toLowerCase().replace(/\.$/, '') : value;
}
