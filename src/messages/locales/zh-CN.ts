import type { Catalog, StatusLabels } from '../catalog.js';
import { zhCNCommon } from './zh-CN/common.js';
import { zhCNDomain } from './zh-CN/domain.js';
import { zhCNLifecycle } from './zh-CN/lifecycle.js';
import { zhCNQuota } from './zh-CN/quota.js';
import { zhCNScreen } from './zh-CN/screen.js';
import { zhCNValidation } from './zh-CN/validation.js';
import { zhCNX509 } from './zh-CN/x509.js';

/** 简体中文消息，每个问题代码一条：各领域目录的合集。 */
export const zhCN: Catalog = /* @__PURE__ */ Object.freeze({
  ...zhCNCommon,
  ...zhCNDomain,
  ...zhCNScreen,
  ...zhCNQuota,
  ...zhCNValidation,
  ...zhCNLifecycle,
  ...zhCNX509,
});

/** Simplified Chinese labels of the certificate statuses (LIFE-01), as the console shows them. */
export const zhCNStatuses: StatusLabels = /* @__PURE__ */ Object.freeze({
  reviewing: '审核中',
  issued: '已通过',
  reviewFailed: '审核失败',
  expired: '已过期',
  dnsRecordAdded: '已添加 DNS 记录',
  pendingDocuments: '企业证书，待提交资料',
  cancelling: '订单取消中',
  cancelled: '已取消',
  pendingConfirmationLetter: '已提交资料，待上传确认函',
  revoking: '证书吊销中',
  revoked: '已吊销',
  reissuing: '重颁发中',
  pendingRevocationLetter: '待上传吊销确认函',
  freePendingDocuments: '免费证书，待提交资料',
  refunded: '已退款',
  migrating: '托管迁移中',
});

export { zhCNCommon, zhCNDomain, zhCNLifecycle, zhCNQuota, zhCNScreen, zhCNValidation, zhCNX509 };
