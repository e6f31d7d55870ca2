import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  keyMatchesCertificate,
  parseCertificate,
  parseCsr,
  publicKeyFingerprintOf,
  readPem,
} from '../../src/x509/index.js';
import {
  checkSm2Upload,
  exportSm2PrivateKey,
  generateSm2Csr,
  generateSm2KeyPair,
  importSm2PrivateKey,
} from '../../src/x509/sm2/index.js';
import { scratch } from './openssl-pki.js';

/**
 * Issue 20: SM2 keys, CSRs and uploads against OpenSSL 3 — keys OpenSSL makes import, keys and
 * CSRs certkit makes open and verify in OpenSSL, and CHAIN-04's SM2 pair on an OpenSSL-made PKI
 * (an SM2 root issuing signing and encryption certificates, as a 国密 CA does).
 */
const work = scratch('certkit-sm2-keys-');
const { at, run } = work;
const read = (name: string) => readFileSync(at(name), 'utf8');
const SM3_DISTID = ['-sm3', '-sigopt', 'distid:1234567812345678'];
const USAGES = {
  sign: 'keyUsage=critical,digitalSignature',
  enc: 'keyUsage=critical,keyEncipherment,dataEncipherment,keyAgreement',
  nonRepudiation: 'keyUsage=critical,nonRepudiation',
  dataEncipherment: 'keyUsage=critical,dataEncipherment',
  keyAgreement: 'keyUsage=critical,keyAgreement',
  both: 'keyUsage=critical,digitalSignature,keyEncipherment',
  none: '',
};

/** An SM2 certificate for `name` on `key`, issued by the SM2 root with the role's keyUsage. */
function issue(out: string, key: string, name: string, usage: keyof typeof USAGES, names = `DNS:${name}`): void {
  run('openssl', ['req', '-new', '-key', key, '-subj', `/CN=${name}`, ...SM3_DISTID, '-out', `${out}.csr`]);
  signCsr(out, `subjectAltName=${names}\n${USAGES[usage]}\n`);
}

/** `out.pem`: the SM2 root's certificate on the CSR `out.csr`, with the extensions given. */
function signCsr(out: string, extensions: string): void {
  writeFileSync(at(`${out}.ext`), extensions);
  const ca = ['-CA', 'ca.pem', '-CAkey', 'ca.key', ...SM3_DISTID, '-vfyopt', 'distid:1234567812345678'];
  run('openssl', [
    'x509',
    '-req',
    '-in',
    `${out}.csr`,
    ...ca,
    '-days',
    '30',
    '-extfile',
    `${out}.ext`,
    '-out',
    `${out}.pem`,
  ]);
}

/** SHA-256 of the DER SPKI OpenSSL derives from a key file. */
function opensslSpkiSha256(file: string, password?: string): string {
  const pass = password === undefined ? [] : ['-passin', `pass:${password}`];
  const der = run('openssl', ['pkey', '-in', file, ...pass, '-pubout', '-outform', 'DER']);
  return createHash('sha256').update(der).digest('hex');
}

/** `openssl req -verify` on a CSR with a distinguishing ID: whether OpenSSL says it verifies. */
function opensslVerifiesCsr(file: string, distid: string): boolean {
  const result = spawnSync('openssl', ['req', '-in', file, '-verify', '-vfyopt', `distid:${distid}`, '-noout'], {
    cwd: work.dir,
    encoding: 'utf8',
  });
  return result.status === 0 && /verify OK/.test(result.stderr + result.stdout);
}

