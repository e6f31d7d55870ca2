import { DEFAULT_LIMITS } from '../limits.js';
import type { Policy } from '../schema.js';
import { cabfStandards } from './cabf-standards.js';
import { freezePolicy } from './freeze.js';
import { tencentCatalog } from './tencent-catalog.js';
import { tencentDcv } from './tencent-dcv.js';
import { tencentLifecycle2023 } from './tencent-lifecycle.js';
import { tencentQuota2023 } from './tencent-quota.js';
import { tencentScreen } from './tencent-screen.js';

/**
 * The vendor FAQ of October 2023 (FAQ-2023). It predates the `.ru` refusal (DOM-04), which first
 * appears in the 2024 edition.
 */
export const tencent2023Policy: Policy = /* @__PURE__ */ freezePolicy({
  id: 'tencent-2023',
  edition: '2023-10',
  description: 'SSL certificates FAQs, English, 2023-10-09.',
  domain: {
    maxLength: 64, // DOM-02
    maxLevels: 100, // DOM-03
    refusedTlds: [],
    dvRefusedTlds: ['pw'], // DOM-05
    privateSuffixes: false, // DOM-06: ICANN section only
  },
  catalog: tencentCatalog, // TYPE-06, GIFT-01…04
  screen: tencentScreen, // SCREEN-01…02
  quota: tencentQuota2023, // QUOTA-01…07
  dcv: tencentDcv, // DCV-02…05, CAA-03
  lifecycle: tencentLifecycle2023, // LIFE-02…14
  csr: { uploadKeys: [{ type: 'RSA', sizes: [2048] }] }, // CSR-02: uploads carry RSA 2048
  limits: DEFAULT_LIMITS, // work bounds on untrusted input (certkit's own; no source sets them)
  standards: cabfStandards, // STD-01…12: the public dated rules
});
