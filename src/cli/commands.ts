import { formatIssue } from '../messages/index.js';
import type { DomainType, ValidationLevel } from '../policy/schema.js';
import { applicantKinds, domainTypes, membershipTiers, validationLevels } from '../policy/vocabulary.js';
import { SERVERS, type Server } from '../x509/bundles/server-bundle.js';
import { KEY_PURPOSES, type PathRules, TLS_PURPOSES } from '../x509/chain/path-rules.js';
import { CONVERT_TARGETS, convert } from '../x509/convert/convert.js';
import { chainCommand } from './chain-command.js';
import { checkReport } from './check-report.js';
import { type CliOutcome, type CommandContext, done, inputError, listFlag, problem, stringFlag } from './context.js';
import { csrCommand, KEY_CHOICES } from './csr-command.js';
import { demoText } from './demo.js';
import { domainReports, renderDomainReports } from './domain-report.js';
import type { FlagName } from './flags.js';
import { pemOrDer, readInput, readTextInput } from './input.js';
import { inspectInput } from './inspect-command.js';
import { issueLine } from './issue-line.js';
import { lifecycleReport } from './lifecycle-report.js';
import { writeFiles } from './output-files.js';
import { quotaReport } from './quota-report.js';
import { screenReport } from './screen-report.js';
import { caaReport, dcvReport } from './validation-report.js';
import { say } from './words.js';

/** A usage error a handler returns: the run prints it with the command's usage, exit 2. */
export interface UsageProblem {
  readonly usage: string;
}

/** One command: its arguments, summary, the flags that apply, and what it does. */
export interface CommandSpec {
  readonly name: string;
  readonly args: string;
  readonly en: string;
  readonly zh: string;
  readonly flags: readonly FlagName[];
  readonly run: (context: CommandContext) => CliOutcome | UsageProblem | Promise<CliOutcome | UsageProblem>;
}

const usage = (message: string): UsageProblem => ({ usage: message });

/** A value from a closed list, or the usage error naming the choices. */
function choice<T extends string>(
  flag: string,
  value: string | undefined,
  choices: readonly T[],
): T | UsageProblem | undefined {
  if (value === undefined) return undefined;
  const found = choices.find((candidate) => candidate === value);
  return found ?? usage(`unknown --${flag} "${value}"; use ${choices.join(', ')}`);
}
export const isUsage = (value: unknown): value is UsageProblem =>
  typeof value === 'object' && value !== null && 'usage' in value;

/** A secret from `--<flag>-file`, the environment variable, or `--<flag>` (the last is visible in `ps`). */
function secret(
  context: CommandContext,
  flag: 'key-password' | 'password',
  variable: string,
): string | CliOutcome | undefined {
  const file = stringFlag(context, `${flag}-file`);
  if (file !== undefined) {
    const read = readTextInput(file, context.io);
    return read.ok ? read.text.replace(/\r?\n$/, '') : inputError(read.message);
  }
  return context.io.env?.[variable] ?? stringFlag(context, flag);
}

function runDomain(context: CommandContext): CliOutcome | UsageProblem {
  if (context.positionals.length === 0) return usage('certkit domain needs at least one name');
  const validation = choice('validation', stringFlag(context, 'validation'), validationLevels);
  if (isUsage(validation)) return validation;
  const reports = domainReports(context.positionals, { policy: context.policy, locale: context.locale, validation });
  const text = context.json
    ? JSON.stringify(reports, null, 2)
    : renderDomainReports(reports, context.locale, context.style);
  return done(
    reports.every((report) => report.ok),
    text,
  );
}

