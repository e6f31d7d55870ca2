import { formatIssue, type Locale } from '../messages/index.js';
import type { Policy, ValidationLevel } from '../policy/schema.js';
import { createScreen } from '../screen/create-screen.js';
import { issueLine } from './issue-line.js';
import type { Style } from './style.js';
import { say } from './words.js';

/**
 * Screens each name for `certkit screen` and renders the verdicts, every hit with its rule and
 * message. `ok` is false when any name is rejected.
 */
export function screenReport(
  names: readonly string[],
  options: {
    policy: Policy;
    locale: Locale;
    validation: ValidationLevel;
    brand?: string;
    json: boolean;
    style?: Style;
  },
): { ok: boolean; text: string } {
  const screen = createScreen({ policy: options.policy });
  const results = names.map((input) => {
    const result = screen(input, { validation: options.validation, brand: options.brand });
    return {
      input,
      ...result,
      issues: result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) })),
    };
  });
  const ok = results.every((result) => result.verdict !== 'reject');
  if (options.json) return { ok, text: JSON.stringify(results, null, 2) };
  const t = say(options.locale);
  const verdicts = {
    pass: t('pass', '通过'),
    reject: t('reject', '拒绝'),
    'manual-review': t('manual review', '人工审核'),
  };
  const lines = results.flatMap((result) => [
    `${result.input}: ${verdicts[result.verdict]} (${options.validation})`,
    ...result.issues.map((issue) => issueLine(issue, issue.message, options.style)),
  ]);
  return { ok, text: lines.join('\n') };
}
