import { isCertkitError } from '../core/error.js';
import { formatIssue, type Locale } from '../messages/index.js';
import { publicKeyFingerprintOf } from '../x509/certificate/key-match.js';
import { type CertInfo, parseCertificates } from '../x509/certificate/parse.js';
import { parseCrl } from '../x509/crl/parse.js';
import { parseCsr } from '../x509/csr/parse.js';
import { children, readOid, readRoot, readSmallInteger } from '../x509/der/reader.js';
import { describeKey } from '../x509/keys/generate.js';
import { importPrivateKey } from '../x509/keys/import.js';
import { publicKeyLabel } from '../x509/keys/public-key.js';
import { parsePkcs12 } from '../x509/pkcs12/read.js';
import { pemOrDer } from './input.js';
import { say } from './words.js';

/** What `certkit inspect` was asked for. */
export interface InspectOptions {
  readonly json: boolean;
  readonly locale: Locale;
  readonly password?: string;
}

type Kind = 'certificate' | 'csr' | 'key' | 'pkcs12' | 'crl';

const PEM_KINDS: Readonly<Record<string, Kind>> = {
  CERTIFICATE: 'certificate',
  'CERTIFICATE REQUEST': 'csr',
  'NEW CERTIFICATE REQUEST': 'csr',
  'PRIVATE KEY': 'key',
  'ENCRYPTED PRIVATE KEY': 'key',
  'RSA PRIVATE KEY': 'key',
  'EC PRIVATE KEY': 'key',
  'X509 CRL': 'crl',
};

const INSPECTORS: Readonly<Record<Kind, (input: string | Uint8Array, options: InspectOptions) => Promise<string>>> = {
  certificate: inspectCertificates,
  csr: inspectCsr,
  key: inspectKey,
  pkcs12: (input, options) => inspectPkcs12(input as Uint8Array, options),
  crl: async (input, options) => inspectCrl(input, options),
};

/**
 * `certkit inspect`: recognises a certificate (or bundle), CSR, CRL, private key or PKCS#12 file by its
 * content, PEM or DER, and describes it; `undefined` when it is none of them. Throws `CertkitError`
 * when a recognised file cannot be read.
 */
export async function inspectInput(bytes: Uint8Array, options: InspectOptions): Promise<string | undefined> {
  const input = pemOrDer(bytes);
  const kind = typeof input === 'string' ? pemKind(input) : await derKind(input);
  return kind === undefined ? undefined : INSPECTORS[kind](input, options);
}

function pemKind(text: string): Kind | undefined {
  const label = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text)?.[1];
  return label === undefined ? undefined : PEM_KINDS[label];
}

/** DER by its outline: PKCS#12 has version 3 then `data`; otherwise the first reader that accepts it. */
async function derKind(der: Uint8Array): Promise<Kind | undefined> {
  if (isPkcs12(der)) return 'pkcs12';
  const attempts: readonly [Kind, () => Promise<unknown>][] = [
    ['certificate', () => parseCertificates(der)],
    ['csr', () => parseCsr(der)],
    ['crl', async () => parseCrl(der)],
    ['key', () => importPrivateKey(der)],
  ];
  for (const [kind, attempt] of attempts) {
    try {
      await attempt();
      return kind;
    } catch (error) {
      if (!isCertkitError(error)) throw error;
      if (error.code === 'x509.key.password') return 'key';
    }
  }
  return undefined;
}

function isPkcs12(der: Uint8Array): boolean {
  try {
    const [version, authSafe] = children(readRoot(der, 'pfx'));
    if (version === undefined || authSafe === undefined || readSmallInteger(version) !== 3) return false;
    const [contentType] = children(authSafe);
    return contentType !== undefined && ['1.2.840.113549.1.7.1', '1.2.840.113549.1.7.2'].includes(readOid(contentType));
  } catch {
    return false;
  }
}

/** Certificates, each as the console shows it (CHAIN-06). */
export async function inspectCertificates(input: string | Uint8Array, options: InspectOptions): Promise<string> {
  const certificates = await parseCertificates(input);
  if (options.json) return JSON.stringify(certificates.length === 1 ? certificates[0] : certificates, null, 2);
  return certificates.map((cert) => certificateLines(cert, options.locale).join('\n')).join('\n\n');
}

function certificateLines(cert: CertInfo, locale: Locale): string[] {
  const t = say(locale);
  const ca = cert.isCA
    ? `${t('yes', '是')}${cert.pathLength === null ? '' : t(` (path length ${cert.pathLength})`, `（路径长度 ${cert.pathLength}）`)}`
    : t('no', '否');
  return [
    `${t('subject', '主题')}: ${cert.subjectText}`,
    `${t('issuer', '颁发者')}: ${cert.issuerText}`,
    `${t('names', '域名')}: ${[...cert.domains, ...cert.ips].join(', ') || t('(none)', '（无）')}`,
    `${t('valid', '有效期')}: ${cert.notBefore} → ${cert.notAfter}`,
    `${t('key', '密钥')}: ${publicKeyLabel(cert.key)}, ${t('signature', '签名')}: ${cert.signatureAlgorithm}`,
    `${t('serial', '序列号')}: ${cert.serial}`,
    `SHA-1: ${cert.fingerprints.sha1}`,
    `SHA-256: ${cert.fingerprints.sha256}`,
    `CA: ${ca}${cert.selfSigned ? t(', self-signed', '，自签名') : ''}`,
    ...(cert.aia.caIssuers.length === 0
      ? []
      : [`${t('CA issuers', '颁发者证书地址')}: ${cert.aia.caIssuers.join(', ')}`]),
  ];
}

