import { arrayArgument, objectArgument } from '../core/argument.js';
import { CertkitError } from '../core/error.js';
import { createIssue, type Issue } from '../core/issue.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { type Applicant, type ApplicantKind, type ProductRef, validationLevels } from '../policy/vocabulary.js';
import { findProduct } from './product.js';

/** Who wants a certificate and what for (TYPE-09). */
export interface CertificateProfile {
  /** `finance` and `payment` businesses are advised EV. */
  readonly industry?: 'finance' | 'payment' | 'general';
  /**
   * TYPE-08: individuals (no business licence) may buy DV only. Default an enterprise.
   * The bare kind (`'individual'`) of 0.1 still works for one release (deprecated).
   */
  readonly applicant?: Applicant | ApplicantKind;
  /** Sites used as mobile sites or API endpoints are advised OV or higher. */
  readonly usage?: readonly ('website' | 'mobile' | 'api' | 'mini-program')[];
}

/** The advice: the level to buy, every level that is acceptable, and why (info issues). */
export interface CertificateRecommendation {
  readonly recommended: ValidationLevel;
  readonly acceptable: readonly ValidationLevel[];
  readonly issues: readonly Issue[];
}

const LEVELS = validationLevels;

/**
 * Recommends a validation level (TYPE-09): finance and payment → EV; enterprises → OV or
 * higher; mobile sites and API endpoints → OV or higher; otherwise DV suffices. Individuals can
 * buy DV only (TYPE-08), so for them the advice is DV with a warning when more was advised.
 *
 * @example
 * recommendCertificateType({ industry: 'payment' }).recommended                 // => 'EV'
 * recommendCertificateType({ applicant: { kind: 'enterprise' }, usage: ['api'] }).acceptable // => ['OV', 'EV']
 * recommendCertificateType({ applicant: { kind: 'individual' } }).recommended             // => 'DV'
 */
export function recommendCertificateType(profile: CertificateProfile = {}): CertificateRecommendation {
  objectArgument(profile, 'profile');
  const reasons: Issue[] = [];
  let minimum = 0;
  const raise = (
    level: number,
    code: 'type.recommend.ev-finance' | 'type.recommend.ov-enterprise' | 'type.recommend.ov-app',
  ) => {
    minimum = Math.max(minimum, level);
    reasons.push(createIssue(code, 'TYPE-09', { level: LEVELS[level] as string }, { severity: 'info' }));
  };
  const applicant = profile.applicant;
  const individual = (typeof applicant === 'string' ? applicant : applicant?.kind) === 'individual';
  if (profile.industry === 'finance' || profile.industry === 'payment') raise(2, 'type.recommend.ev-finance');
  if (!individual) raise(1, 'type.recommend.ov-enterprise');
  const usage = profile.usage === undefined ? [] : arrayArgument(profile.usage, 'profile.usage');
  if (usage.some((use) => use === 'mobile' || use === 'api')) raise(1, 'type.recommend.ov-app');
  if (!individual)
    return { recommended: LEVELS[minimum] as ValidationLevel, acceptable: LEVELS.slice(minimum), issues: reasons };
  const severity = minimum > 0 ? 'warning' : 'info';
  const advised = LEVELS[minimum] as string;
  reasons.push(createIssue('type.recommend.individual-dv', 'TYPE-08', { advised }, { severity }));
  return { recommended: 'DV', acceptable: ['DV'], issues: reasons };
}

/**
 * Whether mini programs accept certificates of this product: every type except Chinese SM (SM2)
 * certificates (TYPE-10). Throws `CertkitError` (`product.unknown-brand`, `product.unknown`)
 * when the catalog has no such product.
 *
 * @example
 * supportsMiniProgram({ brand: 'TrustAsia', type: 'DV' }) // => true
 */
export function supportsMiniProgram(product: ProductRef, options?: PolicyOption): boolean;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function supportsMiniProgram(product: ProductRef, policy: Policy): boolean;
export function supportsMiniProgram(product: ProductRef, options?: PolicyOption | Policy): boolean {
  const found = findProduct(product, { policy: policyOf(options) });
  if (!found.ok) throw new CertkitError(found.issue);
  return !found.product.sm2;
}
