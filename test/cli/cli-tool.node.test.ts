import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/run.js';
import { displayWidth, fitTo } from '../../src/cli/text-width.js';
import { createPkcs12, readPem } from '../../src/x509/index.js';
import { importPrivateKey } from '../../src/x509/keys/import.js';

/** The CLI as a tool (issue 18): help, safety with keys, inputs as users have them, both languages. */

const pki = (name: string) => readFileSync(new URL(`../fixtures/pki/${name}`, import.meta.url));
const pkgVersion = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

/** A file system in memory: reads, writes, exists; standard input given per test. */
function memoryIo(
  files: Record<string, string | Uint8Array> = {},
  extra: Partial<CliIo> = {},
): CliIo & { files: Record<string, string | Uint8Array> } {
  const bytes = (data: string | Uint8Array) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
  return {
    files,
    now: () => new Date('2030-01-01T00:00:00Z'),
    readTextFile: (path) => {
      const data = files[path];
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return new TextDecoder().decode(bytes(data));
    },
    readBytes: (path) => {
      const data = files[path];
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes(data);
    },
    writeFile: (path, data) => {
      files[path] = data;
    },
    exists: (path) => path in files,
    ...extra,
  };
}

/** One free certificate of account a1, in force in 2030. */
const LEDGER = JSON.stringify([
  {
    id: 'c1',
    accountId: 'a1',
    domain: 'a.example.com',
    free: true,
    issuedAt: '2029-06-01T00:00:00Z',
    expiresAt: '2030-06-01T00:00:00Z',
  },
]);

const pkiFiles = () => ({
  'leaf.pem': pki('leaf.pem'),
  'ca1.pem': pki('ca1.pem'),
  'root.pem': pki('root.pem'),
  'leaf.key': pki('leaf.key'),
});

describe('help and usage from the command table', () => {
  it('--version, help <command>, <command> --help', async () => {
    expect((await runCli(['--version'], memoryIo())).stdout).toBe(`certkit ${pkgVersion}\n`);
    const help = await runCli(['help', 'chain'], memoryIo());
    expect(help.exitCode).toBe(0);
    expect(help.stdout).toMatch(/^Usage: certkit chain <files…> \[options\]/);
    expect(help.stdout).toContain('--format nginx|apache|iis|tomcat');
    expect(help.stdout).not.toContain('--ledger');
    expect((await runCli(['chain', '-h'], memoryIo())).stdout).toBe(help.stdout);
    expect((await runCli(['csr', '--help'], memoryIo())).stdout).toContain('--key-password-file <file>');
    expect((await runCli(['help', 'domain', '--lang', 'zh-CN'], memoryIo())).stdout).toContain(
      '用法: certkit domain <names…>',
    );
  });

  it('refuses a flag that does not apply, with a hint and not the whole usage', async () => {
    const outcome = await runCli(['domain', 'a.com', '--token', 'x'], memoryIo());
    expect(outcome.exitCode).toBe(2);
    expect(outcome.stderr).toBe(
      'certkit: --token does not apply to "certkit domain"\nUsage: certkit domain <names…>\nRun "certkit help domain" for its options.\n',
    );
  });

  it('prints no usage for input that cannot be read (exit 2) and none for a refusal (exit 1)', async () => {
    const io = memoryIo({ 'ledger.json': '{ not json' });
    const unreadable = await runCli(['quota', '--ledger', 'ledger.json', '--account', 'a', '--domain', 'a.com'], io);
    expect(unreadable.exitCode).toBe(2);
    expect(unreadable.stderr).toMatch(/^certkit: the ledger "ledger.json" is not JSON/);
    expect(unreadable.stderr).not.toContain('Usage');
    const refused = await runCli(['domain', 'x.ru'], io);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toBe('');
  });

  it('caa needs to know whose CA and which records; dcv needs what the CA gave', async () => {
    const io = memoryIo();
    expect((await runCli(['caa', 'www.example.com', '--no-records'], io)).stderr).toContain(
      'needs --brand or --issuer',
    );
    expect((await runCli(['caa', 'www.example.com', '--brand', 'TrustAsia'], io)).stderr).toContain('--no-records');
    expect((await runCli(['dcv', 'www.example.com', '--method', 'file', '--path', 'a.txt'], io)).stderr).toContain(
      'needs --content',
    );
    expect((await runCli(['dcv', 'www.example.com'], io)).stderr).toContain('needs --token and --value');
  });
});

