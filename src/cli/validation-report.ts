import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { caaIdentifiers, evaluateCaa } from '../validation/caa.js';
import { type CaaRecord, parseCaaRecord } from '../validation/caa-record.js';
import { dnsValidationRecord, fileValidation } from '../validation/dcv-records.js';
import { issueLine } from './issue-line.js';
import type { Style } from './style.js';
import { say } from './words.js';

/**
 * `certkit caa`: evaluates `name` against zone-file lines (`example.com. CAA 0 issue "…"`) for a
 * brand's CA or explicit issuer domains. Names without a line have no records.
 */
export function caaReport(
  name: string,
  lines: readonly string[],
  options: {
    policy: Policy;
    locale: Locale;
    brand?: string;
    issuers?: readonly string[];
    json: boolean;
    style?: Style;
  },
): { ok: boolean; text: string; invalidInput?: true } {
  const zone = new Map<string, CaaRecord[]>();
  const problems: string[] = [];
  for (const line of lines) {
    const parsed = parseCaaRecord(line);
    if (parsed.record?.name === undefined) {
      problems.push(
        ...(parsed.issues.length > 0 ? parsed.issues : []).map((issue) => formatIssue(issue, options.locale)),
      );
      if (parsed.record !== undefined)
        problems.push(`"${line}": name the record, as in example.com. CAA 0 issue "ca.example"`);
      continue;
    }
    zone.set(parsed.record.name, [...(zone.get(parsed.record.name) ?? []), parsed.record]);
  }
  if (problems.length > 0) return { ok: false, text: problems.join('\n'), invalidInput: true };
  const issuers = options.issuers ?? caaIdentifiers(options.brand ?? 'TrustAsia', { policy: options.policy });
  const result = evaluateCaa(name, (candidate) => zone.get(candidate) ?? [], issuers);
  const issues = result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) }));
  if (options.json) return { ok: result.allowed, text: JSON.stringify({ ...result, issues }, null, 2) };
  const t = say(options.locale);
  const at = result.relevantName
    ? t(` (records at ${result.relevantName})`, `（记录位于 ${result.relevantName}）`)
    : '';
  const given = lines.length === 0 ? t(' (no CAA records given)', '（未提供 CAA 记录）') : '';
  const output = [
    `${name}: ${result.allowed ? t('allowed', '允许') : t('refused', '不允许')} ${t('for', '签发者')} ${issuers.join(', ')}${at}${given}`,
    ...issues.map((issue) => issueLine(issue, issue.message, options.style)),
    ...(result.fix === undefined
      ? []
      : [
          `  ${t('add at', '请在此处添加')} ${result.fix.name}:`,
          ...result.fix.records.map((record) => `    ${record}`),
        ]),
  ];
  return { ok: result.allowed, text: output.join('\n') };
}

/** `certkit dcv`: the DNS record or the file to create for domain control validation. */
export function dcvReport(
  domain: string,
  options: {
    method: string;
    token?: string;
    value?: string;
    type?: string;
    zone?: string;
    path?: string;
    content?: string;
    json: boolean;
    locale: Locale;
  },
): string {
  const t = say(options.locale);
  if (options.method === 'file') {
    const file = fileValidation({ domain, path: options.path ?? '', content: options.content ?? '' });
    return options.json
      ? JSON.stringify(file, null, 2)
      : [
          ...file.urls.map((url) => `${t('serve', '发布')} ${url}`),
          t('with exactly:', '内容必须完全为：'),
          file.content,
        ].join('\n');
  }
  const record = dnsValidationRecord({
    domain,
    token: options.token ?? '',
    value: options.value ?? '',
    type: (options.type ?? 'TXT').toUpperCase() as 'TXT' | 'CNAME',
    ...(options.zone === undefined ? {} : { zone: options.zone }),
  });
  if (options.json) return JSON.stringify(record, null, 2);
  return [
    t(`${record.type} record at ${record.fqdn}`, `在 ${record.fqdn} 添加 ${record.type} 记录`),
    `  ${t(`host record (relative to ${record.zone})`, `主机记录（相对于 ${record.zone}）`)}: ${record.relativeName}`,
    `  ${t('value', '记录值')}: ${record.value}`,
  ].join('\n');
}
