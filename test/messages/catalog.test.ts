import { describe, expect, it } from 'vitest';
import { createIssue, type IssueCode, issueCodes } from '../../src/core/index.js';
import { type StatusName, statuses } from '../../src/lifecycle/index.js';
import {
  catalogs,
  en,
  formatIssue,
  formatIssueWith,
  formatStatus,
  statusCatalogs,
  zhCN,
} from '../../src/messages/index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const codes = Object.keys(issueCodes) as IssueCode[];

describe('message catalogs', () => {
  it('have a message for every issue code in both locales, and nothing else', () => {
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
    expect(Object.keys(zhCN).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(en[code].trim().length, code).toBeGreaterThan(0);
      expect(zhCN[code].trim().length, code).toBeGreaterThan(0);
    }
  });

  it('use the same placeholders in English and Chinese', () => {
    for (const code of codes) expect(placeholders(zhCN[code]), code).toEqual(placeholders(en[code]));
  });

  it('write Chinese messages in Chinese', () => {
    for (const code of codes) expect(zhCN[code], code).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every rule in the code registry is a docs/rules.md-style ID or null', () => {
    for (const rule of Object.values(issueCodes)) if (rule !== null) expect(rule).toMatch(/^[A-Z]+-\d{2}$/);
  });
});

describe('formatIssue', () => {
  const issue = createIssue(
    'domain.label.too-long',
    'DOM-02',
    { index: 0, label: 'aaa', length: 70, limit: 63 },
    { subject: 'aaa.example.com' },
  );

  it('interpolates params and the subject, in English by default', () => {
    expect(formatIssue(issue)).toBe('The label "aaa" of "aaa.example.com" is 70 characters long; the limit is 63.');
  });

  it('renders Simplified Chinese', () => {
    expect(formatIssue(issue, 'zh-CN')).toBe('域名“aaa.example.com”中的“aaa”长度为 70 个字符，上限为 63。');
  });

  it('joins array params and leaves unknown placeholders visible', () => {
    const unknown = createIssue('policy.unknown-preset', null, { preset: 'x', known: ['a', 'b'] });
    expect(formatIssue(unknown)).toBe('There is no policy preset named "x"; known presets: a, b.');
    // A caller from plain JavaScript may leave params out; the placeholder then stays visible.
    const missing = createIssue('domain.tld.refused', 'DOM-04', {} as never);
    expect(formatIssue(missing)).toBe('Domains under ".{tld}" cannot be bound to a certificate.');
  });

  it('formats with a single catalog, and catalogs are keyed by locale', () => {
    expect(formatIssueWith(issue, zhCN)).toBe(formatIssue(issue, 'zh-CN'));
    expect(catalogs.en).toBe(en);
    expect(catalogs['zh-CN']).toBe(zhCN);
  });
});

describe('status labels (LIFE-01) live in the catalogs', () => {
  it('every status has a label in each locale, distinct within the locale', () => {
    for (const labels of Object.values(statusCatalogs)) {
      expect(Object.keys(labels).sort()).toEqual(Object.keys(statuses).sort());
      expect(new Set(Object.values(labels)).size).toBe(Object.keys(statuses).length);
    }
    expect(formatStatus('pendingRevocationLetter')).toBe('Revocation confirmation letter to upload');
    expect(formatStatus('issued', 'zh-CN')).toBe('已通过');
  });

  it('the deprecated 0.1 labels on `statuses` equal the catalogs until they are removed', () => {
    for (const [name, status] of Object.entries(statuses) as [StatusName, (typeof statuses)[StatusName]][]) {
      expect(status.en).toBe(formatStatus(name, 'en'));
      expect(status.zh).toBe(formatStatus(name, 'zh-CN'));
    }
  });
});
