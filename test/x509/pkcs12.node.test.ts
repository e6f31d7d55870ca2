import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPkcs12, createServerBundle, importPrivateKey, parsePkcs12, readPem } from '../../src/x509/index.js';
import { codeOf } from './code-of.js';
import { makeOpensslPki, scratch } from './openssl-pki.js';

/**
 * Issue 20's interop: PFX files made fresh by `openssl pkcs12 -export` in every variant and by
 * keytool open with the right key/certificate pairs; every PFX certkit writes opens in
 * `openssl pkcs12` and `keytool -list`.
 */
const pki = scratch('certkit-pkcs12-');
const { at, run } = pki;

beforeAll(() => {
  makeOpensslPki(pki, { root: 'PFX Root', ca: 'PFX Intermediate', leaf: 'www.example.com' });
  writeFileSync(
    at('bundle.pem'),
    `${readFileSync(at('root.pem'))}${readFileSync(at('leaf.pem'))}${readFileSync(at('ca.pem'))}`,
  );
}, 60_000);

/** `openssl pkcs12 -export` of the leaf, its key and the chain (in a shuffled order), with these options. */
function opensslPfx(name: string, password: string, options: string[]): Uint8Array {
  run('openssl', [
    'pkcs12',
    '-export',
    '-inkey',
    'leaf.key',
    '-in',
    'bundle.pem',
    '-name',
    'www',
    '-passout',
    `pass:${password}`,
    ...options,
    '-out',
    `${name}.p12`,
  ]);
  return new Uint8Array(readFileSync(at(`${name}.p12`)));
}

describe('parsePkcs12 reads what OpenSSL writes', () => {
  it.each([
    ['default (PBES2 AES-256, SHA-256 MAC)', [], 'PBES2', 'PBES2', 'SHA-256'],
    [
      '-legacy (3DES key, RC2-40 certificates, SHA-1 MAC)',
      ['-legacy'],
      'pbeWithSHAAnd3-KeyTripleDES-CBC',
      'pbeWithSHAAnd40BitRC2-CBC',
      'SHA-1',
    ],
    [
      '-keypbe/-certpbe 3DES, -macalg sha1',
      ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'],
      'pbeWithSHAAnd3-KeyTripleDES-CBC',
      'pbeWithSHAAnd3-KeyTripleDES-CBC',
      'SHA-1',
    ],
    [
      '-certpbe RC2-128 (legacy provider)',
      ['-legacy', '-certpbe', 'PBE-SHA1-RC2-128'],
      'pbeWithSHAAnd3-KeyTripleDES-CBC',
      'pbeWithSHAAnd128BitRC2-CBC',
      'SHA-1',
    ],
    ['-keypbe AES-128-CBC, -certpbe NONE', ['-keypbe', 'AES-128-CBC', '-certpbe', 'NONE'], 'PBES2', 'none', 'SHA-256'],
    ['-nomac', ['-nomac'], 'PBES2', 'none', null],
    ['-keypbe NONE (a plain key bag)', ['-keypbe', 'NONE'], 'none', 'PBES2', 'SHA-256'],
  ] as const)('%s', async (_name, options, keyEncryption, certificateEncryption, mac) => {
    const pfx = opensslPfx(`v${options.join('')}`.replace(/\W/g, ''), 'secret', [...options]);
    const read = await parsePkcs12(pfx, { password: 'secret' });
    expect(read.mac?.hash ?? null).toBe(mac);
    expect(read.keys).toHaveLength(1);
    const [key] = read.keys;
    expect(key?.encryption).toBe(keyEncryption);
    expect(key?.friendlyName).toBe('www');
    expect(key?.key).toMatchObject({ type: 'RSA', size: 2048 });
    // the chain is ordered whatever the file's order: leaf, intermediate, root
    expect(key?.chain.map((certificate) => certificate.commonName)).toEqual([
      'www.example.com',
      'PFX Intermediate',
      'PFX Root',
    ]);
    expect(key?.pkcs8).toEqual(readPem(readFileSync(at('leaf.key'), 'utf8'), ['PRIVATE KEY']).der);
    expect(read.certificates.map((entry) => entry.encryption)).toEqual([
      certificateEncryption,
      certificateEncryption,
      certificateEncryption,
    ]);
  });

  it('an empty password, and a wrong one refused whether or not there is a MAC', async () => {
    const empty = opensslPfx('empty', '', []);
    expect((await parsePkcs12(empty, { password: '' })).keys[0]?.certificate?.commonName).toBe('www.example.com');
    expect((await parsePkcs12(empty)).keys).toHaveLength(1); // no password given: the empty one
    for (const options of [[], ['-nomac'], ['-legacy']]) {
      const pfx = opensslPfx(`wrong${options.join('')}`.replace(/\W/g, ''), 'secret', options);
      expect(await codeOf(parsePkcs12(pfx, { password: 'Secret' })), options.join(' ')).toBe('x509.pkcs12.password');
    }
  });

  it('an EC key, paired by its public key', async () => {
    run('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      'ca.key',
      '-in',
      'ca.pem',
      '-certfile',
      'root.pem',
      '-passout',
      'pass:ec',
      '-out',
      'ec.p12',
    ]);
    const read = await parsePkcs12(new Uint8Array(readFileSync(at('ec.p12'))), { password: 'ec' });
    expect(read.keys[0]?.key).toMatchObject({ type: 'EC', curve: 'P-256' });
    expect(read.keys[0]?.chain.map((certificate) => certificate.commonName)).toEqual(['PFX Intermediate', 'PFX Root']);
  });
});

