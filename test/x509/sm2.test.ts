import { describe, expect, it } from 'vitest';
import { createServerBundle, importPrivateKey, keyMatchesCertificate, parseCertificate } from '../../src/x509/index.js';
import sm2Key from '../fixtures/sm2/sm2.key?raw';
import sm2Cert from '../fixtures/sm2/sm2.pem?raw';
import { codeOf } from './code-of.js';

/**
 * CHAIN-04, until SM2 arrives (issue 20): an SM2 certificate is shown as what it is, and SM2 keys
 * are refused with their own issue — never matched, converted or bundled unchecked.
 */
describe('Chinese SM2 material (CHAIN-04)', () => {
  it('shows an SM2 certificate as one', async () => {
    const info = await parseCertificate(sm2Cert);
    expect(info.key).toEqual({ type: 'EC', curve: 'SM2' });
    expect(info.signatureAlgorithm).toBe('SM2-SM3');
  });

  it.each([
    ['importPrivateKey', () => importPrivateKey(sm2Key)],
    ['keyMatchesCertificate', () => keyMatchesCertificate(sm2Key, sm2Cert)],
    ['createServerBundle', () => createServerBundle('nginx', { chain: [sm2Cert], privateKey: sm2Key })],
  ])('%s refuses an SM2 key with x509.key.sm2', async (_name, call) => {
    expect(await codeOf(call())).toBe('x509.key.sm2');
  });
});
