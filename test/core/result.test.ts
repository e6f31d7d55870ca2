import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checked, createIssue, decided, hasErrors, type Severity } from '../../src/core/index.js';

const severities: Severity[] = ['error', 'warning', 'info'];
const issuesOf = (list: Severity[]) => list.map((severity) => createIssue('domain.empty', 'DOM-01', {}, { severity }));

describe('checked() and decided(): one rule for every result', () => {
  it('ok / allowed is false exactly when an issue is an error', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...severities), { maxLength: 6 }), (list) => {
        const issues = issuesOf(list);
        expect(checked(issues, {}).ok).toBe(!list.includes('error'));
        expect(decided(issues, {}).allowed).toBe(!hasErrors(issues));
      }),
    );
  });

  it('keeps the fields, and a field named ok or issues cannot override the verdict', () => {
    const issues = issuesOf(['error']);
    const result = checked(issues, { domain: 'example.com', ok: true } as { domain: string });
    expect(result).toEqual({ domain: 'example.com', ok: false, issues });
    const granted = decided([], { allowed: false, pool: 'free' } as { pool: string });
    expect(granted).toEqual({ pool: 'free', allowed: true, issues: [] });
  });
});
