import { describe, expect, it } from 'vitest';
import { toHex } from '../../src/x509/der/encoding.js';
import {
  checkCsr,
  createServerBundle,
  importPrivateKey,
  keyMatchesCertificate,
  parseCertificate,
  parseCsr,
  readPem,
} from '../../src/x509/index.js';
import { generateSm2Csr } from '../../src/x509/sm2/index.js';
import { verifySm2Signature } from '../../src/x509/sm2/signature.js';
import { sm3 } from '../../src/x509/sm2/sm3.js';
import { verifySm2 } from '../../src/x509/sm2/verify.js';
import sm2Key from '../fixtures/sm2/sm2.key?raw';
import sm2Cert from '../fixtures/sm2/sm2.pem?raw';
import { codeOf } from './code-of.js';

/**
 * CHAIN-04 (issue 20): an SM2 certificate is shown as what it is, an SM2 key matches its
 * certificate, and what WebCrypto keys are for (importPrivateKey's key pairs, server bundles)
 * refuses SM2 keys with their own issue — never takes them as some other key.
 */
describe('Chinese SM2 material (CHAIN-04)', () => {
  it('shows an SM2 certificate as one', async () => {
    const info = await parseCertificate(sm2Cert);
    expect(info.key).toEqual({ type: 'EC', curve: 'SM2' });
    expect(info.signatureAlgorithm).toBe('SM2-SM3');
    // issue 20: its SM2 self-signature is verified (OpenSSL 3.0 signed it with the empty ID)
    expect(info.selfSigned).toBe(true);
  });

  it('generates an SM2 key and a CSR here (in the browser project: in Chromium, the key never leaving the page)', async () => {
    const csr = await generateSm2Csr({ domains: ['sm2.example.com'], subject: { C: 'CN', O: '示例科技有限公司' } });
    expect(await parseCsr(csr.csrPem)).toMatchObject({
      signatureValid: true,
      signatureAlgorithm: 'SM2-SM3',
      key: { type: 'EC', curve: 'SM2' },
      domains: ['sm2.example.com'],
      publicKeyFingerprint: csr.publicKeyFingerprint,
    });
    expect(JSON.stringify(csr.keyPair)).not.toMatch(/[0-9a-f]{64}/); // the scalar is no property
    expect(csr.privateKeyPem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    // CSR-05 takes SM3 as SM2's hash; the vendor's upload keys (RSA 2048) still say no to the key
    const codes = checkCsr(await parseCsr(csr.csrPem), { domains: ['sm2.example.com'] }).issues.map((i) => i.code);
    expect(codes).toEqual(['x509.csr.key.not-allowed']);
  });

  it('matches an SM2 key to its certificate and not to another one', async () => {
    expect(await keyMatchesCertificate(sm2Key, sm2Cert)).toBe(true);
    const other = await generateSm2Csr({ domains: ['sm2.example.com'] });
    expect(await keyMatchesCertificate(other.privateKeyPem, sm2Cert)).toBe(false);
    expect(await keyMatchesCertificate(other.keyPair, sm2Cert)).toBe(false);
  });

  it('SM3: the two examples of GB/T 32905-2016 (Appendix A)', () => {
    const hex = (text: string) => toHex(sm3(new TextEncoder().encode(text)));
    expect(hex('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
    expect(hex('abcd'.repeat(16))).toBe('debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732');
  });

  it('SM2 verification refuses what is not a signature of the key', () => {
    const spki = readPem(sm2Cert, ['CERTIFICATE']).der; // not an SPKI at all
    expect(verifySm2Signature(spki, new Uint8Array(4), new Uint8Array(4))).toBeNull();
    const point = { x: new Uint8Array(32).fill(1), y: new Uint8Array(32).fill(2) }; // not on the curve
    expect(verifySm2(new Uint8Array(1), { r: 1n, s: 1n }, point)).toBe(false);
    expect(verifySm2(new Uint8Array(1), { r: 0n, s: 1n }, point)).toBe(false);
  });

  it.each([
    ['importPrivateKey', () => importPrivateKey(sm2Key)],
    ['createServerBundle', () => createServerBundle('nginx', { chain: [sm2Cert], privateKey: sm2Key })],
  ])('%s refuses an SM2 key with x509.key.sm2', async (_name, call) => {
    expect(await codeOf(call())).toBe('x509.key.sm2');
  });
});
