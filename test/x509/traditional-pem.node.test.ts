import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { md5 } from '../../src/x509/hash/md5.js';
import { exportPrivateKey, importPrivateKey, publicKeyFingerprintOf } from '../../src/x509/index.js';
import { codeOf } from './code-of.js';

/**
 * Issue 20: OpenSSL's traditional encrypted PEM (`Proc-Type: 4,ENCRYPTED`, `DEK-Info`) — keys
 * OpenSSL encrypts import, keys certkit encrypts open with `openssl pkey`.
 */
const dir = mkdtempSync(join(tmpdir(), 'certkit-traditional-'));
const at = (name: string) => join(dir, name);
const openssl = (args: string[]) => execFileSync('openssl', args, { stdio: 'pipe', cwd: dir });

beforeAll(() => {
  openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'rsa.pem']);
  openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384', '-out', 'ec.pem']);
}, 60_000);

describe('MD5 (RFC 1321), for EVP_BytesToKey only', () => {
  it('the RFC 1321 examples, and node:crypto on any input (property)', () => {
    const hex = (text: string) => Buffer.from(md5(new TextEncoder().encode(text))).toString('hex');
    expect(hex('')).toBe('d41d8cd98f00b204e9800998ecf8427e');
    expect(hex('message digest')).toBe('f96b697d7cb7938d525a2f31aaf161d0');
    expect(hex('12345678901234567890123456789012345678901234567890123456789012345678901234567890')).toBe(
      '57edf4a22be3c955ac49da2e2107b67a',
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(Buffer.from(md5(bytes)).toString('hex')).toBe(createHash('md5').update(bytes).digest('hex'));
      }),
      { numRuns: 200 },
    );
  });
});

describe('importPrivateKey reads what OpenSSL encrypts the traditional way', () => {
  it.each([
    ['rsa', ['rsa', '-traditional', '-aes256']],
    ['rsa', ['rsa', '-traditional', '-aes192']],
    ['rsa', ['rsa', '-traditional', '-aes128']],
    ['rsa', ['rsa', '-traditional', '-des3']],
    ['ec', ['ec', '-aes256']],
    ['ec', ['ec', '-des3']],
  ])('%s %s', async (kind, args) => {
    const out = at(`${kind}-${args.join('')}.pem`);
    openssl([...args, '-in', `${kind}.pem`, '-passout', 'pass:secret', '-out', out]);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('Proc-Type: 4,ENCRYPTED');
    const pair = await importPrivateKey(text, { password: 'secret' });
    const plain = await importPrivateKey(readFileSync(at(`${kind}.pem`), 'utf8'));
    expect(await publicKeyFingerprintOf(pair)).toBe(await publicKeyFingerprintOf(plain));
    expect(await codeOf(importPrivateKey(text, { password: 'Secret' }))).toBe('x509.key.password');
    expect(await codeOf(importPrivateKey(text))).toBe('x509.key.password');
  });

  it('refuses a DEK-Info cipher it does not read, and broken headers', async () => {
    const text = readFileSync(at('rsa-rsa-traditional-aes256.pem'), 'utf8');
    expect(
      await codeOf(importPrivateKey(text.replace('AES-256-CBC', 'CAMELLIA-256-CBC'), { password: 'secret' })),
    ).toBe('x509.key.encryption-unsupported');
    expect(await codeOf(importPrivateKey(text.replace(/DEK-Info: .*\n/, ''), { password: 'secret' }))).toBe(
      'x509.key.malformed',
    );
  });
});

describe("exportPrivateKey({ format: 'traditional' }) opens in OpenSSL", () => {
  it.each(['AES-256-CBC', 'AES-128-CBC', 'DES-EDE3-CBC'] as const)('%s, RSA and EC', async (cipher) => {
    for (const kind of ['rsa', 'ec']) {
      const { privateKey } = await importPrivateKey(readFileSync(at(`${kind}.pem`), 'utf8'));
      const pem = await exportPrivateKey(privateKey, { format: 'traditional', password: 'p4ss', cipher });
      expect(pem).toMatch(
        new RegExp(
          `^-----BEGIN ${kind === 'rsa' ? 'RSA' : 'EC'} PRIVATE KEY-----\\nProc-Type: 4,ENCRYPTED\\nDEK-Info: ${cipher},[0-9A-F]+\\n\\n`,
        ),
      );
      const file = at(`certkit-${kind}-${cipher}.pem`);
      writeFileSync(file, pem);
      const read = spawnSync('openssl', ['pkey', '-in', file, '-passin', 'pass:p4ss', '-pubout'], { encoding: 'utf8' });
      expect(read.status, read.stderr).toBe(0);
      const theirs = spawnSync('openssl', ['pkey', '-in', `${kind}.pem`, '-pubout'], { encoding: 'utf8', cwd: dir });
      expect(read.stdout).toBe(theirs.stdout);
      expect((await importPrivateKey(pem, { password: 'p4ss' })).privateKey.type).toBe('private');
    }
  });

  it('unencrypted traditional PEM, and the arguments checked', async () => {
    const { privateKey } = await importPrivateKey(readFileSync(at('ec.pem'), 'utf8'));
    const pem = await exportPrivateKey(privateKey, { format: 'traditional' });
    expect(pem.startsWith('-----BEGIN EC PRIVATE KEY-----\nM')).toBe(true);
    const check = spawnSync('openssl', ['ec', '-check', '-noout'], { input: pem, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(
      await codeOf(exportPrivateKey(privateKey, { format: 'traditional', password: 'x', cipher: 'RC4' as never })),
    ).toBe('argument.invalid');
    expect(await codeOf(exportPrivateKey(privateKey, { format: 'jks' as never }))).toBe('argument.invalid');
  });
});
