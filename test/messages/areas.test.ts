import { describe, expect, it } from 'vitest';
import { createIssue, issueCodes } from '../../src/core/index.js';
import * as english from '../../src/messages/en.js';
import { formatIssueWith } from '../../src/messages/index.js';
import * as chinese from '../../src/messages/zh-CN.js';

const CODES = Object.keys(issueCodes);

/** The areas and the code prefixes each one holds, written out here independently of the types. */
const AREAS = {
  Common: ['argument', 'time', 'policy'],
  Domain: ['domain', 'ip', 'coverage', 'product', 'type'],
  Screen: ['screen'],
  Quota: ['quota'],
  Validation: ['dcv', 'caa'],
  Lifecycle: ['life'],
  X509: ['x509'],
} as const;

describe('catalogs by area (issue 22: a page pays for the areas it imports)', () => {
  it.each([
    ['en', english as Record<string, unknown>, english.en],
    ['zhCN', chinese as Record<string, unknown>, chinese.zhCN],
  ] as const)(
    '%s: each area holds exactly its codes, and together they are the whole catalog',
    (prefix, entry, whole) => {
      const seen: string[] = [];
      for (const [area, prefixes] of Object.entries(AREAS)) {
        const catalog = entry[`${prefix}${area}`] as Record<string, string>;
        const expected = CODES.filter((code) => (prefixes as readonly string[]).includes(code.split('.')[0] as string));
        expect(Object.keys(catalog).sort(), area).toEqual([...expected].sort());
        expect(Object.isFrozen(catalog)).toBe(true);
        for (const code of expected) expect(catalog[code], code).toBe((whole as Record<string, string>)[code]);
        seen.push(...expected);
      }
      expect(seen.sort()).toEqual([...CODES].sort());
    },
  );

  it('formats with the areas spread together, and shows a code no given area has as the code', () => {
    const issue = createIssue(
      'domain.label.hyphen-edge',
      'DOM-01',
      { index: 0, label: '-shop' },
      { subject: '-shop.example.com' },
    );
    const page = { ...english.enCommon, ...english.enDomain };
    expect(formatIssueWith(issue, page)).toBe(formatIssueWith(issue, english.en));
    const quota = createIssue('quota.account.exhausted', 'QUOTA-01', { used: 20, limit: 20 } as never);
    expect(formatIssueWith(quota, page)).toBe('quota.account.exhausted');
  });
});
