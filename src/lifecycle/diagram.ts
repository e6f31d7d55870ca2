import { type StatusName, statuses } from './statuses.js';
import { type LifecycleAction, type Rule, transitionTable } from './table.js';

/**
 * The status transitions of the table as a Mermaid state diagram: one edge per status change
 * (user actions plain, system events in italics), terminal statuses marked. Actions that keep the
 * status (download, renew, reminders…) and `delete` (allowed from everywhere, guarded) are listed
 * in the docs, not drawn.
 *
 * @example
 * lifecycleDiagram().startsWith('stateDiagram-v2') // => true
 */
export function lifecycleDiagram(): string {
  const lines = ['stateDiagram-v2', '  [*] --> pendingDocuments', '  [*] --> freePendingDocuments'];
  for (const [action, rule] of Object.entries(transitionTable) as [LifecycleAction, Rule][]) {
    if (rule.to === undefined || action === 'delete') continue;
    const targets: readonly StatusName[] =
      typeof rule.to === 'function' ? ['revoking', 'pendingRevocationLetter'] : [rule.to];
    for (const from of rule.from) {
      for (const to of targets) lines.push(`  ${from} --> ${to}: ${rule.kind === 'system' ? `_${action}_` : action}`);
    }
  }
  for (const [name, status] of Object.entries(statuses)) if (status.terminal) lines.push(`  ${name} --> [*]`);
  return lines.join('\n');
}
