import { numberArgument, objectArgument, stringArgument } from '../core/argument.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { dcvRequired } from './effects.js';
import { matchesProduct, ownershipCheckExempt, revocationRestrictionsExempt } from './product-rules.js';
import { readState } from './read-state.js';
import { type Effect, type Guard, issue, type RuleInput } from './rule-kit.js';
import type { CertificateInput, CertificateState } from './state.js';
import type { StatusName } from './statuses.js';

/** LIFE-18: what a revocation needs (`Policy['lifecycle']['revocationPaths']`). */
export type RevocationNeeds = Policy['lifecycle']['revocationPaths'][number]['needs'];

/**
 * LIFE-18: what revoking the certificate needs — the first revocation path of the policy that
 * matches its brand, SM2 flag and validation level.
 *
 * @example
 * revocationNeeds({ …cert, product: { brand: 'WoTrus', type: 'OV' }, validation: 'OV' }) // => 'review'
 * revocationNeeds({ …cert, product: { brand: 'TrustAsia', type: 'DV' }, validation: 'DV' }) // => 'dcv'
 */
export function revocationNeeds(cert: CertificateInput, options?: PolicyOption): RevocationNeeds {
  return needsOf(readState(cert), policyOf(options));
}

function needsOf(cert: CertificateState, policy: Policy): RevocationNeeds {
  return policy.lifecycle.revocationPaths.find((path) => matchesProduct(path, cert, policy))?.needs ?? 'letter';
}

/** What each path asks for, and where the certificate goes meanwhile. */
const PATHS: Readonly<Record<RevocationNeeds, (input: RuleInput) => { to: StatusName; effect?: Effect }>> = {
  review: () => ({ to: 'revoking', effect: { type: 'review.manual', topic: 'revocation' } }),
  application: () => ({
    to: 'pendingRevocationLetter',
    effect: { type: 'letter.required', letter: 'revocation-application' },
  }),
  dcv: (input) =>
    ownershipCheckExempt(input) ? { to: 'revoking' } : { to: 'revoking', effect: dcvRequired(input.now, input.policy) },
  // no letter when automatic DNS or file validation is configured
  letter: (input) =>
    input.context.automaticValidation === true
      ? { to: 'revoking', effect: { type: 'review.manual', topic: 'revocation' } }
      : { to: 'pendingRevocationLetter', effect: { type: 'letter.required', letter: 'revocation' } },
};

/** LIFE-18: the status a revocation request moves the certificate to. */
export const revocationTarget = (input: RuleInput): StatusName => PATHS[needsOf(input.cert, input.policy)](input).to;

/** LIFE-03/18: downloads and deployment stop; then what the path asks for; a reissue revokes its original. */
export function revocationEffects(input: RuleInput): Effect[] {
  const { effect } = PATHS[needsOf(input.cert, input.policy)](input);
  const exempt = revocationRestrictionsExempt(input.cert, input.policy);
  return [
    { type: 'access.disable', what: ['download', 'deploy'] },
    ...(effect === undefined ? [] : [effect]),
    ...(input.cert.reissueOf === undefined || exempt
      ? []
      : [{ type: 'revoke.original', id: input.cert.reissueOf } as const]),
  ];
}

/** LIFE-18: every path but domain validation takes a reason; until one is given, the request says so. */
export const revocationReason: Guard = (input) => {
  if (needsOf(input.cert, input.policy) === 'dcv') return undefined;
  const { reason } = input.args;
  if (typeof reason === 'string' && reason.trim() !== '') return undefined;
  return issue('life.revoke.reason', 'LIFE-18', {}, reason === undefined ? 'info' : 'error');
};

/** A file the user is about to upload for a revocation: its name (for the type) and size in bytes. */
export interface RevocationFile {
  readonly name: string;
  readonly size: number;
}

/**
 * LIFE-18: is this file one the revocation takes? The stamped application (DNSPod SM2 OV/EV: JPG,
 * GIF or PDF) or confirmation letter (other OV/EV: JPG, PNG or PDF), at most 1.4 MB; refused
 * before the upload, with an issue saying which limit.
 *
 * @example
 * checkRevocationFile(cert, { name: 'letter.png', size: 900_000 }).ok // => true for a TrustAsia OV
 */
export function checkRevocationFile(cert: CertificateInput, file: RevocationFile, options?: PolicyOption): Checked {
  const policy = policyOf(options);
  const state = readState(cert);
  const name = stringArgument(objectArgument<RevocationFile>(file, 'file').name, 'file.name');
  const size = numberArgument(file.size, 'file.size');
  const needs = needsOf(state, policy);
  const { maxBytes, application, letter } = policy.lifecycle.revocationFiles;
  const allowed = needs === 'application' ? application : needs === 'letter' ? letter : [];
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
  const issues: Issue[] = [];
  if (allowed.length === 0) issues.push(createIssue('life.revoke.no-file', 'LIFE-18', { needs }));
  else if (!allowed.includes(extension))
    issues.push(createIssue('life.revoke.file-type', 'LIFE-18', { name, allowed: [...allowed] }, { subject: name }));
  if (size > maxBytes)
    issues.push(createIssue('life.revoke.file-size', 'LIFE-18', { name, size, limit: maxBytes }, { subject: name }));
  return checked(issues, {});
}
