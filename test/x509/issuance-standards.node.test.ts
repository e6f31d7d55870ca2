import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIssuanceStandards } from '../../src/x509/index.js';

/**
 * STD-07 and STD-11 on certificates OpenSSL makes today (2026-12, after the SHA-1 sunset and the
 * subordinate-CA EKU rule, before the subscriber EKU rule).
 */
const dir = mkdtempSync(join(tmpdir(), 'certkit-standards-'));

function selfSigned(name: string, digest: string, extensions: string[]): string {
  const out = join(dir, `${name}.pem`);
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      join(dir, `${name}.key`),
      `-${digest}`,
      '-days',
      '90',
      '-subj',
      `/CN=${name}.example`,
      ...extensions.flatMap((ext) => ['-addext', ext]),
      '-out',
      out,
    ],
    { stdio: 'pipe' },
  );
  return readFileSync(out, 'utf8');
}

describe('checkIssuanceStandards on OpenSSL certificates', () => {
  it('a SHA-1 leaf made today is refused under STD-11; its clientAuth EKU is not yet refused (STD-07 from 2027-03-15)', () => {
    const pem = selfSigned('sha1', 'sha1', [
      'basicConstraints=critical,CA:FALSE',
      'extendedKeyUsage=serverAuth,clientAuth',
    ]);
    const result = checkIssuanceStandards(pem);
    expect(result.role).toBe('subscriber');
    expect(result.issues.map((issue) => [issue.code, issue.rule])).toEqual([['x509.standards.sha1', 'STD-11']]);
  });

  it('a SHA-256 leaf with serverAuth alone passes; a root made today is not held to the EKU rule', () => {
    expect(
      checkIssuanceStandards(
        selfSigned('good', 'sha256', ['basicConstraints=critical,CA:FALSE', 'extendedKeyUsage=serverAuth']),
      ).ok,
    ).toBe(true);
    const root = checkIssuanceStandards(selfSigned('root', 'sha256', ['basicConstraints=critical,CA:TRUE']));
    expect(root).toMatchObject({ ok: true, role: 'root' });
  });
});
