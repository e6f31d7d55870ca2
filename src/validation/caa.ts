import { optionsArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue, describeReceived, describeType, type Issue } from '../core/issue.js';
import { ownEntry } from '../core/own-entry.js';
import { type Decided, decided, hasErrors } from '../core/result.js';
import { inspectDomain } from '../domain/normalize.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { type CaaRecordInput, knownCaaTags, type ParsedCaaRecord, readCaaRecord } from './caa-record.js';
import { type DnsAnswerStatus, dnssecFailure } from './dnssec.js';

/**
 * The caller's resolver snapshot: the CAA records at a name (after following CNAMEs, as DNS
 * does) in any shape a resolver gives them (certkit's `CaaRecord`, Node's `dns.resolveCaa`
 * objects, presentation text), `[]` when there are none, `undefined` when the lookup failed.
 * Anything else is read as a failed lookup.
 */
export type CaaLookup = (name: string) => readonly CaaRecordInput[] | CaaAnswer | undefined;

/** A lookup's answer with what the resolver said of it: STD-05 refuses a DNSSEC-bogus or SERVFAIL one. */
export interface CaaAnswer extends DnsAnswerStatus {
  readonly records: readonly CaaRecordInput[];
}

/** Options of {@link evaluateCaa}. */
export interface CaaOptions {
  /** Evaluate for a wildcard certificate; default: whether `name` starts with `*.`. */
  readonly wildcard?: boolean;
  /** RFC 8657: the ACME account URI the CA would issue under. */
  readonly accountUri?: string;
  /** RFC 8657: the validation method the CA would use (`dns-01`, `http-01`, …). */
  readonly method?: string;
}

/**
 * The verdict, the records it rests on, and what to add when issuance is refused. Narrows on
 * `allowed`: an allowed evaluation may name the `matched` record, a refused one the `fix`.
 */
export type CaaEvaluation = Decided<CaaGrant, CaaRefusal>;

/** The fields of every {@link CaaEvaluation}. */
export interface CaaRecordSet {
  /** Where the relevant record set was found, or `null` when no name up the tree has one. */
  readonly relevantName: string | null;
  readonly records: readonly ParsedCaaRecord[];
}

/** The fields of an allowed {@link CaaEvaluation}. */
export interface CaaGrant extends CaaRecordSet {
  /** The record that authorizes the CA (absent when no record restricts issuance). */
  readonly matched?: ParsedCaaRecord;
}

/** The fields of a refused {@link CaaEvaluation}. */
export interface CaaRefusal extends CaaRecordSet {
  /** CAA-02: records to add at `name` so the CA may issue (absent when the lookup failed). */
  readonly fix?: { readonly name: string; readonly records: readonly string[] };
}

const verdict = (issues: readonly Issue[], fields: CaaGrant | CaaRefusal): CaaEvaluation =>
  decided<CaaGrant, CaaRefusal>(issues, fields);

/**
 * RFC 8659 CAA evaluation of `name` for a CA known by `issuerDomains` (CAA-01…04):
 *
 * - the relevant record set is the first non-empty one climbing from the name (a wildcard's base)
 *   toward the root; a failed lookup on the way fails closed;
 * - no records anywhere → any CA may issue (CAA-01);
 * - `issuewild` applies to wildcard names only, and there overrides `issue`; a set with neither
 *   restricts nothing;
 * - an empty issuer (`;`) forbids; an unknown tag with the critical flag (128) forbids; issuer
 *   domains compare case-insensitively; RFC 8657 `accounturi` / `validationmethods` must match
 *   when present; a malformed issue value authorizes no one (CAA-04);
 * - when refused, `fix` lists the records to add (CAA-02): `0 issue "sectigo.com"` and `0 issuewild "sectigo.com"`;
 * - STD-05: a lookup may answer `{ records, dnssec, rcode }`; a DNSSEC-bogus or SERVFAIL answer
 *   refuses (`caa.dnssec.failure`), as a failed lookup does.
 *
 * A name CNAMEd to a hosting platform inherits that platform's CAA (CAA-03): the lookup snapshot
 * returns what DNS returns there.
 *
 * @example
 * evaluateCaa('www.example.com', (n) => (n === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }] : []), ['sectigo.com'])
 * // => { allowed: false, relevantName: 'example.com', …, fix: { name: 'example.com', records: ['0 issue "sectigo.com"', '0 issuewild "sectigo.com"'] } }
 */
