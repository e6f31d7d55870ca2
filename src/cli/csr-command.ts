import type { Locale } from '../messages/index.js';
import { generateCsr } from '../x509/csr/generate.js';
import type { KeySpec } from '../x509/keys/generate.js';
import { publicKeyLabel } from '../x509/keys/public-key.js';
import { generateSm2Csr } from '../x509/sm2/csr.js';

/** `--key` values of `certkit csr`: a WebCrypto key spec, or `SM2` (an SM2-with-SM3 CSR, `certkit/x509/sm2`). */
export const KEY_CHOICES: Readonly<Record<string, KeySpec | 'SM2'>> = {
  'rsa-2048': { type: 'RSA', size: 2048 },
  'rsa-3072': { type: 'RSA', size: 3072 },
  'rsa-4096': { type: 'RSA', size: 4096 },
  'ec-p256': { type: 'EC', curve: 'P-256' },
  'ec-p384': { type: 'EC', curve: 'P-384' },
  sm2: 'SM2',
};

/** `certkit csr`: the files to write and what to print. */
export async function csrCommand(options: {
  readonly domains: readonly string[];
  readonly cn?: string;
  readonly key: KeySpec | 'SM2';
  readonly subject: { C?: string; ST?: string; L?: string; O?: string; OU?: string; emailAddress?: string };
  readonly password?: string;
  readonly locale: Locale;
}): Promise<{ files: Record<string, string>; keyLabel: string; text: string }> {
  const request = {
    domains: options.domains,
    subject: { ...options.subject, ...(options.cn === undefined ? {} : { CN: options.cn }) },
    ...(options.password === undefined ? {} : { password: options.password }),
  };
  const generated =
    options.key === 'SM2' ? await generateSm2Csr(request) : await generateCsr({ ...request, key: options.key });
  const base = (options.cn ?? options.domains[0] ?? 'request').replace(/^\*\./, 'wildcard.');
  return {
    files: { [`${base}.csr`]: generated.csrPem, [`${base}.key`]: generated.privateKeyPem },
    keyLabel: publicKeyLabel(generated.key),
    text: `${options.locale === 'zh-CN' ? '公钥 SHA-256' : 'public key SHA-256'}: ${generated.publicKeyFingerprint}`,
  };
}