function runCheck(context: CommandContext): CliOutcome | UsageProblem {
  const brand = stringFlag(context, 'brand');
  const type = stringFlag(context, 'type');
  if (context.positionals.length === 0) return usage('certkit check needs at least one name');
  if (brand === undefined || type === undefined || context.values['domain-type'] === undefined)
    return usage('certkit check needs --brand, --type and --domain-type');
  const domainType = choice('domain-type', stringFlag(context, 'domain-type'), domainTypes);
  const applicant = choice('applicant', stringFlag(context, 'applicant'), applicantKinds);
  if (isUsage(domainType)) return domainType;
  if (isUsage(applicant)) return applicant;
  const request = {
    domains: context.positionals,
    product: { brand, type, domainType: domainType as DomainType },
    ...(applicant === undefined ? {} : { applicant: { kind: applicant } }),
  };
  const report = checkReport(request, context.policy, context.locale, context.json, context.style);
  return done(report.ok, report.text);
}

function runScreen(context: CommandContext): CliOutcome | UsageProblem {
  if (context.positionals.length === 0) return usage('certkit screen needs at least one name');
  const validation = choice('validation', stringFlag(context, 'validation'), validationLevels);
  if (isUsage(validation)) return validation;
  const brand = stringFlag(context, 'brand');
  const report = screenReport(context.positionals, {
    policy: context.policy,
    locale: context.locale,
    validation: (validation ?? 'DV') as ValidationLevel,
    ...(brand === undefined ? {} : { brand }),
    json: context.json,
    style: context.style,
  });
  return done(report.ok, report.text);
}

function runQuota(context: CommandContext): CliOutcome | UsageProblem {
  const ledgerPath = stringFlag(context, 'ledger');
  const account = stringFlag(context, 'account');
  const [domain, ...identifiers] = listFlag(context, 'domain');
  if (ledgerPath === undefined || account === undefined || domain === undefined)
    return usage('certkit quota needs --ledger, --account and --domain');
  const kind = choice('kind', stringFlag(context, 'kind'), applicantKinds) ?? 'individual';
  const tier = choice('tier', stringFlag(context, 'tier'), membershipTiers);
  if (isUsage(kind)) return kind;
  if (isUsage(tier)) return tier;
  const packageText = stringFlag(context, 'package');
  const packageRemaining = packageText === undefined ? 0 : Number(packageText);
  if (!Number.isInteger(packageRemaining) || packageRemaining < 0)
    return usage(`--package must be a count, not "${packageText}"`);
  const read = readTextInput(ledgerPath, context.io);
  if (!read.ok) return inputError(`cannot read the ledger: ${read.message}`);
  let records: unknown;
  try {
    records = JSON.parse(read.text);
  } catch (error) {
    return inputError(`the ledger "${ledgerPath}" is not JSON: ${(error as Error).message}`);
  }
  const request = {
    accountId: account,
    applicant: tier === undefined ? { kind } : { kind, tier },
    domain,
    vendorRegistered: context.values['vendor-registered'] === true,
    packageRemaining,
    identifiers,
    ariRenewal: context.values['ari-renewal'] === true,
  };
  const now = stringFlag(context, 'now') ?? context.io.now().toISOString();
  const report = quotaReport(records as never, request, {
    style: context.style,
    policy: context.policy,
    locale: context.locale,
    now,
    json: context.json,
  });
  return done(report.ok, report.text);
}

function runCaa(context: CommandContext): CliOutcome | UsageProblem {
  const [name, ...extra] = context.positionals;
  if (name === undefined || extra.length > 0) return usage('certkit caa takes exactly one name');
  const brand = stringFlag(context, 'brand');
  const issuers = listFlag(context, 'issuer');
  if (brand === undefined && issuers.length === 0)
    return usage('certkit caa needs --brand or --issuer: whose CA is asking?');
  const records = listFlag(context, 'records');
  if (records.length === 0 && context.values['no-records'] !== true)
    return usage('certkit caa needs the zone’s CAA records (--records, repeatable), or --no-records if it has none');
  const report = caaReport(name, records, {
    policy: context.policy,
    locale: context.locale,
    ...(brand === undefined ? {} : { brand }),
    ...(issuers.length === 0 ? {} : { issuers }),
    json: context.json,
    style: context.style,
  });
  return report.invalidInput ? inputError(report.text) : done(report.ok, report.text);
}

