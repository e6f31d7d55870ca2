import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { caaIdentifiers, evaluateCaa } from '../validation/caa.js';
import { type CaaRecord, parseCaaRecord } from '../validation/caa-record.js';
import { dnsValidationRecord, fileValidation } from '../validation/dcv-records.js';
import { issueLine } from './issue-line.js';

/**
 * `certkit caa`: evaluates `name` against zone-file lines (`example.com. CAA 0 issue "…"`) for a
 * brand's CA or explicit issuer domains. Names without a line have no records.
 */
export function caaReport(
  name: string,
  lines: readonly string[],
  options: { policy: Policy; locale: Locale; brand?: string; issuers?: readonly string[]; json: boolean },
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
  const output = [
    `${name}: ${result.allowed ? 'allowed' : 'refused'} for ${issuers.join(', ')}${result.relevantName ? ` (records at ${result.relevantName})` : ''}`,
    ...issues.map((issue) => issueLine(issue, issue.message)),
    ...(result.fix === undefined
      ? []
      : [`  add at ${result.fix.name}:`, ...result.fix.records.map((record) => `    ${record}`)]),
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
  },
): string {
  if (options.method === 'file') {
    const file = fileValidation({ domain, path: options.path ?? '', content: options.content ?? '' });
    return options.json
      ? JSON.stringify(file, null, 2)
      : [...file.urls.map((url) => `serve ${url}`), 'with exactly:', file.content].join('\n');
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
    `${record.type} record at ${record.fqdn}`,
    `  host record (relative to ${record.zone}): ${record.relativeName}`,
    `  value: ${record.value}`,
  ].join('\n');
}
