import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/run.js';
import { definePolicy } from '../../src/policy/index.js';

const files: Record<string, string> = {
  'strict.json': JSON.stringify(definePolicy({ id: 'strict', domain: { refusedTlds: ['ru', 'su'] } })),
  'broken.json': '{ not json',
  'unknown-key.json': JSON.stringify({ ...definePolicy({}), extra: 1 }),
  'ledger.json': JSON.stringify(
    Array.from({ length: 20 }, (_, i) => ({
      id: `c${i}`,
      accountId: 'a1',
      domain: `s${i}.example.com`,
      free: true,
      issuedAt: '2024-01-01T00:00:00Z',
      expiresAt: `2025-01-${String(i + 1).padStart(2, '0')}T00:00:00Z`,
    })),
  ),
  'bad-ledger.json': JSON.stringify([{ id: 'x' }]),
  // STD-10: five certificates for one set on one day, and a failed authorization, under Let's Encrypt
  'le-ledger.json': JSON.stringify({
    records: Array.from({ length: 5 }, (_, i) => ({
      id: `le${i}`,
      accountId: 'acct',
      domain: 'example.com',
      identifiers: ['www.example.com'],
      free: true,
      issuedAt: `2026-12-07T0${i}:00:00Z`,
      expiresAt: '2027-03-07T00:00:00Z',
    })),
    attempts: [
      { type: 'authorizationFailure', accountId: 'acct', at: '2026-12-07T09:00:00Z', identifiers: ['api.example.com'] },
    ],
  }),
};
const io: CliIo = {
  now: () => new Date('2024-06-01T00:00:00Z'),
  readTextFile: (path) => {
    const text = files[path];
    if (text === undefined) throw new Error(`ENOENT: ${path}`);
    return text;
  },
};

describe('certkit domain', () => {
  it('prints each name normalised with its primary domain, exit 0 when all are fine', async () => {
    const outcome = await runCli(['domain', 'Shop.Example.COM', '食狮.公司.cn'], io);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('Shop.Example.COM  →  shop.example.com');
    expect(outcome.stdout).toContain('primary domain: example.com');
    expect(outcome.stdout).toContain('unicode: 食狮.公司.cn');
  });

  it('exits 1 when any name has an error, with the rule and message', async () => {
    const outcome = await runCli(['domain', 'ok.example.com', 'a_b.example.com'], io);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('✗ [DOM-01] Incorrect format of the domain name "a_b.example.com"');
  });

  it('prints JSON with --json and Chinese messages with --lang zh-CN', async () => {
    const outcome = await runCli(['domain', 'x.ru', '10.0.0.1', '--json', '--lang', 'zh-CN'], io);
    const reports = JSON.parse(outcome.stdout);
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({ input: 'x.ru', ok: false, domain: 'x.ru', primaryDomain: 'x.ru' });
    expect(reports[0].issues[0]).toMatchObject({
      code: 'domain.tld.refused',
      rule: 'DOM-04',
      message: '不支持绑定“.ru”顶级域名下的域名。',
    });
    expect(reports[1]).toMatchObject({
      domain: null,
      ip: { address: '10.0.0.1', class: 'private', range: '10.0.0.0/8' },
    });
    expect(outcome.exitCode).toBe(1);
  });

  it('applies --validation DV and --policy presets or JSON files', async () => {
    expect((await runCli(['domain', 'www.qq.pw', '--validation', 'DV'], io)).exitCode).toBe(1);
    expect((await runCli(['domain', 'www.qq.pw', '--validation', 'OV'], io)).exitCode).toBe(0);
    expect((await runCli(['domain', 'x.ru', '--policy', 'tencent-2023'], io)).exitCode).toBe(0);
    expect((await runCli(['domain', 'x.su', '--policy', 'strict.json'], io)).exitCode).toBe(1);
  });

  it('exits 2 with a clear message on bad usage or a bad policy file', async () => {
    for (const [argv, text] of [
      [['domain'], 'needs at least one name'],
      [['frobnicate'], 'unknown command "frobnicate"'],
      [['domain', 'a.com', '--lang', 'fr'], 'unknown --lang "fr"'],
      [['domain', 'a.com', '--validation', 'XV'], 'unknown --validation "XV"'],
      [['domain', 'a.com', '--bogus'], "Unknown option '--bogus'"],
      [['domain', 'a.com', '--policy', 'nope'], 'unknown policy "nope"'],
      [['domain', 'a.com', '--policy', 'missing.json'], 'cannot read policy "missing.json": ENOENT'],
      [['domain', 'a.com', '--policy', 'broken.json'], 'cannot read policy "broken.json"'],
      [
        ['domain', 'a.com', '--policy', 'unknown-key.json'],
        'The policy is invalid at "(root)": unrecognized_keys extra',
      ],
    ] as const) {
      const outcome = await runCli(argv, io);
      expect(outcome.exitCode, argv.join(' ')).toBe(2);
      expect(outcome.stderr, argv.join(' ')).toContain(text);
    }
  });

  it('prints usage for help', async () => {
    expect(await runCli(['--help'], io)).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('Usage: certkit'),
    });
    expect((await runCli([], io)).exitCode).toBe(0);
  });
});

