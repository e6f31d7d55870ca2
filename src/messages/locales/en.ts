import type { Catalog, StatusLabels } from '../catalog.js';
import { enCommon } from './en/common.js';
import { enDomain } from './en/domain.js';
import { enLifecycle } from './en/lifecycle.js';
import { enQuota } from './en/quota.js';
import { enScreen } from './en/screen.js';
import { enValidation } from './en/validation.js';
import { enX509 } from './en/x509.js';

/** English messages, one per issue code: the area catalogs together. */
export const en: Catalog = /* @__PURE__ */ Object.freeze({
  ...enCommon,
  ...enDomain,
  ...enScreen,
  ...enQuota,
  ...enValidation,
  ...enLifecycle,
  ...enX509,
});

/** English labels of the certificate statuses (LIFE-01), as the console shows them. */
export const enStatuses: StatusLabels = /* @__PURE__ */ Object.freeze({
  reviewing: 'Under review',
  issued: 'Issued',
  reviewFailed: 'Review failed',
  expired: 'Expired',
  dnsRecordAdded: 'DNS record added automatically',
  pendingDocuments: 'Enterprise certificate, documents to submit',
  cancelling: 'Cancellation in progress',
  cancelled: 'Cancelled',
  pendingConfirmationLetter: 'Documents submitted, confirmation letter to upload',
  revoking: 'Revocation in progress',
  revoked: 'Revoked',
  reissuing: 'Reissue in progress',
  pendingRevocationLetter: 'Revocation confirmation letter to upload',
  freePendingDocuments: 'Free certificate, documents to submit',
  refunded: 'Refunded',
  migrating: 'Migration in progress',
});

export { enCommon, enDomain, enLifecycle, enQuota, enScreen, enValidation, enX509 };
