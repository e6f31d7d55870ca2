import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { convert, parseJks, parsePkcs12 } from '../../src/x509/index.js';
import { codeOf } from './code-of.js';
import { makeOpensslPki, scratch } from './openssl-pki.js';

/** Issue 20's `convert`: whatever the user has in, what the server needs out, checked first. */
const pki = scratch('certkit-convert-');
const { at } = pki;
const run = (args: string[]) => pki.run('openssl', args);
const text = (name: string) => readFileSync(at(name), 'utf8');

beforeAll(() => {
  makeOpensslPki(pki, { root: 'Convert Root', ca: 'Convert CA', leaf: 'shop.example.com' });
  run([
    'rsa',
    '-in',
    'leaf.key',
    '-traditional',
    '-aes256',
    '-passout',
    'pass:keypass',
    '-out',
    'leaf-traditional.key',
  ]);
  run([
    'pkcs12',
    '-export',
    '-legacy',
    '-inkey',
    'leaf.key',
    '-in',
    'leaf.pem',
    '-certfile',
    'ca.pem',
    '-passout',
    'pass:pfxpass',
    '-out',
    'legacy.pfx',
  ]);
}, 60_000);

describe('convert', () => {
  it('a Windows-style legacy PFX to Nginx PEM: full chain in order and the key', async () => {
    const { files, chain, issues } = await convert([new Uint8Array(readFileSync(at('legacy.pfx')))], {
      to: 'nginx',
      password: 'pfxpass',
    });
    expect(Object.keys(files)).toEqual(['shop.example.com_bundle.crt', 'shop.example.com.key']);
    expect(chain.map((certificate) => certificate.commonName)).toEqual(['shop.example.com', 'Convert CA']);
    expect(issues).toEqual([]);
    writeFileSync(at('out.crt'), files['shop.example.com_bundle.crt'] as string);
    writeFileSync(at('out.key'), files['shop.example.com.key'] as string);
    const match = spawnSync(
      'sh',
      ['-c', 'openssl x509 -in out.crt -noout -pubkey | md5sum; openssl pkey -in out.key -pubout | md5sum'],
      { cwd: pki.dir, encoding: 'utf8' },
    );
    const [a, b] = match.stdout.trim().split('\n');
    expect(a).toBe(b);
  });

  it('an OpenSSL-encrypted traditional key and a shuffled chain to a PFX and a JKS', async () => {
    const inputs = [`${text('ca.pem')}${text('leaf.pem')}`, text('leaf-traditional.key')];
    const pfx = await convert(inputs, { to: 'pfx', password: 'keypass', outputPassword: 'outpass1' });
    const read = await parsePkcs12(pfx.files['shop.example.com.pfx'] as Uint8Array, { password: 'outpass1' });
    expect(read.keys[0]?.chain.map((certificate) => certificate.commonName)).toEqual([
      'shop.example.com',
      'Convert CA',
    ]);
    const jks = await convert(inputs, { to: 'jks', password: 'keypass', outputPassword: 'outpass1' });
    expect(
      (await parseJks(jks.files['shop.example.com.jks'] as Uint8Array, { password: 'outpass1' })).keys[0]?.matches,
    ).toBe(true);
    const tomcat = await convert(inputs, { to: 'tomcat', password: 'keypass' });
    expect(Object.keys(tomcat.files)).toEqual(['shop.example.com.pfx', 'keystorePass.txt']);
  });

  it('checks first: a key of another certificate, two keys, a leaf without its issuer', async () => {
    expect(await codeOf(convert([text('ca.pem'), text('leaf.key')], { to: 'nginx' }))).toBe('x509.chain.key-mismatch');
    expect(await codeOf(convert([text('leaf.pem'), text('leaf.key'), text('ca.key')], { to: 'nginx' }))).toBe(
      'argument.invalid',
    );
    const alone = await convert([text('leaf.pem'), text('leaf.key')], { to: 'pem' });
    expect(alone.issues.map((issue) => issue.code)).toEqual(['x509.chain.missing-intermediate']);
    expect(Object.keys(alone.files)).toEqual(['shop.example.com.crt', 'shop.example.com.key']);
    expect(await codeOf(convert([text('leaf.pem')], { to: 'pfx' }))).toBe('argument.invalid'); // no key to put in
    expect(await codeOf(convert([text('leaf.pem')], { to: 'zip' as never }))).toBe('argument.invalid');
    expect(
      await codeOf(convert([new Uint8Array(readFileSync(at('legacy.pfx')))], { to: 'pem', password: 'nope' })),
    ).toBe('x509.pkcs12.password');
  });
});