beforeAll(() => {
  for (const key of ['ca', 'sign', 'enc']) run('openssl', ['genpkey', '-algorithm', 'SM2', '-out', `${key}.key`]);
  run('openssl', [
    'req',
    '-x509',
    '-key',
    'ca.key',
    '-subj',
    '/CN=SM2 Test Root',
    ...SM3_DISTID,
    '-days',
    '30',
    '-out',
    'ca.pem',
  ]);
  issue('sign', 'sign.key', 'sm2.example.com', 'sign');
  issue('enc', 'enc.key', 'sm2.example.com', 'enc');
  issue('shared', 'sign.key', 'sm2.example.com', 'enc'); // DNSPod: one key for both certificates
  issue('other', 'enc.key', 'other.example.com', 'enc');
  // keyUsage variants, and two names in either order
  issue('sign-nonrep', 'sign.key', 'sm2.example.com', 'nonRepudiation');
  issue('enc-data', 'enc.key', 'sm2.example.com', 'dataEncipherment');
  issue('enc-agree', 'enc.key', 'sm2.example.com', 'keyAgreement');
  issue('sign-both', 'sign.key', 'sm2.example.com', 'both');
  issue('enc-both', 'enc.key', 'sm2.example.com', 'both');
  issue('sign-none', 'sign.key', 'sm2.example.com', 'none');
  issue('sign-two', 'sign.key', 'sm2.example.com', 'sign', 'DNS:a.example.com,DNS:b.example.com');
  issue('enc-two', 'enc.key', 'sm2.example.com', 'enc', 'DNS:b.example.com,DNS:a.example.com');
  // not SM2: a P-256 and an RSA certificate for the same name
  const name = ['-subj', '/CN=sm2.example.com', '-addext', 'subjectAltName=DNS:sm2.example.com'];
  for (const [out, key] of [
    ['p256', ['ec', '-pkeyopt', 'ec_paramgen_curve:P-256']],
    ['rsa', ['rsa:2048']],
  ] as const)
    run('openssl', [
      'req',
      '-x509',
      '-newkey',
      ...key,
      '-nodes',
      '-keyout',
      `${out}.key`,
      ...name,
      '-days',
      '30',
      '-out',
      `${out}.pem`,
    ]);
  run('openssl', ['ec', '-in', 'sign.key', '-aes256', '-passout', 'pass:secret', '-out', 'sign-traditional.pem']);
  run('openssl', [
    'pkcs8',
    '-topk8',
    '-in',
    'sign.key',
    '-v2',
    'aes-256-cbc',
    '-passout',
    'pass:secret',
    '-out',
    'sign-pkcs8.pem',
  ]);
}, 120_000);

describe('SM2 keys OpenSSL writes import', () => {
  it('PKCS#8, encrypted PKCS#8 and OpenSSL 3’s encrypted `SM2 PRIVATE KEY` give the public key OpenSSL derives', async () => {
    const expected = opensslSpkiSha256('sign.key');
    expect(read('sign-traditional.pem')).toContain('BEGIN SM2 PRIVATE KEY');
    for (const [file, password] of [['sign.key'], ['sign-pkcs8.pem', 'secret'], ['sign-traditional.pem', 'secret']]) {
      const keys = await importSm2PrivateKey(read(file as string), password === undefined ? {} : { password });
      expect(createHash('sha256').update(keys.publicKey.spki).digest('hex'), file).toBe(expected);
      expect(await publicKeyFingerprintOf(keys)).toBe(expected);
    }
  });

  it('matches each key to its certificate, as PEM and as a key pair', async () => {
    const [signKey, encKey] = [read('sign.key'), read('enc.key')];
    expect(await keyMatchesCertificate(signKey, read('sign.pem'))).toBe(true);
    expect(await keyMatchesCertificate(encKey, read('sign.pem'))).toBe(false);
    expect(await keyMatchesCertificate(await importSm2PrivateKey(encKey), read('enc.pem'))).toBe(true);
    expect(await keyMatchesCertificate(read('sign-traditional.pem'), read('shared.pem'), { password: 'secret' })).toBe(
      true,
    );
  });

  it('refuses a wrong password and a key that is not SM2 with their own codes', async () => {
    await expect(importSm2PrivateKey(read('sign-pkcs8.pem'), { password: 'wrong' })).rejects.toMatchObject({
      code: 'x509.key.password',
    });
    await expect(importSm2PrivateKey(read('rsa.key'))).rejects.toMatchObject({ code: 'x509.key.unsupported' });
  });
});

