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

/** How a demo section writes: a title, a labelled value, a line; in the reader's locale. */
interface Writer {
  readonly locale: Locale;
  section(title: string): void;
  show(label: string, value: unknown): void;
  line(text: string): void;
}

/** The demo's sections, in the order it prints them. */
const SECTIONS: readonly ((w: Writer) => void)[] = [
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
  policies,
];

/**
 * The walk-through `certkit demo` prints: what the library does, on the built-in default
 * policy (`tencent-2024`), with every answer computed live.
 */
export function demoText(locale: Locale): string {
  const out: string[] = [];
  const w: Writer = {
    locale,
    section: (title) => out.push('', `== ${title} ==`),
    show: (label, value) => out.push(`  ${label.padEnd(44)} ${JSON.stringify(value)}`),
    line: (text) => out.push(text),
  };
  out.push(`certkit demo — default policy "${presets['tencent-2024'].id}" (${presets['tencent-2024'].description})`);
  for (const write of SECTIONS) write(w);
  return out.join('\n');
}

/** Normalisation (DOM-07): case, trailing dot, IDN → A-labels */
function normalisation(w: Writer): void {
  w.section('Normalisation (DOM-07): case, trailing dot, IDN → A-labels');
  for (const input of ['WWW.Example.COM.', '食狮.公司.cn', '*.Bücher.de', 'ＥＸＡＭＰＬＥ．ｃｏｍ']) {
    w.show(`normalizeDomain(${JSON.stringify(input)})`, normalizeDomain(input));
  }
}

/** Refusals, each with a code, a rule and a message */
function refusals(w: Writer): void {
  w.section('Refusals, each with a code, a rule and a message');
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
        w.line(`  ${JSON.stringify(input).padEnd(22)} ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
    }
  }
}

/** Vendor rules on the default policy (DOM-02…05) */
function vendorRules(w: Writer): void {
  w.section('Vendor rules on the default policy (DOM-02…05)');
  const longName = `${'a'.repeat(60)}.example.com`;
  for (const [input, validation] of [
    ['shop.example.ru', undefined],
    ['www.qq.pw', 'DV'],
    ['www.qq.pw', 'OV'],
    [longName, undefined],
  ] as const) {
    const result = validateDomain(input, { validation });
    const verdict = result.issues.map((issue) => `${issue.severity} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
    w.line(
      `  ${input.slice(0, 30)}${validation ? ` (${validation})` : ''}: ${result.ok ? 'ok' : 'refused'}${verdict.length ? ` — ${verdict.join(' ')}` : ''}`,
    );
  }
}

/** Primary domains from the Public Suffix List (DOM-06) */
function primaryDomains(w: Writer): void {
  w.section('Primary domains from the Public Suffix List (DOM-06)');
  for (const input of ['ssl.ssl.tencent.com', 'a.example.com.cn', '*.cloud.tencent.com', 'foo.github.io', 'com.cn']) {
    w.show(`primaryDomain(${JSON.stringify(input)})`, primaryDomain(input));
  }
  w.show('primaryDomain("foo.github.io", private)', primaryDomain('foo.github.io', { privateSuffixes: true }));
}

/** IP addresses are never domain names (DOM-08) */
function ipAddresses(w: Writer): void {
  w.section('IP addresses are never domain names (DOM-08)');
  for (const input of ['192.168.1.10', '8.8.8.8', '2001:DB8::1', '::ffff:127.0.0.1']) {
    const { address, class: ipClass, name } = classifyIp(input);
    w.line(`  ${input.padEnd(22)} → ${address} ${ipClass}${name ? ` (${name})` : ''}`);
  }
}

/** Hostname matching (MATCH-01…04) */
function matching(w: Writer): void {
  w.section('Hostname matching (MATCH-01…04)');
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
  w.section('Binding names to a product (TYPE, GIFT)');
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
    w.line(
      `  ${brand} ${type} ${domainType} ${JSON.stringify(order.domains)} → ${result.ok ? 'ok' : 'refused'}; final ${JSON.stringify(result.domains)}, gifts ${JSON.stringify(result.gifted)}`,
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
  w.section('Sensitive-word screening (SCREEN-01…05)');
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
    w.line(`  ${input.padEnd(22)} ${validation}: ${result.verdict}${hits.length ? ` — ${hits.join(', ')}` : ''}`);
  }
}

