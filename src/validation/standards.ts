import { objectArgument, optionsArgument, stringArgument } from '../core/argument.js';
import { DAY_MS } from '../core/calendar.js';
import { type Instant, toDate } from '../core/instant.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Decided, decided } from '../core/result.js';
import { dayStart, inForceAt, standardsOf } from '../policy/dated.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import { dcvArgumentError } from './dcv-records.js';

/** What the public rules say for a certificate issued (or a validation used) at one instant. */
export interface StandardsAt {
  /** The instant, ISO 8601. */
  readonly at: string;
  /** LIFE-13: the longest validity, and the one it SHOULD NOT exceed, in days (notBefore through notAfter inclusive). */
  readonly validity: { readonly maxDays: number; readonly recommendedDays: number };
  /** STD-01: days validation data may be reused before issuance. */
  readonly validationReuseDays: { readonly domain: number; readonly identity: number };
  /** STD-02: the BR validation methods (`3.2.2.4.7`, …) that may be used. */
  readonly dcvMethods: readonly string[];
  /** STD-04: whether names under `in-addr.arpa` and `ip6.arpa` may still be certified. */
  readonly reverseZoneNames: boolean;
  /** STD-07: whether Chrome expects serverAuth as the only EKU of new subordinate CAs and of subscriber certificates. */
  readonly serverAuthOnlyEku: { readonly subordinateCas: boolean; readonly subscribers: boolean };
  /** STD-11: whether SHA-1 signatures may still appear in certificates and CRLs. */
  readonly sha1: boolean;
}

/**
 * The dated public rules in force at `at` (the policy's `standards`, the CA/B Forum data of the
 * presets by default): what a console answers to "what applies to a certificate issued on …".
 * Each step starts at 00:00 UTC on its day.
 *
 * @example
 * standardsAt('2026-12-03T00:00:00Z').validity            // => { maxDays: 200, recommendedDays: 199 }
 * standardsAt('2027-03-15T00:00:00Z').validationReuseDays // => { domain: 100, identity: 398 }
 * standardsAt('2026-12-03T00:00:00Z').sha1                // => false
 */
export function standardsAt(at: Instant, options: PolicyOption = {}): StandardsAt {
  optionsArgument(options);
  const policy = policyOf(options);
  const standards = standardsOf(policy);
  const date = toDate(at, 'at');
  const time = date.getTime();
  const reuse = inForceAt(standards.validationReuse, time);
  return {
    at: date.toISOString(),
    validity: {
      maxDays: inForceAt(policy.lifecycle.maxValidity, time).days,
      recommendedDays: inForceAt(standards.recommendedValidity, time).days,
    },
    validationReuseDays: { domain: reuse.domainDays, identity: reuse.identityDays },
    dcvMethods: standards.dcvMethods.filter((method) => methodProblem(method, time) === undefined).map(({ id }) => id),
    reverseZoneNames: time < dayStart(standards.reverseZoneNamesRefusedFrom),
    serverAuthOnlyEku: {
      subordinateCas: time >= dayStart(standards.serverAuthOnlyEku.subordinateCasFrom),
      subscribers: time >= dayStart(standards.serverAuthOnlyEku.subscribersFrom),
    },
    sha1: time < dayStart(standards.sha1RefusedFrom),
  };
}

/** What {@link checkValidationReuse} is asked. */
export interface ValidationReuseRequest {
  /** `domain` for domain and IP validation, `identity` for the subject's identity (OV/EV). */
  readonly kind: 'domain' | 'identity';
  readonly validatedAt: Instant;
  /** When the certificate is (to be) issued; the limit in force then applies. */
  readonly issuedAt: Instant;
}

/** The age of the validation and the limit, in days (a part of a day counts as a day). */
export interface ValidationReuse {
  readonly ageDays: number;
  readonly maxDays: number;
}

/**
 * STD-01: whether validation data obtained at `validatedAt` may still be reused for a certificate
 * issued at `issuedAt` (BR §4.2.1): domain and IP validation at most 398 days, 200 from
 * 2026-03-15, 100 from 2027-03-15, 10 from 2029-03-15; identity 825 days, 398 from 2026-03-15 —
 * the limit in force on the issuance day. A validation from after the issuance throws.
 *
 * @example
 * checkValidationReuse({ kind: 'domain', validatedAt: '2026-06-01', issuedAt: '2026-12-03' }).allowed // => true
 * checkValidationReuse({ kind: 'domain', validatedAt: '2026-06-01', issuedAt: '2027-03-15' }).allowed // => false
 */