describe('SM2 keys certkit writes open in OpenSSL', () => {
  it.each([
    ['PKCS#8', {}, undefined, 'BEGIN PRIVATE KEY'],
    ['encrypted PKCS#8', { password: 'secret', iterations: 1000 }, 'secret', 'BEGIN ENCRYPTED PRIVATE KEY'],
    ['SEC1', { format: 'traditional' as const }, undefined, 'BEGIN EC PRIVATE KEY'],
    ['encrypted SEC1', { format: 'traditional' as const, password: 'secret' }, 'secret', 'Proc-Type: 4,ENCRYPTED'],
  ])('%s', async (name, options, password, marker) => {
    const keys = await generateSm2KeyPair();
    const pem = await exportSm2PrivateKey(keys, options);
    expect(pem).toContain(marker);
    const file = `export-${name.replace(/\W/g, '')}.pem`;
    writeFileSync(at(file), pem);
    expect(opensslSpkiSha256(file, password)).toBe(createHash('sha256').update(keys.publicKey.spki).digest('hex'));
    // and back: the same key again
    const again = await importSm2PrivateKey(pem, password === undefined ? {} : { password });
    expect(again.publicKey.spki).toEqual(keys.publicKey.spki);
  });
});

describe('SM2 CSRs certkit makes verify in OpenSSL', () => {
  it('openssl req -verify with distid 1234567812345678; the CA issues on it and the key matches', async () => {
    const csr = await generateSm2Csr({
      domains: ['sm2.example.com', 'www.sm2.example.com'],
      subject: { C: 'CN', O: '示例' },
    });
    writeFileSync(at('certkit.csr'), csr.csrPem);
    expect(opensslVerifiesCsr('certkit.csr', '1234567812345678')).toBe(true);
    expect(await parseCsr(csr.csrPem)).toMatchObject({
      signatureValid: true,
      signatureAlgorithm: 'SM2-SM3',
      key: { type: 'EC', curve: 'SM2' },
      domains: ['sm2.example.com', 'www.sm2.example.com'],
      publicKeyFingerprint: csr.publicKeyFingerprint,
    });
    writeFileSync(at('certkit.key'), csr.privateKeyPem);
    expect(opensslSpkiSha256('certkit.key')).toBe(csr.publicKeyFingerprint);
    signCsr('certkit', 'subjectAltName=DNS:sm2.example.com\n');
    expect(await keyMatchesCertificate(csr.keyPair, read('certkit.pem'))).toBe(true);
    expect((await parseCertificate(read('certkit.pem'))).key).toEqual({ type: 'EC', curve: 'SM2' });
  });

  it('binds the signature to the distinguishing ID it is given, and reuses an OpenSSL key', async () => {
    const csr = await generateSm2Csr({
      domains: ['sm2.example.com'],
      key: read('sign.key'),
      distinguishingId: 'ALICE123@YAHOO.COM',
    });
    writeFileSync(at('alice.csr'), csr.csrPem);
    expect(opensslVerifiesCsr('alice.csr', 'ALICE123@YAHOO.COM')).toBe(true);
    expect(opensslVerifiesCsr('alice.csr', '1234567812345678')).toBe(false);
    expect(csr.publicKeyFingerprint).toBe(opensslSpkiSha256('sign.key'));
  });
});

