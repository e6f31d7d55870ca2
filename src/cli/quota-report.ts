import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { evaluateQuota, type QuotaRequest } from '../quota/evaluate.js';
import { createQuotaLedger, type QuotaAttempt } from '../quota/ledger.js';
import type { LedgerRecord } from '../quota/record.js';
import { privateSuffixList } from '../suffixes/index.js';
import { issueLine } from './issue-line.js';
import type { Style } from './style.js';
import { say } from './words.js';

/**
 * Decides one application for `certkit quota` against a ledger read from a file, and renders
 * the decision: allowed or not, from which allowance, usage, and every issue.
 */
export function quotaReport(
  ledgerFile:
    | readonly LedgerRecord[]
    | { readonly records: readonly LedgerRecord[]; readonly attempts?: readonly QuotaAttempt[] },
  request: QuotaRequest,
  options: { policy: Policy; locale: Locale; now: string; json: boolean; style?: Style },
): { ok: boolean; text: string } {
  // the file is the records, or `{ records, attempts }` with the rate-limit attempts (STD-10)
  const file: { readonly records: readonly LedgerRecord[]; readonly attempts?: readonly QuotaAttempt[] } =
    Array.isArray(ledgerFile) ? { records: ledgerFile } : (ledgerFile as { records: readonly LedgerRecord[] });
  const { records, attempts } = file;
  const ledger = createQuotaLedger(records, {
    policy: options.policy,
    suffixList: privateSuffixList,
    ...(attempts === undefined ? {} : { attempts }),
  });
  const decision = evaluateQuota(request, ledger, { now: options.now });
  const issues = decision.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) }));
  if (options.json) return { ok: decision.allowed, text: JSON.stringify({ ...decision, issues }, null, 2) };
  const t = say(options.locale);
  const { account, primaryDomain } = decision.usage;
  const pools = Object.entries(account.pools).map(([name, usage]) => `${name} ${usage.used}/${usage.limit}`);
  const from = decision.allowed && decision.pool !== undefined ? ` (${decision.pool})` : '';
  const verdict = decision.allowed ? t(`allowed${from}`, `允许${from}`) : t('refused', '不允许');
  const buckets = decision.usage.rateLimits.map(
    (bucket) =>
      `  ${bucket.limit} ${bucket.key}: ${bucket.remaining}/${bucket.capacity} ${t('left', '剩余')}` +
      (bucket.nextTokenAt === undefined ? '' : `, ${t('next at', '下一个于')} ${bucket.nextTokenAt}`),
  );
  const lines = [
    `${request.accountId} → ${[request.domain, ...(request.identifiers ?? [])].join(', ')} ${t('at', '于')} ${options.now}: ${verdict}`,
    ...(account.limit === null
      ? []
      : [`  ${t('account', '账号')}: ${account.used}/${account.limit} (${pools.join(', ')})`]),
    ...(primaryDomain.limit === null
      ? []
      : [
          `  ${t('primary domain', '主域名')} ${primaryDomain.name ?? t('(none)', '（无）')}: ${primaryDomain.used}/${primaryDomain.limit}`,
        ]),
    ...buckets,
    ...(decision.nextReleaseAt === undefined
      ? []
      : [`  ${t('next slot frees at', '下一个名额释放于')} ${decision.nextReleaseAt}`]),
    ...issues.map((issue) => issueLine(issue, issue.message, options.style)),
  ];
  return { ok: decision.allowed, text: lines.join('\n') };
}
