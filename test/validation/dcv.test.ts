import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { formatIssue } from '../../src/messages/index.js';
import {
  checkDnsValidation as checkDnsValidationOf,
  checkFileValidation as checkFileValidationOf,
  dcvDeadline,
  dcvMethods,
  dnsValidationRecord,
  fileValidation,
  isCaValidationSource,
} from '../../src/validation/index.js';
import { lazy } from '../lazy.js';
import { wellFormed } from '../well-formed.js';

/** Every check's issues are checked for their rule, subject and message (test/well-formed.ts). */
const checkDnsValidation = wellFormed(checkDnsValidationOf);
const checkFileValidation = wellFormed(checkFileValidationOf);

describe('dnsValidationRecord — DCV-01, DCV-04', () => {
  it('puts the record at _<token>.<host> with the name relative to the zone', () => {
    expect(dnsValidationRecord({ domain: 'WWW.Example.com', token: 'ABC123', value: 'v1', type: 'TXT' })).toEqual({
      fqdn: '_abc123.www.example.com',
      zone: 'example.com',
      relativeName: '_abc123.www',
      type: 'TXT',
      value: 'v1',
    });
  });

  it('validates a wildcard at its base name, and honours an explicit zone', () => {
    const record = dnsValidationRecord({
      domain: '*.shop.example.com.cn',
      token: '_tok',
      value: 'X.Sectigo.com.',
      type: 'CNAME',
    });
    expect(record).toMatchObject({
      fqdn: '_tok.shop.example.com.cn',
      zone: 'example.com.cn',
      relativeName: '_tok.shop',
      value: 'x.sectigo.com',
    });
    expect(
      dnsValidationRecord({ domain: 'a.b.example.com', token: 't', value: 'v', type: 'TXT', zone: 'b.example.com' })
        .relativeName,
    ).toBe('_t.a');
  });

  it('refuses bad input with CertkitError', () => {
    for (const input of [
      { domain: 'a_b.com', token: 't', value: 'v', type: 'TXT' },
      { domain: 'a.com', token: 'bad token', value: 'v', type: 'TXT' },
      { domain: 'a.com', token: 't', value: 'has space', type: 'TXT' },
      { domain: 'a.com', token: 't', value: 'v', type: 'MX' },
      { domain: 'a.com', token: 't', value: 'v', type: 'TXT', zone: 'other.com' },
    ]) {
      expect(() => dnsValidationRecord(input as never), JSON.stringify(input)).toThrow(CertkitError);
    }
  });
});

describe('fileValidation — DCV-01, DCV-02', () => {
  it('gives the HTTP and HTTPS URLs under /.well-known/pki-validation/ and the exact content', () => {
    expect(fileValidation({ domain: 'www.example.com', path: 'ABC.txt', content: 'token\nsectigo.com' })).toEqual({
      urls: [
        'http://www.example.com/.well-known/pki-validation/ABC.txt',
        'https://www.example.com/.well-known/pki-validation/ABC.txt',
      ],
      content: 'token\nsectigo.com',
    });
  });

  it('is not for wildcards, and refuses paths that leave the directory', () => {
    expect(() => fileValidation({ domain: '*.example.com', path: 'a.txt', content: 'x' })).toThrow(
      expect.objectContaining({ code: 'dcv.file.wildcard' }),
    );
    expect(() => fileValidation({ domain: 'example.com', path: '../a.txt', content: 'x' })).toThrow(CertkitError);
    expect(() => fileValidation({ domain: 'example.com', path: 'a/b.txt', content: 'x' })).toThrow(CertkitError);
  });
});

