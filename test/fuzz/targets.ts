import { isCertkitError } from '../../src/core/index.js';
import { definePolicy } from '../../src/policy/index.js';
import { parseCaaRecord } from '../../src/validation/index.js';
import {
  assembleChain,
  describePublicKey,
  importPrivateKey,
  parseCertificate,
  parseCertificates,
  parseCrl,
  parseCsr,
  parseJks,
  parsePkcs12,
  readPem,
  writePem,
} from '../../src/x509/index.js';
import { importSm2PrivateKey } from '../../src/x509/sm2/index.js';

/**
 * What the fuzzer (`npm run fuzz`) and the regression corpus test feed: every parser of bytes or
 * text, each a function of one input. Encrypted keys are read under a policy whose PBKDF2 bound is
 * low, so a mutated iteration count costs milliseconds, not the half second the default allows.
 */
export type FuzzInput = Uint8Array | string;

const FUZZ_POLICY = definePolicy({ id: 'fuzz', limits: { maxPbkdf2Iterations: 10_000 } });
const NOW = '2030-06-01T00:00:00Z';
const asText = (input: FuzzInput) => (typeof input === 'string' ? input : new TextDecoder().decode(input));

export const targets = {
  'certificate (DER)': (input: FuzzInput) => parseCertificate(input),
  'certificates (PEM text)': (input: FuzzInput) => parseCertificates(asText(input)),
  'CRL (DER)': async (input: FuzzInput) => parseCrl(input),
  'CSR (DER)': (input: FuzzInput) => parseCsr(input, { verify: true }),
  'CSR (PEM text)': (input: FuzzInput) => parseCsr(asText(input), { verify: true }),
  'private key (PEM text)': (input: FuzzInput) =>
    importPrivateKey(asText(input), { password: 'fuzz', policy: FUZZ_POLICY }),
  'private key (DER)': (input: FuzzInput) => importPrivateKey(input, { policy: FUZZ_POLICY }),
  'public key (SPKI DER)': async (input: FuzzInput) => describePublicKey(input as Uint8Array),
  'PEM reader': async (input: FuzzInput) => readPem(asText(input), ['CERTIFICATE', 'PRIVATE KEY']),
  'chain (PEM bundle text)': (input: FuzzInput) => assembleChain(asText(input), { now: NOW }),
  'CAA record (text)': async (input: FuzzInput) => parseCaaRecord(asText(input)),
  'JKS (bytes)': (input: FuzzInput) =>
    parseJks(typeof input === 'string' ? new TextEncoder().encode(input) : input, { password: 'legacy' }),
  'PKCS#12 (DER)': (input: FuzzInput) =>
    parsePkcs12(typeof input === 'string' ? new TextEncoder().encode(input) : input, {
      password: 'legacy',
      policy: FUZZ_POLICY,
    }),
  'SM2 private key (PEM text)': (input: FuzzInput) =>
    importSm2PrivateKey(asText(input), { password: 'fuzz', policy: FUZZ_POLICY }),
} as const satisfies Record<string, (input: FuzzInput) => Promise<unknown>>;

export type TargetName = keyof typeof targets;

/** The targets whose inputs are text (mutated as text, stored as text). */
export const TEXT_TARGETS: ReadonlySet<TargetName> = new Set([
  'certificates (PEM text)',
  'CSR (PEM text)',
  'private key (PEM text)',
  'PEM reader',
  'chain (PEM bundle text)',
  'CAA record (text)',
  'SM2 private key (PEM text)',
]);

/**
 * How one input came out: `ok` (or `ok with <code>` when the result carries issues), the code of
 * the `CertkitError` it threw, or `escaped: …` (anything else: a failure of the boundary rule).
 */
export async function outcomeOf(target: TargetName, input: FuzzInput): Promise<string> {
  try {
    const result: unknown = await targets[target](input);
    const issue = (result as { issues?: readonly { code: string }[] } | undefined)?.issues?.[0];
    return issue === undefined ? 'ok' : `ok with ${issue.code}`;
  } catch (error) {
    if (isCertkitError(error)) return error.code;
    return `escaped: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`.slice(0, 200);
  }
}

