import { checkDomains, type DomainRequest } from '../domain/check-domains.js';
import { formatIssue, type Locale } from '../messages/index.js';
import type { DomainType, Policy } from '../policy/schema.js';
import { privateSuffixList } from '../suffixes/index.js';
import { issueLine } from './issue-line.js';
import { PLAIN, type Style } from './style.js';

/**
 * Runs `checkDomains` for `certkit check` and renders the verdict: the final names (gifts
 * marked), then every issue with its rule and message.
 */
export function checkReport(
  request: DomainRequest,
  policy: Policy,
  locale: Locale,
  json: boolean,
  style: Style = PLAIN,
): { ok: boolean; text: string } {
  const result = checkDomains(request, { policy, suffixList: privateSuffixList });
  const issues = result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, locale) }));
  if (json) return { ok: result.ok, text: JSON.stringify({ ...result, issues }, null, 2) };
  const words = WORDS[locale];
  const { brand, type, domainType } = request.product;
  const kind = locale === 'zh-CN' ? DOMAIN_TYPES_ZH[domainType] : domainType;
  const lines = [`${brand} ${type} (${kind}): ${result.ok ? words.ok : words.refused}`];
  for (const name of result.domains) lines.push(`  ${name}${result.gifted.includes(name) ? `  (${words.gift})` : ''}`);
  for (const issue of issues) lines.push(issueLine(issue, issue.message, style));
  return { ok: result.ok, text: lines.join('\n') };
}

const WORDS: Readonly<Record<Locale, Readonly<Record<'ok' | 'refused' | 'gift', string>>>> = {
  en: { ok: 'ok', refused: 'refused', gift: 'free gift' },
  'zh-CN': { ok: '通过', refused: '不通过', gift: '赠送' },
};

const DOMAIN_TYPES_ZH: Readonly<Record<DomainType, string>> = {
  single: '单域名',
  multi: '多域名',
  wildcard: '通配符',
  'multi-wildcard': '多通配符',
};
