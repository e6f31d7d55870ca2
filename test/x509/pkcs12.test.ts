import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { fromBase64 } from '../../src/x509/der/encoding.js';
import { createPkcs12, importPrivateKey, parsePkcs12, readPem } from '../../src/x509/index.js';
import { tripleDesCbc } from '../../src/x509/pkcs12/des.js';
import { bmpPassword, KDF_PURPOSE, pkcs12Kdf } from '../../src/x509/pkcs12/kdf.js';
import { rc2DecryptBlock } from '../../src/x509/pkcs12/rc2.js';
import legacyBase64 from '../fixtures/pkcs12/legacy.p12.b64?raw';
import legacyCertPem from '../fixtures/pkcs12/legacy-cert.pem?raw';
import legacyKeyPem from '../fixtures/pkcs12/legacy-key.pem?raw';
import { codeOf } from './code-of.js';

/** PKCS#12 in Node and in the browser: the ciphers WebCrypto lacks, and a legacy PFX OpenSSL made. */
const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16));
const toHexText = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
const legacyPfx = fromBase64(legacyBase64.replace(/\s+/g, '')) as Uint8Array;

describe('RC2 (RFC 2268 §5 test vectors)', () => {
  it.each([
    ['0000000000000000', 63, '0000000000000000', 'ebb773f993278eff'],
    ['ffffffffffffffff', 64, 'ffffffffffffffff', '278b27e42e2f0d49'],
    ['3000000000000000', 64, '1000000000000001', '30649edf9be7d2c2'],
    ['88', 64, '0000000000000000', '61a8a244adacccf0'],
    ['88bca90e90875a', 64, '0000000000000000', '6ccf4308974c267f'],
    ['88bca90e90875a7f0f79c384627bafb2', 64, '0000000000000000', '1a807d272bbe5db1'],
    ['88bca90e90875a7f0f79c384627bafb2', 128, '0000000000000000', '2269552ab0f85ca6'],
    ['88bca90e90875a7f0f79c384627bafb216f80a6f85920584c42fceb0be255daf1e', 129, '0000000000000000', '5b78d3a43dfff1f1'],
  ])('key %s, %i effective bits', (key, bits, plain, cipher) => {
    expect(toHexText(rc2DecryptBlock(hex(key), bits, hex(cipher)))).toBe(plain);
  });
});

describe('Triple DES', () => {
  it('the NIST SP 800-67 example block, and CBC with PKCS#7 padding both ways', () => {
    // SP 800-67 Rev. 1 Appendix B: keys 0123456789ABCDEF 23456789ABCDEF01 456789ABCDEF0123, "The qufc"
    const key = hex('0123456789abcdef23456789abcdef01456789abcdef0123');
    const encrypted = tripleDesCbc('encrypt', key, new Uint8Array(8), new TextEncoder().encode('The qufc'));
    expect(toHexText((encrypted as Uint8Array).subarray(0, 8))).toBe('a826fd8ce53b855f');
    const data = new TextEncoder().encode('any length at all, padded to whole blocks');
    const iv = hex('0011223344556677');
    const roundTrip = tripleDesCbc('decrypt', key, iv, tripleDesCbc('encrypt', key, iv, data) as Uint8Array);
    expect(roundTrip).toEqual(data);
    expect(tripleDesCbc('decrypt', key, iv, new Uint8Array(7))).toBeNull(); // not whole blocks
  });
});

describe('the RFC 7292 key derivation', () => {
  it('writes the password as a NUL-terminated BMPString, an absent one as nothing', () => {
    expect(toHexText(bmpPassword('ab'))).toBe('006100620000');
    expect(bmpPassword('')).toEqual(new Uint8Array(2));
    expect(bmpPassword(null)).toEqual(new Uint8Array(0));
  });

  it('gives different keys per purpose and longer outputs by whole digests', () => {
    const salt = hex('0a58cf64530d823f');
    const key = pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 1, KDF_PURPOSE.key, 24);
    const iv = pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 1, KDF_PURPOSE.iv, 8);
    expect(key).toHaveLength(24);
    expect(toHexText(key).slice(0, 16)).not.toBe(toHexText(iv));
    // the first 20 bytes of a 24-byte output are the 20-byte output
    expect(pkcs12Kdf('SHA-1', bmpPassword('smeg'), salt, 1, KDF_PURPOSE.key, 20)).toEqual(key.subarray(0, 20));
  });
});

