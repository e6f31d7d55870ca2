import type { Issue } from '../core/issue.js';
import { domainToUnicode } from '../domain/display.js';
import { parseIp } from '../domain/ip.js';
import { classifyIp } from '../domain/ip-class.js';
import { primaryDomain } from '../domain/primary.js';
import { validateDomain } from '../domain/validate.js';
import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { privateSuffixList } from '../suffixes/index.js';
import { issueLine } from './issue-line.js';
import { PLAIN, type Style } from './style.js';

/** What `certkit domain` reports for one input. */
export interface DomainReport {
  readonly input: string;
  readonly ok: boolean;
  readonly domain: string | null;
  readonly unicode: string | null;
  readonly primaryDomain: string | null;
  /** For IP addresses: the IANA class (DOM-08). */
  readonly ip: { readonly address: string; readonly class: string; readonly range: string | null } | null;
  readonly issues: readonly (Issue & { readonly message: string })[];
}

/** Options of {@link domainReports}. */
export interface DomainReportOptions {
  readonly policy: Policy;
  readonly locale: Locale;
  readonly validation?: ValidationLevel;
}

/**
 * Checks each name as `certkit domain` does: normalised form, Unicode form, primary domain and
 * issues (with messages in the chosen locale); IP addresses are classified.
 *
 * @example
 * domainReports(['Shop.Example.COM'], { policy: presets['tencent-2024'], locale: 'en' })[0].domain
 * // => 'shop.example.com'
 */
export function domainReports(names: readonly string[], options: DomainReportOptions): DomainReport[] {
  return names.map((input) => {
    const checked = validateDomain(input, { policy: options.policy, validation: options.validation });
    const domain = checked.domain ?? null;
    const ip = parseIp(input);
    return {
      input,
      ok: checked.ok,
      domain,
      unicode: domain === null ? null : domainToUnicode(domain),
      primaryDomain:
        domain === null
          ? null
          : primaryDomain(domain, {
              privateSuffixes: options.policy.domain.privateSuffixes ? privateSuffixList : false,
            }),
      ip: ip === null ? null : pickIpClass(ip.address),
      issues: checked.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) })),
    };
  });
}

function pickIpClass(address: string): DomainReport['ip'] {
  const { class: ipClass, range } = classifyIp(address);
  return { address, class: ipClass, range };
}

/** Plain-text rendering of reports, one block per name. */
export function renderDomainReports(reports: readonly DomainReport[], locale: Locale, style: Style = PLAIN): string {
  const labels = LABELS[locale];
  return reports
    .map((report) => {
      const lines = [report.domain === null ? report.input : `${report.input}  →  ${report.domain}`];
      if (report.unicode !== null && report.unicode !== report.domain)
        lines.push(`  ${labels.unicode}: ${report.unicode}`);
      if (report.domain !== null) lines.push(`  ${labels.primary}: ${report.primaryDomain ?? labels.none}`);
      if (report.ip !== null)
        lines.push(`  ${labels.ip}: ${report.ip.class}${report.ip.range ? ` (${report.ip.range})` : ''}`);
      for (const issue of report.issues) lines.push(issueLine(issue, issue.message, style));
      if (report.issues.length === 0) lines.push(`  ${style.ok('✓')} ${labels.ok}`);
      return lines.join('\n');
    })
    .join('\n');
}

const LABELS: Readonly<Record<Locale, Readonly<Record<'unicode' | 'primary' | 'none' | 'ip' | 'ok', string>>>> = {
  en: {
    unicode: 'unicode',
    primary: 'primary domain',
    none: '(none: a public suffix)',
    ip: 'IP address',
    ok: 'no issues',
  },
  'zh-CN': { unicode: 'Unicode 形式', primary: '主域名', none: '（无：公共后缀）', ip: 'IP 地址', ok: '没有问题' },
};
