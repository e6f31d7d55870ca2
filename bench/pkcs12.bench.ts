import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { parsePkcs12 } from '../src/x509/index.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let pkcs12Sink = 0;

/**
 * Issue 20: `parsePkcs12` on a legacy PFX (Triple DES key, RC2-40 certificate, SHA-1 MAC; RSA,
 * as node-forge cannot read EC keys) against node-forge, the closest peer that decrypts legacy
 * PFX in pure JavaScript: both verify the MAC, decrypt both bags and give the key and the
 * certificate. certkit also imports the key into WebCrypto (its public key pairs it with the
 * certificate) and checks the certificate's signature when it is self-signed.
 */
export async function pkcs12Benchmarks(): Promise<BenchCase[]> {
  const base64 = readFileSync(new URL('../test/fixtures/pkcs12/legacy.p12.b64', import.meta.url), 'utf8').replace(
    /\s/g,
    '',
  );
  const bytes = Uint8Array.from(Buffer.from(base64, 'base64'));
  const binary = forge.util.decode64(base64);
  const keyBag = forge.pki.oids.pkcs8ShroudedKeyBag as string;
  const certBag = forge.pki.oids.certBag as string;
  const theirs = () => {
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(binary), 'legacy');
    const keys = p12.getBags({ bagType: keyBag })[keyBag] ?? [];
    const certificates = p12.getBags({ bagType: certBag })[certBag] ?? [];
    pkcs12Sink += keys.length + (certificates[0]?.cert?.subject.attributes.length ?? 0);
  };
  const ours = async () => {
    const { keys } = await parsePkcs12(bytes, { password: 'legacy' });
    pkcs12Sink += keys.length + (keys[0]?.certificate?.subject.length ?? 0);
  };
  return [
    { id: 'node-forge pkcs12FromAsn1 (legacy 3DES/RC2, RSA)', run: theirs },
    {
      id: 'parsePkcs12 (legacy 3DES/RC2, RSA)',
      baseline: 'node-forge pkcs12FromAsn1 (legacy 3DES/RC2, RSA)',
      target: 1,
      run: ours,
    },
  ];
}
