import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutateBytes, outcomeOf, random, type TargetName } from '../fuzz/targets.js';

/**
 * Issue 16: certkit accepts no structure OpenSSL refuses as malformed. The fuzzer's byte mutations
 * of real seeds (the CSR corpus, the fuzz key seeds, NIST PKITS's certificates and CRLs) go to
 * certkit's parser; every mutant certkit parses goes to OpenSSL's (`openssl req|pkey|x509|crl
 * -inform DER -noout`), and the test fails on any OpenSSL cannot read. Signatures are not the
 * question here (a mutant's signature rarely verifies): the DER is. certkit refusing more is
 * allowed and counted.
 */
const FIXTURES = new URL('../fixtures/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'certkit-differential-fuzz-'));
const MUTANTS = 3000;

const pemDer = (text: string) =>
  [...text.matchAll(/-----BEGIN [A-Z ]+-----([\s\S]*?)-----END/g)].map((match) =>
    Uint8Array.from(Buffer.from((match[1] ?? '').replace(/\s/g, ''), 'base64')),
  );
const files = (path: string, pattern: RegExp) =>
  readdirSync(new URL(path, FIXTURES))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => new Uint8Array(readFileSync(new URL(`${path}${name}`, FIXTURES))));

interface Target {
  readonly name: TargetName;
  readonly seeds: readonly Uint8Array[];
  /** The OpenSSL command that reads one DER file of this kind. */
  readonly openssl: readonly string[];
  /** certkit outcomes that mean it read the structure (a key it cannot use but parsed counts). */
  readonly parsed: (outcome: string) => boolean;
}

const TARGETS: readonly Target[] = [
  {
    name: 'CSR (DER)',
    seeds: files('csr/pyca/', /\.pem$/)
      .flatMap((bytes) => pemDer(new TextDecoder().decode(bytes)))
      .slice(0, 20),
    openssl: ['req', '-inform', 'DER', '-noout'],
    // parsed, or parsed and then refused for a rule (not for its DER)
    parsed: (outcome) => outcome === 'ok' || outcome === 'x509.csr.signature',
  },
  {
    name: 'private key (DER)',
    seeds: files('fuzz/seeds/', /\.pem$/)
      .flatMap((bytes) => pemDer(new TextDecoder().decode(bytes)))
      .filter((der) => der.length > 0),
    openssl: ['pkey', '-inform', 'DER', '-noout', '-passin', 'pass:fuzz'],
    parsed: (outcome) => outcome === 'ok',
  },
  {
    name: 'certificate (DER)',
    seeds: files('pki-suites/nist-pkits/certs/', /\.crt$/).slice(0, 40),
    openssl: ['x509', '-inform', 'DER', '-noout'],
    parsed: (outcome) => outcome === 'ok',
  },
  {
    name: 'CRL (DER)',
    seeds: files('pki-suites/nist-pkits/crls/', /\.crl$/).slice(0, 40),
    openssl: ['crl', '-inform', 'DER', '-noout'],
    parsed: (outcome) => outcome === 'ok',
  },
];

describe('mutants certkit parses, OpenSSL parses too (issue 16)', () => {
  it.each(TARGETS.map((target) => [target.name, target] as const))(
    '%s',
    { timeout: 240_000 },
    async (_name, target) => {
      const next = random(16);
      const accepted: string[] = [];
      let parsed = 0;
      for (let index = 0; index < MUTANTS; index += 1) {
        const seed = target.seeds[Math.floor(next() * target.seeds.length)] as Uint8Array;
        const other = target.seeds[Math.floor(next() * target.seeds.length)] as Uint8Array;
        const mutant = mutateBytes(seed, other, next);
        if (!target.parsed(await outcomeOf(target.name, mutant))) continue;
        parsed += 1;
        const file = join(dir, `mutant-${index}.der`);
        writeFileSync(file, mutant);
        if (spawnSync('openssl', [...target.openssl, '-in', file]).status !== 0)
          accepted.push(Buffer.from(mutant).toString('base64'));
      }
      console.log(
        `${target.name}: ${MUTANTS} mutants, ${parsed} parsed by certkit, ${accepted.length} of them refused by OpenSSL`,
      );
      expect(parsed).toBeGreaterThan(0);
      expect(accepted).toEqual([]);
    },
  );
});