/** A small seeded PRNG (mulberry32), so a run is repeatable from its seed. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INTERESTING = [0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0xff, 0x30, 0x31, 0x02, 0x03, 0x04, 0x05, 0x06];

/** One mutation of DER bytes: flip, set, insert, delete, duplicate, truncate or splice in another seed. */
export function mutateBytes(seed: Uint8Array, other: Uint8Array, next: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(next() * n);
  const bytes = [...seed];
  const at = pick(Math.max(bytes.length, 1));
  const steps = 1 + pick(4);
  for (let step = 0; step < steps; step += 1) {
    const position = step === 0 ? at : pick(Math.max(bytes.length, 1));
    const operation = MUTATIONS[pick(MUTATIONS.length)] as Mutation;
    operation(bytes, position, pick, other);
  }
  return Uint8Array.from(bytes);
}

type Mutation = (bytes: number[], at: number, pick: (n: number) => number, other: Uint8Array) => void;

const MUTATIONS: readonly Mutation[] = [
  (bytes, at, pick) => {
    bytes[at] = ((bytes[at] ?? 0) ^ (1 << pick(8))) & 0xff; // flip one bit
  },
  (bytes, at, pick) => {
    bytes[at] = INTERESTING[pick(INTERESTING.length)] as number; // a length or tag byte
  },
  (bytes, at, pick) => {
    bytes.splice(at, 0, pick(256)); // insert
  },
  (bytes, at, pick) => {
    bytes.splice(at, 1 + pick(8)); // delete
  },
  (bytes, at, pick) => {
    bytes.splice(at, 0, ...bytes.slice(at, at + 1 + pick(32))); // duplicate a run
  },
  (bytes, at) => {
    bytes.length = at; // truncate
  },
  (bytes, at, pick, other) => {
    const from = pick(Math.max(other.length, 1));
    bytes.splice(at, pick(64), ...other.slice(from, from + 1 + pick(64))); // splice from another seed
  },
];

/** One mutation of a text input: its DER mutated and re-wrapped, or the text itself edited. */
export function mutateText(seed: string, other: string, next: () => number): string {
  const pick = (n: number) => Math.floor(next() * n);
  const block = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(seed);
  const body = (block?.[2] ?? '').replace(/^[A-Za-z-]+: .*$/gm, '').replace(/\s/g, '');
  if (block !== null && /^[A-Za-z0-9+/]*={0,2}$/.test(body) && body.length % 4 === 0 && next() < 0.6) {
    const der = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
    const headers = (block[2] ?? '').match(/^[A-Za-z-]+: .*$/gm)?.join('\n');
    const pem = writePem(mutateBytes(der, der, next), block[1] ?? 'CERTIFICATE');
    return headers === undefined ? pem : pem.replace(/\n/, `\n${headers}\n\n`);
  }
  const chars = [...seed];
  const edit = TEXT_EDITS[pick(TEXT_EDITS.length)] as TextEdit;
  edit(chars, pick(Math.max(chars.length, 1)), pick, other);
  return chars.join('');
}

type TextEdit = (chars: string[], at: number, pick: (n: number) => number, other: string) => void;

const PIECES = ['-----', 'BEGIN ', 'END ', '\n', '\r\n', '=', ' ', '"', '\\', ';', '\u0000', '\uD800', 'é'];

const TEXT_EDITS: readonly TextEdit[] = [
  (chars, at, pick) => {
    chars.splice(at, 1 + pick(16)); // delete
  },
  (chars, at, pick, other) => {
    chars.splice(at, 0, pick(4) === 0 ? other.slice(0, 40) : (PIECES[pick(PIECES.length)] as string)); // insert
  },
  (chars, at, pick) => {
    chars.splice(at, 0, ...chars.slice(at, at + 1 + pick(200))); // duplicate a run
  },
  (chars, at, pick) => {
    chars[at] = String.fromCharCode(pick(128)); // replace
  },
];

/** The fuzzer's verdict on an outcome: only `escaped` fails the boundary rule. */
export const escaped = (outcome: string) => outcome.startsWith('escaped');