export function checkValidationReuse(
  request: ValidationReuseRequest,
  options: PolicyOption = {},
): Decided<ValidationReuse, ValidationReuse> {
  objectArgument(request, 'request');
  optionsArgument(options);
  if (request.kind !== 'domain' && request.kind !== 'identity') throw dcvArgumentError('request.kind', request.kind);
  const validated = toDate(request.validatedAt, 'validatedAt');
  const issued = toDate(request.issuedAt, 'issuedAt');
  const elapsed = issued.getTime() - validated.getTime();
  if (elapsed < 0) throw dcvArgumentError('request.validatedAt', `${validated.toISOString()} (after the issuance)`);
  const step = inForceAt(standardsOf(policyOf(options)).validationReuse, issued.getTime());
  const maxDays = request.kind === 'domain' ? step.domainDays : step.identityDays;
  const ageDays = Math.ceil(elapsed / DAY_MS);
  const issues =
    elapsed > maxDays * DAY_MS
      ? [
          createIssue('dcv.reuse.expired', 'STD-01', {
            kind: request.kind,
            validatedAt: validated.toISOString(),
            ageDays,
            maxDays,
          }),
        ]
      : [];
  return decided(issues, { ageDays, maxDays });
}

/** A validation method of the policy: its BR section, name and dates. */
export interface DcvMethodEntry {
  readonly id: string;
  readonly name: string;
  readonly from?: string;
  readonly until?: string;
}

/**
 * STD-02: whether the BR validation method `method` (its section number, `3.2.2.4.7`) may be used
 * at `at`. An unknown section is refused (fail closed): a method the BR does not list is no
 * method. Email, fax, SMS and phone to the domain contact ended on 2025-07-15, the IP Address
 * method on 2026-03-15; the DNS account label arrived on 2025-03-01 and the persistent record on
 * 2025-11-10.
 *
 * @example
 * checkDcvMethod('3.2.2.4.7', '2026-12-03').allowed           // => true
 * checkDcvMethod('3.2.2.4.2', '2026-12-03').issues[0].code    // => 'dcv.method.retired'
 */
export function checkDcvMethod(
  method: string,
  at: Instant,
  options: PolicyOption = {},
): Decided<{ method: DcvMethodEntry }, { method?: DcvMethodEntry }> {
  stringArgument(method, 'method');
  optionsArgument(options);
  const time = toDate(at, 'at').getTime();
  const entry = standardsOf(policyOf(options)).dcvMethods.find((candidate) => candidate.id === method);
  if (entry === undefined)
    return decided<{ method: DcvMethodEntry }, { method?: DcvMethodEntry }>(
      [createIssue('dcv.method.unknown', 'STD-02', { method })],
      {},
    );
  const problem = methodProblem(entry, time);
  return decided(problem === undefined ? [] : [problem], { method: entry });
}

/** Why `method` may not be used at `time`, or `undefined` when it may. */
function methodProblem(method: DcvMethodEntry, time: number): Issue | undefined {
  if (method.from !== undefined && time < dayStart(method.from))
    return createIssue('dcv.method.not-yet', 'STD-02', { method: method.id, name: method.name, from: method.from });
  if (method.until !== undefined && time >= dayStart(method.until))
    return createIssue('dcv.method.retired', 'STD-02', { method: method.id, name: method.name, until: method.until });
  return undefined;
}

/** The reverse-lookup zones STD-04 closes. */
const REVERSE_ZONES = ['in-addr.arpa', 'ip6.arpa'];

/**
 * STD-04: whether a certificate may name `name` at `at` — from 2026-03-15, none for a name under
 * `in-addr.arpa` or `ip6.arpa` (BR §4.2.2). Compared case-insensitively, a trailing dot ignored.
 *
 * @example
 * checkReverseZoneName('4.3.2.1.in-addr.arpa', '2026-12-03').allowed // => false
 * checkReverseZoneName('example.arpa', '2026-12-03').allowed         // => true
 */
export function checkReverseZoneName(name: string, at: Instant, options: PolicyOption = {}): Decided {
  const lower = stringArgument(name, 'name').toLowerCase().replace(/\.$/, '');
  optionsArgument(options);
  const time = toDate(at, 'at').getTime();
  const since = standardsOf(policyOf(options)).reverseZoneNamesRefusedFrom;
  const under = REVERSE_ZONES.some((zone) => lower === zone || lower.endsWith(`.${zone}`));
  return decided(
    under && time >= dayStart(since)
      ? [createIssue('dcv.name.reverse-zone', 'STD-04', { since }, { subject: name })]
      : [],
    {},
  );
}
