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
}

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
    const leafPem = read('leaf.pem');
    const caKey = createPrivateKey(read('ca.key'));
    return {
      rootPem: read('root.pem'),
      intermediatePem: read('ca.pem'),
      leafPem,
      leaves: copies(leafPem, caKey, count),
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