function runDcv(context: CommandContext): CliOutcome | UsageProblem {
  const [name, ...extra] = context.positionals;
  if (name === undefined || extra.length > 0) return usage('certkit dcv takes exactly one name');
  const method = choice('method', stringFlag(context, 'method'), ['dns', 'file'] as const) ?? 'dns';
  if (isUsage(method)) return method;
  const needed = method === 'file' ? (['path', 'content'] as const) : (['token', 'value'] as const);
  const missing = needed.filter((flag) => stringFlag(context, flag) === undefined);
  if (missing.length > 0)
    return usage(`certkit dcv --method ${method} needs ${missing.map((flag) => `--${flag}`).join(' and ')}`);
  const type = choice('type', stringFlag(context, 'type')?.toUpperCase(), ['TXT', 'CNAME'] as const);
  if (isUsage(type)) return type;
  const fields = ['token', 'value', 'zone', 'path', 'content'] as const;
  const given = Object.fromEntries(
    fields.flatMap((flag) => (stringFlag(context, flag) === undefined ? [] : [[flag, stringFlag(context, flag)]])),
  );
  return done(
    true,
    dcvReport(name, {
      method,
      ...given,
      ...(type === undefined ? {} : { type }),
      json: context.json,
      locale: context.locale,
    }),
  );
}

function runLifecycle(context: CommandContext): CliOutcome | UsageProblem {
  const path = stringFlag(context, 'cert');
  if (path === undefined) return usage('certkit lifecycle needs --cert <cert-state.json>');
  const read = readTextInput(path, context.io);
  if (!read.ok) return inputError(`cannot read the certificate state: ${read.message}`);
  let cert: unknown;
  try {
    cert = JSON.parse(read.text);
  } catch (error) {
    return inputError(`the certificate state "${path}" is not JSON: ${(error as Error).message}`);
  }
  const now = stringFlag(context, 'now') ?? context.io.now().toISOString();
  return done(
    true,
    lifecycleReport(cert as never, {
      policy: context.policy,
      locale: context.locale,
      now,
      json: context.json,
      style: context.style,
    }),
  );
}

async function runCsr(context: CommandContext): Promise<CliOutcome | UsageProblem> {
  const domains = listFlag(context, 'domain');
  if (domains.length === 0) return usage('certkit csr needs at least one --domain');
  const keyName = stringFlag(context, 'key') ?? 'rsa-2048';
  const key = KEY_CHOICES[keyName];
  if (key === undefined) return usage(`unknown --key "${keyName}"; use ${Object.keys(KEY_CHOICES).join(', ')}`);
  const password = secret(context, 'key-password', 'CERTKIT_KEY_PASSWORD');
  if (typeof password === 'object') return password;
  const subject = { C: 'country', ST: 'state', L: 'locality', O: 'org', OU: 'unit', emailAddress: 'email' } as const;
  const result = await csrCommand({
    domains,
    ...(stringFlag(context, 'cn') === undefined ? {} : { cn: stringFlag(context, 'cn') }),
    key,
    subject: Object.fromEntries(Object.entries(subject).map(([field, flag]) => [field, stringFlag(context, flag)])),
    ...(password === undefined ? {} : { password }),
    locale: context.locale,
  });
  const written = writeOutput(context, result.files);
  if (!Array.isArray(written)) return written as CliOutcome;
  return done(true, `${written.join(', ')} (${result.keyLabel})\n${result.text}`);
}

/** Writes under `--out` (never over an existing file without `--force`): the paths written, or the refusal. */
function writeOutput(
  context: CommandContext,
  files: Readonly<Record<string, string | Uint8Array>>,
): readonly string[] | CliOutcome {
  const outcome = writeFiles(context.io, stringFlag(context, 'out') ?? '.', files, context.values.force === true);
  return 'existing' in outcome ? problem(refusedOverwrite(context, outcome.existing)) : outcome.written;
}

function refusedOverwrite(context: CommandContext, existing: readonly string[]): string {
  const t = say(context.locale);
  return t(
    `not written: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''}; a key that has a certificate cannot be made again. Use another --out, or --force to replace them.`,
    `未写入：${existing.join('、')} 已存在；已签发证书的私钥无法重新生成。请换一个 --out 目录，或用 --force 覆盖。`,
  );
}

