import { DEFAULT_LIMITS } from '../limits.js';
import type { Policy } from '../schema.js';
import { cabfStandards } from './cabf-standards.js';
import { freezePolicy } from './freeze.js';
import { tencentCatalog } from './tencent-catalog.js';
import { tencentDcv } from './tencent-dcv.js';
import { tencentLifecycle2024 } from './tencent-lifecycle.js';
import { tencentQuota2024 } from './tencent-quota.js';
import { tencentScreen } from './tencent-screen.js';

/**
 * The vendor FAQ of March 2024 (FAQ-2024, FAQ-zh-2024) and the 2024 management and renewal guides
 * (Guide-2024, Renewal-2024); the names are those of docs/rules.md. The default policy.
 */
export const tencent2024Policy: Policy = /* @__PURE__ */ freezePolicy({
  id: 'tencent-2024',
  edition: '2024-03',
  description:
    'SSL certificate FAQs, English and Chinese, 2024-03-06; certificate management and automatic renewal guides, 2024-08-05.',
  domain: {
    maxLength: 64, // DOM-02
    maxLevels: 100, // DOM-03
    refusedTlds: ['ru'], // DOM-04
    dvRefusedTlds: ['pw'], // DOM-05
    privateSuffixes: false, // DOM-06: ICANN section only
  },
  catalog: tencentCatalog, // TYPE-06, GIFT-01…04
  screen: tencentScreen, // SCREEN-01…02
  quota: tencentQuota2024, // QUOTA-01…07
  dcv: tencentDcv, // DCV-02…05, CAA-03
  lifecycle: tencentLifecycle2024, // LIFE-02…14
  csr: { uploadKeys: [{ type: 'RSA', sizes: [2048] }] }, // CSR-02: uploads carry RSA 2048
  limits: DEFAULT_LIMITS, // work bounds on untrusted input (certkit's own; no source sets them)
  standards: cabfStandards, // STD-01…12: the public dated rules
});