describe('dcvMethods — DCV-01, DCV-02', () => {
  const methods = (domain: string, context: Parameters<typeof dcvMethods>[1]) =>
    Object.fromEntries((dcvMethods([domain], context)[0]?.methods ?? []).map((m) => [m.method, m.allowed]));

  it('offers the five vendor methods with reasons', () => {
    expect(methods('www.example.com', { hasCloudResources: true, dnsHostedWithVendor: true })).toEqual({
      DNS_AUTO: true,
      DNS: true,
      FILE: true,
      DNS_PROXY: true,
      FILE_PROXY: true,
    });
    expect(methods('www.example.com', { hasCloudResources: true }).DNS_AUTO).toBe(false);
  });

  it('DCV-02: no file validation for wildcards, nor without cloud resources; file covers the exact name only', () => {
    expect(methods('*.example.com', { hasCloudResources: true })).toMatchObject({
      FILE: false,
      FILE_PROXY: false,
      DNS: true,
    });
    expect(methods('www.example.com', { hasCloudResources: false })).toMatchObject({ FILE: false, DNS: true });
    const file = dcvMethods(['www.example.com'], { hasCloudResources: true, now: '2024-01-01' })[0]?.methods.find(
      (m) => m.method === 'FILE',
    );
    expect(file?.issues).toEqual([
      expect.objectContaining({ code: 'dcv.file.exact-name', severity: 'info', params: { since: '2021-12-01' } }),
    ]);
    const before = dcvMethods(['www.example.com'], { hasCloudResources: true, now: '2021-11-30' })[0]?.methods.find(
      (m) => m.method === 'FILE',
    );
    expect(before?.issues).toEqual([]);
  });

  it('reports invalid names on every method', () => {
    const [result] = dcvMethods(['a_b.com'], { hasCloudResources: true });
    expect(result?.methods.every((m) => !m.allowed && m.issues[0]?.code === 'domain.character.invalid')).toBe(true);
  });
});

describe('checkDnsValidation — the usual mistakes', () => {
  const expectedRecord = lazy(() =>
    dnsValidationRecord({ domain: 'www.example.com', token: 'abc', value: 'token-value', type: 'TXT' }),
  );
  const cnameRecord = lazy(() =>
    dnsValidationRecord({ domain: 'www.example.com', token: 'abc', value: 'x.sectigo.com', type: 'CNAME' }),
  );
  const codes = (result: ReturnType<typeof checkDnsValidation>) => result.issues.map((issue) => issue.code);

  it('passes the right record, from every resolver, names and CNAME targets compared loosely', () => {
    expect(
      checkDnsValidation({ name: '_ABC.www.example.com.', type: 'txt', values: ['token-value'] }, expectedRecord()),
    ).toEqual({ ok: true, issues: [] });
    expect(
      checkDnsValidation({ name: '_abc.www.example.com', type: 'CNAME', values: ['X.Sectigo.COM.'] }, cnameRecord()).ok,
    ).toBe(true);
  });

  it('names a record with the zone doubled (DCV-04) or without its underscore', () => {
    const doubled = checkDnsValidation(
      { name: '_abc.www.example.com.example.com', type: 'TXT', values: ['token-value'] },
      expectedRecord(),
    );
    expect(doubled.issues).toEqual([
      expect.objectContaining({
        code: 'dcv.dns.zone-doubled',
        rule: 'DCV-04',
        params: expect.objectContaining({ relativeName: '_abc.www' }),
      }),
    ]);
    expect(formatIssue(doubled.issues[0] as never)).toContain('enter the host record "_abc.www" only');
    expect(
      codes(
        checkDnsValidation({ name: 'abc.www.example.com', type: 'TXT', values: ['token-value'] }, expectedRecord()),
      ),
    ).toEqual(['dcv.dns.underscore-missing']);
  });

  it('names the wrong type, a missing record, and a CNAME next to other data', () => {
    expect(
      codes(
        checkDnsValidation({ name: '_abc.www.example.com', type: 'TXT', values: ['x.sectigo.com'] }, cnameRecord()),
      ),
    ).toEqual(['dcv.dns.wrong-type']);
    expect(codes(checkDnsValidation([], expectedRecord()))).toEqual(['dcv.dns.missing']);
    const conflict = checkDnsValidation(
      [
        { name: '_abc.www.example.com', type: 'CNAME', values: ['x.sectigo.com'] },
        { name: '_abc.www.example.com', type: 'TXT', values: ['old'] },
      ],
      cnameRecord(),
    );
    expect(codes(conflict)).toEqual(['dcv.dns.cname-conflict']);
    expect(conflict.ok).toBe(false);
  });

  it('names quotes around the value, other values, and stale values next to the right one', () => {
    expect(
      codes(
        checkDnsValidation({ name: '_abc.www.example.com', type: 'TXT', values: ['"token-value"'] }, expectedRecord()),
      ),
    ).toEqual(['dcv.dns.quoted']);
    expect(
      codes(
        checkDnsValidation({ name: '_abc.www.example.com', type: 'TXT', values: [' token-value '] }, expectedRecord()),
      ),
    ).toEqual(['dcv.dns.quoted']);
    expect(
      codes(checkDnsValidation({ name: '_abc.www.example.com', type: 'TXT', values: ['other'] }, expectedRecord())),
    ).toEqual(['dcv.dns.value-mismatch']);
    const stale = checkDnsValidation(
      { name: '_abc.www.example.com', type: 'TXT', values: ['old-value', 'token-value'] },
      expectedRecord(),
    );
    expect(stale).toMatchObject({
      ok: true,
      issues: [{ code: 'dcv.dns.stale-value', severity: 'warning', params: { others: ['old-value'] } }],
    });
  });

  it('is not ok while one resolver still answers the old value', () => {
    const result = checkDnsValidation(
      [
        { name: '_abc.www.example.com', type: 'TXT', values: ['token-value'], resolver: '8.8.8.8' },
        { name: '_abc.www.example.com', type: 'TXT', values: ['old'], resolver: '119.29.29.29' },
      ],
      expectedRecord(),
    );
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'dcv.dns.value-mismatch',
        params: expect.objectContaining({ resolver: '119.29.29.29' }),
      }),
    ]);
  });
});

