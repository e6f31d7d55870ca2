import { DEFAULT_LIMITS } from '../limits.js';
import type { Policy } from '../schema.js';
import { deepFreeze } from './freeze.js';
import { tencentCatalog } from './tencent-catalog.js';
import { tencentDcv } from './tencent-dcv.js';
import { tencentLifecycle2024 } from './tencent-lifecycle.js';
import { tencentQuota2024 } from './tencent-quota.js';
import { tencentScreen } from './tencent-screen.js';

/**
 * The vendor FAQ of March 2024 (seeds 001 English, 003 Chinese) and the 2024 management guides
 * (002, 004). The default policy.
 */
export const tencent2024Policy: Policy = /* @__PURE__ */ deepFreeze({
  id: 'tencent-2024',
  edition: '2024-03',
  description: 'SSL certificate FAQ, English and Chinese, 2024-03 (seeds 001, 003); guides 2024 (002, 004).',
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
});
