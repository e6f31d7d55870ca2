import type { AreaCatalog } from '../../catalog.js';

/** 简体中文消息： 参数、时间与策略：每个入口都可能抛出的问题。 */
export const zhCNCommon: AreaCatalog<'common'> = /* @__PURE__ */ Object.freeze({
  'argument.invalid': '参数 {path} 的类型必须是 {expected}，实际收到 {received}。',
  'time.invalid':
    '{field}“{received}”不是有效日期：请使用带时区的 ISO 8601 时间（2024-03-01T08:00:00Z）或日历日期（2024-03-01）。',
  'time.range': '{days} 天的时间跨度超出范围（最多 {limit} 天）。',
  'policy.invalid': '策略在“{path}”处无效：{problem} {keys}。',
  'policy.forbidden-key': '策略中“{path}”处的键“{key}”不允许使用。',
  'policy.unknown-preset': '没有名为“{preset}”的策略预设；可用预设：{known}。',
});
