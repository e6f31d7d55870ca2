import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A scratch directory for a Node test that shells out to OpenSSL and keytool. */
export interface Scratch {
  readonly dir: string;
  /** The path of a file in the directory. */
  at(name: string): string;
  /** Runs a command in the directory (throws on a non-zero exit). */
  run(command: string, args: readonly string[]): Buffer;
}

/** A fresh scratch directory. */
export function scratch(prefix: string): Scratch {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    at: (name) => join(dir, name),
    run: (command, args) => execFileSync(command, [...args], { stdio: 'pipe', cwd: dir }),
  };
}

/**
 * A three-level PKI made with OpenSSL in `scratch`: `root.pem`/`root.key` (EC P-256, self-signed),
 * `ca.pem`/`ca.key` (an EC intermediate with `CA:TRUE`), `leaf.pem`/`leaf.key` (RSA 2048, issued
 * by the intermediate), with the common names given.
 */
export function makeOpensslPki(where: Scratch, names: { root: string; ca: string; leaf: string }): void {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
  where.run('openssl', [
    'req',
    '-x509',
    ...ec,
    '-keyout',
    'root.key',
    '-subj',
    `/CN=${names.root}`,
    '-days',
    '30',
    '-out',
    'root.pem',
  ]);
  where.run('openssl', ['req', ...ec, '-keyout', 'ca.key', '-subj', `/CN=${names.ca}`, '-out', 'ca.csr']);
  writeFileSync(where.at('ca.ext'), 'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign\n');
  const sign = (csr: string, ca: string, out: string, extensions: string[]) =>
    where.run('openssl', [
      'x509',
      '-req',
      '-in',
      csr,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-days',
      '30',
      ...extensions,
      '-out',
      out,
    ]);
  sign('ca.csr', 'root', 'ca.pem', ['-extfile', 'ca.ext']);
  where.run('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    'leaf.key',
    '-subj',
    `/CN=${names.leaf}`,
    '-out',
    'leaf.csr',
  ]);
  sign('leaf.csr', 'ca', 'leaf.pem', []);
}
