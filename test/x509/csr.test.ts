import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import {
  checkCsr,
  exportPrivateKey,
  generateCsr,
  generateKeyPair,
  generatePassword,
  importPrivateKey,
  parseCsr,
  publicKeyLabel,
  readPem,
} from '../../src/x509/index.js';
import { codeOf } from './code-of.js';

const FAST = { iterations: 2048 }; // tests use fewer PBKDF2 rounds than the 600,000 default

describe('generateCsr and parseCsr round trip', () => {
  it.each([
    [{ type: 'RSA', size: 2048 } as const, { type: 'RSA', size: 2048, exponent: 65537 }, 'RSA-SHA256'],
    [{ type: 'EC', curve: 'P-256' } as const, { type: 'EC', curve: 'P-256' }, 'ECDSA-SHA256'],
    [{ type: 'EC', curve: 'P-384' } as const, { type: 'EC', curve: 'P-384' }, 'ECDSA-SHA384'],
  ])('CSR-02/05: %j signs with the SHA-256 family and verifies', async (key, expectedKey, algorithm) => {
    const generated = await generateCsr({ domains: ['www.example.com', 'example.com'], key });
    const info = await parseCsr(generated.csrPem);
    expect(info.key).toEqual(expectedKey);
    expect(info.signatureAlgorithm).toBe(algorithm);
    expect(info.signatureValid).toBe(true);
    expect(info.publicKeyFingerprint).toBe(generated.publicKeyFingerprint);
    expect(info.publicKeyFingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('CSR-01: UTF-8 subjects, PrintableString where it fits, SANs with IDNs and IPs', async () => {
    const { csrPem } = await generateCsr({
      domains: ['Shop.Example.COM', '食狮.公司.cn', '10.0.0.1', '2001:DB8::1'],
      subject: {
        C: 'CN',
        ST: '广东省',
        L: '深圳市',
        O: '腾讯科技（深圳）有限公司',
        OU: 'IT Dept',
        emailAddress: 'ssl@example.com',
      },
      key: { type: 'EC' },
      challengePassword: 'challenge me',
    });
    const info = await parseCsr(csrPem);
    expect(info.subject.map((a) => [a.type, a.value, a.encoding])).toEqual([
      ['C', 'CN', 'printable'],
      ['ST', '广东省', 'utf8'],
      ['L', '深圳市', 'utf8'],
      ['O', '腾讯科技（深圳）有限公司', 'utf8'],
      ['OU', 'IT Dept', 'printable'],
      ['CN', 'shop.example.com', 'printable'],
      ['emailAddress', 'ssl@example.com', 'ia5'],
    ]);
    expect(info.domains).toEqual(['shop.example.com', 'xn--85x722f.xn--55qx5d.cn']);
    expect(info.ips).toEqual(['10.0.0.1', '2001:db8::1']);
    expect(info.challengePassword).toBe('challenge me');
    expect(info.extensions).toEqual([{ oid: '2.5.29.17', critical: false }]);
  });

  it('CSR-03: the CN defaults to the first domain and must be one of them; CSR-01: C is ISO 3166', async () => {
    expect(
      (await parseCsr((await generateCsr({ domains: ['a.example.com', 'b.example.com'], key: { type: 'EC' } })).csrPem))
        .commonName,
    ).toBe('a.example.com');
    const withCn = await generateCsr({
      domains: ['a.example.com', 'b.example.com'],
      subject: { CN: 'B.example.com' },
      key: { type: 'EC' },
    });
    expect((await parseCsr(withCn.csrPem)).commonName).toBe('b.example.com');
    expect(
      await codeOf(
        generateCsr({ domains: ['a.example.com'], subject: { CN: 'other.example.com' }, key: { type: 'EC' } }),
      ),
    ).toBe('x509.csr.cn.not-in-domains');
    expect(
      await codeOf(generateCsr({ domains: ['a.example.com'], subject: { C: 'China' }, key: { type: 'EC' } })),
    ).toBe('x509.csr.country.invalid');
    expect(await codeOf(generateCsr({ domains: ['a.example.com'], subject: { C: 'UK' }, key: { type: 'EC' } }))).toBe(
      'x509.csr.country.invalid',
    );
    expect(await codeOf(generateCsr({ domains: [], key: { type: 'EC' } }))).toBe('x509.csr.domains.invalid');
    expect(await codeOf(generateCsr({ domains: ['a_b.example.com'], key: { type: 'EC' } }))).toBe(
      'domain.character.invalid',
    );
  });

  it('uses an existing key pair or PEM key, so the fingerprint stays the same', async () => {
    const keyPair = await generateKeyPair({ type: 'EC', curve: 'P-256' });
    const first = await generateCsr({ domains: ['a.example.com'], key: keyPair });
    const pem = await exportPrivateKey(keyPair.privateKey);
    const second = await generateCsr({ domains: ['b.example.com'], key: pem });
    expect(second.publicKeyFingerprint).toBe(first.publicKeyFingerprint);
  });
});

describe('PEM input', () => {
  it('accepts the legacy label, CRLF, surrounding text and DER bytes; refuses two requests or broken base64', async () => {
    const { csrPem } = await generateCsr({ domains: ['a.example.com'], key: { type: 'EC' } });
    const legacy = `Subject: my request\r\n${csrPem.replaceAll('CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST').replaceAll('\n', '\r\n')}trailing text`;
    expect((await parseCsr(legacy)).commonName).toBe('a.example.com');
    const der = readPem(csrPem, ['CERTIFICATE REQUEST']).der;
    expect((await parseCsr(der)).pem).toBe(csrPem);
    expect(await codeOf(parseCsr(`${csrPem}${csrPem}`))).toBe('x509.pem.multiple');
    expect(await codeOf(parseCsr(csrPem.replace(/\n([A-Za-z0-9+/]{10})/, '\n$1!!')))).toBe('x509.pem.base64');
    expect(await codeOf(parseCsr('no pem here'))).toBe('x509.pem.missing');
    expect(await codeOf(parseCsr('x'.repeat(2_000_000)))).toBe('x509.pem.too-large');
  });

  it('property: arbitrary bytes and text fail with CertkitError, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.string(), fc.anything()), async (input) => {
        try {
          await parseCsr(input as never);
        } catch (error) {
          expect(error).toBeInstanceOf(CertkitError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('private keys — CSR-06, CHAIN-04', () => {
  it('exports PKCS#8 and encrypted PKCS#8 that import back, refusing wrong or missing passwords', async () => {
    const keys = await generateKeyPair({ type: 'RSA', size: 2048 });
    const plain = await exportPrivateKey(keys.privateKey);
    expect(plain.startsWith('-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    const encrypted = await exportPrivateKey(keys.privateKey, { password: 'pässwörd', ...FAST });
    expect(encrypted.startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----\n')).toBe(true);
    const imported = await importPrivateKey(encrypted, { password: 'pässwörd' });
    expect(imported.privateKey.algorithm).toMatchObject({ name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048 });
    expect(await codeOf(importPrivateKey(encrypted, { password: 'wrong' }))).toBe('x509.key.password');
    expect(await codeOf(importPrivateKey(encrypted))).toBe('x509.key.password');
  });

  it('CSR-06: keys for cloud uploads are never password-protected; passwords are ASCII and random', async () => {
    const keys = await generateKeyPair({ type: 'EC' });
    expect(await codeOf(exportPrivateKey(keys.privateKey, { password: 'x', forCloudUpload: true }))).toBe(
      'x509.key.cloud-password',
    );
    expect(await exportPrivateKey(keys.privateKey, { forCloudUpload: true })).toContain('BEGIN PRIVATE KEY');
    const passwords = Array.from({ length: 50 }, () => generatePassword());
    for (const password of passwords) expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{20}$/);
    expect(new Set(passwords).size).toBe(50);
    expect(generatePassword(32)).toHaveLength(32);
    expect(() => generatePassword(4)).toThrow(CertkitError);
  });

  it('refuses unsupported key specs and malformed keys', async () => {
    expect(await codeOf(generateKeyPair({ type: 'RSA', size: 1024 } as never))).toBe('x509.key.unsupported');
    expect(await codeOf(importPrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n'))).toBe(
      'x509.key.malformed',
    );
  });
});

describe('checkCsr — would the CA accept it for this order?', () => {
  it('CSR-02: vendor uploads need RSA 2048', async () => {
    const rsa = await parseCsr(
      (await generateCsr({ domains: ['www.example.com'], key: { type: 'RSA', size: 2048 } })).csrPem,
    );
    expect(checkCsr(rsa, { domains: ['www.example.com'] })).toEqual({ ok: true, issues: [] });
    const ec = await parseCsr((await generateCsr({ domains: ['www.example.com'], key: { type: 'EC' } })).csrPem);
    expect(checkCsr(ec, { domains: ['www.example.com'] }).issues).toEqual([
      expect.objectContaining({
        code: 'x509.csr.key.not-allowed',
        rule: 'CSR-02',
        params: { key: 'EC P-256', allowed: ['RSA 2048'] },
      }),
    ]);
  });

  it('CSR-03: CN and every SAN must be domains of the order or gifts; CSR-04: no reused key', async () => {
    const generated = await generateCsr({
      domains: ['www.example.com', 'example.com', 'extra.example.com'],
      key: { type: 'RSA', size: 2048 },
    });
    const info = await parseCsr(generated.csrPem);
    const result = checkCsr(
      info,
      { domains: ['WWW.example.com'], gifts: ['example.com'] },
      { usedFingerprints: [generated.publicKeyFingerprint] },
    );
    expect(result.issues.map((issue) => `${issue.code}@${issue.subject ?? ''}`)).toEqual([
      'x509.csr.san.not-in-order@extra.example.com',
      'x509.csr.key.reused@',
    ]);
    expect(checkCsr(info, { domains: ['other.example.com'] }).issues[0]).toMatchObject({
      code: 'x509.csr.cn.not-in-order',
      rule: 'CSR-03',
    });
  });

  it('CSR-05 and CSR-01 on parsed fields: weak or invalid signatures, bad countries', async () => {
    const info = await parseCsr(
      (await generateCsr({ domains: ['www.example.com'], key: { type: 'RSA', size: 2048 } })).csrPem,
    );
    const weak = { ...info, signatureAlgorithm: 'RSA-SHA1' };
    expect(checkCsr(weak, { domains: ['www.example.com'] }).issues.map((i) => i.code)).toEqual([
      'x509.csr.signature.weak',
    ]);
    expect(
      checkCsr({ ...info, signatureValid: false }, { domains: ['www.example.com'] }).issues.map((i) => i.code),
    ).toEqual(['x509.csr.signature.invalid']);
    expect(checkCsr({ ...info, signatureValid: null }, { domains: ['www.example.com'] })).toMatchObject({
      ok: true,
      issues: [{ severity: 'warning' }],
    });
    const subject = [
      ...info.subject,
      { type: 'C', oid: '2.5.4.6', value: 'XX', encoding: 'printable' as const, rdn: 9 },
    ];
    expect(checkCsr({ ...info, subject }, { domains: ['www.example.com'] }).issues.map((i) => i.code)).toEqual([
      'x509.csr.country.invalid',
    ]);
  });
});

describe('publicKeyLabel: one way to write a key for people', () => {
  it.each([
    [{ type: 'RSA', size: 2048, exponent: 65537 }, 'RSA 2048'],
    [{ type: 'EC', curve: 'P-384' }, 'EC P-384'],
    [{ type: 'Ed25519' }, 'Ed25519'],
    [{ type: 'unknown', oid: '1.2.3.4' }, '1.2.3.4'],
  ] as const)('%j → %s', (key, label) => {
    expect(publicKeyLabel(key)).toBe(label);
  });
});
