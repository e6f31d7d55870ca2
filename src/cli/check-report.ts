import { checkDomains, type DomainRequest } from '../domain/check-domains.js';
import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { issueLine } from './issue-line.js';

/**
 * Runs `checkDomains` for `certkit check` and renders the verdict: the final names (gifts
 * marked), then every issue with its rule and message.
 */
export function checkReport(
  request: DomainRequest,
  policy: Policy,
  locale: Locale,
  json: boolean,
): { ok: boolean; text: string } {
  const result = checkDomains(request, { policy });
  const issues = result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
  if (json) return { ok: result.ok, text: JSON.stringify({ ...result, issues }, null, 2) };
  const words = WORDS[locale];
  const { brand, type, domainType } = request.product;
  const lines = [`${brand} ${type} (${domainType}): ${result.ok ? words.ok : words.refused}`];
  for (const name of result.domains) lines.push(`  ${name}${result.gifted.includes(name) ? `  (${words.gift})` : ''}`);
  for (const issue of issues) lines.push(issueLine(issue, issue.message));
  return { ok: result.ok, text: lines.join('\n') };
}

const WORDS: Readonly<Record<Locale, Readonly<Record<'ok' | 'refused' | 'gift', string>>>> = {
  en: { ok: 'ok', refused: 'refused', gift: 'free gift' },
  'zh-CN': { ok: '通过', refused: '不通过', gift: '赠送' },
};
