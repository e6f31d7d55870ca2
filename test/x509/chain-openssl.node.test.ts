import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleChain, createServerBundle, parseCertificate } from '../../src/x509/index.js';

// A fresh PKI from OpenSSL for every run (the same script made test/fixtures/pki).
const dir = mkdtempSync(join(tmpdir(), 'certkit-pki-'));
const pem = (name: string) => readFileSync(join(dir, name), 'utf8');
const openssl = (args: string[]) =>
  execFileSync('openssl', args, { cwd: dir, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });

beforeAll(() => {
  execFileSync('bash', [new URL('../../scripts/generate-test-pki.sh', import.meta.url).pathname, dir], {
    stdio: 'pipe',
  });
});

/** `openssl verify -CAfile anchor -untrusted rest leaf`: does OpenSSL accept the chain? */
function opensslAccepts(anchor: string, leaf: string, untrusted: readonly string[]): boolean {
  const args = ['verify', '-CAfile', anchor];
  if (untrusted.length > 0) {
    writeFileSync(join(dir, 'untrusted.pem'), untrusted.map(pem).join(''));
    args.push('-untrusted', 'untrusted.pem');
  }
  return spawnSync('openssl', [...args, leaf], { cwd: dir }).status === 0;
}

describe('assembleChain agrees with openssl verify', () => {
  it.each([
    ['leaf.pem', ['ca1.pem'], 'root.pem'],
    ['leaf.pem', [], 'root.pem'],
    ['leaf.pem', ['cross.pem', 'ca1.pem'], 'legacy-root.pem'],
    ['leaf.pem', ['ca1.pem'], 'legacy-root.pem'],
    ['short-leaf.pem', ['short-ca.pem'], 'root.pem'],
    ['leaf.pem', ['short-ca.pem'], 'root.pem'],
    ['self-signed.pem', [], 'root.pem'],
  ] as const)('%s with %j to %s', async (leaf, untrusted, anchor) => {
    const result = await assembleChain([...untrusted, leaf].map(pem), {
      trustAnchors: [pem(anchor)],
      now: new Date(), // openssl verify checks at the current time
    });
    expect(result.ok).toBe(opensslAccepts(anchor, leaf, untrusted));
  });

  it('agrees on an expired intermediate (openssl verify -attime)', async () => {
    const later = Date.parse((await parseCertificate(pem('short-ca.pem'))).notAfter) + 86_400_000;
    const result = await assembleChain([pem('short-leaf.pem'), pem('short-ca.pem')], {
      trustAnchors: [pem('root.pem')],
      now: later,
    });
    writeFileSync(join(dir, 'untrusted.pem'), pem('short-ca.pem'));
    const args = [
      'verify',
      '-attime',
      String(Math.floor(later / 1000)),
      '-CAfile',
      'root.pem',
      '-untrusted',
      'untrusted.pem',
    ];
    const accepted = spawnSync('openssl', [...args, 'short-leaf.pem'], { cwd: dir }).status === 0;
    expect(accepted).toBe(false);
    expect(result.ok).toBe(accepted);
    expect(result.issues.find((issue) => issue.code === 'x509.chain.expired')?.params.certificate).toBe(
      'O=certkit, CN=certkit Short CA',
    );
  });

  it('orders a shuffled bundle the way OpenSSL builds the path (CHAIN-01)', async () => {
    const result = await assembleChain(pem('ca1.pem') + pem('root.pem') + pem('leaf.pem'), {
      includeRoot: true,
      now: new Date(),
    });
    const chain = openssl(['verify', '-show_chain', '-CAfile', 'root.pem', '-untrusted', 'ca1.pem', 'leaf.pem']);
    const subjects = [...chain.matchAll(/^depth=\d+: (.*?)(?: \(untrusted\))?$/gm)].map((match) => match[1]);
    expect(result.chain.map((cert) => cert.subjectText)).toEqual(
      subjects.map((subject) => subject?.replace(/ = /g, '=')),
    );
  });
});

