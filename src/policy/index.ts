/**
 * `certkit/policy`: every number and table the rules use, as validated, JSON-serialisable data.
 *
 * @module certkit/policy
 */

export { deepFreeze } from '../core/freeze.js';
export { definePolicy, parsePolicy } from './define.js';
export { DEFAULT_LIMITS, type LimitsOption, limitsOf, type WorkLimits } from './limits.js';
export { type PolicyOption, policyOf } from './option.js';
export { cabfStandards } from './presets/cabf-standards.js';
export {
  defaultPolicy,
  letsEncryptPolicy,
  type PresetName,
  presets,
  standardsPolicy,
  tencent2023Policy,
  tencent2024Policy,
} from './presets/index.js';
export {
  type Applicant,
  type ApplicantKind,
  catalogSchema,
  type DeepReadonly,
  type DomainType,
  domainPolicySchema,
  type GiftKind,
  limitsSchema,
  type MembershipTier,
  type Policy,
  type PolicyOverrides,
  type Product,
  type ProductRef,
  policySchema,
  productSchema,
  type QuotaPool,
  type RateLimit,
  type StandardsPolicy,
  standardsPolicySchema,
  type ValidationLevel,
} from './schema.js';
export { applicantKinds, domainTypes, giftKinds, membershipTiers, validationLevels } from './vocabulary.js';
