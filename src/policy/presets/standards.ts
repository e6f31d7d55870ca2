import { DEFAULT_LIMITS } from '../limits.js';
import type { Policy } from '../schema.js';
import { cabfStandards } from './cabf-standards.js';
import { freezePolicy } from './freeze.js';
import { standardsCatalog } from './standards-catalog.js';
import { standardsScreen } from './standards-screen.js';
import { tencentDcv } from './tencent-dcv.js';
import { tencentLifecycle2024 } from './tencent-lifecycle.js';
import { tencentQuota2024 } from './tencent-quota.js';

/**
 * Public standards only: the DNS limits, no vendor lists. A base for PKI teams that apply the
 * CA/Browser Forum rules without a reseller's extras.
 */
export const standardsPolicy: Policy = /* @__PURE__ */ freezePolicy({
  id: 'standards',
  edition: 'RFC 1035, RFC 5890, CA/B Forum BR 2.x',
  description: 'Public standards only: DNS limits, no vendor-specific lists.',
  domain: {
    maxLength: 253,
    maxLevels: 127,
    refusedTlds: [],
    dvRefusedTlds: [],
    privateSuffixes: false,
  },
  catalog: standardsCatalog, // TYPE-06, GIFT-01…04
  screen: standardsScreen, // SCREEN-01…02
  quota: tencentQuota2024, // no public standard for free quotas: the current vendor rules
  dcv: { ...tencentDcv, caSourceAddresses: [], caaIdentifiers: {} }, // CAA identifiers are the caller's
  lifecycle: tencentLifecycle2024, // LIFE-13 is a public standard; the rest are the current vendor rules
  csr: {
    uploadKeys: [
      { type: 'RSA', sizes: [2048, 3072, 4096] },
      { type: 'EC', curves: ['P-256', 'P-384'] },
    ],
  }, // CA/B BR key sizes
  limits: DEFAULT_LIMITS, // work bounds on untrusted input (certkit's own; no source sets them)
  standards: cabfStandards, // STD-01…12: the public dated rules
});
