import { createIssue, describeReceived, describeType } from '../core/issue.js';
import { type Checked, checked } from '../core/result.js';
import { type PolicyOption, policyOf } from '../policy/option.js';
import type { Policy } from '../policy/schema.js';
import { lifecycleArgumentError } from './read-state.js';

/** What may be done to an organization profile. */
const PROFILE_ACTIONS = ['add', 'modify', 'delete'] as const;

/**
 * LIFE-14: organization profiles — at most 10 per account, never modified or deleted once created
 * (review takes about one business day).
 *
 * @example
 * checkOrganizationProfile('add', 10).issues[0].code // => 'life.organization.limit'
 */
export function checkOrganizationProfile(
  action: (typeof PROFILE_ACTIONS)[number],
  existing: number,
  options?: PolicyOption,
): Checked;
/** @deprecated since 0.2: pass `{ policy }`; removed in 0.3. */
export function checkOrganizationProfile(
  action: (typeof PROFILE_ACTIONS)[number],
  existing: number,
  policy: Policy,
): Checked;
export function checkOrganizationProfile(
  action: (typeof PROFILE_ACTIONS)[number],
  existing: number,
  options?: PolicyOption | Policy,
): Checked {
  const limit = policyOf(options).lifecycle.maxOrganizationProfiles;
  if (!PROFILE_ACTIONS.includes(action)) throw lifecycleArgumentError('action', describeReceived(action));
  if (typeof existing !== 'number' || !Number.isInteger(existing) || existing < 0)
    throw lifecycleArgumentError('existing', typeof existing === 'number' ? String(existing) : describeType(existing));
  if (action !== 'add') return checked([createIssue('life.organization.immutable', 'LIFE-14', { action })], {});
  return checked(existing >= limit ? [createIssue('life.organization.limit', 'LIFE-14', { limit, existing })] : [], {});
}
