import { describe, expect, it } from 'vitest';
import { CertkitError, createIssue, hasErrors, isCertkitError, MAX_SUBJECT_LENGTH } from '../../src/core/index.js';
import { validateDomain } from '../../src/domain/index.js';

describe('createIssue', () => {
  it('defaults to severity error and keeps code, rule and params', () => {
    const issue = createIssue(
      'domain.label.too-long',
      'DOM-02',
      { index: 0, label: 'x', length: 70, limit: 63 },
      { subject: 'x' },
    );
    expect(issue).toEqual({
      code: 'domain.label.too-long',
      rule: 'DOM-02',
      severity: 'error',
      subject: 'x',
      params: { index: 0, label: 'x', length: 70, limit: 63 },
    });
  });

  it('omits the subject when none is given', () => {
    expect('subject' in createIssue('domain.empty', 'DOM-01')).toBe(false);
  });

  it('clips a 1 MB subject so issues never copy huge inputs', () => {
    const subject = 'a'.repeat(1_000_000);
    const issue = createIssue('domain.input-too-long', 'DOM-02', { length: subject.length, limit: 1000 }, { subject });
    expect(issue.subject).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(issue.subject?.endsWith('…')).toBe(true);
  });

  it('describes non-string subjects by type', () => {
    expect(createIssue('domain.type', 'DOM-01', { received: 'number' }, { subject: 42 }).subject).toBe('(number)');
    expect(createIssue('domain.type', 'DOM-01', { received: 'null' }, { subject: null }).subject).toBe('(null)');
    expect(createIssue('domain.type', 'DOM-01', { received: 'array' }, { subject: [] }).subject).toBe('(array)');
  });
});

describe('issue params are typed per code', () => {
  it('narrowing on the code types the params', () => {
    const [issue] = validateDomain('www.example.ru').issues;
    if (issue?.code !== 'domain.tld.refused') throw new Error(`unexpected ${issue?.code}`);
    const tld: string = issue.params.tld; // no cast: a compile error if the params were untyped
    expect(tld).toBe('ru');
  });
});

describe('hasErrors', () => {
  it('is true only when an issue has severity error', () => {
    const warning = createIssue('domain.tld.dv-refused', 'DOM-05', { tld: 'pw' }, { severity: 'warning' });
    const error = createIssue('domain.tld.refused', 'DOM-04', { tld: 'ru' });
    expect(hasErrors([])).toBe(false);
    expect(hasErrors([warning])).toBe(false);
    expect(hasErrors([warning, error])).toBe(true);
  });
});

describe('CertkitError', () => {
  it('carries the first issue code, rule and params, every issue, and a sentence', () => {
    const first = createIssue('domain.label.empty', 'DOM-02', { index: 1 }, { subject: 'a..b' });
    const second = createIssue('domain.too-long', 'DOM-02');
    const error = new CertkitError([first, second]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('CertkitError');
    expect(error.code).toBe('domain.label.empty');
    expect(error.issues).toEqual([first, second]);
    expect(error.rule).toBe('DOM-02');
    expect(error.params).toEqual({ index: 1 });
    expect(error.message).toBe('Domain label empty: "a..b" (DOM-02, domain.label.empty)');
  });

  it('says which argument was bad and what it received', () => {
    const error = new CertkitError(createIssue('time.invalid', null, { field: 'now', received: 'yesterday' }));
    expect(error.message).toBe('Invalid now: received "yesterday" (time.invalid)');
  });

  it('is recognised by its brand across builds, not by the class of one build', () => {
    const original = new CertkitError(createIssue('domain.empty', 'DOM-01'));
    // what an error from the other build looks like to this one: another class, the same brand
    const other = Object.assign(Object.create(Error.prototype), { code: 'domain.empty' });
    Object.defineProperty(other, Symbol.for('certkit.CertkitError'), { value: true });
    expect(isCertkitError(other, 'domain.empty')).toBe(true);
    expect(isCertkitError({ code: 'domain.empty' })).toBe(false);
    expect(original instanceof Error).toBe(true);
  });

  it('is recognised by isCertkitError, optionally by code', () => {
    const error = new CertkitError(createIssue('domain.empty', 'DOM-01'));
    expect(isCertkitError(error)).toBe(true);
    expect(isCertkitError(error, 'domain.empty')).toBe(true);
    expect(isCertkitError(error, 'domain.type')).toBe(false);
    expect(isCertkitError(new Error('x'))).toBe(false);
  });
});
