import { deepFreeze } from '../core/freeze.js';
/**
 * LIFE-01: the vendor API's numeric certificate statuses, with stable names. `terminal`
 * statuses allow nothing but deletion. The labels people read are in the message catalogs:
 * `formatStatus(name, locale)` from `certkit/messages`.
 *
 * `en` and `zh` are the 0.1 labels, deprecated since 0.2 and removed in 0.3; a test keeps them
 * equal to the catalogs' until then.
 *
 * @example
 * statusByCode[10].name // => 'revoked'
 * statuses.revoked.code // => 10
 */
export const statuses = /* @__PURE__ */ deepFreeze({
  reviewing: { code: 0, terminal: false, en: 'Under review', zh: '审核中' },
  issued: { code: 1, terminal: false, en: 'Issued', zh: '已通过' },
  reviewFailed: { code: 2, terminal: false, en: 'Review failed', zh: '审核失败' },
  expired: { code: 3, terminal: true, en: 'Expired', zh: '已过期' },
  dnsRecordAdded: { code: 4, terminal: false, en: 'DNS record added automatically', zh: '已添加 DNS 记录' },
  pendingDocuments: {
    code: 5,
    terminal: false,
    en: 'Enterprise certificate, documents to submit',
    zh: '企业证书，待提交资料',
  },
  cancelling: { code: 6, terminal: false, en: 'Cancellation in progress', zh: '订单取消中' },
  cancelled: { code: 7, terminal: true, en: 'Cancelled', zh: '已取消' },
  pendingConfirmationLetter: {
    code: 8,
    terminal: false,
    en: 'Documents submitted, confirmation letter to upload',
    zh: '已提交资料，待上传确认函',
  },
  revoking: { code: 9, terminal: false, en: 'Revocation in progress', zh: '证书吊销中' },
  revoked: { code: 10, terminal: true, en: 'Revoked', zh: '已吊销' },
  reissuing: { code: 11, terminal: false, en: 'Reissue in progress', zh: '重颁发中' },
  pendingRevocationLetter: {
    code: 12,
    terminal: false,
    en: 'Revocation confirmation letter to upload',
    zh: '待上传吊销确认函',
  },
  freePendingDocuments: {
    code: 13,
    terminal: false,
    en: 'Free certificate, documents to submit',
    zh: '免费证书，待提交资料',
  },
  refunded: { code: 14, terminal: true, en: 'Refunded', zh: '已退款' },
  migrating: { code: 15, terminal: false, en: 'Migration in progress', zh: '托管迁移中' },
} as const);

/** A status name: `'issued'`, `'revoked'`, … */
export type StatusName = keyof typeof statuses;

/** Status names by numeric code (0–15). */
export const statusByCode: Readonly<Record<number, { readonly name: StatusName } & (typeof statuses)[StatusName]>> =
  /* @__PURE__ */ deepFreeze(
    Object.fromEntries(
      (Object.entries(statuses) as [StatusName, (typeof statuses)[StatusName]][]).map(([name, status]) => [
        status.code,
        { name, ...status },
      ]),
    ),
  );

/** Statuses in which a certificate exists (has `issuedAt` and `expiresAt`). */
export const ISSUED_STATUSES: readonly StatusName[] = /* @__PURE__ */ Object.freeze([
  'issued',
  'reissuing',
  'revoking',
  'pendingRevocationLetter',
  'revoked',
  'expired',
  'migrating',
]);
