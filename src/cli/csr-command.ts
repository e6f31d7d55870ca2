import { generateCsr } from '../x509/csr/generate.js';
import { parseCsr } from '../x509/csr/parse.js';
import type { KeySpec } from '../x509/keys/generate.js';
import { publicKeyLabel } from '../x509/keys/public-key.js';

/** `--key` values of `certkit csr`. */
export const KEY_CHOICES: Readonly<Record<string, KeySpec>> = {
  'rsa-2048': { type: 'RSA', size: 2048 },
  'rsa-3072': { type: 'RSA', size: 3072 },
  'rsa-4096': { type: 'RSA', size: 4096 },
  'ec-p256': { type: 'EC', curve: 'P-256' },
  'ec-p384': { type: 'EC', curve: 'P-384' },
};

/** `certkit csr`: the files to write and what to print. */
export async function csrCommand(options: {
  readonly domains: readonly string[];
  readonly cn?: string;
  readonly key: KeySpec;
  readonly subject: { C?: string; ST?: string; L?: string; O?: string; OU?: string; emailAddress?: string };
  readonly password?: string;
}): Promise<{ files: Record<string, string>; text: string }> {
  const generated = await generateCsr({
    domains: options.domains,
    subject: { ...options.subject, ...(options.cn === undefined ? {} : { CN: options.cn }) },
    key: options.key,
    ...(options.password === undefined ? {} : { password: options.password }),
  });
  const base = (options.cn ?? options.domains[0] ?? 'request').replace(/^\*\./, 'wildcard.');
  return {
    files: { [`${base}.csr`]: generated.csrPem, [`${base}.key`]: generated.privateKeyPem },
    text: `${base}.csr, ${base}.key (${publicKeyLabel(generated.key)})\npublic key SHA-256: ${generated.publicKeyFingerprint}`,
  };
}

/** `certkit inspect`: a CSR's fields, key and signature. */
export async function inspectCommand(text: string, json: boolean): Promise<string> {
  const info = await parseCsr(text);
  if (json) return JSON.stringify(info, null, 2);
  const key =
    info.key.type === 'RSA' ? `${publicKeyLabel(info.key)} (e=${info.key.exponent})` : publicKeyLabel(info.key);
  const signature = info.signatureValid === null ? 'not checkable here' : info.signatureValid ? 'valid' : 'INVALID';
  return [
    `subject: ${info.subject.map((attribute) => `${attribute.type}=${attribute.value}`).join(', ')}`,
    `names: ${[...info.domains, ...info.ips].join(', ') || '(none)'}`,
    `key: ${key}`,
    `signature: ${info.signatureAlgorithm}, ${signature}`,
    `public key SHA-256: ${info.publicKeyFingerprint}`,
  ].join('\n');
}