describe('parseCertificate agrees with openssl x509 (CHAIN-06)', () => {
  it.each(['leaf.pem', 'ca1.pem', 'root.pem', 'cross.pem'])('%s', async (name) => {
    const info = await parseCertificate(pem(name));
    const field = (flag: string) => openssl(['x509', '-in', name, '-noout', flag]).trim();
    const hex = (text: string) => text.split('=')[1]?.replace(/:/g, '').toLowerCase();
    expect(info.fingerprints.sha256).toBe(
      hex(openssl(['x509', '-in', name, '-noout', '-fingerprint', '-sha256']).trim()),
    );
    expect(info.fingerprints.sha1).toBe(hex(openssl(['x509', '-in', name, '-noout', '-fingerprint', '-sha1']).trim()));
    expect(info.serial).toBe(hex(field('-serial')));
    expect(Date.parse(info.notAfter)).toBe(Date.parse(field('-enddate').split('=')[1] as string));
    expect(info.subjectText).toBe(
      field('-subject')
        .replace(/^subject=/, '')
        .replace(/ = /g, '='),
    );
  });
});

describe('server bundles open with OpenSSL and keytool (CHAIN-05)', () => {
  it('nginx: the bundle verifies and the key is the leaf’s', async () => {
    const { files } = await createServerBundle('nginx', {
      chain: [pem('leaf.pem'), pem('ca1.pem')],
      privateKey: pem('leaf.key'),
    });
    writeFileSync(join(dir, 'bundle.crt'), files['www.example.com_bundle.crt'] as string);
    writeFileSync(join(dir, 'bundle.key'), files['www.example.com.key'] as string);
    expect(openssl(['verify', '-CAfile', 'root.pem', '-untrusted', 'bundle.crt', 'leaf.pem'])).toContain('OK');
    expect(openssl(['pkey', '-in', 'bundle.key', '-pubout'])).toBe(
      openssl(['x509', '-in', 'leaf.pem', '-noout', '-pubkey']),
    );
  });

  it.each(['iis', 'tomcat'] as const)(
    '%s: openssl pkcs12 and keytool open the PFX with keystorePass.txt',
    async (server) => {
      const { files } = await createServerBundle(server, {
        chain: [pem('leaf.pem'), pem('ca1.pem')],
        privateKey: pem('leaf.key'),
      });
      const password = (files['keystorePass.txt'] as string).trim();
      writeFileSync(join(dir, `${server}.pfx`), files['www.example.com.pfx'] as Uint8Array);
      const pass = `pass:${password}`;
      expect(openssl(['pkcs12', '-in', `${server}.pfx`, '-info', '-noout', '-passin', pass])).toBe('');
      const certs = openssl(['pkcs12', '-in', `${server}.pfx`, '-nokeys', '-passin', pass]);
      expect([...certs.matchAll(/BEGIN CERTIFICATE/g)]).toHaveLength(2);
      const key = openssl(['pkcs12', '-in', `${server}.pfx`, '-nocerts', '-nodes', '-passin', pass]);
      writeFileSync(join(dir, `${server}.key`), key);
      expect(openssl(['pkey', '-in', `${server}.key`, '-pubout'])).toBe(
        openssl(['x509', '-in', 'leaf.pem', '-noout', '-pubkey']),
      );
      const keytool = spawnSync(
        'keytool',
        ['-list', '-storetype', 'PKCS12', '-keystore', `${server}.pfx`, '-storepass', password],
        {
          cwd: dir,
          encoding: 'utf8',
        },
      );
      if (keytool.error === undefined) {
        expect(keytool.stdout).toContain('PrivateKeyEntry');
        expect(keytool.stdout).toContain('www.example.com');
      }
    },
  );

  it('iis with an empty password (CHAIN-05: the FAQ lets it be left empty): openssl -passin pass: opens it', async () => {
    const { files, password } = await createServerBundle('iis', {
      chain: [pem('leaf.pem'), pem('ca1.pem')],
      privateKey: pem('leaf.key'),
      password: '',
    });
    expect(password).toBe('');
    writeFileSync(join(dir, 'empty.pfx'), files['www.example.com.pfx'] as Uint8Array);
    expect(openssl(['pkcs12', '-in', 'empty.pfx', '-info', '-noout', '-passin', 'pass:'])).toBe('');
    const key = openssl(['pkcs12', '-in', 'empty.pfx', '-nocerts', '-nodes', '-passin', 'pass:']);
    writeFileSync(join(dir, 'empty.key'), key);
    expect(openssl(['pkey', '-in', 'empty.key', '-pubout'])).toBe(
      openssl(['x509', '-in', 'leaf.pem', '-noout', '-pubkey']),
    );
    // a wrong password is refused, so the MAC really is checked with the empty one
    expect(() => openssl(['pkcs12', '-in', 'empty.pfx', '-info', '-noout', '-passin', 'pass:x'])).toThrow();
  });
});
