import { describe, expect, it } from 'vitest';
import { createJks, importPrivateKey, parseJks, readPem } from '../../src/x509/index.js';
import legacyCertPem from '../fixtures/pkcs12/legacy-cert.pem?raw';
import legacyKeyPem from '../fixtures/pkcs12/legacy-key.pem?raw';
import { codeOf } from './code-of.js';

/** JKS in Node and in the browser: what createJks writes, parseJks reads; broken stores are refused. */
describe('createJks → parseJks', () => {
  it('round trips the key, the chain, the alias and the date; wrong or short passwords are refused', async () => {
    const { privateKey } = await importPrivateKey(legacyKeyPem);
    const certificate = readPem(legacyCertPem, ['CERTIFICATE']).der;
    const jks = await createJks({
      certificates: [certificate],
      privateKey,
      password: 'changeit',
      alias: 'Ünïcode-Tomcat',
      createdAt: '2026-12-07T00:00:00Z',
    });
    expect([...jks.subarray(0, 8)]).toEqual([0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2]);
    const read = await parseJks(jks, { password: 'changeit' });
    expect(read.keys[0]).toMatchObject({
      alias: 'ünïcode-tomcat',
      createdAt: '2026-12-07T00:00:00.000Z',
      matches: true,
    });
    expect(read.keys[0]?.pkcs8).toEqual(readPem(legacyKeyPem, ['PRIVATE KEY']).der);
    expect(read.keys[0]?.chain[0]?.commonName).toBe('legacy.example');
    expect(await codeOf(parseJks(jks, { password: 'changeiT' }))).toBe('x509.jks.password');
    expect(await codeOf(createJks({ certificates: [certificate], privateKey, password: 'short' }))).toBe(
      'x509.jks.password',
    );
    const tampered = jks.slice();
    tampered[40] = (tampered[40] as number) ^ 1;
    expect(await codeOf(parseJks(tampered, { password: 'changeit' }))).toMatch(/^x509\.jks\.(password|malformed)$/);
    expect(await codeOf(parseJks(jks.subarray(0, 30), { password: 'changeit' }))).toBe('x509.jks.malformed');
    expect(await codeOf(parseJks(Uint8Array.of(0xce, 0xce, 0xce, 0xce, 0, 0, 0, 2), { password: 'changeit' }))).toBe(
      'x509.jks.unsupported',
    );
  });
});
