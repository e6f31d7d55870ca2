import { CertkitError } from '../core/error.js';
import { createIssue, type Issue } from '../core/issue.js';
import { defaultPolicy } from '../policy/presets/index.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { findProduct, type ProductRef } from './product.js';

/** Who wants a certificate and what for (TYPE-09). */
export interface CertificateProfile {
  /** `finance` and `payment` businesses are advised EV. */
  readonly industry?: 'finance' | 'payment' | 'general';
  /** TYPE-08: individuals (no business licence) may buy DV only. Default `enterprise`. */
  readonly applicant?: 'individual' | 'enterprise';
  /** Sites used as mobile sites or API endpoints are advised OV or higher. */
  readonly usage?: readonly ('website' | 'mobile' | 'api' | 'mini-program')[];
}

/** The advice: the level to buy, every level that is acceptable, and why (info issues). */
export interface CertificateRecommendation {
  readonly recommended: ValidationLevel;
  readonly acceptable: readonly ValidationLevel[];
  readonly issues: readonly Issue[];
}

const LEVELS: readonly ValidationLevel[] = ['DV', 'OV', 'EV'];

/**
 * Recommends a validation level (TYPE-09): finance and payment → EV; enterprises → OV or
 * higher; mobile sites and API endpoints → OV or higher; otherwise DV suffices. Individuals can
 * buy DV only (TYPE-08), so for them the advice is DV with a warning when more was advised.
 *
 * @example
 * recommendCertificateType({ industry: 'payment' }).recommended                 // => 'EV'
 * recommendCertificateType({ applicant: 'enterprise', usage: ['api'] }).acceptable // => ['OV', 'EV']
 * recommendCertificateType({ applicant: 'individual' }).recommended             // => 'DV'
 */
export function recommendCertificateType(profile: CertificateProfile = {}): CertificateRecommendation {
  const reasons: Issue[] = [];
  let minimum = 0;
  const raise = (
    level: number,
    code: 'type.recommend.ev-finance' | 'type.recommend.ov-enterprise' | 'type.recommend.ov-app',
  ) => {
    minimum = Math.max(minimum, level);
    reasons.push(createIssue(code, 'TYPE-09', { level: LEVELS[level] as string }, { severity: 'info' }));
  };
  const individual = profile.applicant === 'individual';
  if (profile.industry === 'finance' || profile.industry === 'payment') raise(2, 'type.recommend.ev-finance');
  if (!individual) raise(1, 'type.recommend.ov-enterprise');
  if (profile.usage?.some((use) => use === 'mobile' || use === 'api')) raise(1, 'type.recommend.ov-app');
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
export function supportsMiniProgram(product: ProductRef, policy: Policy = defaultPolicy): boolean {
  const found = findProduct(policy, product);
  if (found.issue !== undefined) throw new CertkitError(found.issue);
  return found.product?.sm2 === false;
}
