import { arrayArgument, bytesArgument, invalidArgument, objectArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, type Issue } from '../../core/issue.js';
import { createPkcs12 } from '../bundles/pkcs12.js';
import { createServerBundle } from '../bundles/server-bundle.js';
import { publicKeyFingerprintOf } from '../certificate/key-match.js';
import { type CertInfo, parseCertificates } from '../certificate/parse.js';
import { readPem, readPemBlocks, scanPem, writePem } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { importPrivateKey, keyPairFromPkcs8 } from '../keys/import.js';
import { generatePassword } from '../keys/password.js';
import type { WebCrypto, WebCryptoKeyPair } from '../keys/web-crypto.js';
import { createJks, parseJks } from '../keystore/jks.js';
import { parsePkcs12 } from '../pkcs12/read.js';

/** What {@link convert} writes. */
export const CONVERT_TARGETS = /* @__PURE__ */ Object.freeze([
  'pem',
  'der',
  'pfx',
  'jks',
  'nginx',
  'apache',
  'iis',
  'tomcat',
] as const);
/** A format {@link convert} writes: `pem`, `der`, `pfx`, `jks`, or a server's files. */
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

/** Options of {@link convert}. */
export interface ConvertOptions {
  readonly to: ConvertTarget;
  /** The password of an encrypted input: a PFX, a JKS, an encrypted key. */
  readonly password?: string;
  /** The password of a PFX or JKS written; generated when absent (CSR-06). */
  readonly outputPassword?: string;
  /** The legacy PFX (Triple DES, SHA-1 MAC) for `pfx` and `iis`. */
  readonly legacyPfx?: boolean;
  /** File name stem; default the leaf's common name. */
  readonly name?: string;
  readonly crypto?: WebCrypto;
}

/** What {@link convert} made: the files, the password it set, the leaf's chain, and what it noticed. */
export interface Converted {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  readonly password?: string;
  /** The leaf first, then its issuers found in the inputs. */
  readonly chain: readonly CertInfo[];
  /** `x509.chain.missing-intermediate` when the chain stops short of a self-signed certificate. */
  readonly issues: readonly Issue[];
}

/** What the inputs held: PKCS#8 keys and DER certificates. */
interface Gathered {
  readonly keys: Uint8Array[];
  readonly certificates: Uint8Array[];
}

const JKS_MAGIC = [0xfe, 0xed, 0xfe, 0xed];
const KEY_LABELS = ['PRIVATE KEY', 'ENCRYPTED PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'];
const CERTIFICATE_LABELS = ['CERTIFICATE', 'TRUSTED CERTIFICATE'];

/**
 * One conversion for the files users bring (issue 20): PEM text (certificates and a key, in any
 * order and format — PKCS#8, encrypted PKCS#8, PKCS#1, SEC1, traditional encrypted), DER
 * certificates, PFX and JKS bytes in; PEM (`<name>.crt` full chain + `<name>.key`), DER, PFX,
 * JKS or a server's files (`createServerBundle`) out. First it checks what a server would
 * otherwise find broken: exactly one private key, a certificate that carries it
 * (`x509.chain.key-mismatch`), and the chain — a leaf without its issuer among the inputs is
 * reported as `x509.chain.missing-intermediate` with the AIA URLs (the files are still written:
 * the caller decides; `assembleChain` validates a chain fully). Throws `argument.invalid` for an unknown target, `x509.bundle.chain` without
 * a certificate, and the readers' own errors (wrong passwords, malformed files).
 *
 * @example
 * const { files } = await convert([pfxBytes], { to: 'nginx', password: 'secret' });
 * Object.keys(files) // => ['www.example.com_bundle.crt', 'www.example.com.key']
 */
