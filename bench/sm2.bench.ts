import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verifySm2Signature } from '../src/x509/sm2/signature.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let sm2Sink = 0;

/**
 * Issue 20: certkit's SM2-with-SM3 verification (pure TypeScript, BigInt) against node:crypto's
 * (OpenSSL, native) on the same signature — the raw speed the issue asks to compare with; a
 * pure-JS peer would be the closer baseline. The key is made by OpenSSL for each run.
 */
export async function sm2Benchmarks(): Promise<BenchCase[]> {
  const dir = mkdtempSync(join(tmpdir(), 'certkit-bench-sm2-'));
  execFileSync('openssl', ['genpkey', '-algorithm', 'SM2', '-out', join(dir, 'sm2.key')], { stdio: 'pipe' });
  const key = createPrivateKey(readFileSync(join(dir, 'sm2.key')));
  const publicKey = createPublicKey(key);
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const message = new TextEncoder().encode('the signed part of an SM2 certificate');
  const signature = new Uint8Array(sign('sm3', message, key));
  if (verifySm2Signature(spki, message, signature) !== true)
    throw new Error('SM2 bench: the signature does not verify');
  return [
    {
      id: 'node:crypto SM2-with-SM3 verify (OpenSSL)',
      run: () => {
        sm2Sink += verify('sm3', message, publicKey, signature) ? 1 : 0;
      },
    },
    {
      id: 'SM2-with-SM3 verify (certkit, pure TypeScript)',
      baseline: 'node:crypto SM2-with-SM3 verify (OpenSSL)',
      run: () => {
        sm2Sink += verifySm2Signature(spki, message, signature) ? 1 : 0;
      },
    },
  ];
}
