import type { AreaCatalog } from '../../catalog.js';

/** English messages of `certkit/quota`: free-certificate allowances. */
export const enQuota: AreaCatalog<'quota'> = /* @__PURE__ */ Object.freeze({
  'quota.record.invalid': 'Ledger record {index} has an invalid {field}: {received}.',
  'quota.request.invalid': 'The quota request has an invalid {field}: {received}.',
  'quota.event.invalid':
    'Event {index} has an invalid {field} (events must be in time order and name known certificates).',
  'quota.domain.invalid': '"{subject}" has no primary domain, so no free certificate can be issued for it.',
  'quota.account.exhausted':
    "The account's free-certificate allowances this domain may use ({pools}) are used up ({used} of {limit} held in all). The next slot frees up at {nextReleaseAt}.",
  'quota.primaryDomain.exhausted':
    'The primary domain {primaryDomain} already has {used} of {limit} free certificates, including those from other platforms. The next one frees up at {nextReleaseAt}.',
  'quota.package.used':
    'The free allowance is spent; this certificate comes from your purchased package ({remaining} left).',
  'quota.reissue.free': 'Reissuing does not use a free-certificate allowance.',
  'quota.rateLimit.exhausted':
    'The rate limit {limit} for {key} is used up ({capacity} per {periodHours} hours); the next one is available at {nextTokenAt}.',
  'quota.rateLimit.exempt': 'As a renewal ({renewal}), this order is exempt from the rate limits {limits}.',
});
