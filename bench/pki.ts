import { execFileSync } from 'node:child_process';
import { createPrivateKey, sign } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPemBlocks } from '../src/x509/der/pem.js';

/** An RSA-2048 chain made by OpenSSL for the chain benchmarks, and many leaves under its intermediate. */
export interface BenchPki {
  readonly rootPem: string;
  readonly intermediatePem: string;
  readonly leafPem: string;
  /** `count` leaves from the intermediate, each with its own serial number and signature, as PEM. */
  readonly leaves: readonly string[];
  /** The root's CRL (nothing revoked) and the intermediate's, revoking {@link REVOKED_SERIALS} serials that are not the leaf's. */
  readonly crls: readonly string[];
}

/** Revoked serials on the intermediate's CRL in the benchmark: a CA's CRL of a few thousand entries is common. */
export const REVOKED_SERIALS = 1000;

const SERIAL_BYTES = 16;

/**
 * Root → intermediate → leaf, RSA-2048 and SHA-256 throughout, made by the OpenSSL CLI; then the
 * leaf's TBSCertificate is copied `count` times with a new serial number and signed again with
 * the intermediate's key (node:crypto), so that every leaf is a different certificate with a
 * signature that verifies. Node only (the benchmarks are).
 */
export function makeBenchPki(count: number): BenchPki {
  const dir = mkdtempSync(join(tmpdir(), 'certkit-bench-'));
  try {
    const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    writeFileSync(
      join(dir, 'ext.cnf'),
      [
        '[req]',
        'distinguished_name = dn',
        '[dn]',
        '[ca]',
        'basicConstraints = critical, CA:TRUE',
        'keyUsage = critical, keyCertSign, cRLSign',
        'subjectKeyIdentifier = hash',
        'authorityKeyIdentifier = keyid:always',
        '[leaf]',
        'basicConstraints = critical, CA:FALSE',
        'keyUsage = critical, digitalSignature, keyEncipherment',
        'extendedKeyUsage = serverAuth',
        'subjectAltName = DNS:www.bench.example, DNS:bench.example',
        'subjectKeyIdentifier = hash',
        'authorityKeyIdentifier = keyid:always',
        '',
      ].join('\n'),
    );
    for (const name of ['root', 'ca', 'leaf'])
      run('genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', `${name}.key`);
    const days = ['-days', '3650'];
    run(
      'req',
      '-x509',
      '-new',
      '-key',
      'root.key',
      '-subj',
      '/O=certkit bench/CN=Bench Root',
      '-sha256',
      ...days,
      '-config',
      'ext.cnf',
      '-extensions',
      'ca',
      '-out',
      'root.pem',
    );
    run('req', '-new', '-key', 'ca.key', '-subj', '/O=certkit bench/CN=Bench Intermediate', '-out', 'ca.csr');
    run(
      'x509',
      '-req',
      '-in',
      'ca.csr',
      '-CA',
      'root.pem',
      '-CAkey',
      'root.key',
      '-set_serial',
      '0x2',
      '-sha256',
      ...days,
      '-extfile',
      'ext.cnf',
      '-extensions',
      'ca',
      '-out',
      'ca.pem',
    );
    run('req', '-new', '-key', 'leaf.key', '-subj', '/CN=www.bench.example', '-out', 'leaf.csr');
    const serial = `0x7${'0'.repeat(SERIAL_BYTES * 2 - 1)}`;
    run(
      'x509',
      '-req',
      '-in',
      'leaf.csr',
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-set_serial',
      serial,
      '-sha256',
      '-days',
      '365',
      '-extfile',
      'ext.cnf',
      '-extensions',
      'leaf',
      '-out',
      'leaf.pem',
    );
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    const crl = (ca: string, revoked: number) => {
      // an `openssl ca` database of revoked entries: status, expiry, revocation date and reason, serial
      const rows = Array.from(
        { length: revoked },
        (_, i) =>
          `R\t351231000000Z\t260101000000Z,keyCompromise\t${(0x100000 + i).toString(16).toUpperCase()}\tunknown\t/CN=revoked ${i}`,
      );
      writeFileSync(join(dir, `${ca}.index`), rows.length === 0 ? '' : `${rows.join('\n')}\n`);
      writeFileSync(join(dir, `${ca}.crlnumber`), '01\n');
      writeFileSync(
        join(dir, `${ca}.cnf`),
        `[ca]\ndefault_ca = x\n[x]\ndatabase = ${ca}.index\ncertificate = ${ca}.pem\nprivate_key = ${ca}.key\ncrlnumber = ${ca}.crlnumber\ndefault_md = sha256\ndefault_crl_days = 3650\n`,
      );
      run('ca', '-config', `${ca}.cnf`, '-gencrl', '-out', `${ca}.crl`, '-batch');
      return read(`${ca}.crl`);
    };
    const crls = [crl('root', 0), crl('ca', REVOKED_SERIALS)];
    const leafPem = read('leaf.pem');
    const caKey = createPrivateKey(read('ca.key'));
    return {
      rootPem: read('root.pem'),
      intermediatePem: read('ca.pem'),
      leafPem,
      leaves: copies(leafPem, caKey, count),
      crls,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The leaf re-serialled and re-signed `count` times: same lengths, so only bytes change in place. */
function copies(leafPem: string, key: ReturnType<typeof createPrivateKey>, count: number): string[] {
  const der = (readPemBlocks(leafPem, ['CERTIFICATE'])[0] as { der: Uint8Array }).der;
  // Certificate ::= SEQUENCE (4-byte header) { tbsCertificate SEQUENCE (4-byte header) … }
  const tbsLength = ((der[6] as number) << 8) | (der[7] as number);
  const tbsEnd = 4 + 4 + tbsLength;
  // the serial: INTEGER of SERIAL_BYTES bytes, the first 0x70, right after the version field
  const serialAt = der.indexOf(0x70, 8);
  const signatureAt = der.length - 256;
  return Array.from({ length: count }, (_, i) => {
    const copy = der.slice();
    new DataView(copy.buffer).setUint32(serialAt + SERIAL_BYTES - 4, i + 1);
    copy.set(sign('sha256', copy.subarray(4, tbsEnd), key), signatureAt);
    return `-----BEGIN CERTIFICATE-----\n${Buffer.from(copy).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
  });
}