describe('checkFileValidation — DCV-02', () => {
  const expectedFile = lazy(() =>
    fileValidation({ domain: 'www.example.com', path: 'ABC.txt', content: 'token\nsectigo.com' }),
  );
  const httpUrl = 'http://www.example.com/.well-known/pki-validation/ABC.txt';
  const httpsUrl = 'https://www.example.com/.well-known/pki-validation/ABC.txt';
  const ok = (url: string, body = 'token\nsectigo.com') => ({ url, status: 200, redirects: [], body });

  it('passes 200 with the exact content over HTTP and HTTPS, forgiving one trailing newline', () => {
    expect(checkFileValidation([ok(httpUrl), ok(httpsUrl, 'token\nsectigo.com\r\n')], expectedFile())).toEqual({
      ok: true,
      issues: [],
    });
    expect(
      checkFileValidation([ok(httpUrl, 'token\nsectigo.com\n\n'), ok(httpsUrl)], expectedFile()).issues[0]?.code,
    ).toBe('dcv.file.content');
  });

  it('refuses any 301/302 redirect, non-200 answers, and other content', () => {
    const redirected = { ...ok(httpUrl), redirects: [{ status: 301, location: httpsUrl }] };
    expect(checkFileValidation([redirected, ok(httpsUrl)], expectedFile()).issues.map((i) => i.code)).toEqual([
      'dcv.file.redirect',
    ]);
    expect(
      checkFileValidation([{ ...ok(httpUrl), status: 404 }, ok(httpsUrl)], expectedFile()).issues[0],
    ).toMatchObject({
      code: 'dcv.file.status',
      params: { status: 404 },
    });
    expect(
      checkFileValidation([ok(httpUrl, '<html>'), ok(httpsUrl, '<html>')], expectedFile()).issues.map((i) => i.code),
    ).toEqual(['dcv.file.content', 'dcv.file.content']);
  });

  it('names HTTPS serving other content than HTTP, and a scheme not checked', () => {
    expect(
      checkFileValidation([ok(httpUrl), ok(httpsUrl, 'default site')], expectedFile()).issues.map((i) => i.code),
    ).toEqual(['dcv.file.https-differs']);
    const onlyHttp = checkFileValidation([ok(httpUrl)], expectedFile());
    expect(onlyHttp).toMatchObject({ ok: false, issues: [{ code: 'dcv.file.not-checked', severity: 'error' }] });
  });
});

describe('deadlines and source addresses', () => {
  it('DCV-03: DNS records must be in place within 3 calendar days; 7 for auto-renewal', () => {
    expect(dcvDeadline('2024-03-01T09:30:00Z')).toBe('2024-03-04T09:30:00.000Z');
    expect(dcvDeadline('2024-03-01T09:30:00Z', { autoRenew: true })).toBe('2024-03-08T09:30:00.000Z');
    expect(() => dcvDeadline('soon')).toThrow(CertkitError);
  });

  it('DCV-05: the CA validation source addresses are policy data', () => {
    for (const address of [
      '91.199.212.132',
      '91.199.212.133',
      '91.199.212.148',
      '91.199.212.151',
      '91.199.212.176',
      '54.189.196.217',
      '64.78.193.238',
      '216.168.247.9',
    ]) {
      expect(isCaValidationSource(address)).toBe(true);
    }
    expect(isCaValidationSource('::ffff:91.199.212.132')).toBe(false);
    expect(isCaValidationSource('8.8.8.8')).toBe(false);
    expect(isCaValidationSource('not-an-ip')).toBe(false);
  });
});
