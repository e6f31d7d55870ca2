import { objectArgument, stringArgument, stringsArgument } from '../core/argument.js';
import { DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { normalizeDomain } from '../domain/normalize.js';
import { primaryDomain } from '../domain/primary.js';
import { parseIssueValue } from './caa-record.js';
import { type DnsObservation, dnssecIssues } from './check-dns.js';
import { type DnsValidationRecord, dcvArgumentError } from './dcv-records.js';

/** The label the persistent DCV record sits under (BR §3.2.2.4.22). */
const LABEL = '_validation-persist';
/** STD-03: days a persistent DCV validation may be reused. */
export const PERSISTENT_DCV_REUSE_DAYS = 10;

/** What {@link persistentDcvRecord} writes. */
export interface PersistentDcvInput {
  /** The Authorization Domain Name (a wildcard validates at its base). */
  readonly domain: string;
  /** The CA's issuer domain, as in its CAA `issue` records (`letsencrypt.org`). */
  readonly issuerDomain: string;
  /** The ACME account (or CA account) the validation is for: RFC 8657's `accounturi`. */
  readonly accountUri: string;
  /** After this instant the record may not be used; written as UNIX seconds. */
  readonly persistUntil?: Instant;
  readonly zone?: string;
}

/**
 * STD-03: the persistent DCV TXT record (BR §3.2.2.4.22) a subscriber places once so the CA can
 * validate again and again without a new challenge: at `_validation-persist.<domain>`, in RFC 8659
 * issue-value syntax — the issuer domain, `accounturi` (required), and `persistUntil` when given.
 *
 * @example
 * persistentDcvRecord({ domain: 'www.example.com', issuerDomain: 'letsencrypt.org', accountUri: 'https://acme.example/acct/1' })
 * // => { fqdn: '_validation-persist.www.example.com', zone: 'example.com', relativeName: '_validation-persist.www', type: 'TXT', value: 'letsencrypt.org; accounturi=https://acme.example/acct/1' }
 */
export function persistentDcvRecord(input: PersistentDcvInput): DnsValidationRecord {
  objectArgument(input, 'input');
  const name = normalizeDomain(input.domain);
  const host = name.startsWith('*.') ? name.slice(2) : name;
  const issuer = parseIssueValue(stringArgument(input.issuerDomain, 'input.issuerDomain'));
  if (issuer === undefined || issuer.issuerDomain === '' || Object.keys(issuer.parameters).length > 0)
    throw dcvArgumentError('issuerDomain', input.issuerDomain);
  const accountUri = stringArgument(input.accountUri, 'input.accountUri');
  if (!/^[\x21-\x3a\x3c-\x7e]+$/.test(accountUri)) throw dcvArgumentError('accountUri', accountUri);
  const until =
    input.persistUntil === undefined
      ? ''
      : `; persistUntil=${Math.floor(toDate(input.persistUntil, 'persistUntil').getTime() / 1000)}`;
  const fqdn = `${LABEL}.${host}`;
  const zone = input.zone === undefined ? (primaryDomain(host) ?? host) : normalizeDomain(input.zone);
  if (!fqdn.endsWith(`.${zone}`)) throw dcvArgumentError('zone', input.zone);
  return {
    fqdn,
    zone,
    relativeName: fqdn.slice(0, -(zone.length + 1)),
    type: 'TXT',
    value: `${issuer.issuerDomain}; accounturi=${accountUri}${until}`,
  };
}

/** What {@link checkPersistentDcv} checks the records against. */
export interface PersistentDcvExpectation {
  readonly domain: string;
  /** The CA's issuer domains (its CAA identities). */
  readonly issuerDomains: readonly string[];
  readonly accountUri: string;
  /** When the CA would rely on the record. */
  readonly now: Instant;
  /** When the CA last validated with the record: reuse is bounded (STD-03: 10 days). */
  readonly validatedAt?: Instant;
}

/**
 * STD-03 (BR §3.2.2.4.22) and STD-05: whether the TXT answers at `_validation-persist.<domain>`
 * validate the domain for this CA and account now. A record counts when its issuer domain is one
 * of `issuerDomains`, its `accounturi` is the account's exactly, and its `persistUntil` (UNIX
 * seconds, when present) is not past; other parameters are ignored. A CNAME at the name is not
 * followed (the BR forbids validating the name a CNAME leads to); a DNSSEC-bogus or SERVFAIL
 * answer refuses; a validation older than 10 days is not reused.
 *
 * @example
 * checkPersistentDcv([{ name: '_validation-persist.example.com', type: 'TXT', values: ['letsencrypt.org; accounturi=https://acme.example/acct/1'] }],
 *   { domain: 'example.com', issuerDomains: ['letsencrypt.org'], accountUri: 'https://acme.example/acct/1', now: '2026-12-03T00:00:00Z' }).ok // => true
 */
export function checkPersistentDcv(
  observed: DnsObservation | readonly DnsObservation[],
  expected: PersistentDcvExpectation,
): Checked {
  objectArgument(expected, 'expected');
  const name = normalizeDomain(expected.domain);
  const fqdn = `${LABEL}.${name.startsWith('*.') ? name.slice(2) : name}`;
  const issuers = stringsArgument(expected.issuerDomains, 'expected.issuerDomains').map((issuer) =>
    issuer.toLowerCase(),
  );
  const accountUri = stringArgument(expected.accountUri, 'expected.accountUri');
  const now = toDate(expected.now, 'now').getTime();
  const list: readonly DnsObservation[] = Array.isArray(observed) ? observed : [observed as DnsObservation];
  const { issues, problems, valid } = readAnswers(list, fqdn, (value) =>
    recordProblem(value, issuers, accountUri, now),
  );
  if (!valid) {
    const problem = problems.has('cname') ? 'cname' : ([...problems][0] ?? 'missing');
    issues.push(createIssue('dcv.persist.unusable', 'STD-03', { problem, fqdn }, { subject: fqdn }));
  }
  if (expected.validatedAt !== undefined) {
    const age = now - toDate(expected.validatedAt, 'validatedAt').getTime();
    if (age < 0) throw dcvArgumentError('validatedAt', 'after now');
    if (age > PERSISTENT_DCV_REUSE_DAYS * DAY_MS)
      issues.push(
        createIssue('dcv.persist.reuse-expired', 'STD-03', {
          validatedAt: new Date(now - age).toISOString(),
          ageDays: Math.ceil(age / DAY_MS),
          maxDays: PERSISTENT_DCV_REUSE_DAYS,
        }),
      );
  }
  return checked(issues, {});
}

/** The answers read at the door: STD-05 failures as issues, each TXT value at the name judged by `judge`. */
function readAnswers(
  list: readonly DnsObservation[],
  fqdn: string,
  judge: (value: string) => string | undefined,
): { issues: Issue[]; problems: Set<string>; valid: boolean } {
  list.forEach((answer, index) => {
    objectArgument(answer, `observed[${index}]`);
  });
  const issues = dnssecIssues(list, (index) => `observed[${index}]`, fqdn);
  const problems = new Set<string>();
  let valid = false;
  list.forEach((answer, index) => {
    const path = `observed[${index}]`;
    objectArgument(answer, path);
    stringsArgument(answer.values, `${path}.values`);
    const at = stringArgument(answer.name, `${path}.name`).toLowerCase().replace(/\.$/, '') === fqdn;
    const type = stringArgument(answer.type, `${path}.type`).toUpperCase();
    if (at && type === 'CNAME') problems.add('cname');
    if (!at || type !== 'TXT') return;
    for (const value of answer.values) {
      const problem = judge(value);
      if (problem === undefined) valid = true;
      else problems.add(problem);
    }
  });
  return { issues, problems, valid };
}

/** Why one TXT value does not validate for this CA and account, or `undefined` when it does. */
function recordProblem(value: string, issuers: readonly string[], accountUri: string, now: number): string | undefined {
  const parsed = parseIssueValue(value.trim());
  if (parsed === undefined) return 'malformed';
  if (!issuers.includes(parsed.issuerDomain)) return 'other-issuer';
  if (parsed.parameters.accounturi === undefined) return 'no-account';
  if (parsed.parameters.accounturi !== accountUri) return 'other-account';
  const until = parsed.parameters.persistuntil;
  if (until !== undefined && !/^\d{1,12}$/.test(until)) return 'malformed';
  if (until !== undefined && Number(until) * 1000 < now) return 'expired';
  return undefined;
}