/** A CRL: issuer, dates, number, and its revoked serials with date and reason. */
function inspectCrl(input: string | Uint8Array, options: InspectOptions): string {
  const crl = parseCrl(input);
  if (options.json) return JSON.stringify(crl, null, 2);
  const t = say(options.locale);
  return [
    `${t('CRL issuer', 'CRL 颁发者')}: ${crl.issuerText}${crl.delta ? t(' (delta CRL)', '（增量 CRL）') : ''}`,
    `${t('this update', '本次更新')}: ${crl.thisUpdate}, ${t('next update', '下次更新')}: ${crl.nextUpdate ?? t('(none)', '（无）')}`,
    `${t('number', '编号')}: ${crl.number ?? t('(none)', '（无）')}, ${t('signature', '签名')}: ${crl.signatureAlgorithm}`,
    `${t('revoked', '已吊销')}: ${crl.revoked.length}`,
    ...crl.revoked.map((entry) => `  ${entry.serial}  ${entry.revokedAt}  ${entry.reason ?? '-'}`),
  ].join('\n');
}

async function inspectCsr(input: string | Uint8Array, options: InspectOptions): Promise<string> {
  const info = await parseCsr(input);
  if (options.json) return JSON.stringify(info, null, 2);
  const t = say(options.locale);
  const key =
    info.key.type === 'RSA' ? `${publicKeyLabel(info.key)} (e=${info.key.exponent})` : publicKeyLabel(info.key);
  const signature =
    info.signatureValid === null
      ? t('not checkable here', '此处无法校验')
      : info.signatureValid
        ? t('valid', '有效')
        : t('INVALID', '无效');
  return [
    `${t('subject', '主题')}: ${info.subject.map((attribute) => `${attribute.type}=${attribute.value}`).join(', ')}`,
    `${t('names', '域名')}: ${[...info.domains, ...info.ips].join(', ') || t('(none)', '（无）')}`,
    `${t('key', '密钥')}: ${key}`,
    `${t('signature', '签名')}: ${info.signatureAlgorithm}, ${signature}`,
    `${t('public key SHA-256', '公钥 SHA-256')}: ${info.publicKeyFingerprint}`,
  ].join('\n');
}

async function inspectKey(input: string | Uint8Array, options: InspectOptions): Promise<string> {
  const t = say(options.locale);
  try {
    const keys = await importPrivateKey(input, options.password === undefined ? {} : { password: options.password });
    const description = describeKey(keys.publicKey);
    const fingerprint = await publicKeyFingerprintOf(keys);
    if (options.json)
      return JSON.stringify({ kind: 'private key', key: description, publicKeyFingerprint: fingerprint }, null, 2);
    return [
      `${t('private key', '私钥')}: ${publicKeyLabel(description)}`,
      `${t('public key SHA-256', '公钥 SHA-256')}: ${fingerprint}`,
      t('(matches a certificate or CSR with the same public key SHA-256)', '（与公钥 SHA-256 相同的证书或 CSR 配对）'),
    ].join('\n');
  } catch (error) {
    if (isCertkitError(error, 'x509.key.password') && options.password === undefined)
      return t(
        'an encrypted private key: give its password with --key-password-file (or CERTKIT_KEY_PASSWORD) to describe it',
        '加密的私钥：请用 --key-password-file（或 CERTKIT_KEY_PASSWORD）提供密码后查看',
      );
    if (isCertkitError(error)) return error.issues.map((issue) => formatIssue(issue, options.locale)).join('\n');
    throw error;
  }
}

/** A PFX: its contents with the password (`--key-password`), else what can be seen without one. */
async function inspectPkcs12(der: Uint8Array, options: InspectOptions): Promise<string> {
  const t = say(options.locale);
  const read = await parsePkcs12(der, options.password === undefined ? {} : { password: options.password }).catch(
    (error: unknown) => {
      if (isCertkitError(error) && error.code === 'x509.pkcs12.password' && options.password === undefined)
        return undefined;
      throw error;
    },
  );
  if (read === undefined)
    return t(
      'a PKCS#12 (PFX) file with a password: give it with --key-password-file (or CERTKIT_KEY_PASSWORD) to list it',
      '带密码的 PKCS#12（PFX）文件：请用 --key-password-file（或 CERTKIT_KEY_PASSWORD）提供密码后查看',
    );
  if (options.json)
    return JSON.stringify(
      {
        kind: 'PKCS#12',
        mac: read.mac,
        keys: read.keys.map(({ pkcs8: _pkcs8, pem: _pem, ...key }) => ({
          ...key,
          certificate: key.certificate?.subjectText ?? null,
          chain: key.chain.map((c) => c.subjectText),
        })),
        certificates: read.certificates.map((entry) => ({ ...entry, certificate: entry.certificate.subjectText })),
      },
      null,
      2,
    );
  return [
    `PKCS#12 (PFX), ${t('integrity', '完整性')}: ${read.mac === null ? t('no MAC', '无 MAC') : `${read.mac.hash} MAC, ${read.mac.iterations}`}`,
    ...read.keys.map(
      (key) =>
        `  ${t('key', '私钥')} ${key.key.type} ${'size' in key.key ? key.key.size : 'curve' in key.key ? key.key.curve : ''} (${key.encryption})${key.friendlyName === null ? '' : ` "${key.friendlyName}"`} → ${key.chain.map((certificate) => certificate.commonName ?? certificate.subjectText).join(' → ') || t('no certificate', '无证书')}`,
    ),
    ...read.certificates.map(
      (entry) => `  ${t('certificate', '证书')} ${entry.certificate.subjectText} (${entry.encryption})`,
    ),
  ].join('\n');
}
