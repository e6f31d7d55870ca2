import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sm2 as peer } from 'sm-crypto-v2';
import { toHex } from '../src/x509/der/encoding.js';
import { sm2Secret } from '../src/x509/sm2/key-pair.js';
import { importSm2PrivateKey, randomBytesOf } from '../src/x509/sm2/keys.js';
import { signSm2 } from '../src/x509/sm2/sign.js';
import { sm2SignatureDer, verifySm2Signature } from '../src/x509/sm2/signature.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let sm2Sink = 0;

/**
 * Issue 20: certkit's SM2-with-SM3 verification and signing against the closest pure-JavaScript
 * peer, sm-crypto-v2 (also on @noble/curves, with its own SM3 and its precomputed base point),
 * on the same key, message and signature, with node:crypto's native OpenSSL printed alongside
 * as the machine's floor. The key is made by OpenSSL for each run.
 */
export async function sm2Benchmarks(): Promise<BenchCase[]> {
  const dir = mkdtempSync(join(tmpdir(), 'certkit-bench-sm2-'));
  execFileSync('openssl', ['genpkey', '-algorithm', 'SM2', '-out', join(dir, 'sm2.key')], { stdio: 'pipe' });
  const pem = readFileSync(join(dir, 'sm2.key'), 'utf8');
  const key = createPrivateKey(pem);
  const publicKey = createPublicKey(key);
  const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
  const point = toHex(spki.subarray(spki.length - 65));
  const message = new TextEncoder().encode('the signed part of an SM2 certificate');
  // node:crypto (OpenSSL 3.0) signs with the empty ID; certkit and the peer use the default one
  const nativeSignature = new Uint8Array(sign('sm3', message, key));
  const keys = await importSm2PrivateKey(pem);
  const { d, point: coordinates } = sm2Secret(keys.privateKey);
  const random = randomBytesOf(globalThis.crypto);
  const signature = sm2SignatureDer(signSm2(message, d, coordinates, random));
  const signatureHex = toHex(signature);
  const dHex = d.toString(16).padStart(64, '0');
  if (
    verifySm2Signature(spki, message, signature) !== true ||
    !peer.doVerifySignature(message, signatureHex, point, { der: true, hash: true })
  )
    throw new Error('SM2 bench: the signature does not verify');
  return [
    {
      id: 'node:crypto SM2-with-SM3 verify (OpenSSL, native)',
      run: () => {
        sm2Sink += verify('sm3', message, publicKey, nativeSignature) ? 1 : 0;
      },
    },
    {
      id: 'sm-crypto-v2 SM2-with-SM3 verify',
      run: () => {
        sm2Sink += peer.doVerifySignature(message, signatureHex, point, { der: true, hash: true }) ? 1 : 0;
      },
    },
    {
      id: 'SM2-with-SM3 verify (certkit)',
      baseline: 'sm-crypto-v2 SM2-with-SM3 verify',
      run: () => {
        sm2Sink += verifySm2Signature(spki, message, signature) ? 1 : 0;
      },
    },
    {
      id: 'sm-crypto-v2 SM2-with-SM3 sign',
      run: () => {
        sm2Sink += peer.doSignature(message, dHex, { der: true, hash: true, publicKey: point }).length;
      },
    },
    {
      id: 'SM2-with-SM3 sign (certkit)',
      baseline: 'sm-crypto-v2 SM2-with-SM3 sign',
      run: () => {
        sm2Sink += signSm2(message, d, coordinates, random).r > 0n ? 1 : 0;
      },
    },
  ];
}
