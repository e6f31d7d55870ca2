import { bytesArgument, stringArgument, stringsArgument } from '../../core/argument.js';
import type { IssueCode } from '../../core/codes.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, type IssueParams } from '../../core/issue.js';
import { DEFAULT_LIMITS } from '../../policy/limits.js';
import { fromBase64, toBase64 } from './encoding.js';

/** PEM or DER input, as users paste or upload it. */
export type PemOrDer = string | Uint8Array | ArrayBuffer;

/** Larger inputs are refused before any parsing unless the policy says otherwise (a CSR or key is a few KB). */
export const MAX_PEM_LENGTH = DEFAULT_LIMITS.maxInputLength;

/** Longest label read in a `-----BEGIN …-----` line; real ones are under 30 characters. */
const MAX_LABEL_LENGTH = 64;
const DASHES = '-----';

/**
 * The PEM blocks in `text` — label and body — in one pass from left to right, so the work is
 * linear in the text whatever it holds (a backtracking regex took 16–30 s on
 * `'-----BEGIN A-----'.repeat(58823)`). Each `-----BEGIN L-----` opens a block, replacing one still
 * open; the next `-----END L-----` with the same label closes it. `steps` counts the characters
 * examined, for the test that holds the scan to a small multiple of the text's length.
 *
 * @example
 * scanPem('x -----BEGIN A-----\nAAAA\n-----END A----- y').blocks // => [{ label: 'A', body: '\nAAAA\n' }]
 */
export function scanPem(text: string): { blocks: { label: string; body: string }[]; steps: number } {
  const blocks: { label: string; body: string }[] = [];
  let open: { label: string; bodyStart: number } | undefined;
  let steps = 0;
  for (let cursor = 0; ; ) {
    const at = text.indexOf(DASHES, cursor);
    steps += (at < 0 ? text.length : at) - cursor + DASHES.length;
    if (at < 0) break;
    const word = at + DASHES.length;
    const kind = text.startsWith('BEGIN ', word) ? 'begin' : text.startsWith('END ', word) ? 'end' : undefined;
    const labelStart = word + (kind === 'begin' ? 'BEGIN '.length : 'END '.length);
    const labelEnd = kind === undefined ? -1 : labelEndAt(text, labelStart);
    steps += labelEnd < 0 ? 1 : labelEnd - labelStart + DASHES.length;
    if (labelEnd < 0) {
      cursor = at + 1;
      continue;
    }
    const label = text.slice(labelStart, labelEnd);
    cursor = labelEnd + DASHES.length;
    if (kind === 'begin') open = { label, bodyStart: cursor };
    else if (open !== undefined && open.label === label) {
      blocks.push({ label, body: text.slice(open.bodyStart, at) });
      open = undefined;
    }
  }
  return { blocks, steps };
}

/** Where a label of `[A-Z0-9 ]` starting at `start` ends, when `-----` follows it within the limit; else -1. */
function labelEndAt(text: string, start: number): number {
  for (let i = start; i < text.length && i - start <= MAX_LABEL_LENGTH; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 0x2d) return i > start && text.startsWith(DASHES, i) ? i : -1;
    const allowed = (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x20;
    if (!allowed) return -1;
  }
  return -1;
}

/**
 * The DER bytes of exactly one PEM block with one of `labels`, from text that may have CRLF line
 * ends and surrounding text — or the bytes themselves when given DER. Throws `CertkitError`:
 * `x509.pem.missing` (no such block), `x509.pem.multiple`, `x509.pem.base64`, `x509.pem.too-large`.
 *
 * @example
 * readPem(text, ['CERTIFICATE REQUEST', 'NEW CERTIFICATE REQUEST']).label // => 'CERTIFICATE REQUEST'
 */
export function readPem(
  input: PemOrDer,
  labels: readonly string[],
  maxLength = MAX_PEM_LENGTH,
): { der: Uint8Array; label: string } {
  const blocks = readPemBlocks(input, labels, maxLength);
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
export function readPemBlocks(
  input: PemOrDer,
  labels: readonly string[],
  maxLength = MAX_PEM_LENGTH,
): { der: Uint8Array; label: string }[] {
  stringsArgument(labels, 'labels');
  const length = inputLength(input);
  if (length > maxLength) throw pemError('x509.pem.too-large', { length, limit: maxLength });
  if (input instanceof ArrayBuffer) return [{ der: new Uint8Array(input), label: '' }];
  if (input instanceof Uint8Array) return [{ der: input, label: '' }];
  if (typeof input !== 'string') throw pemError('x509.pem.missing', { labels: [...labels] });
  const blocks = scanPem(input).blocks.filter((block) => labels.includes(block.label));
  if (blocks.length === 0) throw pemError('x509.pem.missing', { labels: [...labels] });
  return blocks.map(({ label, body }) => {
    if (body.includes('Proc-Type:') && /^Proc-Type:/m.test(body))
      throw pemError('x509.key.encryption-unsupported', { scheme: 'legacy PEM encryption (Proc-Type)' });
    const der = fromBase64(body);
    if (der === undefined || der.length === 0) throw pemError('x509.pem.base64', { label });
    return { der, label };
  });
}

/**
 * {@link readPemBlocks} over several inputs, held to `maxLength` together (not each): the blocks
 * of a bundle, its anchors, its CRLs.
 *
 * @example
 * readPemBlocksOf([leafPem, chainPem], ['CERTIFICATE'], limits.maxInputLength).length // => 3
 */
export function readPemBlocksOf(
  inputs: readonly PemOrDer[],
  labels: readonly string[],
  maxLength = MAX_PEM_LENGTH,
): { der: Uint8Array; label: string }[] {
  let budget = maxLength;
  return inputs.flatMap((input) => {
    const found = readPemBlocks(input, labels, budget);
    budget -= inputLength(input);
    return found;
  });
}

/** Characters of PEM text or bytes of DER; 0 for anything else (refused later as no PEM). */
export function inputLength(input: PemOrDer): number {
  if (typeof input === 'string') return input.length;
  if (input instanceof ArrayBuffer || input instanceof Uint8Array) return input.byteLength;
  return 0;
}

/**
 * PEM text for DER bytes: 64-character lines, a trailing newline.
 *
 * @example
 * writePem(der, 'CERTIFICATE REQUEST').startsWith('-----BEGIN CERTIFICATE REQUEST-----\n') // => true
 */
export function writePem(der: ArrayBuffer | Uint8Array, label: string): string {
  stringArgument(label, 'label');
  const base64 = toBase64(bytesArgument(der, 'der'));
  let body = '';
  for (let at = 0; at < base64.length; at += 64) body += `${base64.slice(at, at + 64)}\n`;
  return `-----BEGIN ${label}-----\n${body}-----END ${label}-----\n`;
}

function pemError<C extends IssueCode>(code: C, params: IssueParams[C]): CertkitError {
  return new CertkitError(createIssue(code, 'CHAIN-04', params));
}