/** Free-certificate quotas (QUOTA-01…09), the same ledger under both editions */
function quotas(w: Writer): void {
  w.section('Free-certificate quotas (QUOTA-01…09), the same ledger under both editions');
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
      ? `allowed from "${decision.pool}"`
      : `refused, next slot ${decision.nextReleaseAt}`;
    w.line(`  ${edition}: 20 held, one revoked 12 h ago → ${verdict}`);
    for (const issue of decision.issues) w.line(`      ${issue.code} [${issue.rule}] ${formatIssue(issue, w.locale)}`);
  }
}

/** Domain control validation and CAA (DCV, CAA) */
function validation(w: Writer): void {
  w.section('Domain control validation and CAA (DCV, CAA)');
  const record = dnsValidationRecord({
    domain: '*.shop.example.com',
    token: 'abc123',
    value: 'x.sectigo.com',
    type: 'CNAME',
  });
  w.show(
    'DNS record for *.shop.example.com',
    `${record.type} ${record.fqdn} (enter "${record.relativeName}" at the provider)`,
  );
  const misplaced = checkDnsValidation(
    { name: `${record.fqdn}.${record.zone}`, type: 'CNAME', values: ['x.sectigo.com'] },
    record,
  );
  w.line(`  observed at ${record.fqdn}.${record.zone}: ${formatIssue(misplaced.issues[0] as Issue, w.locale)}`);
  const caa = evaluateCaa(
    'www.example.com',
    (name) => (name === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'letsencrypt.org' }] : []),
    caaIdentifiers('TrustAsia'),
  );
  w.line(
    `  CAA for www.example.com (TrustAsia): ${caa.allowed ? 'allowed' : 'refused'}; add ${JSON.stringify(caa.fix?.records)} at ${caa.fix?.name}`,
  );
  w.show('DNS record deadline after 2024-03-01T09:30Z', dcvDeadline('2024-03-01T09:30:00Z'));
}

/** Certificate lifecycle (LIFE): buttons and transitions from one table */
function lifecycle(w: Writer): void {
  w.section('Certificate lifecycle (LIFE): buttons and transitions from one table');
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
  w.line(`  free DV certificate on 2024-03-01: ${buttons.join('  ')}`);
  const revoking = transition(cert, 'revoke', { now: '2023-05-01T00:00:00Z', policy: presets['tencent-2023'] });
  if (revoking.ok) {
    const approved = transition(revoking.next, 'revocationApproved', {
      now: '2023-05-01T00:00:00Z',
      policy: presets['tencent-2023'],
    });
    w.show('revoked early under tencent-2023 → effects', approved.ok ? approved.effects : approved.issues);
  }
  const validity = checkValidity('2026-11-23T00:00:00Z', '2027-11-23T00:00:00Z');
  w.line(
    `  a 1-year certificate issued 2026-11-23: ${validity.ok ? 'ok' : formatIssue(validity.issues[0] as Issue, w.locale)}`,
  );
}

/** Policy as data: dated presets and derived policies */
function policies(w: Writer): void {
  w.section('Policy as data: dated presets and derived policies');
  w.show('tencent-2023 refused TLDs', presets['tencent-2023'].domain.refusedTlds);
  w.show('tencent-2024 refused TLDs', presets['tencent-2024'].domain.refusedTlds);
  const custom = definePolicy({ id: 'acme-internal', domain: { refusedTlds: ['ru', 'su'], maxLength: 128 } });
  w.show('definePolicy({ refusedTlds: [ru, su], … })', { id: custom.id, domain: custom.domain });
  w.show('validateDomain("x.su", custom).ok', validateDomain('x.su', { policy: custom }).ok);
}
