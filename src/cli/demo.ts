import { isCertkitError } from '../core/error.js';
import type { Issue } from '../core/issue.js';
import { checkDomains } from '../domain/check-domains.js';
import { createCoverageIndex } from '../domain/coverage-index.js';
import { classifyIp } from '../domain/ip-class.js';
import { matchesHostname } from '../domain/match.js';
import { normalizeDomain } from '../domain/normalize.js';
import { primaryDomain } from '../domain/primary.js';
import { recommendCertificateType } from '../domain/recommend.js';
import { validateDomain } from '../domain/validate.js';
import { availableActions, transition } from '../lifecycle/actions.js';
import { checkValidity } from '../lifecycle/validity.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { definePolicy } from '../policy/define.js';
import { presets } from '../policy/presets/index.js';
import type { Policy } from '../policy/schema.js';
import { evaluateQuota } from '../quota/evaluate.js';
import { createQuotaLedger } from '../quota/ledger.js';
import { createScreen } from '../screen/create-screen.js';
import { privateSuffixList } from '../suffixes/index.js';
import { caaIdentifiers, evaluateCaa } from '../validation/caa.js';
import { checkDnsValidation } from '../validation/check-dns.js';
import { dcvDeadline } from '../validation/dcv-deadline.js';
import { dnsValidationRecord } from '../validation/dcv-records.js';
import { assembleChain } from '../x509/chain/assemble.js';
import { checkCsr } from '../x509/csr/check.js';
import { generateCsr } from '../x509/csr/generate.js';
import { parseCsr } from '../x509/csr/parse.js';
import { DEMO_INTERMEDIATE, DEMO_LEAF, DEMO_ROOT } from './demo-pki.js';
import { actionName } from './lifecycle-report.js';
import { fitTo, padTo } from './text-width.js';
import { say } from './words.js';

/** How a demo section writes: a title, a labelled value, a line; in the reader's locale, on the chosen policy. */
interface Writer {
  readonly locale: Locale;
  readonly policy: Policy;
  /** The reader's language: `w.t(english, chinese)`. */
  readonly t: (english: string, chinese: string) => string;
  section(english: string, chinese: string): void;
  show(label: string, value: unknown): void;
  line(text: string): void;
}

/** The demo's sections, in the order it prints them. */
const SECTIONS: readonly ((w: Writer) => void | Promise<void>)[] = [
  normalisation,
  refusals,
  vendorRules,
  primaryDomains,
  ipAddresses,
  matching,
  binding,
  screening,
  quotas,
  validation,
  lifecycle,
  csrs,
  chains,
  policies,
];

/**
 * The walk-through `certkit demo` prints: what the library does, on the policy given (default
 * `tencent-2024`), with every answer computed live — CSRs and chains included.
 */
export async function demoText(locale: Locale, policy: Policy = presets['tencent-2024']): Promise<string> {
  const out: string[] = [];
  const t = say(locale);
  const w: Writer = {
    locale,
    policy,
    t,
    section: (english, chinese) => out.push('', `== ${t(english, chinese)} ==`),
    show: (label, value) => out.push(`  ${padTo(label, 44)} ${JSON.stringify(value)}`),
    line: (text) => out.push(text),
  };
  const preset = policy.id === presets['tencent-2024'].id;
  out.push(
    t(
      `certkit demo — ${preset ? 'default ' : ''}policy "${policy.id}" (edition ${policy.edition})`,
      `certkit 演示 — ${preset ? '默认' : ''}策略 "${policy.id}"（版本 ${policy.edition}）`,
    ),
  );
  for (const write of SECTIONS) await write(w);
  return out.join('\n');
}

/** Normalisation (DOM-07): case, trailing dot, IDN → A-labels */
function normalisation(w: Writer): void {
  w.section(
    'Normalisation (DOM-07): case, trailing dot, IDN → A-labels',
    '规范化（DOM-07）：大小写、末尾的点、国际化域名 → A 标签',
  );
  for (const input of ['WWW.Example.COM.', '食狮.公司.cn', '*.Bücher.de', 'ＥＸＡＭＰＬＥ．ｃｏｍ']) {
    w.show(`normalizeDomain(${JSON.stringify(input)})`, normalizeDomain(input));
  }
}