export function evaluateCaa(
  name: string,
  lookup: CaaLookup,
  issuerDomains: readonly string[],
  options: CaaOptions = {},
): CaaEvaluation {
  optionsArgument(options);
  const inspection = inspectDomain(name, { allowSingleLabel: true });
  if (!inspection.ok) return verdict([inspection.issue], { relevantName: null, records: [] });
  if (typeof lookup !== 'function') throw invalidArgument('lookup', describeType(lookup));
  const issuers = normalizeIssuers(issuerDomains);
  const wildcard = options.wildcard ?? inspection.wildcard;
  const base = inspection.wildcard ? inspection.name.slice(2) : inspection.name;
  const labels = base.split('.');
  for (let i = 0; i < labels.length; i += 1) {
    const candidate = labels.slice(i).join('.');
    const answer = lookup(candidate);
    const failure = isAnswer(answer) ? dnssecFailure(answer, `lookup(${candidate})`) : undefined;
    if (failure !== undefined) {
      const issue = createIssue('caa.dnssec.failure', 'STD-05', { name: candidate, failure }, { subject: name });
      return verdict([issue], { relevantName: candidate, records: [] });
    }
    const found = isAnswer(answer) ? answer.records : answer;
    // fail closed: a failed lookup, or an answer that is not a list, refuses
    if (!Array.isArray(found)) {
      const issue = createIssue('caa.lookup.failed', 'CAA-04', { name: candidate }, { subject: name });
      return verdict([issue], { relevantName: candidate, records: [] });
    }
    if (found.length > 0) return decide(name, candidate, found, issuers, wildcard, options);
  }
  return verdict([createIssue('caa.none', 'CAA-01', {}, { subject: name, severity: 'info' })], {
    relevantName: null,
    records: [],
  });
}

/** An answer object ({@link CaaAnswer}) rather than a bare list of records. */
function isAnswer(answer: unknown): answer is CaaAnswer {
  return typeof answer === 'object' && answer !== null && !Array.isArray(answer) && 'records' in answer;
}

/**
 * The CAA issuer domains of a brand's CA from the policy (CAA-03). Throws `CertkitError`
 * `caa.brand.unknown` when the policy has none for the brand.
 *
 * @example
 * caaIdentifiers('TrustAsia') // => ['sectigo.com', 'trust-provider.com']
 */
export function caaIdentifiers(brand: string, options?: PolicyOption): readonly string[];
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function caaIdentifiers(brand: string, policy: Policy): readonly string[];
export function caaIdentifiers(brand: string, options?: PolicyOption | Policy): readonly string[] {
  const policy = policyOf(options);
  const identifiers = ownEntry(policy.dcv.caaIdentifiers, brand);
  if (identifiers !== undefined) return identifiers;
  const params = { brand: describeReceived(brand), known: Object.keys(policy.dcv.caaIdentifiers) };
  throw new CertkitError(createIssue('caa.brand.unknown', 'CAA-03', params, { subject: describeReceived(brand) }));
}

