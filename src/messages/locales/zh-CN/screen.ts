import type { AreaCatalog } from '../../catalog.js';

/** 简体中文消息： `certkit/screen`：敏感词筛查。 */
export const zhCNScreen: AreaCatalog<'screen'> = /* @__PURE__ */ Object.freeze({
  'screen.validation': '安全审查需要 DV、OV 或 EV 验证级别，而不是“{validation}”。',
  'screen.word':
    '“{subject}”的“{label}”中包含敏感词“{word}”（{form} 形式），无法通过 CA 对域名型（DV）证书的安全审查，OV/EV 证书需人工审核。建议更换域名中的主机名部分、选择 OV 或 EV 证书，或更换主域名。',
  'screen.ip':
    '{label} 是 IP 地址，内、外网 IP 地址都无法通过 CA 对域名型（DV）证书的安全审查。请绑定域名，或选择支持 IP 地址的证书。',
  'screen.hostname': '“{label}”是单独的主机名，无法通过 CA 安全审查，请使用完整的域名。',
});
