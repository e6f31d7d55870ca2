import { availableActions } from '../lifecycle/actions.js';
import { readState } from '../lifecycle/read-state.js';
import { renewalSchedule } from '../lifecycle/schedule.js';
import type { CertificateInput } from '../lifecycle/state.js';
import { formatIssue, formatStatus, type Locale } from '../messages/index.js';
import type { Policy } from '../policy/schema.js';
import { issueLine } from './issue-line.js';

/** `certkit lifecycle`: the actions allowed now, with reasons, and the renewal schedule. */
export function lifecycleReport(
  cert: CertificateInput,
  options: { policy: Policy; locale: Locale; now: string; json: boolean },
): string {
  const actions = availableActions(cert, { now: options.now, policy: options.policy }).map((action) => ({
    ...action,
    issues: action.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) })),
  }));
  const schedule = cert.expiresAt === undefined ? null : renewalSchedule(cert, { policy: options.policy });
  if (options.json) return JSON.stringify({ status: cert.status, actions, schedule }, null, 2);
  const label = formatStatus(cert.status, options.locale);
  const { brand, type } = readState(cert).product;
  const lines = [`${brand} ${type} — ${label} (${cert.status}) at ${options.now}`];
  for (const action of actions) {
    lines.push(`  ${action.allowed ? '✓' : '✗'} ${action.action}`);
    for (const issue of action.issues) lines.push(`  ${issueLine(issue, issue.message)}`);
  }
  if (schedule !== null) {
    lines.push('  schedule:');
    for (const [key, value] of Object.entries(schedule))
      lines.push(`    ${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  }
  return lines.join('\n');
}
