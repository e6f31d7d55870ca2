import type { AreaCatalog } from '../../catalog.js';

/** 简体中文消息： `certkit/validation`：域名验证（DCV）与 CAA。 */
export const zhCNValidation: AreaCatalog<'validation'> = /* @__PURE__ */ Object.freeze({
  'dcv.argument.invalid': '验证参数 {field} 无效：{received}。',
  'dcv.dns-auto.not-hosted': '自动 DNS 验证要求“{subject}”的 DNS 托管在本平台；请手动添加解析记录（DNS 验证）。',
  'dcv.file.wildcard': '“{subject}”这样的通配符域名不支持文件验证，请使用 DNS 验证。',
  'dcv.file.no-cloud-resources': '没有本平台云资源时不支持文件验证，请为“{subject}”使用 DNS 验证。',
  'dcv.file.exact-name': '自 {since} 起，文件验证只验证“{subject}”本身，不包括其子域名。',
  'dcv.dns.missing': '在“{subject}”未找到 {type} 记录。请添加记录，并等待解析生效。',
  'dcv.dns.zone-doubled': '记录位于“{observed}”：域名后缀被重复添加。请在 DNS 服务商处只填写主机记录“{relativeName}”。',
  'dcv.dns.underscore-missing': '记录位于“{observed}”，缺少开头的下划线；应位于“{subject}”。',
  'dcv.dns.wrong-type': '“{subject}”是 {observed} 记录，但需要 {expected} 记录。',
  'dcv.dns.cname-conflict': '“{subject}”的 CNAME 记录与其他记录（{types}）并存；CNAME 必须单独存在，请删除其他记录。',
  'dcv.dns.quoted': '“{subject}”的记录值包含引号或空格（{observed}），请只填写记录值本身。',
  'dcv.dns.value-mismatch':
    '“{subject}”的记录值为 {observed}，而不是“{expected}” {resolver}。请修改，或等待修改在所有解析服务器生效。',
  'dcv.dns.stale-value': '“{subject}”还有旧的记录值（{others}），请删除，以便 CA 只看到新值。',
  'dcv.file.not-checked': '未检查 {url}；验证文件必须同时通过 HTTP 和 HTTPS 访问。',
  'dcv.file.redirect': '{url} 发生了跳转（{status} 到 {location}）；验证文件必须直接访问，不能跳转。',
  'dcv.file.status': '{url} 返回 {status}；必须返回 200 和验证文件。',
  'dcv.file.content': '{url} 返回的内容不是验证文件。',
  'dcv.file.https-differs': '{url} 通过 HTTPS 返回的内容与 HTTP 不同；请检查 HTTPS 站点或其默认站点。',
  'dcv.reuse.expired': '{validatedAt} 完成的{kind}验证已过去 {ageDays} 天，最多只能复用 {maxDays} 天，请重新验证。',
  'dcv.method.unknown': '验证方式 {method} 不是《基线要求》规定的验证方式。',
  'dcv.method.not-yet': '验证方式 {method}（{name}）自 {from} 起才可使用。',
  'dcv.method.retired': '验证方式 {method}（{name}）自 {until} 起已停用，请选择其他验证方式。',
  'dcv.name.reverse-zone': '自 {since} 起，不能为“{subject}”签发证书：in-addr.arpa 和 ip6.arpa 下的名称一律拒绝。',
  'dcv.persist.unusable': '{fqdn} 处的持久验证记录不能用于此 CA 和账户（{problem}）。',
  'dcv.persist.reuse-expired': '{validatedAt} 完成的持久验证已过去 {ageDays} 天，最多只能复用 {maxDays} 天。',
  'dcv.dns.dnssec-failure': '{resolver} 返回的 DNS 应答未通过 DNSSEC 验证（{failure}）；DNSSEC 验证失败时不能签发。',
  'dcv.corroboration.too-few':
    '只有 {distinct} 个不同的远程视角应答；至少需要 {required} 个相距 500 公里以上的视角佐证。',
  'dcv.corroboration.quorum':
    '{distinct} 个不同的远程视角中有 {disagreeing} 个未能佐证；最多允许 {maxDisagreeing} 个不一致。',
  'caa.dnssec.failure': '“{name}”的 CAA 查询未通过 DNSSEC 验证（{failure}）；验证通过前无法签发。',
  'caa.argument.invalid': 'CAA 检查需要有效的 {field}，而不是 {received}。',
  'caa.record.malformed': 'CAA 记录“{received}”无效（{part}）；正确格式为：0 issue "ca.example"。',
  'caa.value.malformed': 'CAA {tag} 记录值“{value}”格式错误，不授权任何 CA。',
  'caa.lookup.failed': '“{name}”的 CAA 查询失败；查询成功前无法签发。',
  'caa.none': '“{subject}”没有适用的 CAA 记录，任何 CA 都可以签发。',
  'caa.unrestricted': '“{relevantName}”的 CAA 记录没有限制“{subject}”的签发机构。',
  'caa.critical-unknown': '“{relevantName}”的 CAA 记录包含未知的关键属性“{tag}”，禁止签发。',
  'caa.issue.forbidden': '“{relevantName}”的 CAA 记录禁止任何 CA 为“{subject}”签发证书。',
  'caa.parameters.mismatch': '“{relevantName}”的 CAA 记录授权了该 CA，但限定的账号或验证方式不匹配。',
  'caa.issuer.not-authorized':
    '“{relevantName}”的 CAA 记录只允许 {allowedIssuers}。请添加 {issuers} 的 CAA 记录，或删除现有记录。',
  'caa.brand.unknown': '策略中没有品牌“{brand}”的 CAA 标识；已知品牌：{known}。',
});
