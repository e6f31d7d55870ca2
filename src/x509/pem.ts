import { CertkitError } from '../core/error.js';
import { createIssue } from '../core/issue.js';
import { fromBase64, toBase64 } from './encoding.js';

/** PEM or DER input, as users paste or upload it. */
export type PemOrDer = string | Uint8Array | ArrayBuffer;

/** Larger inputs are refused before any parsing (a CSR or key is a few KB). */
export const MAX_PEM_LENGTH = 1_000_000;

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/**
 * The DER bytes of exactly one PEM block with one of `labels`, from text that may have CRLF line
 * ends and surrounding text — or the bytes themselves when given DER. Throws `CertkitError`:
 * `x509.pem.missing` (no such block), `x509.pem.multiple`, `x509.pem.base64`, `x509.pem.too-large`.
 *
 * @example
 * readPem(text, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']).label // => 'CERTIFICATE REQUEST'
 */
export function readPem(input: PemOrDer, labels: readonly string[]): { der: Uint8Array; label: string } {
  const blocks = readPemBlocks(input, labels);
  if (blocks.length > 1) throw pemError('x509.pem.multiple', { count: blocks.length });
  return blocks[0] as { der: Uint8Array; label: string };
}

/**
 * Every PEM block with one of `labels`, in order (other blocks and text around them are ignored),
 * or the bytes themselves when given DER. Throws `CertkitError` like {@link readPem}, except that
 * several blocks are what it is for.
 *
 * @example
 * readPemBlocks(fullchain, ['CERTIFICATE']).length // => 2
 */
export function readPemBlocks(input: PemOrDer, labels: readonly string[]): { der: Uint8Array; label: string }[] {
  if (input instanceof ArrayBuffer) return [{ der: new Uint8Array(input), label: '' }];
  if (input instanceof Uint8Array) return [{ der: input, label: '' }];
  if (typeof input !== 'string') throw pemError('x509.pem.missing', { labels: [...labels] });
  if (input.length > MAX_PEM_LENGTH)
    throw pemError('x509.pem.too-large', { length: input.length, limit: MAX_PEM_LENGTH });
  const blocks = [...input.matchAll(BLOCK)].filter((match) => labels.includes(match[1] as string));
  if (blocks.length === 0) throw pemError('x509.pem.missing', { labels: [...labels] });
  return blocks.map(([, label, body]) => {
    if (/^Proc-Type:/m.test(body as string))
      throw pemError('x509.key.encryption-unsupported', { scheme: 'legacy PEM encryption (Proc-Type)' });
    const der = fromBase64(body as string);
    if (der === undefined || der.length === 0) throw pemError('x509.pem.base64', { label: label as string });
    return { der, label: label as string };
  });
}

/**
 * PEM text for DER bytes: 64-character lines, a trailing newline.
 *
 * @example
 * writePem(der, 'CERTIFICATE REQUEST').startsWith('-----BEGIN CERTIFICATE REQUEST-----\n') // => true
 */
export function writePem(der: ArrayBuffer | Uint8Array, label: string): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function pemError(
  code: Parameters<typeof createIssue>[0],
  params: Record<string, string | number | readonly string[]>,
): CertkitError {
  return new CertkitError(createIssue(code, 'CHAIN-04', params));
}
