import { parseArgs } from 'node:util';
import { type CertkitError, isCertkitError } from '../core/error.js';
import { describeType } from '../core/issue.js';
import type { CertificateInput } from '../lifecycle/state.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { parsePolicy } from '../policy/define.js';
import { type PresetName, presets } from '../policy/presets/index.js';
import type { DomainType, Policy, ValidationLevel } from '../policy/schema.js';
import { applicantKinds, membershipTiers, validationLevels } from '../policy/vocabulary.js';
import { SERVERS, type Server } from '../x509/bundles/server-bundle.js';
import { chainCommand, inspectCertificates } from './chain-command.js';
import { checkReport } from './check-report.js';
import { csrCommand, inspectCommand, KEY_CHOICES } from './csr-command.js';
import { demoText } from './demo.js';
import { domainReports, renderDomainReports } from './domain-report.js';
import { lifecycleReport } from './lifecycle-report.js';
import { quotaReport } from './quota-report.js';
import { screenReport } from './screen-report.js';
import { caaReport, dcvReport } from './validation-report.js';

/** What the CLI needs from the outside world; `main.ts` gives the real one, tests a fake. */
export interface CliIo {
  readonly readTextFile: (path: string) => string;
  /** The clock, for `certkit quota` without `--now`. */
  readonly now: () => Date;
  /** Writes a file (creating its directory), for `certkit csr --out` and `certkit chain --format`. */
  readonly writeFile?: (path: string, data: string | Uint8Array) => void;
}

