/**
 * `npm run fuzz`: mutation fuzzing of every parser of bytes and text (test/fuzz/targets.ts) from
 * the seed corpus in test/fixtures (certificates, CSRs, keys in every format certkit reads, CAA
 * records). Not part of `npm test`; the suite runs the small regression corpus it writes.
 *
 *   npm run fuzz                          100,000 inputs, at most 10 minutes, seed 1
 *   npm run fuzz -- --inputs 20000 --seconds 60 --seed 7
 *   npm run fuzz -- --write-regressions   also rewrite test/fixtures/fuzz/regressions.json
 *
 * Prints, per target, how many inputs parsed, how many were refused and with which codes, how many
 * escaped (anything but a CertkitError: a failure), and the slowest input. Escaped and slow inputs
 * are written to fuzz-findings/ (git-ignored) to be added to the regression corpus. Exits 1 when
 * any input escaped or took longer than --slow-ms (default 2,000: a bound, not a speed target).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  escaped,
  type FuzzInput,
  mutateBytes,
  mutateText,
  outcomeOf,
  random,
  type TargetName,
  TEXT_TARGETS,
  targets,
} from '../test/fuzz/targets.js';

const { values } = parseArgs({
  options: {
    inputs: { type: 'string', default: '100000' },
    seconds: { type: 'string', default: '600' },
    seed: { type: 'string', default: '1' },
    'slow-ms': { type: 'string', default: '2000' },
    'write-regressions': { type: 'boolean', default: false },
  },
});
const INPUTS = Number(values.inputs);
const BUDGET_MS = Number(values.seconds) * 1000;
const SLOW_MS = Number(values['slow-ms']);
const FIXTURES = new URL('../test/fixtures/', import.meta.url).pathname;

const read = (path: string) => readFileSync(join(FIXTURES, path));
const text = (path: string) => read(path).toString('utf8');
const files = (dir: string, pattern: RegExp) =>
  readdirSync(join(FIXTURES, dir))
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => `${dir}/${name}`);
const derOf = (pem: string) =>
  [...pem.matchAll(/-----BEGIN [A-Z ]+-----([\s\S]*?)-----END/g)].map((m) =>
    Uint8Array.from(Buffer.from((m[1] ?? '').replace(/\s/g, ''), 'base64')),
  );

const certificatePems = [...files('pki', /\.pem$/).map(text), text('trust-store/ca-certificates.pem').slice(0, 20_000)];
const csrPems = files('csr/pyca', /\.pem$/)
  .map(text)
  .concat(files('csr/cfssl', /\.(pem|csr)$/).map(text));
const keyPems = [...files('fuzz/seeds', /\.pem$/).map(text), ...files('pki', /\.key$/).map(text)];
const caa = [
  '0 issue "letsencrypt.org"',
  '0 issuewild "sectigo.com; accounturi=https://acme.example/acct/1; validationmethods=dns-01"',
  '128 tbs "unknown"',
  'example.com. 3600 IN CAA 0 iodef "mailto:security@example.com"',
  '0 issue ";"',
];

const seeds: Readonly<Record<TargetName, readonly FuzzInput[]>> = {
  'certificate (DER)': certificatePems.flatMap(derOf).slice(0, 40),
  'certificates (PEM text)': certificatePems,
  // NIST PKITS's CRLs: deltas, distribution points, reasons, entry extensions
  'CRL (DER)': files('pki-suites/nist-pkits/crls', /\.crl$/)
    .slice(0, 60)
    .map((path) => Uint8Array.from(read(path))),
  'CSR (DER)': csrPems.flatMap(derOf),
  'CSR (PEM text)': csrPems,
  'private key (PEM text)': keyPems,
  'private key (DER)': keyPems.flatMap(derOf),
  'public key (SPKI DER)': files('fuzz/seeds', /\.der$/).map((path) => Uint8Array.from(read(path))),
  'PEM reader': certificatePems.slice(0, 4).concat(keyPems.slice(0, 2)),
  'chain (PEM bundle text)': [
    `${text('pki/leaf.pem')}${text('pki/ca1.pem')}`,
    `${text('pki/short-leaf.pem')}${text('pki/short-ca.pem')}`,
  ],
  'CAA record (text)': caa,
  // keytool's JKS of the same key: entries, Sun's key protector, the integrity digest
  'JKS (bytes)': [Uint8Array.from(Buffer.from(text('pkcs12/legacy.jks.b64').replace(/\s/g, ''), 'base64'))],
  // OpenSSL's legacy PFX: BER/DER structure, MAC, Triple DES and RC2 bags
  'PKCS#12 (DER)': [Uint8Array.from(Buffer.from(text('pkcs12/legacy.p12.b64').replace(/\s/g, ''), 'base64'))],
  // OpenSSL 3's SM2 keys: PKCS#8, and SEC1 with the curve named (plain and AES-encrypted `SM2 PRIVATE KEY`)
  'SM2 private key (PEM text)': files('sm2', /\.key$/).map(text),
};

interface Tally {
  inputs: number;
  outcomes: Map<string, number>;
  slowest: { ms: number; outcome: string };
  keep: Map<string, FuzzInput>;
}

const names = Object.keys(targets) as TargetName[];
const tallies = new Map(
  names.map((name): [TargetName, Tally] => [
    name,
    { inputs: 0, outcomes: new Map(), slowest: { ms: 0, outcome: '' }, keep: new Map() },
  ]),
);
const next = random(Number(values.seed));
const findings: { target: TargetName; outcome: string; ms: number; input: string }[] = [];
const started = performance.now();
let total = 0;

const encode = (input: FuzzInput) => (typeof input === 'string' ? input : Buffer.from(input).toString('base64'));

while (total < INPUTS && performance.now() - started < BUDGET_MS) {
  const target = names[total % names.length] as TargetName;
  const pool = seeds[target];
  const seed = pool[Math.floor(next() * pool.length)] as FuzzInput;
  const other = pool[Math.floor(next() * pool.length)] as FuzzInput;
  const input = TEXT_TARGETS.has(target)
    ? mutateText(seed as string, other as string, next)
    : mutateBytes(seed as Uint8Array, other as Uint8Array, next);
  const before = performance.now();
  const outcome = await outcomeOf(target, input);
  const ms = performance.now() - before;
  const tally = tallies.get(target) as Tally;
  tally.inputs += 1;
  tally.outcomes.set(outcome, (tally.outcomes.get(outcome) ?? 0) + 1);
  if (ms > tally.slowest.ms) tally.slowest = { ms, outcome };
  if (!tally.keep.has(outcome)) tally.keep.set(outcome, input);
  if (escaped(outcome) || ms > SLOW_MS) findings.push({ target, outcome, ms, input: encode(input) });
  total += 1;
  if (total % 10_000 === 0)
    process.stderr.write(`  ${total} inputs, ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

const seconds = (performance.now() - started) / 1000;
console.log(`certkit fuzz: ${total} inputs in ${seconds.toFixed(0)} s (seed ${values.seed})\n`);
for (const [name, tally] of tallies) {
  const escapes = [...tally.outcomes].filter(([outcome]) => escaped(outcome)).reduce((sum, [, n]) => sum + n, 0);
  const top = [...tally.outcomes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([outcome, n]) => `${outcome} ${n}`);
  console.log(
    `${name}: ${tally.inputs} inputs, ${tally.outcomes.get('ok') ?? 0} parsed, ${escapes} escaped, slowest ${tally.slowest.ms.toFixed(1)} ms (${tally.slowest.outcome})`,
  );
  console.log(`  ${top.join(' · ')}`);
}
const escapedCount = findings.filter((finding) => escaped(finding.outcome)).length;
console.log(
  `\nnon-CertkitError exceptions: ${escapedCount}; inputs over ${SLOW_MS} ms: ${findings.length - escapedCount}`,
);

if (findings.length > 0) {
  mkdirSync('fuzz-findings', { recursive: true });
  writeFileSync(`fuzz-findings/seed-${values.seed}.json`, `${JSON.stringify(findings, null, 2)}\n`);
  console.log(`written: fuzz-findings/seed-${values.seed}.json`);
}
if (values['write-regressions']) {
  // one input per distinct outcome of each target: every refusal path the run reached, kept
  const corpus = [...tallies].flatMap(([target, tally]) =>
    [...tally.keep].map(([outcome, input]) => ({
      target,
      encoding: typeof input === 'string' ? 'text' : 'base64',
      input: encode(input),
      outcome,
    })),
  );
  writeFileSync(join(FIXTURES, 'fuzz/regressions.json'), `${JSON.stringify(corpus, null, 1)}\n`);
  console.log(`written: test/fixtures/fuzz/regressions.json (${corpus.length} inputs)`);
}
process.exitCode = findings.length > 0 ? 1 : 0;