describe('safe with keys', () => {
  const csr = ['csr', '--domain', 'www.example.com', '--key', 'ec-p256', '--out', 'kp'];

  it('never replaces an existing key without --force', async () => {
    const io = memoryIo();
    expect((await runCli(csr, io)).exitCode).toBe(0);
    const key = io.files['kp/www.example.com.key'];
    const again = await runCli(csr, io);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('not written: kp/www.example.com.csr, kp/www.example.com.key already exist');
    expect(io.files['kp/www.example.com.key']).toBe(key);
    expect((await runCli([...csr, '--force'], io)).exitCode).toBe(0);
    expect(io.files['kp/www.example.com.key']).not.toBe(key);
  });

  it('reads the key password from a file or the environment, and never prints it', async () => {
    const io = memoryIo({ 'pass.txt': 'pässwörd\n' });
    const outcome = await runCli([...csr, '--key-password-file', 'pass.txt'], io);
    expect(outcome.stdout).not.toContain('pässwörd');
    const pem = String(io.files['kp/www.example.com.key']);
    expect(pem).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    await expect(importPrivateKey(pem, { password: 'pässwörd' })).resolves.toHaveProperty('privateKey');
    const fromEnv = memoryIo({}, { env: { CERTKIT_KEY_PASSWORD: 'from-env' } });
    await runCli(csr, fromEnv);
    await expect(
      importPrivateKey(String(fromEnv.files['kp/www.example.com.key']), { password: 'from-env' }),
    ).resolves.toHaveProperty('publicKey');
  });

  it('writes no server files for a broken chain unless --force, and says so', async () => {
    const io = memoryIo(pkiFiles());
    const broken = ['chain', 'leaf.pem', '--private-key', 'leaf.key', '--format', 'nginx', '--out', 'conf'];
    const refused = await runCli(broken, io);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain('[CHAIN-02]');
    expect(refused.stdout).toContain('not written: the chain has an error');
    expect(Object.keys(io.files).filter((path) => path.startsWith('conf/'))).toEqual([]);
    const forced = await runCli([...broken, '--force'], io);
    expect(forced.stdout).toContain('written with --force although the chain has an error');
    expect(forced.stdout).toContain('wrote conf/www.example.com_bundle.crt');
    const complete = await runCli(
      ['chain', 'leaf.pem', 'ca1.pem', '--private-key', 'leaf.key', '--format', 'apache', '--out', 'conf2'],
      io,
    );
    expect(complete.exitCode).toBe(0);
    expect(complete.stdout).toContain('wrote conf2/www.example.com_chain.crt');
  });
});

