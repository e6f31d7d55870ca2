import { DEFAULT_LIMITS } from '../limits.js';
import type { Policy } from '../schema.js';
import { cabfStandards } from './cabf-standards.js';
import { freezePolicy } from './freeze.js';
import { letsEncryptCatalog } from './letsencrypt-catalog.js';
import { letsEncryptQuota } from './letsencrypt-quota.js';
import { standardsScreen } from './standards-screen.js';
import { tencentDcv } from './tencent-dcv.js';
import { tencentLifecycle2024 } from './tencent-lifecycle.js';

/**
 * Let's Encrypt as a policy: its rate limits (STD-10) as token buckets, its profiles as the
 * catalog, the CA/B Forum data. Registered domains come from the whole Public Suffix List,
 * private section included (as Let's Encrypt counts them), so the domain and quota functions need
 * `suffixList: privateSuffixList` from `certkit/suffixes` with this preset. Names: at most 253
 * characters and 10 labels (Boulder's identifier policy).
 *
 * @example
 * createQuotaLedger([], { policy: presets.letsencrypt, suffixList: privateSuffixList })
 */
export const letsEncryptPolicy: Policy = /* @__PURE__ */ freezePolicy({
  id: 'letsencrypt',
  edition: '2025-06',
  description: "Let's Encrypt: rate limits (June 2025), profiles classic, tlsserver and shortlived.",
  domain: { maxLength: 253, maxLevels: 10, refusedTlds: [], dvRefusedTlds: [], privateSuffixes: true },
  catalog: letsEncryptCatalog, // TYPE-06 with the profiles' identifier types and sizes
  screen: standardsScreen, // no word list is published
  quota: letsEncryptQuota, // STD-10
  dcv: { ...tencentDcv, caSourceAddresses: [], caaIdentifiers: { LetsEncrypt: ['letsencrypt.org'] } },
  lifecycle: tencentLifecycle2024, // LIFE-13 is a public standard; the rest are the current vendor rules
  csr: {
    uploadKeys: [
      { type: 'RSA', sizes: [2048, 3072, 4096] },
      { type: 'EC', curves: ['P-256', 'P-384'] },
    ],
  },
  limits: DEFAULT_LIMITS,
  standards: cabfStandards, // STD-01…12
});
