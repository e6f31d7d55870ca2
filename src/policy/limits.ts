import { policyArgument } from './brand.js';
import type { Policy } from './schema.js';

/**
 * How much work one input may cost (DESIGN principle 6, "Total on bad input"). Each bound is a
 * policy value, checked before the work starts; an input beyond one is refused with a
 * `CertkitError` naming the limit, never worked through. Kept apart from the presets so the x509
 * entry points carry these few numbers and not every preset's tables.
 */
export interface WorkLimits {
  /** Characters of PEM text (or bytes of DER) one argument may have. A chain is a few KB. */
  readonly maxInputLength: number;
  /** Certificates in one bundle or one call's inputs (trust anchors counted apart). */
  readonly maxCertificates: number;
  /**
   * PBKDF2 iterations an encrypted key (PBES2) may ask for. The file chooses the count and the
   * cost is paid before a wrong password shows, so a count above this is refused unread.
   * 2,000,000 is above OWASP 2023's highest recommendation (1,300,000 for HMAC-SHA1) and costs
   * about half a second.
   */
  readonly maxPbkdf2Iterations: number;
  /** Chain building: signature checks, certificates per path (leaf and anchor included), candidate paths kept. */
  readonly pathSearch: {
    readonly signatureChecks: number;
    readonly depth: number;
    readonly paths: number;
  };
  /** Name × name-constraint comparisons in one path; beyond it the path fails closed. */
  readonly maxNameConstraintChecks: number;
  /** Trust anchors one call may be given (a whole system store is about 150). */
  readonly maxTrustAnchors: number;
}

/**
 * The option every function that reads untrusted input takes: a policy, of which only `limits`
 * is read. It must be a validated policy (`definePolicy({ limits: … })`): unchecked limits could
 * switch a bound off.
 */
export interface LimitsOption {
  readonly policy?: Policy;
}

/** The limits every shipped preset uses. */
export const DEFAULT_LIMITS: WorkLimits = Object.freeze({
  maxInputLength: 1_000_000,
  maxCertificates: 200,
  maxPbkdf2Iterations: 2_000_000,
  pathSearch: Object.freeze({ signatureChecks: 200, depth: 10, paths: 32 }),
  maxNameConstraintChecks: 250_000,
  maxTrustAnchors: 1000,
});

/**
 * The limits of `policy`, or the defaults when none is given.
 *
 * @example
 * limitsOf(undefined).maxTrustAnchors // => 1000
 */
export function limitsOf(policy: Policy | undefined): WorkLimits {
  return policy === undefined ? DEFAULT_LIMITS : policyArgument(policy, 'options.policy').limits;
}