/** Refusals, each with a code, a rule and a message */
function refusals(w: Writer): void {
  w.section('Refusals, each with a code, a rule and a message', '拒绝：每条都有代码、规则和说明');
  for (const input of [
    'a_b.example.com',
    'a*.example.com',
    '*.*.example.com',
    '-shop.example.com',
    'xn--a.com',
    '10.0.0.1',
  ]) {
    try {
      normalizeDomain(input);
    } catch (error) {
      if (!isCertkitError(error)) throw error;
      const issue = error.issues[0];
      if (issue !== undefined)
        w.line(`  ${padTo(JSON.stringify(input), 22)} ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
    }
  }
}

/** Vendor rules on the default policy (DOM-02…05) */
function vendorRules(w: Writer): void {
  w.section('Vendor rules on the policy (DOM-02…05)', '策略中的服务商规则（DOM-02…05）');
  const longName = `${'a'.repeat(60)}.example.com`;
  for (const [input, validation] of [
    ['shop.example.ru', undefined],
    ['www.qq.pw', 'DV'],
    ['www.qq.pw', 'OV'],
    [longName, undefined],
  ] as const) {
    const result = validateDomain(input, { validation, policy: w.policy });
    const verdict = result.issues.map(
      (issue) => `${severityWord(w, issue.severity)} [${issue.rule}] ${formatIssue(issue, w.locale)}`,
    );
    w.line(
      `  ${fitTo(input, 30).trimEnd()}${validation ? ` (${validation})` : ''}: ${result.ok ? w.t('ok', '通过') : w.t('refused', '不通过')}${verdict.length ? ` — ${verdict.join(' ')}` : ''}`,
    );
  }
}

/** Primary domains from the Public Suffix List (DOM-06) */
function primaryDomains(w: Writer): void {
  w.section('Primary domains from the Public Suffix List (DOM-06)', '按公共后缀列表确定主域名（DOM-06）');
  for (const input of ['ssl.ssl.tencent.com', 'a.example.com.cn', '*.cloud.tencent.com', 'foo.github.io', 'com.cn']) {
    w.show(`primaryDomain(${JSON.stringify(input)})`, primaryDomain(input));
  }
  w.show(
    'primaryDomain("foo.github.io", private)',
    primaryDomain('foo.github.io', { privateSuffixes: privateSuffixList }),
  );
}

/** IP addresses are never domain names (DOM-08) */
function ipAddresses(w: Writer): void {
  w.section('IP addresses are never domain names (DOM-08)', 'IP 地址不是域名（DOM-08）');
  for (const input of ['192.168.1.10', '8.8.8.8', '2001:DB8::1', '::ffff:127.0.0.1']) {
    const { address, class: ipClass, name } = classifyIp(input);
    w.line(`  ${padTo(input, 22)} → ${address} ${ipClass}${name ? ` (${name})` : ''}`);
  }
}

/** Hostname matching (MATCH-01…04) */
function matching(w: Writer): void {
  w.section('Hostname matching (MATCH-01…04)', '主机名匹配（MATCH-01…04）');
  for (const [certName, host] of [
    ['*.tencent.com', 'WWW.Tencent.com.'],
    ['*.tencent.com', 'www.ssl.tencent.com'],
    ['*.tencent.com', 'tencent.com'],
    ['w*.example.com', 'www.example.com'],
    ['*.xn--bcher-kva.de', 'shop.bücher.de'],
    ['2001:db8::1', '2001:0db8:0:0:0:0:0:1'],
  ] as const) {
    w.show(`matchesHostname(${JSON.stringify(certName)}, ${JSON.stringify(host)})`, matchesHostname(certName, host));
  }
  const index = createCoverageIndex([
    { id: 'cert-a', names: ['tencent.com', '*.tencent.com'] },
    { id: 'cert-b', names: ['www.tencent.com'] },
    { id: 'cert-c', names: ['*.com.cn'] },
  ]);
  w.show('coverage index lookup("www.tencent.com")', index.lookup('www.tencent.com'));
  w.show('ignored (TYPE-07, never covers)', index.ignored);
}

/** Binding names to a product (TYPE, GIFT) */
function binding(w: Writer): void {
  w.section('Binding names to a product (TYPE, GIFT)', '域名与产品的绑定（TYPE、GIFT）');
  const orders = [
    { domains: ['*.Tencent.com'], product: { brand: 'TrustAsia', type: 'DV', domainType: 'wildcard' } },
    { domains: ['tencent.com'], product: { brand: 'GlobalSign', type: 'OV', domainType: 'single' } },
    {
      domains: ['tencent.com', '*.qq.com', '10.0.0.1'],
      product: { brand: 'TrustAsia', type: 'Free DV', domainType: 'single' },
    },
    {
      domains: ['shop.example.com'],
      product: { brand: 'GeoTrust', type: 'EV', domainType: 'single' },
      applicant: { kind: 'individual' },
    },
  ] as const;
  for (const order of orders) {
    const result = checkDomains(order, { policy: w.policy });
    const { brand, type, domainType } = order.product;
    w.line(
      `  ${brand} ${type} ${domainType} ${JSON.stringify(order.domains)} → ${result.ok ? w.t('ok', '通过') : w.t('refused', '不通过')}; ${w.t('final', '最终')} ${JSON.stringify(result.domains)}, ${w.t('gifts', '赠送')} ${JSON.stringify(result.gifted)}`,
    );
    for (const issue of result.issues) w.line(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
  }
  w.show(
    'recommendCertificateType({ industry: "payment" })',
    recommendCertificateType({ industry: 'payment' }).recommended,
  );
}

/** Sensitive-word screening (SCREEN-01…05) */
function screening(w: Writer): void {
  w.section('Sensitive-word screening (SCREEN-01…05)', '敏感词审核（SCREEN-01…05）');
  const screen = createScreen({ policy: w.policy });
  for (const [input, validation] of [
    ['secure-paypal.com', 'DV'],
    ['gооgle.com', 'DV'],
    ['4pple.cn', 'DV'],
    ['shop.live', 'DV'],
    ['www.qq.pw', 'DV'],
    ['bank.example.cn', 'OV'],
    ['shop.tencent.com', 'DV'],
  ] as const) {
    const result = screen(input, { validation });
    const hits = result.hits.map((hit) =>
      w.t(
        `${hit.word ?? hit.kind} in "${hit.label}" (${hit.form})`,
        `“${hit.label}”中的 ${hit.word ?? hit.kind}（${hit.form}）`,
      ),
    );
    const verdict = {
      pass: w.t('pass', '通过'),
      reject: w.t('reject', '拒绝'),
      'manual-review': w.t('manual review', '人工审核'),
    }[result.verdict];
    w.line(`  ${padTo(input, 22)} ${validation}: ${verdict}${hits.length ? ` — ${hits.join(', ')}` : ''}`);
  }
}

/** Free-certificate quotas (QUOTA-01…09), the same ledger under both editions */
function quotas(w: Writer): void {
  w.section(
    'Free-certificate quotas (QUOTA-01…09), the same ledger under both editions',
    '免费证书配额（QUOTA-01…09）：同一账本在两个版本下',
  );
  const ledgerRecords = Array.from({ length: 20 }, (_, i) => ({
    id: `c${i}`,
    accountId: 'acct-1',
    domain: `s${i}.example.com`,
    free: true,
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
    ...(i === 0 ? { revokedAt: '2024-05-31T12:00:00Z' } : {}),
  }));
  const quotaRequest = { accountId: 'acct-1', applicant: { kind: 'individual' as const }, domain: 'new.other.cn' };
  for (const edition of ['tencent-2024', 'tencent-2023'] as const) {
    const decision = evaluateQuota(quotaRequest, createQuotaLedger(ledgerRecords, { policy: presets[edition] }), {
      now: '2024-06-01T00:00:00Z',
    });
    const verdict = decision.allowed
      ? w.t(`allowed from "${decision.pool}"`, `允许，使用“${decision.pool}”额度`)
      : w.t(`refused, next slot ${decision.nextReleaseAt}`, `不允许，下一个名额 ${decision.nextReleaseAt}`);
    w.line(`  ${edition}: ${w.t('20 held, one revoked 12 h ago', '持有 20 张，其中一张 12 小时前吊销')} → ${verdict}`);
    for (const issue of decision.issues) w.line(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
  }
}

/** Domain control validation and CAA (DCV, CAA) */
function validation(w: Writer): void {
  w.section('Domain control validation and CAA (DCV, CAA)', '域名验证与 CAA（DCV、CAA）');
  const record = dnsValidationRecord({
    domain: '*.shop.example.com',
    token: 'abc123',
    value: 'x.sectigo.com',
    type: 'CNAME',
  });
  w.show(
    w.t('DNS record for *.shop.example.com', '*.shop.example.com 的 DNS 记录'),
    w.t(
      `${record.type} ${record.fqdn} (enter "${record.relativeName}" at the provider)`,
      `${record.type} ${record.fqdn}（在服务商处填写“${record.relativeName}”）`,
    ),
  );
  const misplaced = checkDnsValidation(
    { name: `${record.fqdn}.${record.zone}`, type: 'CNAME', values: ['x.sectigo.com'] },
    record,
  );
  w.line(
    `  ${w.t('observed at', '实际位于')} ${record.fqdn}.${record.zone}: ${formatIssue(misplaced.issues[0] as Issue, w.locale)}`,
  );
  const caa = evaluateCaa(
    'www.example.com',
    (name) => (name === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }] : []),
    brandIssuers(w.policy),
  );
  w.line(
    `  ${w.t('CAA for www.example.com', 'www.example.com 的 CAA')} (${brandIssuers(w.policy).join(', ')}): ${caa.allowed ? w.t('allowed', '允许') : w.t('refused', '不允许')}; ${w.t('add', '添加')} ${JSON.stringify(caa.fix?.records)} ${w.t('at', '于')} ${caa.fix?.name}`,
  );
  w.show(
    w.t('DNS record deadline after 2024-03-01T09:30Z', '2024-03-01T09:30Z 提交后的 DNS 记录期限'),
    dcvDeadline('2024-03-01T09:30:00Z', { policy: w.policy }),
  );
}

/** Certificate lifecycle (LIFE): buttons and transitions from one table */
function lifecycle(w: Writer): void {
  w.section(
    'Certificate lifecycle (LIFE): buttons and transitions from one table',
    '证书生命周期（LIFE）：按钮与状态转换出自同一张表',
  );
  const cert = {
    status: 'issued',
    source: 'vendor',
    free: true,
    product: { brand: 'TrustAsia', type: 'Free DV', domainType: 'single' },
    validation: 'DV',
    domains: ['www.example.com'],
    issuedAt: '2023-03-25T00:00:00Z',
    expiresAt: '2024-03-25T00:00:00Z',
    boundResources: 0,
  } as const;
  const buttons = availableActions(cert, { now: '2024-03-01T00:00:00Z', policy: w.policy }).map(
    (a) => `${a.allowed ? '✓' : '✗'} ${actionName(a.action, w.locale)}`,
  );
  w.line(`  ${w.t('free DV certificate on 2024-03-01', '2024-03-01 的免费 DV 证书')}: ${buttons.join('  ')}`);
  const revoking = transition(cert, 'revoke', { now: '2023-05-01T00:00:00Z', policy: presets['tencent-2023'] });
  if (revoking.ok) {
    const approved = transition(revoking.next, 'revocationApproved', {
      now: '2023-05-01T00:00:00Z',
      policy: presets['tencent-2023'],
    });
    w.show(
      w.t('revoked early under tencent-2023 → effects', 'tencent-2023 下提前吊销 → 后续影响'),
      approved.ok ? approved.effects : approved.issues,
    );
  }
  const validity = checkValidity('2026-11-23T00:00:00Z', '2027-11-23T00:00:00Z', { policy: w.policy });
  w.line(
    `  ${w.t('a 1-year certificate issued 2026-11-23', '2026-11-23 签发的一年期证书')}: ${validity.ok ? w.t('ok', '通过') : formatIssue(validity.issues[0] as Issue, w.locale)}`,
  );
}

/** Policy as data: dated presets and derived policies */
function policies(w: Writer): void {
  w.section('Policy as data: dated presets and derived policies', '策略即数据：带日期的预设与派生策略');
  w.show(w.t('tencent-2023 refused TLDs', 'tencent-2023 拒绝的顶级域'), presets['tencent-2023'].domain.refusedTlds);
  w.show(w.t('tencent-2024 refused TLDs', 'tencent-2024 拒绝的顶级域'), presets['tencent-2024'].domain.refusedTlds);
  const custom = definePolicy({ id: 'acme-internal', domain: { refusedTlds: ['ru', 'su'], maxLength: 128 } }, w.policy);
  w.show('definePolicy({ refusedTlds: [ru, su], … })', { id: custom.id, domain: custom.domain });
  w.show('validateDomain("x.su", custom).ok', validateDomain('x.su', { policy: custom }).ok);
}

/** The CA identifiers of TrustAsia in the policy, or Sectigo's when the policy names none (standards). */
function brandIssuers(policy: Policy): readonly string[] {
  try {
    return caaIdentifiers('TrustAsia', { policy });
  } catch (error) {
    if (!isCertkitError(error, 'caa.brand.unknown')) throw error;
    return ['sectigo.com'];
  }
}

/** A key and CSR made here, and checked against an order (CSR-01…06) */
async function csrs(w: Writer): Promise<void> {
  w.section(
    'A key and a CSR made here, checked against an order (CSR-01…06)',
    '在此生成私钥和 CSR，并按订单检查（CSR-01…06）',
  );
  const generated = await generateCsr({
    domains: ['www.example.com', 'example.com'],
    key: { type: 'EC', curve: 'P-256' },
  });
  const csr = await parseCsr(generated.csrPem);
  w.show(w.t('generateCsr(EC P-256) → names', 'generateCsr(EC P-256) → 域名'), csr.domains);
  w.show(
    w.t('signature', '签名'),
    `${csr.signatureAlgorithm}, ${csr.signatureValid ? w.t('valid', '有效') : w.t('invalid', '无效')}`,
  );
  const verdict = checkCsr(csr, { domains: ['www.example.com', 'example.com'] }, { policy: w.policy });
  w.line(
    `  ${w.t('uploaded for a vendor order', '上传到服务商订单')}: ${verdict.ok ? w.t('ok', '通过') : w.t('refused', '不通过')}`,
  );
  for (const issue of verdict.issues) w.line(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
}

/** Chains from an unordered bundle (CHAIN-01…04) */
async function chains(w: Writer): Promise<void> {
  w.section('Chains from an unordered bundle (CHAIN-01…04)', '从无序的证书包组装证书链（CHAIN-01…04）');
  const now = '2030-06-01T00:00:00Z';
  const complete = await assembleChain([DEMO_INTERMEDIATE, DEMO_LEAF], { now, trustAnchors: [DEMO_ROOT] });
  w.show(
    w.t('[intermediate, leaf] → chain', '[中间证书, 服务器证书] → 证书链'),
    complete.chain.map((cert) => cert.commonName),
  );
  w.show(w.t('trusted (to the given root)', '受信任（到给定的根）'), complete.trusted);
  const alone = await assembleChain(DEMO_LEAF, { now });
  for (const issue of alone.issues)
    w.line(`  ${w.t('leaf alone', '只有服务器证书')}: ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
}

function severityWord(w: Writer, severity: 'error' | 'warning' | 'info'): string {
  return { error: w.t('error', '错误'), warning: w.t('warning', '警告'), info: w.t('info', '提示') }[severity];
}
