import { expect } from 'vitest';
import { type Issue, issueCodes } from '../src/core/index.js';
import { formatIssue } from '../src/messages/index.js';

/**
 * Checks every issue a result carries: it names the rule the registry gives its code, it is about
 * something (`subject`), and its message fills every placeholder in both languages. Tests wrap the
 * function under test with {@link wellFormed}, so every input they already try also checks that no
 * issue cites the wrong rule or loses a param — the mutants that survive assertions on codes alone.
 */
export function expectWellFormed(issues: readonly Issue[], options: WellFormedOptions = {}): void {
  for (const issue of issues) {
    expect(issue.rule, issue.code).toBe(issueCodes[issue.code]);
    // `domain.type`: the input was not text, so there may be nothing to name.
    if (options.subject !== false && issue.code !== 'domain.type')
      expect(typeof issue.subject, `${issue.code} has a subject`).toBe('string');
    // a placeholder left unfilled; the params' own text (an input such as "{0}") is not one
    const values = Object.values(issue.params as Record<string, unknown>).flatMap((value) =>
      Array.isArray(value) ? value.map(String) : [String(value)],
    );
    for (const locale of ['en', 'zh-CN'] as const) {
      let message = formatIssue(issue, locale);
      for (const value of values) if (/\{\w+\}/.test(value)) message = message.split(value).join('');
      expect(message, `${issue.code} (${locale})`).not.toMatch(/\{\w+\}/);
    }
  }
}

/** `subject: false` for issues about an input with no name of its own (one CAA record read alone). */
export interface WellFormedOptions {
  readonly subject?: boolean;
}

/** `fn`, checking the issues of each result it returns (see {@link expectWellFormed}). */
export function wellFormed<A extends unknown[], R extends { readonly issues: readonly Issue[] }>(
  fn: (...args: A) => R,
  options: WellFormedOptions = {},
): (...args: A) => R {
  return (...args) => {
    const result = fn(...args);
    expectWellFormed(result.issues, options);
    return result;
  };
}