describe('certkit check', () => {
  it('accepts a valid order and shows the gifts, exit 0', async () => {
    const outcome = await runCli(
      ['check', '*.Tencent.com', '--brand', 'TrustAsia', '--type', 'DV', '--domain-type', 'wildcard'],
      io,
    );
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toBe('TrustAsia DV (wildcard): ok\n  *.tencent.com\n  tencent.com  (free gift)\n');
  });

  it('refuses with every problem, in Chinese or as JSON, exit 1', async () => {
    const argv = [
      'check',
      'tencent.com',
      '10.0.0.1',
      '--brand',
      'TrustAsia',
      '--type',
      'Free DV',
      '--domain-type',
      'single',
    ];
    const text = await runCli([...argv, '--lang', 'zh-CN'], io);
    expect(text.exitCode).toBe(1);
    expect(text.stdout).toContain('✗ [TYPE-05] 免费证书不能绑定 IP 地址（如 10.0.0.1）。');
    const json = JSON.parse((await runCli([...argv, '--json'], io)).stdout);
    expect(json.ok).toBe(false);
    expect(json.issues.map((issue: { code: string }) => issue.code)).toEqual(['type.free.ip', 'type.free.count']);
    expect(json.gifted).toEqual(['www.tencent.com']);
  });

  it('passes the applicant through (TYPE-08)', async () => {
    const argv = ['check', 'a.com', '--brand', 'GeoTrust', '--type', 'OV', '--domain-type', 'single'];
    expect((await runCli([...argv, '--applicant', 'individual'], io)).exitCode).toBe(1);
    expect((await runCli([...argv, '--applicant', 'enterprise'], io)).exitCode).toBe(0);
    expect(await runCli([...argv, '--applicant', 'robot'], io)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('unknown --applicant'),
    });
  });

  it('exits 2 when the product options are missing', async () => {
    expect(await runCli(['check', 'a.com', '--brand', 'TrustAsia'], io)).toMatchObject({
      exitCode: 2,
      stderr: expect.stringContaining('--domain-type'),
    });
    expect(
      (await runCli(['check', '--brand', 'TrustAsia', '--type', 'DV', '--domain-type', 'single'], io)).exitCode,
    ).toBe(2);
  });
});

