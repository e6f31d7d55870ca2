import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { evaluateQuota, type QuotaRequest } from '../quota/evaluate.js';
import { createQuotaLedger } from '../quota/ledger.js';
import type { LedgerRecord } from '../quota/record.js';
import { issueLine } from './issue-line.js';

/**
 * Decides one application for `certkit quota` against a ledger read from a file, and renders
 * the decision: allowed or not, from which allowance, usage, and every issue.
 */
export function quotaReport(
  records: readonly LedgerRecord[],
  request: QuotaRequest,
  options: { policy: Policy; locale: Locale; now: string; json: boolean },
): { ok: boolean; text: string } {
  const decision = evaluateQuota(request, createQuotaLedger(records, { policy: options.policy }), { now: options.now });
  const issues = decision.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) }));
  if (options.json) return { ok: decision.allowed, text: JSON.stringify({ ...decision, issues }, null, 2) };
  const { account, primaryDomain } = decision.usage;
  const pools = Object.entries(account.pools).map(([name, usage]) => `${name} ${usage.used}/${usage.limit}`);
  const lines = [
    `${request.accountId} → ${request.domain} at ${options.now}: ${decision.allowed ? `allowed (${decision.pool})` : 'refused'}`,
    `  account: ${account.used}/${account.limit} (${pools.join(', ')})`,
    `  primary domain ${primaryDomain.name ?? '(none)'}: ${primaryDomain.used}/${primaryDomain.limit}`,
    ...(decision.nextReleaseAt === undefined ? [] : [`  next slot frees at ${decision.nextReleaseAt}`]),
    ...issues.map((issue) => issueLine(issue, issue.message)),
  ];
  return { ok: decision.allowed, text: lines.join('\n') };
}
