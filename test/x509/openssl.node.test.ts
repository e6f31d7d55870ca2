import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { generateCsr, importPrivateKey, parseCsr } from '../../src/x509/index.js';

const dir = mkdtempSync(join(tmpdir(), 'certkit-x509-'));
const openssl = (args: string[], input?: string) =>
  execFileSync('openssl', args, { cwd: dir, input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
/**
 * OpenSSL's own verdict on a CSR's self-signature: `true`/`false` from what it prints (it exits 0
 * either way), `null` when it cannot load the request at all.
 */
function opensslVerifies(args: string[], input?: string | Buffer): boolean | null {
  const result = spawnSync('openssl', ['req', '-noout', '-verify', ...args], { cwd: dir, input });
  const output = `${result.stdout}${result.stderr}`;
  if (/verify OK/.test(output)) return true;
  if (/verify failure/.test(output)) return false;
  return null;
}
const file = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return name;
};

describe('OpenSSL accepts what certkit generates', () => {
  it.each([
    ['rsa2048', { type: 'RSA', size: 2048 }],
    ['rsa3072', { type: 'RSA', size: 3072 }],
    ['p256', { type: 'EC', curve: 'P-256' }],
    ['p384', { type: 'EC', curve: 'P-384' }],
  ] as const)('%s: openssl req -verify, the Chinese subject exactly, the SANs as given', async (name, key) => {
    const generated = await generateCsr({
      domains: ['www.example.com', '食狮.公司.cn', '10.0.0.1', '2001:db8::1'],
      subject: { C: 'CN', ST: '广东省', L: '深圳市', O: '腾讯科技（深圳）有限公司', OU: 'IT' },
      key,
      password: 'p@ss word',
      iterations: 2048,
    });
    const csr = file(`${name}.csr`, generated.csrPem);
    expect(opensslVerifies(['-in', csr])).toBe(true);
    expect(openssl(['req', '-in', csr, '-noout', '-subject', '-nameopt', 'utf8'])).toBe(
      'subject=C=CN, ST=广东省, L=深圳市, O=腾讯科技（深圳）有限公司, OU=IT, CN=www.example.com\n',
    );
    expect(openssl(['req', '-in', csr, '-noout', '-text'])).toContain(
      'DNS:www.example.com, DNS:xn--85x722f.xn--55qx5d.cn, IP Address:10.0.0.1, IP Address:2001:DB8:0:0:0:0:0:1',
    );
    const keyFile = file(`${name}.key`, generated.privateKeyPem);
    expect(openssl(['pkey', '-in', keyFile, '-passin', 'pass:p@ss word', '-pubout'])).toContain('BEGIN PUBLIC KEY');
    const spkiDer = execFileSync('openssl', ['req', '-in', csr, '-noout', '-pubkey'], { cwd: dir });
    const fingerprint = execFileSync('openssl', ['pkey', '-pubin', '-outform', 'DER'], { cwd: dir, input: spkiDer });
    const digest = await crypto.subtle.digest('SHA-256', fingerprint);
    expect(generated.publicKeyFingerprint).toBe(Buffer.from(digest).toString('hex')); // CSR-04
  });

  it('a CSR whose signed body was changed fails both openssl req -verify and signatureValid', async () => {
    const { csrPem } = await generateCsr({ domains: ['a.example.com'], key: { type: 'RSA', size: 2048 } });
    const der = Buffer.from(csrPem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64');
    const at = der.indexOf(Buffer.from('a.example.com'));
    der[at] = 'b'.charCodeAt(0); // a.example.com → b.example.com inside the signed part
    const tampered = `-----BEGIN CERTIFICATE REQUEST-----\n${der.toString('base64')}\n-----END CERTIFICATE REQUEST-----\n`;
    expect((await parseCsr(tampered)).signatureValid).toBe(false);
    expect(opensslVerifies([], tampered)).toBe(false);
  });
});

describe('certkit reads what OpenSSL generates', () => {
  const cases = [
    ['rsa-pkcs8', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], 'PRIVATE KEY'],
    ['rsa-pkcs1', ['genrsa', '-traditional', '2048'], 'RSA PRIVATE KEY'],
    ['ec-sec1', ['ecparam', '-name', 'prime256v1', '-genkey', '-noout'], 'EC PRIVATE KEY'],
    ['ec384-pkcs8', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384'], 'PRIVATE KEY'],
  ] as const;

  it.each(cases)(
    '%s keys import, and CSRs made with them parse with the same subject, SANs, key and signature',
    async (name, command, label) => {
      const key = file(`${name}.pem`, openssl([...command]));
      expect(readFileSync(join(dir, key), 'utf8')).toContain(`BEGIN ${label}`);
      const pair = await importPrivateKey(readFileSync(join(dir, key), 'utf8'));
      expect(pair.privateKey.type).toBe('private');
      const csr = openssl([
        'req',
        '-new',
        '-key',
        key,
        '-sha256',
        '-subj',
        '/C=CN/O=腾讯科技/CN=www.example.com',
        '-addext',
        'subjectAltName=DNS:www.example.com,IP:192.0.2.1',
        '-utf8',
      ]);
      const info = await parseCsr(csr);
      expect(info.subject.map((a) => `${a.type}=${a.value}`)).toEqual(['C=CN', 'O=腾讯科技', 'CN=www.example.com']);
      expect(info.domains).toEqual(['www.example.com']);
      expect(info.ips).toEqual(['192.0.2.1']);
      expect(info.signatureValid).toBe(true);
      expect(info.key.type).toBe(name.startsWith('rsa') ? 'RSA' : 'EC');
      // the same key, in certkit's hands, gives the same fingerprint
      const generated = await generateCsr({ domains: ['www.example.com'], key: pair });
      expect(generated.publicKeyFingerprint).toBe(info.publicKeyFingerprint);
    },
  );

  it('encrypted PKCS#8 from openssl pkcs8 -v2 aes256 (and the OpenSSL 3 default) imports with the password', async () => {
    const plain = file('plain.pem', openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']));
    for (const args of [['-v2', 'aes256'], ['-v2', 'aes128', '-v2prf', 'hmacWithSHA1'], []]) {
      const encrypted = openssl(['pkcs8', '-topk8', '-in', plain, '-passout', 'pass:secret', ...args]);
      expect(encrypted).toContain('BEGIN ENCRYPTED PRIVATE KEY');
      const pair = await importPrivateKey(encrypted, { password: 'secret' });
      expect(pair.privateKey.algorithm).toMatchObject({ name: 'ECDSA', namedCurve: 'P-256' });
    }
    const legacy = openssl(['pkcs8', '-topk8', '-in', plain, '-passout', 'pass:secret', '-v1', 'PBE-SHA1-3DES']);
    await expect(importPrivateKey(legacy, { password: 'secret' })).rejects.toMatchObject({
      code: 'x509.key.encryption-unsupported',
    });
  });
});

describe('the CSR corpus (test/fixtures/csr)', () => {
  const corpus = new URL('../fixtures/csr/', import.meta.url);
  const files = ['pyca', 'cfssl'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, corpus)).map((name) => `${folder}/${name}`),
  );

  it('holds the 40 files its README lists', () => {
    expect(files.length).toBe(40);
  });

  it.each(files)('%s parses or fails with CertkitError, and agrees with openssl req -verify', async (name) => {
    const path = new URL(name, corpus);
    const bytes = readFileSync(path);
    const isDer = name.endsWith('.der');
    let parsed: Awaited<ReturnType<typeof parseCsr>> | undefined;
    try {
      parsed = await parseCsr(isDer ? new Uint8Array(bytes) : bytes.toString('utf8'));
    } catch (error) {
      expect(error).toBeInstanceOf(CertkitError);
      return;
    }
    const opensslVerdict = opensslVerifies(['-in', path.pathname, '-inform', isDer ? 'DER' : 'PEM']);
    if (parsed.signatureValid !== null && opensslVerdict !== null)
      expect(parsed.signatureValid, name).toBe(opensslVerdict);
  });

  it('reads the fields its README describes', async () => {
    const read = (name: string) => parseCsr(readFileSync(new URL(name, corpus), 'utf8'));
    expect(await read('pyca/ec_sha256_old_header.pem')).toMatchObject({
      key: { type: 'EC', curve: 'P-384' },
      signatureAlgorithm: 'ECDSA-SHA256',
      signatureValid: true,
    });
    expect(await read('pyca/challenge.pem')).toMatchObject({
      challengePassword: 'challenge me!',
      signatureValid: true,
    });
    expect((await read('pyca/san_rsa_sha1.pem')).domains).toEqual(['cryptography.io', 'sub.cryptography.io']);
    expect(await read('pyca/invalid_signature.pem')).toMatchObject({
      key: { type: 'RSA', size: 1024 },
      signatureValid: false,
    });
    expect(await read('cfssl/helpers_testdata_test.csr.pem')).toMatchObject({
      commonName: '*.wikipedia.org',
      signatureAlgorithm: 'RSA-MD5',
      signatureValid: null,
    });
    expect((await read('cfssl/initca_testdata_ed25519.csr')).key).toEqual({ type: 'Ed25519' });
    expect((await read('pyca/mldsa.pem')).signatureAlgorithm).toBe('ML-DSA-65');
    expect((await read('pyca/dsa_sha1.pem')).signatureValid).toBeNull();
    await expect(read('pyca/bad-version.pem')).rejects.toMatchObject({ code: 'x509.csr.version' });
    await expect(read('cfssl/api_testdata_broken_csr.pem')).rejects.toMatchObject({ code: 'x509.pem.base64' });
  });
});
