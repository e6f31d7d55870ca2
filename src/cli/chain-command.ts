import type { Issue } from '../core/issue.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { createServerBundle, type Server } from '../x509/bundles/server-bundle.js';
import type { CertInfo } from '../x509/certificate/parse.js';
import { assembleChain } from '../x509/chain/assemble.js';
import type { PathRules } from '../x509/chain/path-rules.js';
import type { RevocationStatus } from '../x509/chain/revocation.js';
import { publicKeyLabel } from '../x509/keys/public-key.js';
import { issueLine } from './issue-line.js';
import type { Style } from './style.js';
import { say } from './words.js';

/** What `certkit chain` was asked for. */
export interface ChainCommandOptions {
  readonly bundles: readonly (string | Uint8Array)[];
  readonly trust: readonly (string | Uint8Array)[];
  readonly hostname?: string;
  /** The path rules asked for (`--profile`, `--purpose`). */
  readonly rules: PathRules;
  readonly crls: readonly (string | Uint8Array)[];
  readonly requireRevocation: boolean;
  readonly privateKey?: string;
  readonly keyPassword?: string;
  readonly includeRoot: boolean;
  readonly format?: string;
  readonly password?: string;
  /** The instant to validate at; the CLI passes the clock's when `--now` is absent. */
  readonly now: string;
  readonly json: boolean;
  readonly locale: Locale;
  readonly style: Style;
}

/**
 * `certkit chain`: assemble the chain, report what is wrong, and with `--format` the server
 * files to write. `ok` is the exit status.
 */
export async function chainCommand(
  options: ChainCommandOptions,
): Promise<{ ok: boolean; text: string; files: Record<string, string | Uint8Array>; notes: string[] }> {
  const result = await assembleChain(options.bundles, {
    ...(options.trust.length > 0 ? { trustAnchors: options.trust } : {}),
    ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
    ...(options.privateKey === undefined ? {} : { privateKey: options.privateKey }),
    now: options.now,
    includeRoot: options.includeRoot,
    ...options.rules,
    ...(options.crls.length > 0 ? { crls: options.crls } : {}),
    ...(options.requireRevocation ? { requireRevocation: true } : {}),
  });
  let files: Record<string, string | Uint8Array> = {};
  let password: string | undefined;
  if (options.format !== undefined && options.privateKey !== undefined) {
    const bundle = await createServerBundle(options.format as Server, {
      chain: result.chain,
      privateKey: options.privateKey,
      ...(options.keyPassword === undefined ? {} : { keyPassword: options.keyPassword }),
      ...(options.password === undefined ? {} : { password: options.password }),
    });
    files = { ...bundle.files };
    password = bundle.password;
  }
  const t = say(options.locale);
  const notes =
    password === undefined || options.password !== undefined
      ? []
      : [t('  the PFX password is in keystorePass.txt', '  PFX 密码在 keystorePass.txt 中')];
  if (options.json) {
    const issues = result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) }));
    const text = JSON.stringify({ ...result, issues, files: Object.keys(files) }, null, 2);
    return { ok: result.ok, files, notes: [], text };
  }
  const { style } = options;
  const lines = [
    `${result.ok ? style.ok('✓') : style.error('✗')} ${t('chain (leaf first):', '证书链（从服务器证书开始）：')}`,
    ...result.chain.map((cert, index) => `  ${index}. ${certificateLine(cert, options.locale)}`),
    ...(result.root === null
      ? []
      : [`  ${t('root', '根证书')}: ${result.root.subjectText}${result.trusted ? t(' (trusted)', '（受信任）') : ''}`]),
    ...revocationLines(result.revocation, options.locale),
    ...issueLines(result.issues, options.locale, style),
  ];
  return { ok: result.ok, files, notes, text: lines.join('\n') };
}

const STATUS_WORDS: Readonly<Record<RevocationStatus['status'], readonly [string, string]>> = {
  good: ['good', '正常'],
  revoked: ['revoked', '已吊销'],
  unknown: ['unknown', '未知'],
  'not-checked': ['not checked', '未检查'],
};

/** One line per certificate whose revocation was checked (`--crl`, `--require-revocation`). */
function revocationLines(statuses: readonly RevocationStatus[], locale: Locale): string[] {
  if (statuses.every((status) => status.status === 'not-checked')) return [];
  const t = say(locale);
  return statuses.map((status) => {
    const [en, zh] = STATUS_WORDS[status.status];
    const why = status.status === 'revoked' ? ` (${status.reason ?? '-'}, ${status.revokedAt?.slice(0, 10)})` : '';
    return `  ${t('revocation', '吊销状态')}: ${status.certificate} ${t(en, zh)}${why}`;
  });
}

/** The issues as lines; repeated duplicates (CHAIN-01) as one line with their count. */
function issueLines(issues: readonly Issue[], locale: Locale, style: Style): string[] {
  const duplicates = issues.filter((issue) => issue.code === 'x509.chain.duplicate');
  const others = issues.filter((issue) => issue.code !== 'x509.chain.duplicate');
  const lines = others.map((issue) => issueLine(issue, formatIssue(issue, locale), style));
  if (duplicates.length === 1)
    lines.push(issueLine(duplicates[0] as Issue, formatIssue(duplicates[0] as Issue, locale), style));
  if (duplicates.length > 1)
    lines.push(
      issueLine(
        duplicates[0] as Issue,
        say(locale)(
          `${duplicates.length} duplicate certificates were ignored.`,
          `忽略了 ${duplicates.length} 个重复的证书。`,
        ),
        style,
      ),
    );
  return lines;
}

function certificateLine(cert: CertInfo, locale: Locale): string {
  const until = say(locale)('until', '有效期至');
  return `${cert.subjectText}  (${until} ${cert.notAfter.slice(0, 10)}, ${publicKeyLabel(cert.key)})`;
}