/** A finished CLI run: what to print and the exit code. */
export interface CliOutcome {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

export const USAGE = `Usage: certkit <command> [options]

Commands:
  demo                        walk through what certkit does on the default policy
  domain <names…>             normalise and check domain names (exit 1 if any has an error)
  screen <names…>             the CA's sensitive-word security review (exit 1 if any is rejected)
                              [--validation DV|OV|EV (default DV)] [--brand <brand>]
  quota --ledger <file.json> --account <id> --domain <name>
                              may this account apply for a free certificate now? (exit 1 if refused)
                              [--kind individual|enterprise] [--tier standard|v1|v2] [--vendor-registered]
                              [--package <n left>] [--now <ISO time>]
  caa <name> --records '<zone line>'…   may the brand's CA issue for <name>? (exit 1 if refused)
                              [--brand TrustAsia | --issuer ca.example …] [--json]
  dcv <domain> --method dns --token <t> --value <v> [--type TXT|CNAME] [--zone <zone>]
  dcv <domain> --method file --path <file name> --content <text>
                              the record or file to create for domain control validation
  lifecycle --cert <cert-state.json> [--now <ISO time>]
                              the actions allowed now, with reasons, and the renewal schedule
  csr --domain <name>… [--cn <name>] [--key rsa-2048|rsa-3072|rsa-4096|ec-p256|ec-p384]
      [--country CN --state … --locality … --org … --unit …] [--key-password <p>] [--out <dir>]
                              generate a key and a CSR; prints the public key fingerprint
  inspect <file.csr|file.pem> a CSR's or certificate's subject, names, key, signature, fingerprints
  chain <files…> [--trust <roots.pem>]… [--host <name>] [--private-key <key.pem>] [--include-root]
      [--format nginx|apache|iis|tomcat --out <dir>] [--password <pfx password>] [--now <ISO time>]
                              put certificates in chain order, find what is missing or wrong
                              (exit 1 if the chain has an error); --format writes the server files
  check <names…>              check the names of an order against a product (exit 1 if refused)
                              --brand TrustAsia --type DV --domain-type single|multi|wildcard|multi-wildcard
                              [--applicant individual|enterprise]

Options:
  --json                      machine-readable output
  --lang en|zh-CN             language of messages (default en)
  --policy <preset|file.json> tencent-2024 (default), tencent-2023, standards, or a JSON policy
  --validation DV|OV|EV       the certificate's validation level (DOM-05 applies to DV)
  -h, --help                  this text
`;

const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/**
 * Runs the CLI on `argv` (without `node` and the script) and returns what to print. All I/O
 * goes through `io`, so the command logic is testable in-process.
 *
 * @example
 * runCli(['domain', 'Example.COM', '--json'], io).exitCode // => 0
 */
export function runCli(argv: readonly string[], io: CliIo): CliOutcome {
  const parsed = parseOrExplain(argv);
  if ('exitCode' in parsed) return parsed;
  const { values, positionals } = parsed;
  const [command, ...names] = positionals;
  if (values.help === true || command === undefined || command === 'help')
    return { exitCode: 0, stdout: USAGE, stderr: '' };
  const locale = values.lang as Locale;
  if (!LOCALES.includes(locale)) return usageError(`unknown --lang "${values.lang}"; use en or zh-CN`);
  const validation = values.validation as ValidationLevel | undefined;
  if (validation !== undefined && !validationLevels.includes(validation))
    return usageError(`unknown --validation "${validation}"`);
  const policy = loadPolicy(values.policy, io, locale);
  if (typeof policy === 'string') return usageError(policy);

  if (command === 'demo') return { exitCode: 0, stdout: `${demoText(locale)}\n`, stderr: '' };
  if (command === 'check') return runCheck(names, values, policy, locale);
  if (command === 'quota') return runQuota(values, policy, locale, io);
  if (command === 'lifecycle') return runLifecycle(values, policy, locale, io);
  if (command === 'caa' || command === 'dcv') return runValidation(command, names, values, policy, locale);
  if (command === 'screen') {
    if (names.length === 0) return usageError('certkit screen needs at least one name');
    const options = { policy, locale, validation: validation ?? 'DV', brand: values.brand, json: values.json === true };
    const report = screenReport(names, options);
    return { exitCode: report.ok ? 0 : 1, stdout: `${report.text}\n`, stderr: '' };
  }
  if (command === 'domain') {
    if (names.length === 0) return usageError('certkit domain needs at least one name');
    const reports = domainReports(names, { policy, locale, validation });
    const stdout = values.json === true ? JSON.stringify(reports, null, 2) : renderDomainReports(reports, locale);
    return { exitCode: reports.every((report) => report.ok) ? 0 : 1, stdout: `${stdout}\n`, stderr: '' };
  }
  return usageError(`unknown command "${command}"`);
}

function parseCliArgs(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      lang: { type: 'string', default: 'en' },
      policy: { type: 'string', default: 'tencent-2024' },
      validation: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      brand: { type: 'string' },
      type: { type: 'string' },
      'domain-type': { type: 'string' },
      applicant: { type: 'string' },
      ledger: { type: 'string' },
      account: { type: 'string' },
      domain: { type: 'string', multiple: true },
      kind: { type: 'string', default: 'individual' },
      tier: { type: 'string' },
      'vendor-registered': { type: 'boolean' },
      package: { type: 'string' },
      now: { type: 'string' },
      records: { type: 'string', multiple: true },
      cert: { type: 'string' },
      cn: { type: 'string' },
      key: { type: 'string', default: 'rsa-2048' },
      country: { type: 'string' },
      state: { type: 'string' },
      locality: { type: 'string' },
      org: { type: 'string' },
      unit: { type: 'string' },
      email: { type: 'string' },
      'key-password': { type: 'string' },
      out: { type: 'string', default: '.' },
      issuer: { type: 'string', multiple: true },
      method: { type: 'string', default: 'dns' },
      token: { type: 'string' },
      value: { type: 'string' },
      zone: { type: 'string' },
      path: { type: 'string' },
      content: { type: 'string' },
      trust: { type: 'string', multiple: true },
      host: { type: 'string' },
      'private-key': { type: 'string' },
      'include-root': { type: 'boolean' },
      format: { type: 'string' },
      password: { type: 'string' },
    },
  });
}

type CliValues = ReturnType<typeof parseCliArgs>['values'];

function runCheck(names: readonly string[], values: CliValues, policy: Policy, locale: Locale): CliOutcome {
  const { brand, type } = values;
  const domainType = values['domain-type'];
  if (names.length === 0) return usageError('certkit check needs at least one name');
  if (brand === undefined || type === undefined || domainType === undefined) {
    return usageError('certkit check needs --brand, --type and --domain-type');
  }
  const applicant = applicantKinds.find((kind) => kind === values.applicant);
  if (values.applicant !== undefined && applicant === undefined)
    return usageError(`unknown --applicant "${values.applicant}"`);
  const request = {
    domains: names,
    product: { brand, type, domainType: domainType as DomainType },
    ...(applicant === undefined ? {} : { applicant: { kind: applicant } }),
  };
  const report = checkReport(request, policy, locale, values.json === true);
  return { exitCode: report.ok ? 0 : 1, stdout: `${report.text}\n`, stderr: '' };
}

