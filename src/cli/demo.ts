import { isCertkitError } from '../core/error.js';
import { classifyIp } from '../domain/ip-class.js';
import { normalizeDomain } from '../domain/normalize.js';
import { primaryDomain } from '../domain/primary.js';
import { validateDomain } from '../domain/validate.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { definePolicy } from '../policy/define.js';
import { presets } from '../policy/presets/index.js';

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

  section('Policy as data: dated presets and derived policies');
  show('tencent-2023 refused TLDs', presets['tencent-2023'].domain.refusedTlds);
  show('tencent-2024 refused TLDs', presets['tencent-2024'].domain.refusedTlds);
  const custom = definePolicy({ id: 'acme-internal', domain: { refusedTlds: ['ru', 'su'], maxLength: 128 } });
  show('definePolicy({ refusedTlds: [ru, su], … })', { id: custom.id, domain: custom.domain });
  show('validateDomain("x.su", custom).ok', validateDomain('x.su', { policy: custom }).ok);
  return out.join('\n');
}
