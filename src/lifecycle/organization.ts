import { createIssue } from '../core/issue.js';
import type { Checked } from '../core/result.js';
import { defaultPolicy } from '../policy/presets/index.js';
import type { Policy } from '../policy/schema.js';

/**
 * LIFE-14: organization profiles — at most 10 per account, never modified or deleted once created
 * (review takes about one business day).
 *
 * @example
 * checkOrganizationProfile('add', 10).issues[0].code // => 'life.organization.limit'
 */
export function checkOrganizationProfile(
  action: 'add' | 'modify' | 'delete',
  existing: number,
  policy: Policy = defaultPolicy,
): Checked {
  const limit = policy.lifecycle.maxOrganizationProfiles;
  if (action !== 'add')
    return { ok: false, issues: [createIssue('life.organization.immutable', 'LIFE-14', { action })] };
  const issues = existing >= limit ? [createIssue('life.organization.limit', 'LIFE-14', { limit, existing })] : [];
  return { ok: issues.length === 0, issues };
}