function decide(
  name: string,
  relevantName: string,
  found: readonly CaaRecordInput[],
  issuers: readonly string[],
  wildcard: boolean,
  options: CaaOptions,
): CaaEvaluation {
  const issues: Issue[] = [];
  const records: ParsedCaaRecord[] = [];
  for (const input of found) {
    const read = readCaaRecord(input);
    // A record read alone is about no name; read from the lookup, it is about the name it was found at.
    issues.push(...read.issues.map((issue) => ({ ...issue, subject: relevantName })));
    if (read.record !== undefined) records.push(read.record);
  }
  const refuse = (issue?: Issue): CaaEvaluation =>
    verdict(issue === undefined ? issues : [...issues, issue], {
      relevantName,
      records,
      fix: fixFor(relevantName, issuers),
    });
  // CAA-04, fail closed: a record that cannot be read could be the one that forbids this CA
  if (hasErrors(issues)) return refuse();
  const unknownCritical = records.find((record) => record.critical && !knownCaaTags.has(record.tag));
  if (unknownCritical !== undefined) {
    return refuse(
      createIssue('caa.critical-unknown', 'CAA-04', { tag: unknownCritical.tag, relevantName }, { subject: name }),
    );
  }
  const wild = records.filter((record) => record.tag === 'issuewild');
  const properties = wildcard && wild.length > 0 ? wild : records.filter((record) => record.tag === 'issue');
  if (properties.length === 0) {
    const unrestricted = createIssue(
      'caa.unrestricted',
      'CAA-04',
      { relevantName },
      { subject: name, severity: 'info' },
    );
    return verdict([...issues, unrestricted], { relevantName, records });
  }
  // `issuers` holds no empty name, so a malformed value (no issuer) and `;` name none of them
  const named = properties.filter((record) => issuers.includes(record.issuerDomain ?? ''));
  const matched = named.find((record) => parametersAllow(record, options));
  if (matched !== undefined) return verdict(issues, { relevantName, records, matched });
  return refuse(refusal(name, relevantName, properties, named.length > 0, issuers, options));
}

/**
 * Why the relevant set does not authorize the CA: it names the CA but the RFC 8657 parameters
 * differ (CAA-04), it forbids every CA (`;`, CAA-04), or it names other CAs only (CAA-02).
 */
function refusal(
  name: string,
  relevantName: string,
  properties: readonly ParsedCaaRecord[],
  namesTheCa: boolean,
  issuers: readonly string[],
  options: CaaOptions,
): Issue {
  if (namesTheCa) {
    const params = { relevantName, accountUri: options.accountUri ?? '', method: options.method ?? '' };
    return createIssue('caa.parameters.mismatch', 'CAA-04', params, { subject: name });
  }
  const allowedIssuers = [
    ...new Set(
      properties
        .map((record) => record.issuerDomain)
        .filter((issuer): issuer is string => issuer !== undefined && issuer !== ''),
    ),
  ];
  if (allowedIssuers.length === 0)
    return createIssue('caa.issue.forbidden', 'CAA-04', { relevantName }, { subject: name });
  const params = { relevantName, allowedIssuers, issuers: [...issuers] };
  return createIssue('caa.issuer.not-authorized', 'CAA-02', params, { subject: name });
}

/** RFC 8657: `accounturi` must equal the account, `validationmethods` must list the method. */
function parametersAllow(record: ParsedCaaRecord, options: CaaOptions): boolean {
  const { accounturi, validationmethods } = record.parameters ?? {};
  if (accounturi !== undefined && accounturi !== options.accountUri) return false;
  // a parameter value has no spaces (RFC 8659 §4.2), so the list splits on commas alone
  return (
    validationmethods === undefined ||
    (options.method !== undefined && validationmethods.split(',').includes(options.method))
  );
}

/**
 * CAA-02: the FAQ's fix, `0 issue "<ca>"` and `0 issuewild "<ca>"` at the relevant name, for a
 * wildcard or not (so a later wildcard order for the name works too).
 */
function fixFor(relevantName: string, issuers: readonly string[]): CaaRefusal['fix'] {
  const ca = issuers[0] as string;
  return { name: relevantName, records: [`0 issue "${ca}"`, `0 issuewild "${ca}"`] };
}

function normalizeIssuers(issuerDomains: readonly string[]): string[] {
  const valid =
    Array.isArray(issuerDomains) &&
    issuerDomains.length > 0 &&
    issuerDomains.every((issuer) => typeof issuer === 'string' && issuer !== '');
  if (!valid)
    throw invalidArgument(
      'issuerDomains',
      Array.isArray(issuerDomains) ? 'empty or not text' : describeType(issuerDomains),
    );
  return issuerDomains.map((issuer) => issuer.toLowerCase());
}

function invalidArgument(field: string, received: string): CertkitError {
  return new CertkitError(createIssue('caa.argument.invalid', null, { field, received }));
}