describe('chain with the rules of a private PKI and CRLs', () => {
  const pkits = (path: string) => readFileSync(new URL(`../fixtures/pki-suites/nist-pkits/${path}`, import.meta.url));
  const files = () =>
    memoryIo({
      'root.crt': pkits('certs/TrustAnchorRootCertificate.crt'),
      'ca.crt': pkits('certs/GoodCACert.crt'),
      'good.crt': pkits('certs/ValidCertificatePathTest1EE.crt'),
      'revoked.crt': pkits('certs/InvalidRevokedEETest3EE.crt'),
      'ca.crl': pkits('crls/GoodCACRL.crl'),
      'root.crl': pkits('crls/TrustAnchorRootCRL.crl'),
    });
  const chain = (leaf: string, ...flags: string[]) => [
    'chain',
    leaf,
    'ca.crt',
    '--trust',
    'root.crt',
    '--profile',
    'rfc5280',
    '--purpose',
    'any',
    ...flags,
  ];

  it('validates with --profile rfc5280, and says what the CRLs say of each certificate', async () => {
    const io = files();
    const good = await runCli(chain('good.crt', '--crl', 'ca.crl', '--crl', 'root.crl', '--require-revocation'), io);
    expect(good.exitCode).toBe(0);
    expect(good.stdout).toContain('revocation: C=US, O=Test Certificates 2011, CN=Valid EE Certificate Test1 good');
    const revoked = await runCli(chain('revoked.crt', '--crl', 'ca.crl', '--crl', 'root.crl'), io);
    expect(revoked.exitCode).toBe(1);
    expect(revoked.stdout).toMatch(
      /revocation: .*CN=Invalid Revoked EE Certificate Test3 revoked \(keyCompromise, 2010-01-01\)/,
    );
    expect(revoked.stdout).toContain('(serial 0f) was revoked on 2010-01-01T08:30:01.000Z (keyCompromise)');
  });

  it('inspects a CRL, PEM or DER, and lists what it revokes', async () => {
    const io = files();
    const der = await runCli(['inspect', 'ca.crl'], io);
    expect(der.exitCode).toBe(0);
    expect(der.stdout).toContain('CRL issuer: C=US, O=Test Certificates 2011, CN=Good CA');
    expect(der.stdout).toMatch(/revoked: 2\n {2}0e {2}2010-01-01T08:30:00.000Z {2}keyCompromise/);
    const json = JSON.parse((await runCli(['inspect', 'ca.crl', '--json'], io)).stdout);
    expect(json).toMatchObject({ issuerText: 'C=US, O=Test Certificates 2011, CN=Good CA', delta: false });
  });

  it('refuses without a CRL when revocation is required, and by default a leaf without a SAN', async () => {
    const io = files();
    const missing = await runCli(chain('good.crt', '--require-revocation'), io);
    expect(missing.exitCode).toBe(1);
    expect(missing.stdout).toMatch(/The revocation status of .*CN=Valid EE Certificate Test1 is unknown \(no-crl\)/);
    const webPki = await runCli(['chain', 'good.crt', 'ca.crt', '--trust', 'root.crt'], io);
    expect(webPki.exitCode).toBe(1);
    expect(webPki.stdout).toContain('common-name-not-in-san');
    expect((await runCli(chain('good.crt', '--profile', 'private'), io)).stderr).toContain(
      'unknown --profile "private"',
    );
  });

  it('judges a C2PA purpose with --profile rfc5280, and asks for it without', async () => {
    const io = files();
    // the PKITS leaf has no EKU: a C2PA claim signer needs one
    const c2pa = await runCli(chain('good.crt', '--purpose', 'c2paManifest'), io);
    expect(c2pa.exitCode).toBe(1);
    expect(c2pa.stdout).toMatch(/may not be used for c2paManifest \(eku-missing/);
    const webPki = await runCli(
      ['chain', 'good.crt', 'ca.crt', '--trust', 'root.crt', '--purpose', 'c2paManifest'],
      io,
    );
    expect(webPki.exitCode).toBe(2);
    expect(webPki.stderr).toContain('--purpose c2paManifest is not a TLS purpose: add --profile rfc5280');
  });
});

describe('inputs as users have them', () => {
  it('inspects DER, standard input, keys, encrypted keys and PKCS#12', async () => {
    const leafDer = readPem(pki('leaf.pem').toString(), ['CERTIFICATE']).der;
    const keys = await importPrivateKey(pki('leaf.key').toString());
    const pfx = await createPkcs12({
      certificates: [leafDer],
      privateKey: keys.privateKey,
      password: 'x',
      iterations: 1000,
    });
    const io = memoryIo(
      { 'leaf.der': leafDer, 'leaf.key': pki('leaf.key'), 'site.pfx': pfx, 'notes.txt': 'hello' },
      { readStdin: () => pki('leaf.pem') },
    );
    expect((await runCli(['inspect', 'leaf.der'], io)).stdout).toContain('subject: CN=www.example.com');
    expect((await runCli(['inspect', '-'], io)).stdout).toContain('issuer: O=certkit, CN=certkit Test CA 1');
    const key = await runCli(['inspect', 'leaf.key'], io);
    expect(key.stdout).toMatch(/^private key: RSA 2048\npublic key SHA-256: [0-9a-f]{64}/);
    const pkcs12 = await runCli(['inspect', 'site.pfx'], io);
    expect(pkcs12.stdout).toContain('a PKCS#12 (PFX) file with a password');
    const opened = await runCli(['inspect', 'site.pfx', '--key-password', 'x'], io);
    expect(opened.stdout).toContain('PKCS#12 (PFX), integrity: SHA-256 MAC, 2048');
    expect(opened.stdout).toMatch(/key RSA 2048 \(PBES2\) → www\.example\.com/);
    // certkit convert: the PFX to Nginx files (the test leaf's issuer is not in the PFX: refused without --force)
    const converted = await runCli(
      ['convert', 'site.pfx', '--to', 'nginx', '--key-password', 'x', '--out', 'conv'],
      io,
    );
    expect(converted.exitCode).toBe(1);
    expect(converted.stdout).toContain('not written: the chain is incomplete');
    const forced = await runCli(
      ['convert', 'site.pfx', '--to', 'nginx', '--key-password', 'x', '--out', 'conv', '--force'],
      io,
    );
    expect(forced.exitCode).toBe(0);
    expect(forced.stdout).toContain('wrote conv/www.example.com_bundle.crt');
    expect((await runCli(['convert', 'site.pfx'], io)).exitCode).toBe(2); // no --to
    const other = await runCli(['inspect', 'notes.txt'], io);
    expect(other).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('is not a certificate, CSR, private key or PKCS#12 file'),
    });
  });

  it('refuses a directory with a sentence', async () => {
    const io = memoryIo(
      {},
      {
        readBytes: () => {
          throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
        },
      },
    );
    expect(await runCli(['inspect', 'certs'], io)).toEqual({
      exitCode: 2,
      stdout: '',
      stderr: 'certkit: "certs" is a directory: give a file (or - for standard input)\n',
    });
  });
});