describe('parsePkcs12 reads what keytool writes', () => {
  it('a keystore keytool converted from OpenSSL, and one keytool generated', async () => {
    opensslPfx('for-keytool', 'secret', []);
    run('keytool', [
      '-importkeystore',
      '-srckeystore',
      'for-keytool.p12',
      '-srcstoretype',
      'PKCS12',
      '-srcstorepass',
      'secret',
      '-destkeystore',
      'keytool.p12',
      '-deststoretype',
      'PKCS12',
      '-deststorepass',
      'changeit',
      '-noprompt',
    ]);
    const converted = await parsePkcs12(new Uint8Array(readFileSync(at('keytool.p12'))), { password: 'changeit' });
    expect(converted.keys[0]?.friendlyName).toBe('www');
    expect(converted.keys[0]?.chain.map((certificate) => certificate.commonName)).toEqual([
      'www.example.com',
      'PFX Intermediate',
      'PFX Root',
    ]);
    run('keytool', [
      '-genkeypair',
      '-alias',
      'tomcat',
      '-keyalg',
      'EC',
      '-groupname',
      'secp256r1',
      '-dname',
      'CN=tomcat.example',
      '-validity',
      '30',
      '-keystore',
      'generated.p12',
      '-storetype',
      'PKCS12',
      '-storepass',
      'changeit',
    ]);
    const generated = await parsePkcs12(new Uint8Array(readFileSync(at('generated.p12'))), { password: 'changeit' });
    expect(generated.keys[0]).toMatchObject({ friendlyName: 'tomcat', key: { type: 'EC', curve: 'P-256' } });
    expect(generated.keys[0]?.certificate?.commonName).toBe('tomcat.example');
  }, 60_000);
});

describe('every PFX certkit writes opens in OpenSSL and keytool', () => {
  it.each([
    ['AES (default)', false, 'secret'],
    ['legacy Triple DES', true, 'secret'],
    ['legacy, empty password', true, ''],
  ])('%s', async (_name, legacy, password) => {
    const { privateKey } = await importPrivateKey(readFileSync(at('leaf.key'), 'utf8'));
    const certificates = ['leaf.pem', 'ca.pem'].map(
      (file) => readPem(readFileSync(at(file), 'utf8'), ['CERTIFICATE']).der,
    );
    const pfx = await createPkcs12({ certificates, privateKey, password, legacy, friendlyName: 'site' });
    const file = at(`certkit-${legacy}-${password.length}.p12`);
    writeFileSync(file, pfx);
    const out = spawnSync('openssl', ['pkcs12', '-in', file, '-nodes', '-passin', `pass:${password}`], {
      encoding: 'utf8',
    });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(out.stdout).toContain('BEGIN PRIVATE KEY');
    if (password !== '') {
      const list = spawnSync('keytool', ['-list', '-keystore', file, '-storetype', 'PKCS12', '-storepass', password], {
        encoding: 'utf8',
      });
      expect(list.status, list.stderr).toBe(0);
      expect(list.stdout).toMatch(/site, .*PrivateKeyEntry/);
    }
  });
});