async function runInspect(context: CommandContext): Promise<CliOutcome | UsageProblem> {
  const [path, ...extra] = context.positionals;
  if (path === undefined || extra.length > 0) return usage('certkit inspect takes one file (or - for standard input)');
  const read = readInput(path, context.io);
  if (!read.ok) return inputError(read.message);
  const password = secret(context, 'key-password', 'CERTKIT_KEY_PASSWORD');
  if (typeof password === 'object') return password;
  const options = { json: context.json, locale: context.locale, ...(password === undefined ? {} : { password }) };
  const text = await inspectInput(read.bytes, options);
  const t = say(context.locale);
  if (text !== undefined) return done(true, text);
  return inputError(
    t(
      `"${path}" is not a certificate, CSR, private key or PKCS#12 file (PEM or DER)`,
      `"${path}" 不是证书、CSR、私钥或 PKCS#12 文件（PEM 或 DER）`,
    ),
  );
}

/** Each file as PEM text or DER bytes, or the error for the first one that cannot be read. */
function readAll(paths: readonly string[], context: CommandContext): (string | Uint8Array)[] | CliOutcome {
  const inputs: (string | Uint8Array)[] = [];
  for (const path of paths) {
    const read = readInput(path, context.io);
    if (!read.ok) return inputError(read.message);
    inputs.push(pemOrDer(read.bytes));
  }
  return inputs;
}

/** `--profile` and `--purpose` as path rules. */
function chainRules(context: CommandContext): PathRules | UsageProblem {
  const profile = choice('profile', stringFlag(context, 'profile'), ['web-pki', 'rfc5280'] as const);
  if (isUsage(profile)) return profile;
  const purpose = choice('purpose', stringFlag(context, 'purpose'), KEY_PURPOSES);
  if (isUsage(purpose)) return purpose;
  if (purpose !== undefined && profile !== 'rfc5280' && !TLS_PURPOSES.includes(purpose))
    return usage(`--purpose ${purpose} is not a TLS purpose: add --profile rfc5280`);
  return { ...(profile === undefined ? {} : { profile }), ...(purpose === undefined ? {} : { purpose }) };
}

async function runChain(context: CommandContext): Promise<CliOutcome | UsageProblem> {
  if (context.positionals.length === 0) return usage('certkit chain needs at least one certificate file');
  const format = choice('format', stringFlag(context, 'format'), SERVERS);
  if (isUsage(format)) return format;
  const keyPath = stringFlag(context, 'private-key');
  if (format !== undefined && keyPath === undefined) return usage('certkit chain --format needs --private-key');
  const rules = chainRules(context);
  if (isUsage(rules)) return rules;
  const crlPaths = listFlag(context, 'crl');
  const keyPaths = keyPath === undefined ? [] : [keyPath];
  const paths = [...context.positionals, ...listFlag(context, 'trust'), ...crlPaths, ...keyPaths];
  const inputs = readAll(paths, context);
  if (!Array.isArray(inputs)) return inputs;
  const keyPassword = secret(context, 'key-password', 'CERTKIT_KEY_PASSWORD');
  const password = secret(context, 'password', 'CERTKIT_PFX_PASSWORD');
  if (typeof keyPassword === 'object') return keyPassword;
  if (typeof password === 'object') return password;
  const trustCount = listFlag(context, 'trust').length;
  const bundles = inputs.slice(0, context.positionals.length);
  const trust = inputs.slice(context.positionals.length, context.positionals.length + trustCount);
  const crlsStart = context.positionals.length + trustCount;
  const crls = inputs.slice(crlsStart, crlsStart + crlPaths.length);
  const keyInput = inputs.at(-1);
  const privateKey = keyPath === undefined ? undefined : typeof keyInput === 'string' ? keyInput : undefined;
  if (keyPath !== undefined && privateKey === undefined) return inputError(`"${keyPath}" is not a PEM private key`);
  const host = stringFlag(context, 'host');
  const result = await chainCommand({
    now: stringFlag(context, 'now') ?? context.io.now().toISOString(), // the CLI is where the clock is read
    bundles,
    trust,
    ...(host === undefined ? {} : { hostname: host }),
    rules,
    crls,
    requireRevocation: context.values['require-revocation'] === true,
    ...(privateKey === undefined ? {} : { privateKey }),
    ...(keyPassword === undefined ? {} : { keyPassword }),
    ...(format === undefined ? {} : { format: format as Server }),
    ...(password === undefined ? {} : { password }),
    includeRoot: context.values['include-root'] === true,
    json: context.json,
    locale: context.locale,
    style: context.style,
  });
  if (Object.keys(result.files).length === 0) return done(result.ok, result.text);
  const t = say(context.locale);
  if (!result.ok && context.values.force !== true)
    return done(
      false,
      `${result.text}\n${t('  not written: the chain has an error, and a server given these files would fail clients. Fix the chain, or --force to write them anyway.', '  未写入：证书链有错误，服务器使用这些文件会导致客户端访问失败。请修复证书链，或用 --force 强制写出。')}`,
    );
  const written = writeOutput(context, result.files);
  if (!Array.isArray(written)) return written as CliOutcome;
  const forced = result.ok
    ? []
    : [t('  written with --force although the chain has an error', '  证书链有错误，已按 --force 写出')];
  const wrote = written.map((path) => t(`  wrote ${path}`, `  已写入 ${path}`));
  return done(result.ok, [result.text, ...forced, ...wrote, ...result.notes].join('\n'));
}

