import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { assembleChain, createChainValidator, parseCertificate, parseCrl } from '../../src/x509/index.js';

/**
 * A company's private PKI made fresh with OpenSSL: a root, an issuing CA, two device certificates
 * with a CN and no SAN (client authentication), one of them revoked on the issuing CA's CRL
 * (`openssl ca -revoke`, `-gencrl`). The web PKI refuses such a chain; RFC 5280 takes it.
 */
const dir = mkdtempSync(join(tmpdir(), 'certkit-private-pki-'));
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe', encoding: 'utf8' });
const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];

const CONFIG = `[ca]
default_ca = issuing
[issuing]
database = index.txt
new_certs_dir = .
certificate = ca.pem
private_key = ca.key
default_md = sha256
default_crl_days = 7
crlnumber = crlnumber
policy = anything
[anything]
commonName = supplied
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
[device]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints = URI:http://pki.corp.test/issuing.crl
`;

beforeAll(() => {
  writeFileSync(join(dir, 'ca.cnf'), CONFIG);
  writeFileSync(join(dir, 'index.txt'), '');
  writeFileSync(join(dir, 'crlnumber'), '1000\n');
  openssl(
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'root.key',
    '-out',
    'root.pem',
    '-subj',
    '/O=Corp/CN=Corp Root',
    '-days',
    '3650',
  );
  openssl('req', ...ec, '-keyout', 'ca.key', '-out', 'ca.csr', '-subj', '/O=Corp/CN=Corp Issuing');
  openssl(
    'x509',
    '-req',
    '-in',
    'ca.csr',
    '-CA',
    'root.pem',
    '-CAkey',
    'root.key',
    '-out',
    'ca.pem',
    '-days',
    '1825',
    '-extfile',
    'ca.cnf',
    '-extensions',
    'v3_ca',
  );
  for (const device of ['device-42', 'device-43']) {
    openssl('req', ...ec, '-keyout', `${device}.key`, '-out', `${device}.csr`, '-subj', `/CN=${device}`);
    openssl(
      'x509',
      '-req',
      '-in',
      `${device}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-out',
      `${device}.pem`,
      '-days',
      '365',
      '-extfile',
      'ca.cnf',
      '-extensions',
      'device',
    );
  }
  openssl('ca', '-config', 'ca.cnf', '-revoke', 'device-43.pem', '-crl_reason', 'keyCompromise', '-batch');
  openssl('ca', '-config', 'ca.cnf', '-gencrl', '-out', 'issuing.crl', '-batch');
});

const device = (name: string, options: Partial<Parameters<typeof assembleChain>[1]> = {}) =>
  assembleChain([read(`${name}.pem`), read('ca.pem')], {
    trustAnchors: [read('root.pem')],
    now: new Date(),
    profile: 'rfc5280',
    purpose: 'clientAuth',
    ...options,
  });

describe('a private PKI (OpenSSL-made, fresh each run)', () => {
  it('validates a device certificate without a SAN under the rfc5280 profile, as openssl verify does', async () => {
    const result = await device('device-42');
    expect(
      openssl('verify', '-CAfile', 'root.pem', '-untrusted', 'ca.pem', '-purpose', 'sslclient', 'device-42.pem'),
    ).toContain('OK');
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(result.trusted).toBe(true);
    expect(result.chain.map((cert) => cert.commonName)).toEqual(['device-42', 'Corp Issuing']);
  });

  it('refuses it under the default web-pki profile, naming the CA/Browser Forum rule', async () => {
    const result = await device('device-42', { profile: undefined, purpose: undefined });
    expect(result.trusted).toBe(false);
    const profile = result.issues.filter((issue) => issue.code === 'x509.chain.profile').map((issue) => issue.params);
    expect(profile).toContainEqual({
      certificate: 'CN=device-42',
      problem: 'common-name-not-in-san',
      profile: 'web-pki',
    });
    // and a client certificate is not for TLS servers
    expect(result.issues.find((issue) => issue.code === 'x509.chain.extended-key-usage')?.params).toMatchObject({
      purpose: 'serverAuth',
      problem: 'eku-lacks-purpose',
    });
  });

  it('reads the CRL as openssl crl prints it', async () => {
    const crl = parseCrl(read('issuing.crl'));
    const revoked = await parseCertificate(read('device-43.pem'));
    const text = openssl('crl', '-in', 'issuing.crl', '-noout', '-text');
    expect(crl.issuerText).toBe('O=Corp, CN=Corp Issuing');
    // the crlnumber file holds hex: certkit gives the number in hex, OpenSSL prints it in decimal
    expect(text).toContain(`CRL Number: \n                ${Number.parseInt(crl.number as string, 16)}`);
    expect(text).toContain(`Serial Number: ${revoked.serial.toUpperCase()}`);
    expect(crl.revoked).toEqual([
      { serial: revoked.serial, revokedAt: crl.revoked[0]?.revokedAt, reason: 'keyCompromise' },
    ]);
    expect(Date.parse(crl.nextUpdate as string) - Date.parse(crl.thisUpdate)).toBe(7 * 86_400_000);
  });

  it('says the revoked device is revoked, with when and why, and the other good', async () => {
    const crls = [read('issuing.crl')];
    const revoked = await device('device-43', { crls });
    expect(revoked.trusted).toBe(false);
    expect(revoked.revocation[0]).toMatchObject({
      status: 'revoked',
      reason: 'keyCompromise',
      certificate: 'CN=device-43',
    });
    expect(revoked.issues.find((issue) => issue.code === 'x509.chain.revoked')?.severity).toBe('error');
    const good = await device('device-42', { crls });
    expect(good.trusted).toBe(true);
    expect(good.revocation.map((status) => status.status)).toEqual(['good', 'unknown']);
    // the issuing CA's own status: no CRL of the root was given, so a warning names where to get one
    expect(good.issues.find((issue) => issue.code === 'x509.chain.revocation-unknown')).toMatchObject({
      severity: 'warning',
      params: { certificate: 'O=Corp, CN=Corp Issuing', problem: 'no-crl' },
    });
  });

  it('fails closed with requireRevocation: an expired CRL or a missing one is no answer', async () => {
    const crls = [read('issuing.crl')];
    const later = new Date(Date.now() + 8 * 86_400_000);
    const expired = await device('device-42', { crls, now: later, requireRevocation: true });
    expect(expired.trusted).toBe(false);
    expect(expired.revocation[0]).toMatchObject({
      status: 'unknown',
      problem: 'expired',
      crlUrls: ['http://pki.corp.test/issuing.crl'],
    });
    const missing = await device('device-42', { requireRevocation: true });
    expect(missing.revocation[0]).toMatchObject({ status: 'unknown', problem: 'no-crl' });
    expect(missing.issues.find((issue) => issue.code === 'x509.chain.revocation-unknown')?.severity).toBe('error');
  });

  it('does not take a CRL the CA did not sign', async () => {
    // an impostor CA with the issuing CA's name and its own key signs a CRL in that name
    openssl(
      'req',
      '-x509',
      ...ec,
      '-keyout',
      'impostor.key',
      '-out',
      'impostor.pem',
      '-subj',
      '/O=Corp/CN=Corp Issuing',
    );
    writeFileSync(
      join(dir, 'impostor.cnf'),
      CONFIG.replace('certificate = ca.pem', 'certificate = impostor.pem').replace(
        'private_key = ca.key',
        'private_key = impostor.key',
      ),
    );
    openssl('ca', '-config', 'impostor.cnf', '-gencrl', '-out', 'forged.crl', '-batch');
    const result = await device('device-43', { crls: [read('forged.crl')], requireRevocation: true });
    expect(result.revocation[0]).toMatchObject({ status: 'unknown', problem: 'bad-signature' });
    expect(result.trusted).toBe(false);
  });

  it('keeps a validator’s CRLs for every chain, and adds a call’s own', async () => {
    const validator = await createChainValidator({
      trustAnchors: [read('root.pem')],
      intermediates: [read('ca.pem')],
      crls: [read('issuing.crl')],
    });
    const rules = { now: new Date(), profile: 'rfc5280', purpose: 'clientAuth' } as const;
    for (let round = 0; round < 2; round += 1) {
      const revoked = await validator.assemble(read('device-43.pem'), rules);
      expect(revoked.revocation[0]).toMatchObject({ status: 'revoked', reason: 'keyCompromise' });
      const good = await validator.assemble(read('device-42.pem'), { ...rules, requireRevocation: false });
      expect(good.revocation[0]?.status).toBe('good');
      expect(good.trusted).toBe(true);
    }
    const forged = await validator.assemble(read('device-42.pem'), { ...rules, crls: [read('forged.crl')] });
    expect(forged.revocation[0]?.status).toBe('good'); // the genuine CRL answers; the forged one is not used
  });

  it('throws CertkitError for a CRL that is not one', async () => {
    await expect(
      device('device-42', { crls: ['-----BEGIN X509 CRL-----\nMAA=\n-----END X509 CRL-----\n'] }),
    ).rejects.toThrow(CertkitError);
    expect(() => parseCrl(read('device-42.pem'))).toThrow(expect.objectContaining({ code: 'x509.pem.missing' }));
  });
});