function runQuota(values: CliValues, policy: Policy, locale: Locale, io: CliIo): CliOutcome {
  const domain = values.domain?.[0];
  if (values.ledger === undefined || values.account === undefined || domain === undefined) {
    return usageError('certkit quota needs --ledger, --account and --domain');
  }
  const kind: 'enterprise' | 'individual' = values.kind === 'enterprise' ? 'enterprise' : 'individual';
  if (values.kind !== kind) return usageError(`unknown --kind "${values.kind}"`);
  const tier = membershipTiers.find((candidate) => candidate === values.tier);
  if (values.tier !== undefined && tier === undefined) return usageError(`unknown --tier "${values.tier}"`);
  const packageRemaining = values.package === undefined ? 0 : Number(values.package);
  if (!Number.isInteger(packageRemaining) || packageRemaining < 0)
    return usageError(`--package must be a count, not "${values.package}"`);
  let records: unknown;
  try {
    records = JSON.parse(io.readTextFile(values.ledger));
  } catch (error) {
    return usageError(
      `cannot read ledger "${values.ledger}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const request = {
    accountId: values.account,
    applicant: tier === undefined ? { kind } : { kind, tier },
    domain,
    vendorRegistered: values['vendor-registered'] === true,
    packageRemaining,
  };
  try {
    const now = values.now ?? io.now().toISOString();
    const report = quotaReport(records as never, request, { policy, locale, now, json: values.json === true });
    return { exitCode: report.ok ? 0 : 1, stdout: `${report.text}\n`, stderr: '' };
  } catch (error) {
    if (isCertkitError(error)) return usageError(explain(error, locale));
    throw error;
  }
}

function runLifecycle(values: CliValues, policy: Policy, locale: Locale, io: CliIo): CliOutcome {
  if (values.cert === undefined) return usageError('certkit lifecycle needs --cert <cert-state.json>');
  let cert: CertificateInput;
  try {
    cert = JSON.parse(io.readTextFile(values.cert)) as CertificateInput;
  } catch (error) {
    return usageError(
      `cannot read certificate "${values.cert}": ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const now = values.now ?? io.now().toISOString();
    return {
      exitCode: 0,
      stdout: `${lifecycleReport(cert, { policy, locale, now, json: values.json === true })}\n`,
      stderr: '',
    };
  } catch (error) {
    if (isCertkitError(error)) return usageError(explain(error, locale));
    throw error;
  }
}

function runValidation(
  command: 'caa' | 'dcv',
  names: readonly string[],
  values: CliValues,
  policy: Policy,
  locale: Locale,
): CliOutcome {
  const [name, ...extra] = names;
  if (name === undefined || extra.length > 0) return usageError(`certkit ${command} takes exactly one name`);
  try {
    if (command === 'dcv') {
      const { method, token, value, type, zone, path, content } = values;
      const text = dcvReport(name, { method, token, value, type, zone, path, content, json: values.json === true });
      return { exitCode: 0, stdout: `${text}\n`, stderr: '' };
    }
    const options = { policy, locale, brand: values.brand, issuers: values.issuer, json: values.json === true };
    const report = caaReport(name, values.records ?? [], options);
    if (report.invalidInput) return usageError(report.text);
    return { exitCode: report.ok ? 0 : 1, stdout: `${report.text}\n`, stderr: '' };
  } catch (error) {
    if (isCertkitError(error)) return usageError(explain(error, locale));
    throw error;
  }
}

/** A preset name, or a path to a JSON policy file; a string result is the error to print. */
function loadPolicy(nameOrPath: string, io: CliIo, locale: Locale): Policy | string {
  if (Object.hasOwn(presets, nameOrPath)) return presets[nameOrPath as PresetName];
  if (!nameOrPath.endsWith('.json'))
    return `unknown policy "${nameOrPath}"; use ${Object.keys(presets).join(', ')} or a .json file`;
  try {
    return parsePolicy(JSON.parse(io.readTextFile(nameOrPath)));
  } catch (error) {
    if (isCertkitError(error)) return explain(error, locale);
    return `cannot read policy "${nameOrPath}": ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The parsed arguments, or the usage error to print for them. */
function parseOrExplain(argv: readonly string[]): ReturnType<typeof parseCliArgs> | CliOutcome {
  try {
    return parseCliArgs(argv);
  } catch (error) {
    return usageError(error instanceof Error ? error.message : String(error));
  }
}

/** Every issue of a CertkitError, as messages in the locale, one per line. */
function explain(error: CertkitError, locale: Locale): string {
  return error.issues.map((issue) => formatIssue(issue, locale)).join('\n');
}

function usageError(message: string): CliOutcome {
  return { exitCode: 2, stdout: '', stderr: `certkit: ${message}\n\n${USAGE}` };
}

/**
 * The CLI with the commands that need WebCrypto (`csr`, `inspect`), which are asynchronous;
 * every other command runs through {@link runCli}. Nothing escapes as a stack trace: a failure
 * outside certkit's own checks (a file that cannot be read, a bug) is one line on stderr.
 */
export async function runCliAsync(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    return failureOutcome(error);
  }
}

/** One line for a failure no command explained: a system error (`EISDIR`, `EACCES`) as its message, anything else as an internal error; both exit 1. */
export function failureOutcome(error: unknown): CliOutcome {
  const message = error instanceof Error ? error.message : describeType(error);
  if (isCertkitError(error)) return { exitCode: 1, stdout: '', stderr: `certkit: ${explain(error, 'en')}\n` };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code))
    return { exitCode: 1, stdout: '', stderr: `certkit: ${message}\n` };
  return { exitCode: 1, stdout: '', stderr: `certkit: internal error (${message}); please report it\n` };
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<CliOutcome> {
  const command = argv[0];
  if (command !== 'csr' && command !== 'inspect' && command !== 'chain') return runCli(argv, io);
  const parsed = parseOrExplain(argv);
  if ('exitCode' in parsed) return parsed;
  const { values, positionals } = parsed;
  const locale = (LOCALES.includes(values.lang as Locale) ? values.lang : 'en') as Locale;
  try {
    if (command === 'inspect') {
      const path = positionals[1];
      if (path === undefined) return usageError('certkit inspect needs a CSR or certificate file');
      const text = io.readTextFile(path);
      const inspect = /-----BEGIN (NEW )?CERTIFICATE REQUEST-----/.test(text) ? inspectCommand : inspectCertificates;
      return { exitCode: 0, stdout: `${await inspect(text, values.json === true)}\n`, stderr: '' };
    }
    if (command === 'chain') return await runChain(positionals.slice(1), values, locale, io);
    const key = KEY_CHOICES[values.key];
    if (key === undefined)
      return usageError(`unknown --key "${values.key}"; use ${Object.keys(KEY_CHOICES).join(', ')}`);
    const domains = values.domain ?? [];
    if (domains.length === 0) return usageError('certkit csr needs at least one --domain');
    const subject = {
      C: values.country,
      ST: values.state,
      L: values.locality,
      O: values.org,
      OU: values.unit,
      emailAddress: values.email,
    };
    const result = await csrCommand({ domains, cn: values.cn, key, subject, password: values['key-password'] });
    for (const [name, text] of Object.entries(result.files)) io.writeFile?.(`${values.out}/${name}`, text);
    return { exitCode: 0, stdout: `${result.text}\n`, stderr: '' };
  } catch (error) {
    if (isCertkitError(error)) return usageError(explain(error, locale));
    if (error instanceof Error && /ENOENT/.test(error.message)) return usageError(error.message);
    throw error;
  }
}

async function runChain(files: readonly string[], values: CliValues, locale: Locale, io: CliIo): Promise<CliOutcome> {
  if (files.length === 0) return usageError('certkit chain needs at least one certificate file');
  if (values.format !== undefined && !SERVERS.includes(values.format as Server))
    return usageError(`unknown --format "${values.format}"; use ${SERVERS.join(', ')}`);
  if (values.format !== undefined && values['private-key'] === undefined)
    return usageError('certkit chain --format needs --private-key');
  const result = await chainCommand({
    now: values.now ?? io.now().toISOString(), // the CLI is where the clock is read
    bundles: files.map(io.readTextFile),
    trust: (values.trust ?? []).map(io.readTextFile),
    ...(values.host === undefined ? {} : { hostname: values.host }),
    ...(values['private-key'] === undefined ? {} : { privateKey: io.readTextFile(values['private-key']) }),
    ...(values['key-password'] === undefined ? {} : { keyPassword: values['key-password'] }),
    ...(values.format === undefined ? {} : { format: values.format }),
    ...(values.password === undefined ? {} : { password: values.password }),
    includeRoot: values['include-root'] === true,
    json: values.json === true,
    locale,
  });
  for (const [name, data] of Object.entries(result.files)) io.writeFile?.(`${values.out}/${name}`, data);
  return { exitCode: result.ok ? 0 : 1, stdout: `${result.text}\n`, stderr: '' };
}
