import { formatIssue, type Locale } from '../messages/index.js';
import { createServerBundle, type Server } from '../x509/bundles/server-bundle.js';
import type { CertInfo } from '../x509/certificate/parse.js';
import { parseCertificates } from '../x509/certificate/parse.js';
import { assembleChain } from '../x509/chain/assemble.js';
import { publicKeyLabel } from '../x509/keys/public-key.js';
import { issueLine } from './issue-line.js';

/** What `certkit chain` was asked for. */
export interface ChainCommandOptions {
  readonly bundles: readonly string[];
  readonly trust: readonly string[];
  readonly hostname?: string;
  readonly privateKey?: string;
  readonly keyPassword?: string;
  readonly includeRoot: boolean;
  readonly format?: string;
  readonly password?: string;
  /** The instant to validate at; the CLI passes the clock's when `--now` is absent. */
  readonly now: string;
  readonly json: boolean;
  readonly locale: Locale;
}

/**
 * `certkit chain`: assemble the chain, report what is wrong, and with `--format` the server
 * files to write. `ok` is the exit status.
 */
export async function chainCommand(
  options: ChainCommandOptions,
): Promise<{ ok: boolean; text: string; files: Record<string, string | Uint8Array> }> {
  const result = await assembleChain(options.bundles, {
    ...(options.trust.length > 0 ? { trustAnchors: options.trust } : {}),
    ...(options.hostname === undefined ? {} : { hostname: options.hostname }),
    ...(options.privateKey === undefined ? {} : { privateKey: options.privateKey }),
    now: options.now,
    includeRoot: options.includeRoot,
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
  if (options.json) {
    const issues = result.issues.map((issue) => ({ ...issue, message: formatIssue(issue, options.locale) }));
    return { ok: result.ok, files, text: JSON.stringify({ ...result, issues, files: Object.keys(files) }, null, 2) };
  }
  const lines = [
    `${result.ok ? '✓' : '✗'} chain (leaf first):`,
    ...result.chain.map((cert, index) => `  ${index}. ${certificateLine(cert)}`),
    ...(result.root === null ? [] : [`  root: ${result.root.subjectText}${result.trusted ? ' (trusted)' : ''}`]),
    ...result.issues.map((issue) => issueLine(issue, formatIssue(issue, options.locale))),
    ...Object.keys(files).map((name) => `  wrote ${name}`),
    ...(password === undefined || options.password !== undefined ? [] : ['  the PFX password is in keystorePass.txt']),
  ];
  return { ok: result.ok, files, text: lines.join('\n') };
}

/** `certkit inspect` on certificates: each one as the console shows it (CHAIN-06). */
export async function inspectCertificates(text: string, json: boolean): Promise<string> {
  const certificates = await parseCertificates(text);
  if (json) return JSON.stringify(certificates.length === 1 ? certificates[0] : certificates, null, 2);
  return certificates
    .map((cert) =>
      [
        `subject: ${cert.subjectText}`,
        `issuer: ${cert.issuerText}`,
        `names: ${[...cert.domains, ...cert.ips].join(', ') || '(none)'}`,
        `valid: ${cert.notBefore} → ${cert.notAfter}`,
        `key: ${publicKeyLabel(cert.key)}, signature: ${cert.signatureAlgorithm}`,
        `serial: ${cert.serial}`,
        `SHA-1: ${cert.fingerprints.sha1}`,
        `SHA-256: ${cert.fingerprints.sha256}`,
        `CA: ${cert.isCA ? `yes${cert.pathLength === null ? '' : ` (path length ${cert.pathLength})`}` : 'no'}${cert.selfSigned ? ', self-signed' : ''}`,
        ...(cert.aia.caIssuers.length === 0 ? [] : [`CA issuers: ${cert.aia.caIssuers.join(', ')}`]),
      ].join('\n'),
    )
    .join('\n\n');
}

function certificateLine(cert: CertInfo): string {
  return `${cert.subjectText}  (until ${cert.notAfter.slice(0, 10)}, ${publicKeyLabel(cert.key)})`;
}