describe('certkit demo', () => {
  it('walks through every area on the default policy with live answers', async () => {
    const outcome = await runCli(['demo'], io);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('default policy "tencent-2024"');
    expect(outcome.stdout).toContain('"xn--85x722f.xn--55qx5d.cn"');
    expect(outcome.stdout).toContain('domain.wildcard.partial [TYPE-03]');
    expect(outcome.stdout).toContain('shop.example.ru: refused');
    expect(outcome.stdout).toContain('www.qq.pw (OV): ok');
    expect(outcome.stdout).toContain('192.168.1.10           → 192.168.1.10 private');
    expect(outcome.stdout).toContain('matchesHostname("*.tencent.com", "www.ssl.tencent.com") false');
    expect(outcome.stdout).toContain('gооgle.com             DV: reject — google in "google" (skeleton)');
    expect(outcome.stdout).toContain(
      'TrustAsia DV wildcard ["*.Tencent.com"] → ok; final ["*.tencent.com","tencent.com"], gifts ["tencent.com"]',
    );
  });

  it('speaks Chinese with --lang zh-CN', async () => {
    const demo = (await runCli(['demo', '--lang', 'zh-CN'], io)).stdout;
    expect(demo).toContain('不支持绑定“.ru”顶级域名下的域名。');
    // verdicts, severities and button names in Chinese too, not the API's English ids
    expect(demo).toContain('shop.example.ru: 不通过 — 错误 [DOM-04]');
    expect(demo).toContain('secure-paypal.com      DV: 拒绝 — “secure-paypal”中的 pay（ascii）');
    expect(demo).toMatch(/2024-03-01 的免费 DV 证书: .*✓ 吊销/);
    expect(demo).not.toMatch(/: (reject|pass|manual-review)\b| (error|warning) \[/);
  });
});

describe('certkit screen', () => {
  it('rejects names with sensitive words for DV, exit 1, and passes clean ones', async () => {
    const outcome = await runCli(['screen', 'gооgle.com', 'shop.tencent.com'], io);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('gооgle.com: reject (DV)');
    expect(outcome.stdout).toContain(
      '✗ [SCREEN-01] "gооgle.com" contains the sensitive word "google" in "gооgle" (skeleton form)',
    );
    expect(outcome.stdout).toContain('shop.tencent.com: pass (DV)');
    expect((await runCli(['screen', 'shop.tencent.com'], io)).exitCode).toBe(0);
  });

  it('sends OV hits to manual review (exit 0) and prints JSON', async () => {
    const outcome = await runCli(['screen', 'bank.example.cn', '--validation', 'OV', '--json'], io);
    expect(outcome.exitCode).toBe(0);
    const [result] = JSON.parse(outcome.stdout);
    expect(result).toMatchObject({ input: 'bank.example.cn', verdict: 'manual-review' });
    expect(result.hits.map((hit: { word: string }) => hit.word)).toEqual(['bank', 'example']);
  });

  it('needs at least one name', async () => {
    expect((await runCli(['screen'], io)).exitCode).toBe(2);
  });
});

describe('certkit quota', () => {
  const base = ['quota', '--ledger', 'ledger.json', '--account', 'a1'];

  it('refuses with the exhausted allowances and when the next slot frees, exit 1', async () => {
    const outcome = await runCli([...base, '--domain', 'www.example.com'], io);
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain('a1 → www.example.com at 2024-06-01T00:00:00.000Z: refused');
    expect(outcome.stdout).toContain('account: 20/20 (free 20/20)');
    expect(outcome.stdout).toContain('primary domain example.com: 20/20');
    expect(outcome.stdout).toContain('next slot frees at 2025-01-01T00:00:00.000Z');
    expect(outcome.stdout).toContain('✗ [QUOTA-01]');
    expect(outcome.stdout).toContain('✗ [QUOTA-02]');
  });

  it('allows from the package, at a given time, under another edition, or as JSON', async () => {
    expect((await runCli([...base, '--domain', 'a.other.cn', '--package', '2'], io)).stdout).toContain(
      'allowed (package)',
    );
    expect((await runCli([...base, '--domain', 'a.other.cn', '--now', '2025-01-01T00:00:00Z'], io)).stdout).toContain(
      'allowed (free)',
    );
    const json = JSON.parse(
      (
        await runCli(
          [
            ...base,
            '--domain',
            'a.other.cn',
            '--policy',
            'tencent-2023',
            '--kind',
            'individual',
            '--tier',
            'v2',
            '--json',
          ],
          io,
        )
      ).stdout,
    );
    expect(json).toMatchObject({ allowed: true, pool: 'any-domain', usage: { account: { used: 20, limit: 50 } } });
  });

  it('under --policy letsencrypt: the buckets, the refusing one and its next token; --ari-renewal is exempt', async () => {
    const le = [
      'quota',
      '--policy',
      'letsencrypt',
      '--ledger',
      'le-ledger.json',
      '--account',
      'acct',
      '--now',
      '2026-12-07T10:00:00Z',
    ];
    const refused = await runCli([...le, '--domain', 'www.example.com', '--domain', 'example.com'], io);
    expect(refused.exitCode).toBe(1);
    expect(refused.stdout).toContain(
      'certificates-per-identifier-set example.com,www.example.com: 0/5 left, next at 2026-12-08T09:36:00.000Z',
    );
    expect(refused.stdout).toContain('✗ [STD-10]');
    expect(refused.stdout).not.toContain('account:'); // no hold pools under this policy
    const other = await runCli([...le, '--domain', 'api.example.com', '--now', '2026-12-07T09:05:00Z'], io);
    expect(other.stdout).toContain(
      'authorization-failures-per-identifier acct api.example.com: 4/5 left, next at 2026-12-07T09:12:00.000Z',
    );
    expect(other.exitCode).toBe(0);
    const renewal = await runCli(
      [...le, '--domain', 'www.example.com', '--domain', 'example.com', '--ari-renewal'],
      io,
    );
    expect(renewal.exitCode).toBe(0);
    expect(renewal.stdout).toContain('i [STD-10]');
  });

  it('exits 2 on missing options, bad values or a bad ledger', async () => {
    for (const argv of [
      ['quota', '--account', 'a1', '--domain', 'x.cn'],
      [...base, '--domain', 'x.cn', '--kind', 'robot'],
      [...base, '--domain', 'x.cn', '--tier', 'gold'],
      [...base, '--domain', 'x.cn', '--package', '-1'],
      ['quota', '--ledger', 'missing.json', '--account', 'a1', '--domain', 'x.cn'],
      ['quota', '--ledger', 'bad-ledger.json', '--account', 'a1', '--domain', 'x.cn'],
      [...base, '--domain', 'x.cn', '--now', 'tomorrow'],
    ]) {
      expect((await runCli(argv, io)).exitCode, argv.join(' ')).toBe(2);
    }
  });
});

describe('certkit caa and certkit dcv', () => {
  it('refuses a CA the CAA records do not name, with the records to add, exit 1', async () => {
    const outcome = await runCli(
      ['caa', 'www.example.com', '--records', 'example.com. CAA 0 issue "letsencrypt.org"', '--brand', 'TrustAsia'],
      io,
    );
    expect(outcome.exitCode).toBe(1);
    expect(outcome.stdout).toContain(
      'www.example.com: refused for sectigo.com, trust-provider.com (records at example.com)',
    );
    expect(outcome.stdout).toContain('add at example.com:\n    0 issue "sectigo.com"');
  });

  it('allows with no records or the right issuer, and prints JSON', async () => {
    expect((await runCli(['caa', 'www.example.com', '--brand', 'TrustAsia', '--no-records'], io)).stdout).toContain(
      'www.example.com: allowed for sectigo.com, trust-provider.com (no CAA records given)',
    );
    const json = JSON.parse(
      (
        await runCli(
          [
            'caa',
            '*.example.com',
            '--records',
            'example.com CAA 0 issuewild "sectigo.com"',
            '--issuer',
            'sectigo.com',
            '--json',
          ],
          io,
        )
      ).stdout,
    );
    expect(json).toMatchObject({ allowed: true, relevantName: 'example.com', matched: { tag: 'issuewild' } });
  });

  it('exits 2 on unnamed or malformed records and unknown brands', async () => {
    expect((await runCli(['caa', 'a.example.com', '--records', '0 issue "x.com"'], io)).exitCode).toBe(2);
    expect((await runCli(['caa', 'a.example.com', '--records', 'example.com CAA 999 issue "x"'], io)).exitCode).toBe(2);
    expect((await runCli(['caa', 'a.example.com', '--brand', 'WoTrus'], io)).exitCode).toBe(2);
    expect((await runCli(['caa'], io)).exitCode).toBe(2);
  });

  it('prints the DNS record or the file to create', async () => {
    const dns = await runCli(
      ['dcv', '*.shop.example.com', '--token', 'abc', '--value', 'x.sectigo.com', '--type', 'CNAME'],
      io,
    );
    expect(dns.stdout).toBe(
      'CNAME record at _abc.shop.example.com\n  host record (relative to example.com): _abc.shop\n  value: x.sectigo.com\n',
    );
    const file = await runCli(
      ['dcv', 'www.example.com', '--method', 'file', '--path', 'A.txt', '--content', 'tok', '--json'],
      io,
    );
    expect(JSON.parse(file.stdout).urls[1]).toBe('https://www.example.com/.well-known/pki-validation/A.txt');
    expect(
      (await runCli(['dcv', '*.example.com', '--method', 'file', '--path', 'A.txt', '--content', 'tok'], io)).exitCode,
    ).toBe(2);
  });
});

describe('certkit lifecycle', () => {
  const lifecycleIo: CliIo = {
    ...io,
    readTextFile: (path) =>
      path === 'cert.json'
        ? readFileSync(new URL('../../examples/data/cert-state.json', import.meta.url), 'utf8')
        : io.readTextFile(path),
  };

  it('prints every action with its reasons and the schedule', async () => {
    const outcome = await runCli(['lifecycle', '--cert', 'cert.json', '--now', '2025-02-10T00:00:00Z'], lifecycleIo);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toContain('TrustAsia Free DV — Issued at 2025-02-10T00:00:00Z');
    expect(outcome.stdout).toContain('✗ reissue');
    expect(outcome.stdout).toContain(
      '[LIFE-02] A certificate can be reissued only with more than 30 days left; 19 days are left.',
    );
    expect(outcome.stdout).toContain('✗ revoke');
    expect(outcome.stdout).toContain('[LIFE-03] The certificate is deployed to 1 cloud resource(s)');
    expect(outcome.stdout).toContain('✓ renew');
    expect(outcome.stdout).toMatch(/\n {4}renewal opens: +2025-01-30T00:00:00\.000Z\n/);
    // LIFE-06: a free certificate cannot switch auto-renewal on, so no auto-renewal dates
    expect(outcome.stdout).not.toContain('auto-renewal:');
    expect(outcome.stdout).not.toMatch(/windowOpensAt|autoRenew|\{/);
  });

  it('in Chinese, every word of the frame is Chinese', async () => {
    const outcome = await runCli(
      ['lifecycle', '--cert', 'cert.json', '--now', '2025-02-10T00:00:00Z', '--lang', 'zh-CN'],
      lifecycleIo,
    );
    expect(outcome.stdout).toContain('已通过 于 2025-02-10T00:00:00Z');
    expect(outcome.stdout).toContain('✗ 重新签发');
    expect(outcome.stdout).toContain('时间表:');
    // no English words outside brand and product names, rule IDs, times, and one param value
    // (setHosting's missing leadDays argument, quoted as the library names it)
    const frame = outcome.stdout.replace(
      /TrustAsia|Free DV|\[[A-Z]+-\d+\]|\d{4}-\d\d-\d\dT[\d:.]+Z|leadDays|undefined/g,
      '',
    );
    expect(frame).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('prints JSON, in Chinese, and exits 2 without a readable certificate', async () => {
    const json = JSON.parse(
      (await runCli(['lifecycle', '--cert', 'cert.json', '--now', '2024-06-01T00:00:00Z', '--json'], lifecycleIo))
        .stdout,
    );
    expect(json.actions.find((a: { action: string }) => a.action === 'reissue').allowed).toBe(true);
    expect((await runCli(['lifecycle', '--cert', 'cert.json', '--lang', 'zh-CN'], lifecycleIo)).stdout).toContain(
      '已通过',
    );
    expect((await runCli(['lifecycle'], lifecycleIo)).exitCode).toBe(2);
    expect((await runCli(['lifecycle', '--cert', 'missing.json'], lifecycleIo)).exitCode).toBe(2);
  });
});

describe('certkit csr and certkit inspect', () => {
  it('writes a CSR and key, prints the fingerprint, and inspects the CSR', async () => {
    const written: Record<string, string> = {};
    const fileIo: CliIo = {
      ...io,
      writeFile: (path, text) => {
        written[path] = String(text);
      },
      readTextFile: (path) => written[path] ?? io.readTextFile(path),
    };
    const argv = [
      'csr',
      '--domain',
      'www.example.com',
      '--domain',
      'example.com',
      '--key',
      'ec-p256',
      '--country',
      'CN',
      '--org',
      '腾讯科技',
      '--out',
      'out',
    ];
    const outcome = await runCli(argv, fileIo);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.stdout).toMatch(
      /^out\/www\.example\.com\.csr, out\/www\.example\.com\.key \(EC P-256\)\npublic key SHA-256: [0-9a-f]{64}\n$/,
    );
    expect(written['out/www.example.com.key']).toContain('BEGIN PRIVATE KEY');
    const inspected = await runCli(['inspect', 'out/www.example.com.csr'], fileIo);
    expect(inspected.stdout).toContain('subject: C=CN, O=腾讯科技, CN=www.example.com');
    expect(inspected.stdout).toContain('names: www.example.com, example.com');
    expect(inspected.stdout).toContain('signature: ECDSA-SHA256, valid');
    expect(JSON.parse((await runCli(['inspect', 'out/www.example.com.csr', '--json'], fileIo)).stdout).key).toEqual({
      type: 'EC',
      curve: 'P-256',
    });
    // --key sm2: an SM2-with-SM3 CSR (issue 20), which inspect verifies
    const sm2 = await runCli(['csr', '--domain', 'sm2.example.com', '--key', 'sm2', '--out', 'out'], fileIo);
    expect(sm2.exitCode).toBe(0);
    expect(sm2.stdout).toMatch(/^out\/sm2\.example\.com\.csr, out\/sm2\.example\.com\.key \(EC SM2\)\n/);
    expect((await runCli(['inspect', 'out/sm2.example.com.csr'], fileIo)).stdout).toContain(
      'signature: SM2-SM3, valid',
    );
  });

  it('exits 2 on bad options and unreadable files; other commands still work', async () => {
    expect((await runCli(['csr', '--domain', 'a.com', '--key', 'dsa'], io)).exitCode).toBe(2);
    expect((await runCli(['csr'], io)).exitCode).toBe(2);
    expect((await runCli(['csr', '--domain', 'a_b.com'], io)).exitCode).toBe(2);
    expect((await runCli(['inspect', 'broken.json'], io)).exitCode).toBe(2);
    expect((await runCli(['inspect'], io)).exitCode).toBe(2);
    expect((await runCli(['domain', 'example.com'], io)).exitCode).toBe(0);
  });
});

describe('certkit chain and certkit inspect on certificates (CHAIN-01…06)', () => {
  const pki = (name: string) => readFileSync(new URL(`../fixtures/pki/${name}`, import.meta.url), 'utf8');
  const written: Record<string, string | Uint8Array> = {};
  const pkiIo: CliIo = {
    now: () => new Date('2030-01-01T00:00:00Z'),
    readTextFile: (path) => pki(path),
    writeFile: (path, data) => {
      written[path] = data;
    },
  };

  it('orders a bundle, exits 0 when it is complete and 1 with the missing intermediate', async () => {
    const ok = await runCli(['chain', 'ca1.pem', 'leaf.pem', '--trust', 'root.pem', '--host', 'example.com'], pkiIo);
    expect(ok.exitCode).toBe(0);
    expect(ok.stdout.indexOf('CN=www.example.com')).toBeLessThan(ok.stdout.indexOf('CN=certkit Test CA 1'));
    const missing = await runCli(['chain', 'leaf.pem', '--json'], pkiIo);
    expect(missing.exitCode).toBe(1);
    expect(JSON.parse(missing.stdout).missing.caIssuersUrls).toEqual(['http://ca.certkit.test/ca1.crt']);
  });

  it('--format writes the server files, the PFX as bytes (CHAIN-05)', async () => {
    const args = ['chain', 'leaf.pem', 'ca1.pem', '--private-key', 'leaf.key', '--format', 'tomcat', '--out', 'out'];
    const outcome = await runCli(args, pkiIo);
    expect(outcome.exitCode).toBe(0);
    expect(written['out/www.example.com.pfx']).toBeInstanceOf(Uint8Array);
    expect(String(written['out/keystorePass.txt'])).toMatch(/^[A-Za-z0-9]{20}\n$/);
    expect((await runCli(['chain', 'leaf.pem', '--format', 'iis'], pkiIo)).exitCode).toBe(2);
    expect(
      (await runCli(['chain', 'leaf.pem', '--format', 'caddy', '--private-key', 'leaf.key'], pkiIo)).exitCode,
    ).toBe(2);
    expect((await runCli(['chain'], pkiIo)).exitCode).toBe(2);
  });

  it('inspect shows a certificate’s fingerprints and key', async () => {
    const outcome = await runCli(['inspect', 'leaf.pem'], pkiIo);
    expect(outcome.stdout).toContain('key: RSA 2048, signature: ECDSA-SHA256');
    expect(outcome.stdout).toMatch(/SHA-256: [0-9a-f]{64}/);
    const json = JSON.parse((await runCli(['inspect', 'ca1.pem', '--json'], pkiIo)).stdout);
    expect(json.pathLength).toBe(0);
  });
});

describe('the CLI never prints a stack trace (issue 15)', () => {
  const failing = (error: unknown): CliIo => ({
    ...io,
    now: () => {
      throw error; // a failure outside every check: the clock itself
    },
    readTextFile: (path) => {
      if (path === 'ledger.json') return files['ledger.json'] ?? '';
      if (path === 'no-domains.json') {
        const state = JSON.parse(readFileSync(new URL('../../examples/data/cert-state.json', import.meta.url), 'utf8'));
        return JSON.stringify({ ...state, domains: undefined });
      }
      throw error;
    },
  });
  const quota = ['quota', '--ledger', 'ledger.json', '--account', 'a1', '--domain', 'x.example.com'];
  const systemError = Object.assign(new Error("EISDIR: illegal operation on a directory, read 'certs'"), {
    code: 'EISDIR',
  });

  it.each([
    ['inspect on a directory', ['inspect', 'certs'], systemError, /^certkit: "certs" is a directory: give a file/],
    ['chain on a directory', ['chain', 'certs'], systemError, /^certkit: "certs" is a directory/],
    ['a failure nobody explained', [...quota], new Error('boom'), /^certkit: internal error \(boom\)/],
    ['a thrown non-error', [...quota], 42, /^certkit: internal error \(number\)/],
    [
      'lifecycle on a state without domains',
      ['lifecycle', '--cert', 'no-domains.json', '--now', '2024-06-01T00:00:00Z'],
      systemError,
      /cert\.domains/,
    ],
  ])('%s: one line on stderr, no stack trace', async (_case, argv, error, message) => {
    const outcome = await runCli(argv, failing(error));
    expect(outcome.exitCode).not.toBe(0);
    expect(outcome.stderr).toMatch(message);
    expect(outcome.stderr).not.toMatch(/\n\s+at /);
  });
});