export async function convert(inputs: readonly (string | Uint8Array)[], options: ConvertOptions): Promise<Converted> {
  objectArgument(options, 'options');
  if (!CONVERT_TARGETS.includes(options.to))
    throw invalidArgument('options.to', CONVERT_TARGETS.join(', '), options.to);
  const crypto = resolveCrypto(options.crypto);
  const gathered: Gathered = { keys: [], certificates: [] };
  for (const [index, input] of arrayArgument<string | Uint8Array>(inputs, 'inputs').entries())
    await gather(gathered, input, index, options, crypto);
  if (gathered.keys.length > 1)
    throw invalidArgument('inputs', 'one private key', `${gathered.keys.length} private keys`);
  const certificates = await parseCertificates(
    gathered.certificates.length === 0 ? '' : gathered.certificates.map((der) => writePem(der, 'CERTIFICATE')).join(''),
    { crypto },
  ).catch(() => {
    throw new CertkitError(createIssue('x509.bundle.chain', 'CHAIN-05'));
  });
  const pair = gathered.keys[0] === undefined ? undefined : await keyPairFromPkcs8(gathered.keys[0], { crypto });
  const chain = await orderChain(certificates, pair, crypto);
  const issues = chainIssues(chain);
  const files = await write(options, chain, gathered.keys[0], pair, crypto);
  return { ...files, chain, issues };
}

/** One input's keys and certificates, by what it is. */
async function gather(
  into: Gathered,
  input: string | Uint8Array,
  index: number,
  options: ConvertOptions,
  crypto: WebCrypto,
): Promise<void> {
  const password = options.password;
  if (typeof input === 'string') {
    const blocks = scanPem(input).blocks;
    // one key per text (x509.pem.multiple otherwise), read by importPrivateKey among the other blocks
    if (blocks.some((block) => KEY_LABELS.includes(block.label))) {
      const pair = await importPrivateKey(input, { crypto, ...(password === undefined ? {} : { password }) });
      into.keys.push(new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey)));
    }
    if (blocks.some((block) => CERTIFICATE_LABELS.includes(block.label)))
      for (const { der } of readPemBlocks(input, CERTIFICATE_LABELS)) into.certificates.push(der);
    if (blocks.length === 0)
      throw invalidArgument(
        `inputs[${index}]`,
        'PEM certificates or keys, or DER, PFX or JKS bytes',
        'text without PEM blocks',
      );
    return;
  }
  if (!(input instanceof Uint8Array)) throw invalidArgument(`inputs[${index}]`, 'PEM text or bytes', input);
  if (JKS_MAGIC.every((byte, at) => input[at] === byte)) {
    const store = await parseJks(input, { password: password ?? '', crypto });
    for (const key of store.keys) {
      into.keys.push(key.pkcs8);
      for (const certificate of key.chain) into.certificates.push(readPem(certificate.pem, ['CERTIFICATE']).der);
    }
    return;
  }
  if (looksLikePfx(input)) {
    const pfx = await parsePkcs12(input, { crypto, ...(password === undefined ? {} : { password }) });
    for (const key of pfx.keys) into.keys.push(key.pkcs8);
    for (const entry of pfx.certificates) into.certificates.push(readPem(entry.certificate.pem, ['CERTIFICATE']).der);
    return;
  }
  into.certificates.push(bytesArgument(input, `inputs[${index}]`)); // a DER certificate; parseCertificates says if it is not
}

/** A PFX starts `SEQUENCE { INTEGER 3, …`: version 3 right after the outer header. */
function looksLikePfx(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30) return false;
  const first = bytes[1] as number;
  const at = first & 0x80 ? 2 + (first & 0x7f) : 2;
  return bytes[at] === 0x02 && bytes[at + 1] === 0x01 && bytes[at + 2] === 0x03;
}