/** `certkit convert`: what the user has in, the target out, after convert()'s checks; an incomplete chain is written only with --force. */
async function runConvert(context: CommandContext): Promise<CliOutcome | UsageProblem> {
  if (context.positionals.length === 0) return usage('certkit convert needs at least one input file');
  const to = choice('to', stringFlag(context, 'to'), CONVERT_TARGETS);
  if (isUsage(to)) return to;
  if (to === undefined) return usage(`certkit convert needs --to ${CONVERT_TARGETS.join('|')}`);
  const inputs = readAll(context.positionals, context);
  if (!Array.isArray(inputs)) return inputs;
  const inputPassword = secret(context, 'key-password', 'CERTKIT_KEY_PASSWORD');
  const outputPassword = secret(context, 'password', 'CERTKIT_PFX_PASSWORD');
  if (typeof inputPassword === 'object') return inputPassword;
  if (typeof outputPassword === 'object') return outputPassword;
  const result = await convert(inputs, {
    to,
    ...(inputPassword === undefined ? {} : { password: inputPassword }),
    ...(outputPassword === undefined ? {} : { outputPassword }),
    legacyPfx: context.values['legacy-pfx'] === true,
  });
  const t = say(context.locale);
  const lines = [
    `${t('chain', '证书链')}: ${result.chain.map((certificate) => certificate.commonName ?? certificate.subjectText).join(' → ')}`,
    ...result.issues.map((issue) => issueLine(issue, formatIssue(issue, context.locale), context.style)),
  ];
  if (result.issues.length > 0 && context.values.force !== true)
    return done(
      false,
      [
        ...lines,
        t(
          '  not written: the chain is incomplete. Add the intermediate, or --force to write anyway.',
          '  未写入：证书链不完整。请补充中间证书，或用 --force 强制写出。',
        ),
      ].join('\n'),
    );
  const written = writeOutput(context, result.files);
  if (!Array.isArray(written)) return written as CliOutcome;
  // the keystore password is in keystorePass.txt, never printed
  return done(true, [...lines, ...written.map((path) => t(`  wrote ${path}`, `  已写入 ${path}`))].join('\n'));
}

const OUTPUT: readonly FlagName[] = ['out', 'force'];