describe('parsePkcs12 on a legacy PFX from OpenSSL (Triple DES key, RC2-40 certificate, SHA-1 MAC)', () => {
  it('gives the key with its certificate, in Node and in the browser', async () => {
    const { keys, certificates, mac } = await parsePkcs12(legacyPfx, { password: 'legacy' });
    expect(mac).toEqual({ hash: 'SHA-1', iterations: 2048 });
    expect(certificates).toHaveLength(1);
    expect(certificates[0]).toMatchObject({ friendlyName: 'legacy', encryption: 'pbeWithSHAAnd40BitRC2-CBC' });
    const [key] = keys;
    expect(key).toMatchObject({
      friendlyName: 'legacy',
      encryption: 'pbeWithSHAAnd3-KeyTripleDES-CBC',
      key: { type: 'RSA', size: 2048 },
    });
    expect(key?.certificate?.commonName).toBe('legacy.example');
    expect(key?.chain.map((certificate) => certificate.commonName)).toEqual(['legacy.example']);
    expect(key?.publicKeyFingerprint).toBe(key?.certificate?.publicKeyFingerprint);
    // the key is the one OpenSSL was given
    expect(key?.pkcs8).toEqual(readPem(legacyKeyPem, ['PRIVATE KEY']).der);
    expect(key?.certificate?.pem.trim()).toBe(legacyCertPem.trim());
  });

  it('refuses a wrong or missing password with x509.pkcs12.password, and never ignores a MAC mismatch', async () => {
    expect(await codeOf(parsePkcs12(legacyPfx, { password: 'Legacy' }))).toBe('x509.pkcs12.password');
    await expect(parsePkcs12(legacyPfx)).rejects.toMatchObject({
      code: 'x509.pkcs12.password',
      params: { reason: 'missing' },
    });
    const tampered = legacyPfx.slice();
    const middle = Math.floor(tampered.length / 2);
    tampered[middle] = (tampered[middle] as number) ^ 0x01;
    expect(await codeOf(parsePkcs12(tampered, { password: 'legacy' }))).toMatch(/^x509\.pkcs12\.(password|malformed)$/);
  });

  it('bounds the work by the policy before deriving anything, and refuses what is not a PFX', async () => {
    const strict = definePolicy({ limits: { maxPbkdf2Iterations: 1000 } } as never);
    await expect(parsePkcs12(legacyPfx, { password: 'legacy', policy: strict })).rejects.toMatchObject({
      code: 'x509.limit.exceeded',
      params: { limit: 'maxPbkdf2Iterations', value: 2048, max: 1000 },
    });
    expect(await codeOf(parsePkcs12(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x03])))).toBe('x509.pkcs12.malformed');
    expect(await codeOf(parsePkcs12(new TextEncoder().encode(legacyCertPem)))).toBe('x509.pkcs12.malformed');
  });
});

describe('createPkcs12 round trips', () => {
  it.each([false, true])(
    'legacy %s: parsePkcs12 reads back what createPkcs12 wrote, empty password included',
    async (legacy) => {
      const { privateKey } = await importPrivateKey(legacyKeyPem);
      const certificate = readPem(legacyCertPem, ['CERTIFICATE']).der;
      for (const password of ['s3cret', '']) {
        const pfx = await createPkcs12({
          certificates: [certificate],
          privateKey,
          password,
          legacy,
          friendlyName: 'site',
        });
        const read = await parsePkcs12(pfx, { password });
        expect(read.mac?.hash).toBe(legacy ? 'SHA-1' : 'SHA-256');
        expect(read.keys[0]).toMatchObject({
          friendlyName: 'site',
          encryption: legacy ? 'pbeWithSHAAnd3-KeyTripleDES-CBC' : 'PBES2',
        });
        expect(read.keys[0]?.certificate?.commonName).toBe('legacy.example');
        expect(read.certificates[0]?.encryption).toBe(legacy ? 'pbeWithSHAAnd3-KeyTripleDES-CBC' : 'none');
      }
    },
  );
});
