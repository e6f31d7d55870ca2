import { asciiHostname } from '../../domain/hostname.js';
import { DEFAULT_LIMITS } from '../../policy/limits.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import type { NameConstraints } from '../certificate/extensions.js';
import { nameWithin } from '../names/distinguished-name.js';
import type { GeneralName } from '../names/general-name.js';

/** Why a certificate's names break a CA's name constraints, or `undefined` when they do not. */
export interface NameConstraintViolation {
  readonly name: string;
  readonly constraint: string;
  /** `excluded`: the name is in an excluded subtree; `not-permitted`; `unsupported`: a constraint form certkit cannot check applies. */
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

type Form = 'dns' | 'ip' | 'directory' | 'email' | 'uri' | 'other';

/**
 * RFC 5280 §4.2.1.10 for one certificate below a constrained CA: each of its names (SAN DNS, IP,
 * e-mail, URI, otherName, the subject DN, and every `emailAddress` of the subject DN as an
 * rfc822Name) must fall in a permitted subtree of its form, when
 * the CA lists any of that form, and in no excluded subtree. Web PKI readings:
 *
 * - a directoryName constraint is compared RDN by RDN on the decoded names (RFC 5280 §7.1), never
 *   on their text: `O="Good/2.5.4.3=x"` is not under `O=Good`;
 * - the subject's `emailAddress` attributes are checked against rfc822Name constraints whether or
 *   not the certificate has a SAN (RFC 5280 asks it when there is none; OpenSSL always does);
 * - a DNS constraint `example.com` covers `example.com` and every name under it; a constraint
 *   with a wildcard or a leading period is invalid and fails the chain;
 * - a wildcard name `*.example.com` is checked for every name it may stand for (CVE-2025-61727):
 *   it is excluded when any such name is, and permitted only when all are;
 * - a constraint form certkit does not evaluate (otherName, x400, EDI) fails the chain only when
 *   a name of that form is present;
 * - work is bounded by {@link MAX_NAME_CONSTRAINT_CHECKS} (`budget` is shared along the chain).
 */
export function checkNameConstraints(
  constraints: NameConstraints,
  certificate: DecodedCertificate,
  budget: { remaining: number },
): NameConstraintViolation | undefined {
  const names: GeneralName[] = [...(certificate.decoded.subjectAltName ?? [])];
  if (certificate.subject.attributes.length > 0)
    names.push({ kind: 'directory', value: certificate.subject.text, name: certificate.subject });
  for (const attribute of certificate.subject.attributes)
    if (attribute.type === 'emailAddress') names.push({ kind: 'email', value: attribute.value });
  const all = [...(constraints.permitted ?? []), ...(constraints.excluded ?? [])];
  budget.remaining -= names.length * Math.max(all.length, 1);
  if (budget.remaining < 0)
    return { name: certificate.subject.text, constraint: `${all.length} constraints`, problem: 'too-complex' };
  for (const constraint of all) {
    if (formOf(constraint) === 'dns' && !validDnsConstraint(constraint.value))
      return { name: '', constraint: constraint.value, problem: 'invalid-constraint' };
  }
  for (const name of names) {
    const form = formOf(name);
    const excluded = (constraints.excluded ?? []).filter((constraint) => formOf(constraint) === form);
    const permitted = (constraints.permitted ?? []).filter((constraint) => formOf(constraint) === form);
    if (excluded.length === 0 && permitted.length === 0) continue;
    if (!CHECKERS[form]) return { name: name.value || form, constraint: form, problem: 'unsupported' };
    if (form === 'dns' && asciiHostname(name.value.startsWith('*.') ? name.value.slice(2) : name.value) === undefined)
      return { name: name.value, constraint: '', problem: 'invalid-name' };
    // a subject emailAddress may be any string: only a plain ASCII mailbox can be judged
    if (form === 'email' && !/^[\x21-\x3f\x41-\x7e]+@[\x21-\x3f\x41-\x7e]+$/.test(name.value))
      return { name: name.value, constraint: '', problem: 'invalid-name' };
    const hit = excluded.find((constraint) => CHECKERS[form]?.(name, constraint, 'excluded'));
    if (hit !== undefined) return { name: name.value, constraint: hit.value, problem: 'excluded' };
    if (permitted.length > 0 && !permitted.some((constraint) => CHECKERS[form]?.(name, constraint, 'permitted')))
      return {
        name: name.value,
        constraint: permitted.map((constraint) => constraint.value).join(', '),
        problem: 'not-permitted',
      };
  }
  return undefined;
}

function formOf(name: GeneralName): Form {
  return name.kind === 'dns' ||
    name.kind === 'ip' ||
    name.kind === 'directory' ||
    name.kind === 'email' ||
    name.kind === 'uri'
    ? name.kind
    : 'other';
}

/** `true` when `name` is inside `constraint` (for `excluded`: when it may be). */
type Checker = (name: GeneralName, constraint: GeneralName, mode: 'permitted' | 'excluded') => boolean;

const CHECKERS: Readonly<Partial<Record<Form, Checker>>> = {
  dns: (name, constraint, mode) => {
    const value = name.value.toLowerCase();
    const base = constraint.value.toLowerCase();
    if (!value.startsWith('*.')) return within(value, base);
    // `*.parent` stands for every `x.parent`: excluded if any is, permitted only if all are.
    const parent = value.slice(2);
    if (within(parent, base)) return true;
    return mode === 'excluded' && base.endsWith(`.${parent}`) && !base.slice(0, -parent.length - 1).includes('.');
  },
  ip: (name, constraint) => {
    const address = name.bytes;
    const range = constraint.bytes;
    if (address === undefined || range === undefined || range.length !== address.length * 2) return false;
    return address.every(
      (byte, index) =>
        (byte & (range[address.length + index] as number)) ===
        ((range[index] as number) & (range[address.length + index] as number)),
    );
  },
  directory: (name, constraint) =>
    name.name !== undefined && constraint.name !== undefined && nameWithin(name.name, constraint.name),
  email: (name, constraint) => {
    const address = name.value.toLowerCase();
    const base = constraint.value.toLowerCase();
    if (base.includes('@')) return address === base;
    const host = address.slice(address.lastIndexOf('@') + 1);
    return base.startsWith('.') ? host.endsWith(base) : host === base;
  },
  uri: (name, constraint) => {
    const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^:/?#]+)/i.exec(name.value)?.[1]?.toLowerCase();
    const base = constraint.value.toLowerCase();
    if (host === undefined) return false;
    return base.startsWith('.') ? host.endsWith(base) : host === base;
  },
};

/** `name` equals `base` or is under it, label-wise. */
function within(name: string, base: string): boolean {
  return name === base || base === '' || name.endsWith(`.${base}`);
}

/** A DNS constraint: a host name, no wildcard, no leading period (web PKI). */
function validDnsConstraint(value: string): boolean {
  return value !== '' && !value.startsWith('.') && asciiHostname(value) !== undefined;
}
