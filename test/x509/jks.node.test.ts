import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createJks, createServerBundle, importPrivateKey, parseJks, readPem } from '../../src/x509/index.js';
import { codeOf } from './code-of.js';
import { makeOpensslPki, scratch } from './openssl-pki.js';

/** Issue 20: Java KeyStores — keytool's open in certkit, certkit's open in keytool. */
const pki = scratch('certkit-jks-');
const { at, run } = pki;
const keytool = (args: string[]) => spawnSync('keytool', args, { encoding: 'utf8', cwd: pki.dir });

beforeAll(() => {
  makeOpensslPki(pki, { root: 'JKS Root', ca: 'JKS CA', leaf: 'tomcat.example.com' });
}, 60_000);

describe('parseJks reads what keytool writes', () => {
  it('a generated key entry, a key with its own password, a trusted certificate', async () => {
    keytool([
      '-genkeypair',
      '-alias',
      'tomcat',
      '-keyalg',
      'EC',
      '-groupname',
      'secp384r1',
      '-dname',
      'CN=tomcat.example',
      '-validity',
      '30',
      '-keystore',
      'gen.jks',
      '-storetype',
      'JKS',
      '-storepass',
      'changeit',
      '-keypass',
      'changeit',
    ]);
    keytool([
      '-genkeypair',
      '-alias',
      'other',
      '-keyalg',
      'RSA',
      '-keysize',
      '2048',
      '-dname',
      'CN=other.example',
      '-validity',
      '30',
      '-keystore',
      'own.jks',
      '-storetype',
      'JKS',
      '-storepass',
      'changeit',
      '-keypass',
      'keysecret',
    ]);
    keytool([
      '-importcert',
      '-noprompt',
      '-alias',
      'root',
      '-file',
      'root.pem',
      '-keystore',
      'gen.jks',
      '-storetype',
      'JKS',
      '-storepass',
      'changeit',
    ]);
    const generated = await parseJks(new Uint8Array(readFileSync(at('gen.jks'))), { password: 'changeit' });
    expect(generated.keys).toHaveLength(1);
    expect(generated.keys[0]).toMatchObject({ alias: 'tomcat', matches: true, key: { type: 'EC', curve: 'P-384' } });
    expect(generated.keys[0]?.chain[0]?.commonName).toBe('tomcat.example');
    expect(generated.trustedCertificates.map((entry) => [entry.alias, entry.certificate.commonName])).toEqual([
      ['root', 'JKS Root'],
    ]);
    const own = new Uint8Array(readFileSync(at('own.jks')));
    await expect(parseJks(own, { password: 'changeit' })).rejects.toMatchObject({
      code: 'x509.jks.password',
      params: { reason: 'key' },
    });
    expect((await parseJks(own, { password: 'changeit', keyPassword: 'keysecret' })).keys[0]?.key).toMatchObject({
      type: 'RSA',
      size: 2048,
    });
    expect(await codeOf(parseJks(own, { password: 'wrong-password' }))).toBe('x509.jks.password');
  }, 60_000);

  it('a keystore keytool converted from a PKCS#12 file keeps the chain', async () => {
    writeFileSync(at('issuers.pem'), `${readFileSync(at('ca.pem'))}${readFileSync(at('root.pem'))}`);
    run('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      'leaf.key',
      '-in',
      'leaf.pem',
      '-certfile',
      'issuers.pem',
      '-name',
      'site',
      '-passout',
      'pass:changeit',
      '-out',
      'site.p12',
    ]);
    keytool([
      '-importkeystore',
      '-srckeystore',
      'site.p12',
      '-srcstoretype',
      'PKCS12',
      '-srcstorepass',
      'changeit',
      '-destkeystore',
      'site.jks',
      '-deststoretype',
      'JKS',
      '-deststorepass',
      'changeit',
      '-noprompt',
    ]);
    const read = await parseJks(new Uint8Array(readFileSync(at('site.jks'))), { password: 'changeit' });
    expect(read.keys[0]?.chain.map((certificate) => certificate.commonName)).toEqual([
      'tomcat.example.com',
      'JKS CA',
      'JKS Root',
    ]);
    expect(read.keys[0]?.pkcs8).toEqual(readPem(readFileSync(at('leaf.key'), 'utf8'), ['PRIVATE KEY']).der);
  }, 60_000);
});

describe('every JKS certkit writes opens in keytool', () => {
  it('createJks and createServerBundle tomcat with tomcatKeystore: jks', async () => {
    const { privateKey } = await importPrivateKey(readFileSync(at('leaf.key'), 'utf8'));
    const certificates = ['leaf.pem', 'ca.pem'].map(
      (file) => readPem(readFileSync(at(file), 'utf8'), ['CERTIFICATE']).der,
    );
    writeFileSync(
      at('certkit.jks'),
      await createJks({ certificates, privateKey, password: 'changeit', alias: 'Tomcat' }),
    );
    const list = keytool(['-list', '-v', '-keystore', 'certkit.jks', '-storetype', 'JKS', '-storepass', 'changeit']);
    expect(list.status, list.stderr).toBe(0);
    expect(list.stdout).toContain('Alias name: tomcat');
    expect(list.stdout).toContain('Certificate chain length: 2');
    // keytool can take the key out again: the key protector is right
    const out = keytool([
      '-importkeystore',
      '-srckeystore',
      'certkit.jks',
      '-srcstoretype',
      'JKS',
      '-srcstorepass',
      'changeit',
      '-destkeystore',
      'out.p12',
      '-deststoretype',
      'PKCS12',
      '-deststorepass',
      'changeit',
      '-noprompt',
    ]);
    expect(out.status, out.stderr).toBe(0);
    const bundle = await createServerBundle('tomcat', {
      chain: `${readFileSync(at('leaf.pem'), 'utf8')}${readFileSync(at('ca.pem'), 'utf8')}`,
      privateKey: readFileSync(at('leaf.key'), 'utf8'),
      tomcatKeystore: 'jks',
    });
    const file = bundle.files['tomcat.example.com.jks'] as Uint8Array;
    writeFileSync(at('bundle.jks'), file);
    const bundleList = keytool([
      '-list',
      '-keystore',
      'bundle.jks',
      '-storetype',
      'JKS',
      '-storepass',
      bundle.password as string,
    ]);
    expect(bundleList.status, bundleList.stderr).toBe(0);
    expect(bundleList.stdout).toMatch(/tomcat\.example\.com, .*PrivateKeyEntry/);
  }, 60_000);
});
