import { describe, expect, it } from 'vitest';
import { CertkitError, checked, createIssue, decided, hasErrors, isCertkitError } from '../../src/core/index.js';
import { recommendCertificateType } from '../../src/domain/index.js';
import { reviewEstimate } from '../../src/lifecycle/index.js';
import { en, formatIssue, formatIssueWith } from '../../src/messages/index.js';
import { createQuotaLedger, evaluateQuota, simulateQuota } from '../../src/quota/index.js';
import { compileWordList, compileWordMatcher, leetFold, skeleton } from '../../src/screen/index.js';
import { checkDnsValidation, dnsValidationRecord } from '../../src/validation/index.js';
import { type CsrInfo, checkCsr, createPkcs12, describeKey } from '../../src/x509/index.js';
import rsaCsrPem from '../fixtures/csr/pyca/rsa_sha256.pem?raw';

/** The path `argument.invalid` names when `call` throws, or what else happened. */
async function pathOf(call: () => unknown): Promise<string> {
  try {
    await call();
    return 'returned';
  } catch (error) {
    if (!isCertkitError(error)) return `not a CertkitError: ${String(error)}`;
    return error.code === 'argument.invalid' ? String(error.params.path) : error.code;
  }
}

const issue = createIssue('domain.tld.refused', 'DOM-04', { tld: 'ru' });
const record = dnsValidationRecord({ domain: 'www.example.com', token: 't', value: 'v', type: 'TXT' });
const request = { accountId: 'a', applicant: { kind: 'enterprise' }, domain: 'example.com' } as const;
const csr = {
  key: { type: 'RSA', size: 2048, exponent: 65537 },
  domains: ['www.example.com'],
  ips: [],
  subject: [],
  commonName: 'www.example.com',
  signatureAlgorithm: 'RSA-SHA256',
  signatureValid: true,
  publicKeyFingerprint: 'ab',
  pem: rsaCsrPem, // STD-12 reads the RSA modulus from it
} as unknown as CsrInfo; // the fields checkCsr reads, as parseCsr gives them

describe('argument.invalid: a bad data argument names its path (the boundary rule)', () => {
  it.each([
    ['hasErrors(undefined)', () => hasErrors(undefined as never), 'issues'],
    ['hasErrors([null])', () => hasErrors([null] as never), 'issues[0]'],
    ['hasErrors([{ severity: "fatal" }])', () => hasErrors([{ severity: 'fatal' }] as never), 'issues[0]'],
    ['checked([], null)', () => checked([], null as never), 'fields'],
    ['decided(null, {})', () => decided(null as never, {}), 'issues'],
    ['formatIssue(null)', () => formatIssue(null as never), 'issue'],
    ['formatIssue({ code: 1 })', () => formatIssue({ code: 1, params: {} } as never), 'issue'],
    ['formatIssueWith(issue, null)', () => formatIssueWith(issue, null as never), 'catalog'],
    ['recommendCertificateType(null)', () => recommendCertificateType(null as never), 'profile'],
    ['reviewEstimate(undefined)', () => reviewEstimate(undefined as never), 'cert'],
    ['reviewEstimate({ validation: "XV" })', () => reviewEstimate({ validation: 'XV' } as never), 'cert.validation'],
    ['checkDnsValidation([], null)', () => checkDnsValidation([], null as never), 'expected'],
    [
      'checkDnsValidation([], { fqdn: 1 })',
      () => checkDnsValidation([], { ...record, fqdn: 1 } as never),
      'expected.fqdn',
    ],
    ['evaluateQuota(null, …)', () => evaluateQuota(null as never, createQuotaLedger([]), { now: 0 }), 'request'],
    ['evaluateQuota(request, {}, …)', () => evaluateQuota(request, {} as never, { now: 0 }), 'ledger'],
    [
      'evaluateQuota(request, ledger)',
      () => evaluateQuota(request, createQuotaLedger([]), undefined as never),
      'options',
    ],
    ['simulateQuota([], null)', () => simulateQuota([], null as never), 'ledger'],
    ['skeleton(5)', () => skeleton(5 as never), 'text'],
    ['leetFold(null)', () => leetFold(null as never), 'text'],
    ['compileWordMatcher(["a", 1])', () => compileWordMatcher(['a', 1] as never), 'words[1]'],
    ['compileWordList(null, {})', () => compileWordList(null as never, {}), 'words'],
    ['compileWordList([], null)', () => compileWordList([], null as never), 'modes'],
    ['checkCsr(null, …)', () => checkCsr(null as never, { domains: [] }), 'csr'],
    ['checkCsr(csr, { domains: "a" })', () => checkCsr(csr, { domains: 'a' } as never), 'order.domains'],
    [
      'checkCsr with no signature verdict',
      () => checkCsr({ ...csr, signatureValid: undefined } as never, { domains: [] }),
      'csr.signatureValid',
    ],
  ])('%s', async (_call, call, path) => {
    expect(await pathOf(call)).toBe(path);
  });

  it.each([
    ['describeKey(undefined)', () => describeKey(undefined as never), 'x509.key.unsupported'],
    [
      'describeKey({ algorithm: { name: "AES-GCM" } })',
      () => describeKey({ algorithm: { name: 'AES-GCM' } } as never),
      'x509.key.unsupported',
    ],
    ['createPkcs12(undefined)', () => createPkcs12(undefined as never), 'x509.key.not-extractable'],
  ])('%s throws its area code', async (_call, call, code) => {
    expect(await pathOf(call)).toBe(code);
  });

  it('the error says so in a sentence, and in both locales through formatIssue', () => {
    try {
      skeleton(5 as never);
    } catch (error) {
      expect(error).toBeInstanceOf(CertkitError);
      const first = (error as CertkitError).issues[0];
      expect((error as CertkitError).message).toBe('Invalid text: received "number" (argument.invalid)');
      expect(first && formatIssueWith(first, en)).toBe('The argument text must be of type string; received number.');
      expect(first && formatIssue(first, 'zh-CN')).toBe('参数 text 的类型必须是 string，实际收到 number。');
      return;
    }
    throw new Error('skeleton(5) did not throw');
  });

  it('well-formed arguments still work', () => {
    expect(hasErrors([issue])).toBe(true);
    expect(skeleton('gооgle')).toBe('google');
    expect(checkCsr(csr, { domains: ['www.example.com'] }).ok).toBe(true);
    expect(checkDnsValidation([{ name: record.fqdn, type: 'TXT', values: ['v'] }], record).ok).toBe(true);
  });
});