/** Every command, in the order help lists them. */
export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'demo',
    args: '',
    en: 'a tour of every area on the policy (default tencent-2024)',
    zh: '在策略上演示各项功能（默认 tencent-2024）',
    flags: [],
    run: async (c) => done(true, await demoText(c.locale, c.policy)),
  },
  {
    name: 'domain',
    args: '<names…>',
    en: 'normalise and check domain names (exit 1 if any has an error)',
    zh: '规范化并检查域名（有错误时退出码为 1）',
    flags: ['validation'],
    run: runDomain,
  },
  {
    name: 'check',
    args: '<names…>',
    en: 'check the names of an order against a product (exit 1 if refused)',
    zh: '按产品检查订单中的域名（不通过时退出码为 1）',
    flags: ['brand', 'type', 'domain-type', 'applicant'],
    run: runCheck,
  },
  {
    name: 'screen',
    args: '<names…>',
    en: 'the CA’s sensitive-word review (exit 1 if any is rejected)',
    zh: 'CA 的敏感词审核（有拒绝时退出码为 1）',
    flags: ['validation', 'brand'],
    run: runScreen,
  },
  {
    name: 'quota',
    args: '',
    en: 'may this account apply for a free certificate now? (exit 1 if refused)',
    zh: '该账号现在能否申请免费证书？（不能时退出码为 1）',
    flags: ['ledger', 'account', 'domain', 'kind', 'tier', 'vendor-registered', 'package', 'ari-renewal', 'now'],
    run: runQuota,
  },
  {
    name: 'caa',
    args: '<name>',
    en: 'may the brand’s CA issue for the name? (exit 1 if refused)',
    zh: '该品牌的 CA 能否为此域名签发？（不能时退出码为 1）',
    flags: ['records', 'no-records', 'brand', 'issuer'],
    run: runCaa,
  },
  {
    name: 'dcv',
    args: '<domain>',
    en: 'the DNS record or file to create for domain control validation',
    zh: '域名验证需要添加的 DNS 记录或文件',
    flags: ['method', 'token', 'value', 'type', 'zone', 'path', 'content'],
    run: runDcv,
  },
  {
    name: 'lifecycle',
    args: '',
    en: 'the actions allowed now, with reasons, and the renewal schedule',
    zh: '当前可执行的操作及原因，以及续费时间表',
    flags: ['cert', 'now'],
    run: runLifecycle,
  },
  {
    name: 'csr',
    args: '',
    en: 'generate a key and a CSR (never replaces files without --force)',
    zh: '生成私钥和 CSR（不加 --force 不会覆盖文件）',
    flags: [
      'domain',
      'cn',
      'key',
      'country',
      'state',
      'locality',
      'org',
      'unit',
      'email',
      'key-password',
      'key-password-file',
      ...OUTPUT,
    ],
    run: runCsr,
  },
  {
    name: 'inspect',
    args: '<file|->',
    en: 'what a certificate, CSR, key or PFX file holds (PEM or DER)',
    zh: '查看证书、CSR、私钥或 PFX 文件的内容（PEM 或 DER）',
    flags: ['key-password', 'key-password-file'],
    run: runInspect,
  },
  {
    name: 'convert',
    args: '<files…>',
    en: 'convert PEM, DER, PFX or JKS files (keys in any format) to --to pem|der|pfx|jks|nginx|apache|iis|tomcat',
    zh: '把 PEM、DER、PFX 或 JKS 文件（任意格式的私钥）转换为 --to pem|der|pfx|jks|nginx|apache|iis|tomcat',
    flags: ['to', 'key-password', 'key-password-file', 'password', 'password-file', 'legacy-pfx', 'out', 'force'],
    run: runConvert,
  },
  {
    name: 'chain',
    args: '<files…>',
    en: 'put certificates in chain order, find what is missing or wrong; --format writes server files',
    zh: '按链顺序排列证书，找出缺失或错误；--format 写出服务器文件',
    flags: [
      'trust',
      'host',
      'profile',
      'purpose',
      'crl',
      'require-revocation',
      'private-key',
      'key-password',
      'key-password-file',
      'include-root',
      'format',
      'password',
      'password-file',
      'now',
      ...OUTPUT,
    ],
    run: runChain,
  },
];
