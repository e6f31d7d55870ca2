import type { AreaCatalog } from '../../catalog.js';

/** 简体中文消息： `certkit/quota`：免费证书额度。 */
export const zhCNQuota: AreaCatalog<'quota'> = /* @__PURE__ */ Object.freeze({
  'quota.record.invalid': '台账记录 {index} 的 {field} 无效：{received}。',
  'quota.request.invalid': '额度请求的 {field} 无效：{received}。',
  'quota.event.invalid': '事件 {index} 的 {field} 无效（事件须按时间排序，且对应已知证书）。',
  'quota.domain.invalid': '“{subject}”没有主域名，无法为其签发免费证书。',
  'quota.account.exhausted':
    '该域名可用的账号免费证书额度（{pools}）已用完（共占用 {used}/{limit}），下一个额度将于 {nextReleaseAt} 释放。',
  'quota.primaryDomain.exhausted':
    '主域名 {primaryDomain} 已有 {used}/{limit} 张免费证书（含其他平台申请的证书），下一个额度将于 {nextReleaseAt} 释放。',
  'quota.package.used': '免费额度已用完，本证书使用已购买的免费证书包（剩余 {remaining} 个）。',
  'quota.reissue.free': '重颁发不占用免费证书额度。',
  'quota.rateLimit.exhausted':
    '{key} 的速率限制 {limit} 已用完（每 {periodHours} 小时 {capacity} 个），下一个额度于 {nextTokenAt} 恢复。',
  'quota.rateLimit.exempt': '本订单属于续期（{renewal}），不受速率限制 {limits} 约束。',
});