describe('output for people', () => {
  /** English words left once names, quoted values, rule IDs, codes and times are taken out. */
  const english = (text: string) =>
    text
      .replace(
        /“[^”]*”|"[^"]*"|TrustAsia|sectigo\.com|trust-provider\.com|letsencrypt\.org|[\w.-]*example\.(com|cn)|\[[A-Z]+-\d+\]|\d{4}-\d\d-\d\dT[\d:.]+Z|CAA|TXT|CNAME|https?:\/\/\S+|\bissue(wild)?\b|free|any-domain|a1|_t1\.www|\b(ascii|unicode|skeleton|folded)\b/g,
        '',
      )
      .match(/[A-Za-z]{3,}/g) ?? [];

  it.each([
    [['quota', '--ledger', 'ledger.json', '--account', 'a1', '--domain', 'www.example.com']],
    [['caa', 'www.example.com', '--brand', 'TrustAsia', '--records', 'example.com. CAA 0 issue "letsencrypt.org"']],
    [['dcv', 'www.example.com', '--token', 't1', '--value', 'v1']],
    [['dcv', 'www.example.com', '--method', 'file', '--path', 'a.txt', '--content', 'x']],
    [['screen', 'shop.example.com']],
    [['check', 'www.example.com', '--brand', 'TrustAsia', '--type', 'DV', '--domain-type', 'single']],
  ])('%j speaks only Chinese with --lang zh-CN', async (argv) => {
    const ledger = LEDGER;
    const outcome = await runCli([...argv, '--lang', 'zh-CN'], memoryIo({ 'ledger.json': ledger }));
    expect(outcome.stderr).toBe('');
    expect(english(outcome.stdout)).toEqual([]);
  });

  it('takes the language from LANG when --lang is absent', async () => {
    const outcome = await runCli(['domain', 'x.ru'], memoryIo({}, { env: { LANG: 'zh_CN.UTF-8' } }));
    expect(outcome.stdout).toContain('不支持绑定“.ru”顶级域名下的域名。');
  });

  it('colours marks on a terminal only, and never with NO_COLOR', async () => {
    const tty = await runCli(['domain', 'x.ru'], memoryIo({}, { isTty: true, env: {} }));
    expect(tty.stdout).toContain('\u001b[31m✗\u001b[0m');
    const noColor = await runCli(['domain', 'x.ru'], memoryIo({}, { isTty: true, env: { NO_COLOR: '1' } }));
    expect(noColor.stdout).not.toContain('\u001b[');
    expect((await runCli(['domain', 'x.ru'], memoryIo())).stdout).not.toContain('\u001b[');
  });

  it('counts CJK and fullwidth characters as two columns, and cuts with an ellipsis', () => {
    expect(displayWidth('食狮.公司.cn')).toBe(12);
    expect(displayWidth('ＥＸＡＭＰＬＥ．ｃｏｍ')).toBe(22);
    expect(displayWidth('é')).toBe(1);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(fitTo('食狮.公司.cn', 14)).toBe('食狮.公司.cn  ');
    expect(displayWidth(fitTo('食狮食狮食狮.cn', 7))).toBe(7);
    expect(fitTo('a-very-long-name.com', 10)).toBe('a-very-lo…');
  });

  it('aligns the demo columns for ASCII and CJK names alike', async () => {
    const demo = (await runCli(['demo'], memoryIo())).stdout;
    const column = (line: string) => displayWidth(line.slice(0, line.indexOf(' →')));
    const ascii = demo.split('\n').find((line) => line.startsWith('  192.168.1.10'));
    expect(ascii && column(ascii)).toBe(24);
    const values = demo.split('\n').filter((line) => line.startsWith('  normalizeDomain('));
    const starts = new Set(values.map((line) => displayWidth(line.slice(0, line.lastIndexOf(' "') + 1))));
    expect(starts).toEqual(new Set([47]));
  });

  it('the demo honours --policy and shows CSRs and chains', async () => {
    const demo = (await runCli(['demo', '--policy', 'standards'], memoryIo())).stdout;
    expect(demo).toContain('policy "standards"');
    expect(demo).toContain('== A key and a CSR made here, checked against an order (CSR-01…06) ==');
    expect(demo).toContain('== Chains from an unordered bundle (CHAIN-01…04) ==');
    expect(demo).toContain('x509.chain.missing-intermediate [CHAIN-02]');
    expect(demo).not.toContain('Tencent Cloud SSL'); // no source references in the header
  });
});

