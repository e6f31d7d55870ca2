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
import { evaluateQuota } from '../quota/evaluate.js';
import { createQuotaLedger } from '../quota/ledger.js';
import { createScreen } from '../screen/create-screen.js';
import { caaIdentifiers, evaluateCaa } from '../validation/caa.js';
import { checkDnsValidation } from '../validation/check-dns.js';
import { dcvDeadline } from '../validation/dcv-deadline.js';
import { dnsValidationRecord } from '../validation/dcv-records.js';

/**
 * The walk-through `certkit demo` prints: what the library does, on the built-in default
 * policy (`tencent-2024`), with every answer computed live.
 */
export function demoText(locale: Locale): string {
  const out: string[] = [];
  const section = (title: string) => out.push('', `== ${title} ==`);
  const show = (label: string, value: unknown) => out.push(`  ${label.padEnd(44)} ${JSON.stringify(value)}`);

  out.push(`certkit demo — default policy "${presets['tencent-2024'].id}" (${presets['tencent-2024'].description})`);

  section('Normalisation (DOM-07): case, trailing dot, IDN → A-labels');
  for (const input of ['WWW.Example.COM.', '食狮.公司.cn', '*.Bücher.de', 'ＥＸＡＭＰＬＥ．ｃｏｍ']) {
    show(`normalizeDomain(${JSON.stringify(input)})`, normalizeDomain(input));
  }

  section('Refusals, each with a code, a rule and a message');
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
        out.push(`  ${JSON.stringify(input).padEnd(22)} ${issue.code} [${issue.rule}] ${formatIssue(issue, locale)}`);
    }
  }

  section('Vendor rules on the default policy (DOM-02…05)');
  const longName = `${'a'.repeat(60)}.example.com`;
  for (const [input, validation] of [
    ['shop.example.ru', undefined],
    ['www.qq.pw', 'DV'],
    ['www.qq.pw', 'OV'],
    [longName, undefined],
  ] as const) {
    const result = validateDomain(input, { validation });
    const verdict = result.issues.map((issue) => `${issue.severity} [${issue.rule}] ${formatIssue(issue, locale)}`);
    out.push(
      `  ${input.slice(0, 30)}${validation ? ` (${validation})` : ''}: ${result.ok ? 'ok' : 'refused'}${verdict.length ? ` — ${verdict.join(' ')}` : ''}`,
    );
  }

  section('Primary domains from the Public Suffix List (DOM-06)');
  for (const input of ['ssl.ssl.tencent.com', 'a.example.com.cn', '*.cloud.tencent.com', 'foo.github.io', 'com.cn']) {
    show(`primaryDomain(${JSON.stringify(input)})`, primaryDomain(input));
  }
  show('primaryDomain("foo.github.io", private)', primaryDomain('foo.github.io', { privateSuffixes: true }));

  section('IP addresses are never domain names (DOM-08)');
  for (const input of ['192.168.1.10', '8.8.8.8', '2001:DB8::1', '::ffff:127.0.0.1']) {
    const { address, class: ipClass, name } = classifyIp(input);
    out.push(`  ${input.padEnd(22)} → ${address} ${ipClass}${name ? ` (${name})` : ''}`);
  }

  section('Hostname matching (MATCH-01…04)');
  for (const [certName, host] of [
    ['*.tencent.com', 'WWW.Tencent.com.'],
    ['*.tencent.com', 'www.ssl.tencent.com'],
    ['*.tencent.com', 'tencent.com'],
    ['w*.example.com', 'www.example.com'],
    ['*.xn--bcher-kva.de', 'shop.bücher.de'],
    ['2001:db8::1', '2001:0db8:0:0:0:0:0:1'],
  ] as const) {
    show(`matchesHostname(${JSON.stringify(certName)}, ${JSON.stringify(host)})`, matchesHostname(certName, host));
  }
  const index = createCoverageIndex([
    { id: 'cert-a', names: ['tencent.com', '*.tencent.com'] },
    { id: 'cert-b', names: ['www.tencent.com'] },
    { id: 'cert-c', names: ['*.com.cn'] },
  ]);
  show('coverage index lookup("www.tencent.com")', index.lookup('www.tencent.com'));
  show('ignored (TYPE-07, never covers)', index.ignored);

  section('Binding names to a product (TYPE, GIFT)');
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
    const result = checkDomains(order);
    const { brand, type, domainType } = order.product;
    out.push(
      `  ${brand} ${type} ${domainType} ${JSON.stringify(order.domains)} → ${result.ok ? 'ok' : 'refused'}; final ${JSON.stringify(result.domains)}, gifts ${JSON.stringify(result.gifted)}`,
    );
    for (const issue of result.issues) out.push(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, locale)}`);
  }
  show(
    'recommendCertificateType({ industry: "payment" })',
    recommendCertificateType({ industry: 'payment' }).recommended,
  );

  section('Sensitive-word screening (SCREEN-01…05)');
  const screen = createScreen();
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
    const hits = result.hits.map((hit) => `${hit.word ?? hit.kind} in "${hit.label}" (${hit.form})`);
    out.push(`  ${input.padEnd(22)} ${validation}: ${result.verdict}${hits.length ? ` — ${hits.join(', ')}` : ''}`);
  }

  section('Free-certificate quotas (QUOTA-01…09), the same ledger under both editions');
  const ledgerRecords = Array.from({ length: 20 }, (_, i) => ({
    id: `c${i}`,
    accountId: 'acct-1',
    domain: `s${i}.example.com`,
    free: true,
    issuedAt: '2024-01-01T00:00:00Z',
    expiresAt: '2025-01-01T00:00:00Z',
    ...(i === 0 ? { revokedAt: '2024-05-31T12:00:00Z' } : {}),
  }));
  const quotaRequest = { accountId: 'acct-1', account: { kind: 'individual' as const }, domain: 'new.other.cn' };
  for (const edition of ['tencent-2024', 'tencent-2023'] as const) {
    const decision = evaluateQuota(quotaRequest, createQuotaLedger(ledgerRecords, presets[edition]), {
      now: '2024-06-01T00:00:00Z',
    });
    const verdict = decision.allowed
      ? `allowed from "${decision.pool}"`
      : `refused, next slot ${decision.nextReleaseAt}`;
    out.push(`  ${edition}: 20 held, one revoked 12 h ago → ${verdict}`);
    for (const issue of decision.issues) out.push(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, locale)}`);
  }

  section('Domain control validation and CAA (DCV, CAA)');
  const record = dnsValidationRecord({
    domain: '*.shop.example.com',
    token: 'abc123',
    value: 'x.sectigo.com',
    type: 'CNAME',
  });
  show(
    'DNS record for *.shop.example.com',
    `${record.type} ${record.fqdn} (enter "${record.relativeName}" at the provider)`,
  );
  const misplaced = checkDnsValidation(
    { name: `${record.fqdn}.${record.zone}`, type: 'CNAME', values: ['x.sectigo.com'] },
    record,
  );
  out.push(`  observed at ${record.fqdn}.${record.zone}: ${formatIssue(misplaced.issues[0] as Issue, locale)}`);
  const caa = evaluateCaa(
    'www.example.com',
    (name) => (name === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }] : []),
    caaIdentifiers('TrustAsia'),
  );
  out.push(
    `  CAA for www.example.com (TrustAsia): ${caa.allowed ? 'allowed' : 'refused'}; add ${JSON.stringify(caa.fix?.records)} at ${caa.fix?.name}`,
  );
  show('DNS record deadline after 2024-03-01T09:30Z', dcvDeadline('2024-03-01T09:30:00Z'));

  section('Certificate lifecycle (LIFE): buttons and transitions from one table');
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
  const buttons = availableActions(cert, { now: '2024-03-01T00:00:00Z' }).map(
    (a) => `${a.allowed ? '✓' : '✗'} ${a.action}`,
  );
  out.push(`  free DV certificate on 2024-03-01: ${buttons.join('  ')}`);
  const revoking = transition(cert, 'revoke', { now: '2023-05-01T00:00:00Z', policy: presets['tencent-2023'] });
  if (revoking.ok) {
    const approved = transition(revoking.next, 'revocationApproved', {
      now: '2023-05-01T00:00:00Z',
      policy: presets['tencent-2023'],
    });
    show('revoked early under tencent-2023 → effects', approved.ok ? approved.effects : approved.issues);
  }
  const validity = checkValidity('2026-11-23T00:00:00Z', '2027-11-23T00:00:00Z');
  out.push(
    `  a 1-year certificate issued 2026-11-23: ${validity.ok ? 'ok' : formatIssue(validity.issues[0] as Issue, locale)}`,
  );

  section('Policy as data: dated presets and derived policies');
  show('tencent-2023 refused TLDs', presets['tencent-2023'].domain.refusedTlds);
  show('tencent-2024 refused TLDs', presets['tencent-2024'].domain.refusedTlds);
  const custom = definePolicy({ id: 'acme-internal', domain: { refusedTlds: ['ru', 'su'], maxLength: 128 } });
  show('definePolicy({ refusedTlds: [ru, su], … })', { id: custom.id, domain: custom.domain });
  show('validateDomain("x.su", custom).ok', validateDomain('x.su', { policy: custom }).ok);
  return out.join('\n');
}
