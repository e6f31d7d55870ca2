import { CertkitError } from '../core/error.js';
import { createIssue, describeReceived } from '../core/issue.js';
import { normalizeDomain } from '../domain/normalize.js';
import { primaryDomain } from '../domain/primary.js';

/** The DNS record to create for DNS validation (DCV-01, DCV-04). */
export interface DnsValidationRecord {
  /** The full name: `_<token>.<host>` (a wildcard validates at its base name). */
  readonly fqdn: string;
  /** The zone the record goes in (default: the primary domain). */
  readonly zone: string;
  /** DCV-04: the name relative to the zone, for DNS providers that want it (`@` at the apex). */
  readonly relativeName: string;
  readonly type: 'TXT' | 'CNAME';
  readonly value: string;
}

/** What to serve for file validation (DCV-01, DCV-02). */
export interface FileValidation {
  /** Both must serve the content directly: status 200, no redirect. */
  readonly urls: readonly [http: string, https: string];
  readonly content: string;
}

/** A validation token label, with or without its leading underscore: `_abc123` or `abc123`. */
const TOKEN = /^_?[A-Za-z0-9](?:[A-Za-z0-9-]{0,60}[A-Za-z0-9])?$/;
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * The DNS record for validating `domain`: a TXT or CNAME at `_<token>.<host>` (DCV-01). A
 * wildcard validates at its base name; `relativeName` strips the zone (DCV-04: enter
 * `_abc.www`, not `_abc.www.example.com`, at providers that append the zone). Throws
 * `CertkitError` for an invalid domain, token, zone or value.
 *
 * @example
 * dnsValidationRecord({ domain: '*.www.example.com', token: 'abc123', value: 'x.sectigo.com', type: 'CNAME' })
 * // => { fqdn: '_abc123.www.example.com', zone: 'example.com', relativeName: '_abc123.www', type: 'CNAME', value: 'x.sectigo.com' }
 */
export function dnsValidationRecord(input: {
  readonly domain: string;
  readonly token: string;
  readonly value: string;
  readonly type: 'TXT' | 'CNAME';
  readonly zone?: string;
}): DnsValidationRecord {
  const name = normalizeDomain(input?.domain);
  const host = name.startsWith('*.') ? name.slice(2) : name;
  if (typeof input.token !== 'string' || !TOKEN.test(input.token)) throw dcvArgumentError('token', input.token);
  if (input.type !== 'TXT' && input.type !== 'CNAME') throw dcvArgumentError('type', input.type);
  if (typeof input.value !== 'string' || input.value === '' || input.value.length > 255 || /[\s"]/.test(input.value))
    throw dcvArgumentError('value', input.value);
  // The host is a checked domain name; the token label is checked by TOKEN (it starts with `_`,
  // which normalizeDomain rightly refuses in host names).
  const fqdn = `_${input.token.replace(/^_/, '').toLowerCase()}.${host}`;
  if (fqdn.length > 253) throw dcvArgumentError('token', input.token);
  const zone = input.zone === undefined ? (primaryDomain(host) ?? host) : normalizeDomain(input.zone);
  // The fqdn's first label starts with `_`, which no zone name has: it is always below the zone.
  if (!fqdn.endsWith(`.${zone}`)) throw dcvArgumentError('zone', input.zone);
  const relativeName = fqdn.slice(0, -(zone.length + 1));
  const value = input.type === 'CNAME' ? input.value.toLowerCase().replace(/\.$/, '') : input.value;
  return { fqdn, zone, relativeName, type: input.type, value };
}

/**
 * The URLs and content for file validation (DCV-01/02): the file under
 * `/.well-known/pki-validation/` on the exact host, over HTTP and HTTPS. Wildcards cannot be
 * validated by file (throws `CertkitError` `dcv.file.wildcard`).
 *
 * @example
 * fileValidation({ domain: 'www.example.com', path: 'ABC123.txt', content: 'token\nsectigo.com' }).urls
 * // => ['http://www.example.com/.well-known/pki-validation/ABC123.txt', 'https://www.example.com/.well-known/pki-validation/ABC123.txt']
 */
export function fileValidation(input: {
  readonly domain: string;
  readonly path: string;
  readonly content: string;
}): FileValidation {
  const name = normalizeDomain(input?.domain);
  if (name.startsWith('*.')) throw new CertkitError(createIssue('dcv.file.wildcard', 'DCV-02', {}, { subject: name }));
  if (typeof input.path !== 'string' || !FILE_NAME.test(input.path) || input.path.includes('..'))
    throw dcvArgumentError('path', input.path);
  if (typeof input.content !== 'string' || input.content.length > 65_536)
    throw dcvArgumentError('content', typeof input.content);
  const path = `/.well-known/pki-validation/${input.path}`;
  return { urls: [`http://${name}${path}`, `https://${name}${path}`], content: input.content };
}

/** The `CertkitError` of a DCV argument that cannot be read (`dcv.argument.invalid`). */
export function dcvArgumentError(field: string, received: unknown): CertkitError {
  return new CertkitError(createIssue('dcv.argument.invalid', null, { field, received: describeReceived(received) }));
}
