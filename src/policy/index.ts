/**
 * `certkit/policy`: every number and table the rules use, as validated, JSON-serialisable data.
 */
export { definePolicy, parsePolicy } from './define.js';
export { DEFAULT_LIMITS, limitsOf, type WorkLimits } from './limits.js';
export { deepFreeze } from './presets/freeze.js';
export {
  defaultPolicy,
  type PresetName,
  presets,
  standardsPolicy,
  tencent2023Policy,
  tencent2024Policy,
} from './presets/index.js';
export {
  catalogSchema,
  type DeepReadonly,
  type DomainType,
  domainPolicySchema,
  type GiftKind,
  limitsSchema,
  type Policy,
  type PolicyOverrides,
  type Product,
  policySchema,
  productSchema,
  type ValidationLevel,
} from './schema.js';
export { domainTypes, giftKinds, validationLevels } from './vocabulary.js';
