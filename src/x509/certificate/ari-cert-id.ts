import { optionsArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { toBase64Url } from '../der/encoding.js';
import { type PemOrDer, readPemBlocks } from '../der/pem.js';
import { decodeCertificateDer } from './parse.js';

/**
 * The ACME Renewal Information CertID of a certificate (RFC 9773 §4.1): the base64url of its
 * Authority Key Identifier's keyIdentifier, a dot, and the base64url of its serial number's DER
 * content (the leading zero byte kept) — what the client appends to the server's `renewalInfo`
 * URL. Throws `CertkitError` `x509.ari.no-key-id` for a certificate without that identifier (no
 * CertID exists for it), and the `x509.pem.*` / `x509.certificate.*` codes for unreadable input.
 *
 * @example
 * ariCertId(pem) // => 'aYhba4dGQEHhs3uEe6CuLN4ByNQ.AIdlQyE' (RFC 9773's example: keyid 69:88:5B…, serial 00:87:65:43:21)
 */
export function ariCertId(input: PemOrDer, options: LimitsOption = {}): string {
  optionsArgument(options);
  const blocks = readPemBlocks(input, ['CERTIFICATE'], limitsOf(options.policy).maxInputLength);
  if (blocks.length > 1) throw new CertkitError(createIssue('x509.pem.multiple', 'CHAIN-04', { count: blocks.length }));
  const decoded = decodeCertificateDer((blocks[0] as { der: Uint8Array }).der);
  const keyId = decoded.decoded.authorityKeyId?.keyId;
  if (keyId === undefined) throw new CertkitError(createIssue('x509.ari.no-key-id', 'STD-09'));
  // the serial's DER content: the hex OpenSSL prints drops the sign byte, which the CertID keeps
  const serialHex = `${decoded.serial.length * 2 > decoded.serial.hex.length ? '00' : ''}${decoded.serial.hex}`;
  return `${toBase64Url(fromHex(keyId))}.${toBase64Url(fromHex(serialHex))}`;
}

function fromHex(hex: string): Uint8Array {
  return Uint8Array.from({ length: hex.length / 2 }, (_, index) =>
    Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16),
  );
}