describe('--json shapes are the ones docs/formats.md documents', () => {
  const formats = readFileSync(new URL('../../docs/formats.md', import.meta.url), 'utf8');
  /** The top-level keys the table row of `command` lists in its first `{ … }`; `?` marks an optional one. */
  const documented = (command: string) => {
    const row = formats.split('\n').find((line) => line.startsWith(`| \`${command}\` |`)) ?? '';
    const body = /\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/.exec(row)?.[1] ?? '';
    const top = body.replace(/\{[^{}]*\}/g, '');
    return top
      .split(',')
      .map((part) => /^\s*(\w+)(\??)/.exec(part))
      .flatMap((m) => (m === null ? [] : [{ key: m[1] as string, optional: m[2] === '?' }]));
  };
  const ledger = LEDGER;
  const cert = readFileSync(new URL('../../examples/data/cert-state.json', import.meta.url), 'utf8');

  it.each([
    ['domain', ['domain', 'x.ru']],
    ['check', ['check', 'a.com', '--brand', 'TrustAsia', '--type', 'DV', '--domain-type', 'single']],
    ['screen', ['screen', 'shop.example.com']],
    ['quota', ['quota', '--ledger', 'ledger.json', '--account', 'a1', '--domain', 'b.example.com']],
    [
      'caa',
      ['caa', 'www.example.com', '--brand', 'TrustAsia', '--records', 'example.com. CAA 0 issue "letsencrypt.org"'],
    ],
    ['lifecycle', ['lifecycle', '--cert', 'cert.json']],
    ['chain', ['chain', 'leaf.pem']],
  ])('%s', async (command, argv) => {
    const io = memoryIo({ ...pkiFiles(), 'ledger.json': ledger, 'cert.json': cert });
    const parsed = JSON.parse((await runCli([...argv, '--json'], io)).stdout);
    const document = Array.isArray(parsed) ? parsed[0] : parsed;
    const keys = documented(command);
    expect(keys.length).toBeGreaterThan(2);
    expect(Object.keys(document).filter((key) => !keys.some((entry) => entry.key === key))).toEqual([]);
    expect(keys.filter((entry) => !entry.optional && !(entry.key in document)).map((entry) => entry.key)).toEqual([]);
  });
});

describe('chain and inspect in Chinese', () => {
  it('frames every line in Chinese', async () => {
    const io = memoryIo(pkiFiles());
    const chain = (await runCli(['chain', 'leaf.pem', 'ca1.pem', '--trust', 'root.pem', '--lang', 'zh-CN'], io)).stdout;
    expect(chain).toMatch(
      /^✓ 证书链（从服务器证书开始）：\n {2}0\. CN=www\.example\.com {2}\(有效期至 2036-11-20, RSA 2048\)\n/,
    );
    expect(chain).toContain('根证书: O=certkit, CN=certkit Test Root（受信任）');
    const inspect = (await runCli(['inspect', 'leaf.pem', '--lang', 'zh-CN'], io)).stdout;
    for (const label of ['主题: ', '颁发者: ', '域名: ', '有效期: ', '密钥: ', '序列号: ', 'CA: 否'])
      expect(inspect).toContain(label);
    expect(inspect).not.toMatch(/^(subject|issuer|names|valid|key|serial):/m);
  });
});
