import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCertificate, parseCsr } from '../../src/x509/index.js';
import { sm3 } from '../../src/x509/sm2/sm3.js';
import { scratch } from './openssl-pki.js';

/** Issue 20: SM2 (GB/T 32918) with SM3 on material OpenSSL 3 makes fresh: certificates and CSRs verify. */
const work = scratch('certkit-sm2-');
const { at, run } = work;

beforeAll(() => {
  run('openssl', ['genpkey', '-algorithm', 'SM2', '-out', 'sm2.key']);
  const req = (...args: string[]) =>
    run('openssl', ['req', '-key', 'sm2.key', '-subj', '/CN=sm2.example.com', '-sm3', ...args]);
  req('-new', '-sigopt', 'distid:1234567812345678', '-out', 'sm2.csr');
  req('-x509', '-sigopt', 'distid:1234567812345678', '-days', '30', '-out', 'distid.pem');
  req('-x509', '-days', '30', '-out', 'default.pem'); // OpenSSL 3.0 signs with the empty ID
}, 60_000);

describe('SM3 agrees with OpenSSL on any input (property)', () => {
  it('node:crypto sm3', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(sm3(bytes)).toString('hex')).toBe(createHash('sm3').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('SM2-with-SM3 signatures OpenSSL makes verify', () => {
  it('a CSR signed with distid 1234567812345678 (openssl req -verify agrees); a changed byte does not', async () => {
    const pem = readFileSync(at('sm2.csr'), 'utf8');
    const csr = await parseCsr(pem);
    expect(csr).toMatchObject({
      signatureValid: true,
      key: { type: 'EC', curve: 'SM2' },
      signatureAlgorithm: 'SM2-SM3',
    });
    const der = Buffer.from(pem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const tampered = new Uint8Array(der);
    tampered[40] = (tampered[40] as number) ^ 1; // inside the subject
    writeFileSync(at('tampered.der'), tampered);
    const result = await parseCsr(tampered).then(
      (info) => info.signatureValid,
      () => 'malformed',
    );
    expect([false, 'malformed']).toContain(result);
  });

  it('self-signed certificates with the default ID and with OpenSSL 3.0’s empty one', async () => {
    for (const file of ['distid.pem', 'default.pem']) {
      const cert = await parseCertificate(readFileSync(at(file), 'utf8'));
      expect(cert, file).toMatchObject({ selfSigned: true, signatureAlgorithm: 'SM2-SM3', key: { curve: 'SM2' } });
    }
  });
});