describe('createServerBundle for IIS on Windows Server 2016 and older', () => {
  it('legacyPfx: a Triple DES PFX with a SHA-1 MAC that OpenSSL opens without -legacy', async () => {
    const chain = `${readFileSync(at('leaf.pem'), 'utf8')}${readFileSync(at('ca.pem'), 'utf8')}`;
    const { files, password } = await createServerBundle('iis', {
      chain,
      privateKey: readFileSync(at('leaf.key'), 'utf8'),
      legacyPfx: true,
    });
    const pfx = files['www.example.com.pfx'] as Uint8Array;
    writeFileSync(at('iis-legacy.pfx'), pfx);
    const info = spawnSync(
      'openssl',
      ['pkcs12', '-in', at('iis-legacy.pfx'), '-info', '-noout', '-passin', `pass:${password}`],
      { encoding: 'utf8' },
    );
    expect(info.status, info.stderr).toBe(0);
    expect(info.stderr).toContain('MAC: sha1');
    expect(info.stderr).toContain('pbeWithSHA1And3-KeyTripleDES-CBC');
    expect((await parsePkcs12(pfx, { password: password as string })).keys[0]?.chain).toHaveLength(2);
  });
});

describe('BER: indefinite lengths and OCTET STRINGs in segments, as Windows and macOS may write', () => {
  it('reads an OpenSSL PFX re-encoded with an indefinite-length outer SEQUENCE and a segmented authSafe', async () => {
    const der = opensslPfx('for-ber', 'secret', []);
    const ber = toBer(der);
    expect(ber[1]).toBe(0x80);
    const read = await parsePkcs12(ber, { password: 'secret' });
    expect(read.keys[0]?.certificate?.commonName).toBe('www.example.com');
  });
});

/** DER TLV at `offset`: tag, content start and end. */
function tlv(bytes: Uint8Array, offset: number): { tag: number; start: number; end: number } {
  const first = bytes[offset + 1] as number;
  const count = first & 0x80 ? first & 0x7f : 0;
  let length = count === 0 ? first : 0;
  for (let i = 0; i < count; i += 1) length = length * 256 + (bytes[offset + 2 + i] as number);
  const start = offset + 2 + count;
  return { tag: bytes[offset] as number, start, end: start + length };
}

/** The PFX with its outer SEQUENCE and the authSafe ContentInfo indefinite, the data OCTET STRING cut in 100-byte segments. */
function toBer(der: Uint8Array): Uint8Array {
  const pfx = tlv(der, 0);
  const version = tlv(der, pfx.start);
  const authSafe = tlv(der, version.end);
  const oid = tlv(der, authSafe.start);
  const explicit = tlv(der, oid.end);
  const octets = tlv(der, explicit.start);
  const data = der.subarray(octets.start, octets.end);
  const segments: number[] = [];
  for (let i = 0; i < data.length; i += 100) {
    const part = data.subarray(i, i + 100);
    segments.push(0x04, 0x81, part.length, ...part);
  }
  const bytes = [
    0x30,
    0x80,
    ...der.subarray(pfx.start, version.end),
    0x30,
    0x80,
    ...der.subarray(authSafe.start, oid.end),
    0xa0,
    0x80,
    0x24,
    0x80,
    ...segments,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    0x00,
    ...der.subarray(authSafe.end, pfx.end),
    0x00,
    0x00,
  ];
  return Uint8Array.from(bytes);
}
