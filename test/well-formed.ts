import { expect } from 'vitest';
import { type Issue, issueCodes } from '../src/core/index.js';
import { formatIssue } from '../src/messages/index.js';

/**
 * Checks every issue a result carries: it names the rule the registry gives its code, it is about
 * something (`subject`), and its message fills every placeholder in both languages. Tests wrap the
 * function under test with {@link wellFormed}, so every input they already try also checks that no
 * issue cites the wrong rule or loses a param — the mutants that survive assertions on codes alone.
 */
export function expectWellFormed(issues: readonly Issue[]): void {
  for (const issue of issues) {
    expect(issue.rule, issue.code).toBe(issueCodes[issue.code]);
    expect(typeof issue.subject === 'string' && issue.subject !== '', `${issue.code} has a subject`).toBe(true);
    for (const locale of ['en', 'zh-CN'] as const)
      expect(formatIssue(issue, locale), `${issue.code} (${locale})`).not.toMatch(/\{\w+\}/);
  }
}

/** `fn`, checking the issues of each result it returns (see {@link expectWellFormed}). */
export function wellFormed<A extends unknown[], R extends { readonly issues: readonly Issue[] }>(
  fn: (...args: A) => R,
): (...args: A) => R {
  return (...args) => {
    const result = fn(...args);
    expectWellFormed(result.issues);
    return result;
  };
}