/** The leaf (the certificate with the key, or the one nothing else names as issuer) and its issuers. */
async function orderChain(
  certificates: readonly CertInfo[],
  pair: WebCryptoKeyPair | undefined,
  crypto: WebCrypto,
): Promise<CertInfo[]> {
  if (certificates.length === 0) throw new CertkitError(createIssue('x509.bundle.chain', 'CHAIN-05'));
  let leaf: CertInfo | undefined;
  if (pair !== undefined) {
    const fingerprint = await publicKeyFingerprintOf(pair, { crypto });
    leaf = certificates.find((certificate) => certificate.publicKeyFingerprint === fingerprint);
    if (leaf === undefined)
      throw new CertkitError(
        createIssue('x509.chain.key-mismatch', 'CHAIN-04', { certificate: certificates[0]?.subjectText ?? '' }),
      );
  } else
    leaf =
      certificates.find(
        (candidate) =>
          !certificates.some(
            (other) => other !== candidate && other.issuerText === candidate.subjectText && !other.selfSigned,
          ),
      ) ?? certificates[0];
  const chain = [leaf as CertInfo];
  for (let current = leaf as CertInfo; !current.selfSigned; ) {
    const issuer = certificates.find(
      (candidate) => !chain.includes(candidate) && candidate.subjectText === current.issuerText,
    );
    if (issuer === undefined) break;
    chain.push(issuer);
    current = issuer;
  }
  return chain;
}

/** CHAIN-02: a leaf whose issuer is not among the inputs (a server would send it alone). */
function chainIssues(chain: readonly CertInfo[]): Issue[] {
  const last = chain[chain.length - 1] as CertInfo;
  if (chain.length > 1 || last.selfSigned) return []; // a leaf with its issuer, or a self-signed one
  return [
    createIssue(
      'x509.chain.missing-intermediate',
      'CHAIN-02',
      { issuer: last.issuerText, urls: [...last.aia.caIssuers] },
      { severity: 'warning' },
    ),
  ];
}

/** The target's files. */
async function write(
  options: ConvertOptions,
  chain: readonly CertInfo[],
  pkcs8: Uint8Array | undefined,
  pair: WebCryptoKeyPair | undefined,
  crypto: WebCrypto,
): Promise<{ files: Record<string, string | Uint8Array>; password?: string }> {
  const leaf = chain[0] as CertInfo;
  const name = (options.name ?? leaf.commonName ?? leaf.domains[0] ?? 'certificate').replace(/\*/g, '_');
  const ders = chain.map((certificate) => readPem(certificate.pem, ['CERTIFICATE']).der);
  if (options.to === 'pem')
    return {
      files: {
        [`${name}.crt`]: chain.map((certificate) => certificate.pem).join(''),
        ...(pkcs8 === undefined ? {} : { [`${name}.key`]: writePem(pkcs8, 'PRIVATE KEY') }),
      },
    };
  if (options.to === 'der')
    return {
      files: { [`${name}.der`]: ders[0] as Uint8Array, ...(pkcs8 === undefined ? {} : { [`${name}.key.der`]: pkcs8 }) },
    };
  if (pair === undefined) throw invalidArgument('inputs', `a private key (needed for ${options.to})`, 'none');
  const password = options.outputPassword ?? generatePassword(20, { crypto });
  if (options.to === 'pfx') {
    const pfx = await createPkcs12({
      certificates: ders,
      privateKey: pair.privateKey,
      password,
      friendlyName: name,
      crypto,
      legacy: options.legacyPfx === true,
    });
    return { files: { [`${name}.pfx`]: pfx, 'keystorePass.txt': `${password}\n` }, password };
  }
  if (options.to === 'jks') {
    const jks = await createJks({ certificates: ders, privateKey: pair.privateKey, password, alias: name, crypto });
    return { files: { [`${name}.jks`]: jks, 'keystorePass.txt': `${password}\n` }, password };
  }
  const bundle = await createServerBundle(options.to, {
    chain: ders,
    privateKey: pair,
    password,
    name,
    crypto,
    legacyPfx: options.legacyPfx === true,
    tomcatKeystore: 'pkcs12',
  });
  return bundle.password === undefined
    ? { files: { ...bundle.files } }
    : { files: { ...bundle.files }, password: bundle.password };
}