describe('CHAIN-04: the SM2 upload pair', () => {
  const codes = async (upload: Parameters<typeof checkSm2Upload>[0], password?: string) => {
    const result = await checkSm2Upload(upload, password === undefined ? {} : { password });
    return { ok: result.ok, codes: result.issues.map((issue) => issue.code) };
  };

  it('accepts a signing pair and an encryption pair, and one key for both (DNSPod)', async () => {
    expect(
      await codes({
        signing: { certificate: read('sign.pem'), privateKey: read('sign.key') },
        encryption: { certificate: read('enc.pem'), privateKey: read('enc.key') },
      }),
    ).toEqual({ ok: true, codes: [] });
    expect(
      await codes(
        {
          signing: { certificate: read('sign.pem'), privateKey: read('sign-pkcs8.pem') },
          encryption: { certificate: read('shared.pem') },
        },
        'secret',
      ),
    ).toEqual({ ok: true, codes: [] });
  });

  it.each([
    [
      'crossed keys',
      ['sign', 'enc.key'],
      ['enc', 'sign.key'],
      ['x509.sm2.signing-key-mismatch', 'x509.sm2.encryption-key-mismatch'],
    ],
    [
      'no encryption key, and it is not the signing one',
      ['sign', 'sign.key'],
      ['enc'],
      ['x509.sm2.encryption-key-mismatch'],
    ],
    ['swapped certificates', ['enc', 'enc.key'], ['sign', 'sign.key'], ['x509.sm2.swapped']],
    ['other names', ['sign', 'sign.key'], ['other', 'enc.key'], ['x509.sm2.names-differ']],
    ['two signing certificates', ['sign', 'sign.key'], ['sign', 'sign.key'], ['x509.sm2.usage']],
    ['an RSA certificate', ['sign', 'sign.key'], ['rsa'], ['x509.sm2.not-sm2']],
  ])('names what is wrong: %s', async (_name, [signing, signingKey], [encryption, encryptionKey], expected) => {
    const part = (certificate?: string, key?: string) => ({
      certificate: read(`${certificate}.pem`),
      ...(key === undefined ? {} : { privateKey: read(key) }),
    });
    const upload = {
      signing: { ...part(signing), privateKey: read(signingKey as string) },
      encryption: part(encryption, encryptionKey),
    };
    expect(await codes(upload)).toEqual({ ok: false, codes: expected });
  });

  it('takes every keyUsage bit of each role, a certificate without keyUsage for either, and two names in any order', async () => {
    const pair = (signing: string, encryption: string) =>
      codes({
        signing: { certificate: read(`${signing}.pem`), privateKey: read('sign.key') },
        encryption: { certificate: read(`${encryption}.pem`), privateKey: read('enc.key') },
      });
    for (const [signing, encryption] of [
      ['sign-nonrep', 'enc-data'],
      ['sign', 'enc-agree'],
      ['sign-both', 'enc-both'],
      ['sign-none', 'enc'],
      ['sign-two', 'enc-two'],
    ])
      expect(await pair(signing as string, encryption as string), `${signing} + ${encryption}`).toEqual({
        ok: true,
        codes: [],
      });
    // only one half out of its role: that half is named, not a swap
    const usage = await checkSm2Upload({
      signing: { certificate: read('enc.pem'), privateKey: read('enc.key') },
      encryption: { certificate: read('enc-data.pem'), privateKey: read('enc.key') },
    });
    // the signing half out of its role, the other fitting both: still that half, not a swap
    const oneSided = await checkSm2Upload({
      signing: { certificate: read('enc.pem'), privateKey: read('enc.key') },
      encryption: { certificate: read('enc-both.pem'), privateKey: read('enc.key') },
    });
    expect(oneSided.issues.map((issue) => issue.code)).toEqual(['x509.sm2.usage']);
    expect(usage.issues).toMatchObject([
      {
        code: 'x509.sm2.usage',
        rule: 'CHAIN-04',
        params: { role: 'signing', keyUsage: 'keyEncipherment, dataEncipherment, keyAgreement' },
      },
    ]);
  });

  it('takes parsed certificates, DER, and a PEM with its chain (the first certificate is the one checked)', async () => {
    const [sign, enc] = [await parseCertificate(read('sign.pem')), readPem(read('enc.pem'), ['CERTIFICATE']).der];
    expect(
      await codes({
        signing: { certificate: sign, privateKey: await importSm2PrivateKey(read('sign.key')) },
        encryption: { certificate: enc, privateKey: read('enc.key') },
      }),
    ).toEqual({ ok: true, codes: [] });
    expect(
      await codes({
        signing: { certificate: `${read('sign.pem')}${read('ca.pem')}`, privateKey: read('sign.key') },
        encryption: { certificate: `${read('enc.pem')}${read('ca.pem')}`, privateKey: read('enc.key') },
      }),
    ).toEqual({ ok: true, codes: [] });
  });

  it('says which half is wrong, with the certificate, the names and whether one key was shared', async () => {
    const [sign, enc, signKey, encKey] = [read('sign.pem'), read('enc.pem'), read('sign.key'), read('enc.key')];
    const crossed = await checkSm2Upload({
      signing: { certificate: sign, privateKey: encKey },
      encryption: { certificate: enc, privateKey: signKey },
    });
    expect(crossed.issues).toMatchObject([
      { code: 'x509.sm2.signing-key-mismatch', rule: 'CHAIN-04', params: { certificate: 'CN=sm2.example.com' } },
      { code: 'x509.sm2.encryption-key-mismatch', rule: 'CHAIN-04', params: { sharedKey: false } },
    ]);
    const missing = await checkSm2Upload({
      signing: { certificate: sign, privateKey: signKey },
      encryption: { certificate: enc },
    });
    expect(missing.issues).toMatchObject([{ code: 'x509.sm2.encryption-key-mismatch', params: { sharedKey: true } }]);
    const names = await checkSm2Upload({
      signing: { certificate: read('sign-two.pem'), privateKey: signKey },
      encryption: { certificate: read('other.pem'), privateKey: encKey },
    });
    expect(names.issues).toMatchObject([
      {
        code: 'x509.sm2.names-differ',
        rule: 'CHAIN-04',
        params: { signing: 'a.example.com, b.example.com', encryption: 'other.example.com' },
      },
    ]);
    const swapped = await checkSm2Upload({
      signing: { certificate: enc, privateKey: encKey },
      encryption: { certificate: sign, privateKey: signKey },
    });
    expect(swapped.issues).toMatchObject([{ code: 'x509.sm2.swapped', rule: 'CHAIN-04' }]);
    const p256 = await checkSm2Upload({
      signing: { certificate: sign, privateKey: signKey },
      encryption: { certificate: read('p256.pem') },
    });
    expect(p256.issues).toMatchObject([
      { code: 'x509.sm2.not-sm2', rule: 'CHAIN-04', params: { role: 'encryption', certificate: 'CN=sm2.example.com' } },
    ]);
  });

  it('names the argument it cannot read', async () => {
    const cert = read('sign.pem');
    const attempt = (upload: unknown) => checkSm2Upload(upload as Parameters<typeof checkSm2Upload>[0]);
    for (const [upload, path] of [
      [null, 'upload'],
      [
        { signing: { certificate: null, privateKey: read('sign.key') }, encryption: { certificate: cert } },
        'upload.signing.certificate',
      ],
      [
        { signing: { certificate: read('sign.pem'), privateKey: read('sign.key') }, encryption: { certificate: {} } },
        'upload.encryption.certificate',
      ],
      [{ signing: 1, encryption: {} }, 'upload.signing'],
      [{ signing: { certificate: cert, privateKey: read('sign.key') }, encryption: 2 }, 'upload.encryption'],
      [
        { signing: { certificate: cert, privateKey: 3 }, encryption: { certificate: cert } },
        'upload.signing.privateKey',
      ],
      [
        {
          signing: { certificate: cert, privateKey: read('sign.key') },
          encryption: { certificate: cert, privateKey: 4 },
        },
        'upload.encryption.privateKey',
      ],
    ] as const)
      await expect(attempt(upload), path).rejects.toMatchObject({ code: 'argument.invalid', params: { path } });
  });
});
