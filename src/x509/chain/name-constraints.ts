import { DEFAULT_LIMITS } from '../../policy/limits.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import type { NameConstraints } from '../certificate/extensions.js';
import type { GeneralName } from '../names/general-name.js';
import { NAME_FORMS } from './name-forms.js';

/** Why a certificate's names break a CA's name constraints, or `undefined` when they do not. */
export interface NameConstraintViolation {
  readonly name: string;
  readonly constraint: string;
  /**
   * `excluded`: the name is in an excluded subtree; `not-permitted`: in no permitted one;
   * `unsupported`: a form certkit cannot compare meets a critical constraint of it;
   * `invalid-constraint` / `invalid-name`: one side cannot be read; `too-complex`: over the budget.
   */
  readonly problem:
    | 'excluded'
    | 'not-permitted'
    | 'unsupported'
    | 'invalid-constraint'
    | 'invalid-name'
    | 'too-complex';
}

/** More name × constraint comparisons than this in one chain fail closed (pathological inputs), unless the policy's limits say otherwise. */
export const MAX_NAME_CONSTRAINT_CHECKS = DEFAULT_LIMITS.maxNameConstraintChecks;

/** A name of the certificate and where it came from (the subject's names are compared a little differently). */
export interface CertificateName {
  readonly name: GeneralName;
  readonly fromSubject: boolean;
}

/**
 * RFC 5280 §4.2.1.10 for one certificate below a constrained CA: each of its names (SAN DNS, IP,
 * e-mail, URI, otherName…, the subject DN when not empty, and every `emailAddress` of the subject
 * DN as an rfc822Name) must fall in a permitted subtree of its form, when the CA lists any of that
 * form, and in no excluded subtree. How each form compares is in name-forms.ts. Beyond that:
 *
 * - the subject's `emailAddress` attributes are checked against rfc822Name constraints whether or
 *   not the certificate has a SAN (RFC 5280 asks it when there is none; OpenSSL always does);
 * - a constraint or a name that cannot be read fails the check (`invalid-constraint`,
 *   `invalid-name`) when it would be compared: a malformed exclusion never excludes nothing;
 * - a form certkit does not compare (otherName, x400Address, ediPartyName, registeredID) fails the
 *   check when a name of that form meets a constraint of it in a critical extension; in a
 *   non-critical one it is skipped (RFC 5280 §4.2: a non-critical extension may be ignored);
 * - work is bounded by {@link MAX_NAME_CONSTRAINT_CHECKS} (`budget` is shared along the chain).
 *
 * @example
 * checkNameConstraints({ excluded: [{ kind: 'dns', value: 'bad.example' }] }, leafOfWwwBadExample, budget)
 * // => { name: 'www.bad.example', constraint: 'bad.example', problem: 'excluded' }
 */
export function checkNameConstraints(
  constraints: NameConstraints,
  certificate: DecodedCertificate,
  budget: { remaining: number },
  critical = true,
): NameConstraintViolation | undefined {
  const names = namesOf(certificate);
  const count = (constraints.permitted?.length ?? 0) + (constraints.excluded?.length ?? 0);
  budget.remaining -= names.length * Math.max(count, 1);
  if (budget.remaining < 0)
    return { name: certificate.subject.text, constraint: `${count} constraints`, problem: 'too-complex' };
  for (const name of names) {
    const violation = checkName(constraints, name, critical);
    if (violation !== undefined) return violation;
  }
  return undefined;
}

/** The SAN entries, the subject DN when not empty, and the subject's `emailAddress` values. */
function namesOf(certificate: DecodedCertificate): CertificateName[] {
  const { subject } = certificate;
  const names: CertificateName[] = (certificate.decoded.subjectAltName ?? []).map((name) => ({
    name,
    fromSubject: false,
  }));
  if (subject.attributes.length > 0)
    names.push({ name: { kind: 'directory', value: subject.text, name: subject }, fromSubject: true });
  for (const attribute of subject.attributes)
    if (attribute.type === 'emailAddress')
      names.push({ name: { kind: 'email', value: attribute.value }, fromSubject: true });
  return names;
}

/**
 * One name against the constraints of its form — what {@link checkNameConstraints} asks of each
 * name of a certificate. `fromSubject`: the name comes from the subject DN.
 *
 * @example
 * checkName({ permitted: [{ kind: 'dns', value: '.example.com' }] }, { name: { kind: 'dns', value: 'example.com' }, fromSubject: false }, true)
 * // => { name: 'example.com', constraint: '.example.com', problem: 'not-permitted' }
 */
export function checkName(
  constraints: NameConstraints,
  { name, fromSubject }: CertificateName,
  critical: boolean,
): NameConstraintViolation | undefined {
  const excluded = (constraints.excluded ?? []).filter((constraint) => constraint.kind === name.kind);
  const permitted = (constraints.permitted ?? []).filter((constraint) => constraint.kind === name.kind);
  if (excluded.length === 0 && permitted.length === 0) return undefined;
  const form = NAME_FORMS[name.kind];
  if (form === undefined)
    return critical ? { name: name.value || name.kind, constraint: name.kind, problem: 'unsupported' } : undefined;
  const value = form.name(name);
  if (value === undefined) return { name: name.value, constraint: '', problem: 'invalid-name' };
  const read = (list: readonly GeneralName[]) =>
    list.map((constraint) => ({ constraint, base: form.constraint(constraint) }));
  const [outside, inside] = [read(excluded), read(permitted)];
  const malformed = [...outside, ...inside].find((entry) => entry.base === undefined);
  if (malformed !== undefined)
    return { name: name.value, constraint: malformed.constraint.value, problem: 'invalid-constraint' };
  const hit = outside.find((entry) => form.within(value, entry.base, 'excluded', fromSubject));
  if (hit !== undefined) return { name: name.value, constraint: hit.constraint.value, problem: 'excluded' };
  if (inside.length > 0 && !inside.some((entry) => form.within(value, entry.base, 'permitted', fromSubject)))
    return {
      name: name.value,
      constraint: permitted.map((constraint) => constraint.value).join(', '),
      problem: 'not-permitted',
    };
  return undefined;
}
