import { arrayArgument, invalidArgument, objectArgument } from '../../core/argument.js';
import { DAY_MS } from '../../core/calendar.js';
import { type Instant, toDate } from '../../core/instant.js';
import { createIssue, type Issue } from '../../core/issue.js';
import { type Decided, decided } from '../../core/result.js';
import { DEFAULT_LIMITS } from '../../policy/limits.js';
import { decodeCertificateDer, readDerBlocks } from '../certificate/parse.js';
import { decodeSctList, precertificateTbs, SCT_LIST_OID, type SignedCertificateTimestamp } from '../certificate/sct.js';
import { concatBytes } from '../der/bytes.js';
import { fromBase64 } from '../der/encoding.js';
import type { PemOrDer } from '../der/pem.js';
import { sha256 } from '../hash/sha.js';
import { resolveCrypto } from '../keys/crypto.js';
import { describePublicKey } from '../keys/public-key.js';
import { createSignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto } from '../keys/web-crypto.js';

/** One log of Chrome's `log_list.json` (v3): what this check reads of it. */
export interface CtLog {
  /** Base64 SHA-256 of the log's key. */
  readonly log_id: string;
  /** Base64 DER SubjectPublicKeyInfo. */
  readonly key: string;
  readonly description?: string;
  /** `{ usable: { timestamp } }`, `{ qualified: … }`, `{ readonly: … }`, `{ retired: { timestamp } }`, `{ pending: … }`, `{ rejected: … }`. */
  readonly state?: Readonly<Record<string, { readonly timestamp?: string }>>;
}

/** Chrome's log list (`log_list.json`, v3 shape): operators and their logs. */
export interface CtLogList {
  readonly operators: readonly { readonly name: string; readonly logs: readonly CtLog[] }[];
}

/** Options of {@link checkCtPolicy}. */
export interface CtPolicyOptions {
  /** The log list the caller fetched (certkit does no I/O). */
  readonly logList: CtLogList;
  /** The certificate's issuer: its key hash is part of what a log signs for a precertificate. */
  readonly issuer: PemOrDer;
  readonly crypto?: WebCrypto;
}

/** What one embedded SCT counts for. */
export interface SctVerdict {
  readonly logId: string;
  /** The log's operator, when the list knows the log. */
  readonly operator: string | null;
  /** ISO 8601. */
  readonly timestamp: string;
  /** `valid`: from a usable log (or a retired one before it retired), its signature verified. */
  readonly status: 'valid' | 'unknown-log' | 'log-not-usable' | 'bad-signature';
}

/** The count Chrome's policy asks for, and what the certificate has. */
export interface CtCompliance {
  readonly scts: readonly SctVerdict[];
  /** 2 for a lifetime of at most 180 days, 3 above. */
  readonly required: number;
  readonly valid: number;
  /** Distinct operators among the valid SCTs (at least 2 are needed). */
  readonly operators: number;
}

/** Log states whose SCTs count (Chrome's CT policy); a retired log's count when made before it retired. */
const USABLE_STATES = ['usable', 'qualified', 'readonly'];
const LIFETIME_LIMIT_DAYS = 180;
const SIGNATURE_OIDS: Readonly<Record<string, string>> = {
  '4/3': '1.2.840.10045.4.3.2', // ECDSA with SHA-256
  '4/1': '1.2.840.113549.1.1.11', // RSA PKCS#1 with SHA-256
};

/**
 * STD-08, Chrome's Certificate Transparency policy for certificates with embedded SCTs: at least
 * 2 valid SCTs when the certificate lives at most 180 days, 3 above, from at least 2 distinct log
 * operators. An SCT is valid when the caller's log list knows its log, the log is usable (usable,
 * qualified, readonly — or retired after the SCT's time) and its signature over the
 * precertificate (RFC 6962 §3.2: the TBS without the SCT list, the issuer's key hash) verifies.
 *
 * @example
 * const verdict = await checkCtPolicy(leafPem, { logList: await (await fetch(LOG_LIST_URL)).json(), issuer: intermediatePem });
 * verdict.allowed // => true for a certificate from a CA that logs as Chrome requires
 */
export async function checkCtPolicy(
  certificate: PemOrDer,
  options: CtPolicyOptions,
): Promise<Decided<CtCompliance, CtCompliance>> {
  objectArgument<CtPolicyOptions>(options, 'options');
  const logs = readLogList(options.logList);
  const [leaf, issuer] = [certificate, options.issuer].map((input, index) => {
    const [der] = readDerBlocks([input], DEFAULT_LIMITS, 1);
    if (der === undefined)
      throw invalidArgument(index === 0 ? 'certificate' : 'options.issuer', 'a certificate', input);
    return decodeCertificateDer(der);
  }) as [ReturnType<typeof decodeCertificateDer>, ReturnType<typeof decodeCertificateDer>];
  const verifier = createSignatureVerifier(resolveCrypto(options.crypto));
  const extension = leaf.extensions.find((candidate) => candidate.oid === SCT_LIST_OID);
  const lifetimeDays = (leaf.notAfter - leaf.notBefore) / DAY_MS;
  const required = lifetimeDays <= LIFETIME_LIMIT_DAYS ? 2 : 3;
  if (extension === undefined) {
    const counts = { scts: [], required, valid: 0, operators: 0 };
    return decided([createIssue('x509.ct.not-compliant', 'STD-08', { valid: 0, required, operators: 0 })], counts);
  }
  let scts: SignedCertificateTimestamp[];
  try {
    scts = decodeSctList(extension.value);
  } catch {
    throw invalidArgument('certificate', 'a certificate whose SCT list is well formed', 'a malformed SCT list');
  }
  const precert = precertificateTbs(leaf.tbs);
  const issuerKeyHash = sha256(issuer.spki);
  const verdicts = await Promise.all(
    scts.map((sct) => judgeSct(sct, logs, (key) => verifySct(sct, key, precert, issuerKeyHash, verifier))),
  );
  const valid = verdicts.filter((verdict) => verdict.status === 'valid');
  const operators = new Set(valid.map((verdict) => verdict.operator)).size;
  const counts = { scts: verdicts, required, valid: valid.length, operators };
  const issues: Issue[] =
    valid.length >= required && operators >= 2
      ? []
      : [createIssue('x509.ct.not-compliant', 'STD-08', { valid: valid.length, required, operators })];
  return decided(issues, counts);
}

interface KnownLog {
  readonly operator: string;
  readonly spki: Uint8Array;
  readonly state: Readonly<Record<string, { readonly timestamp?: string }>>;
}

/** The log list by log ID, read at the door. */
function readLogList(list: CtLogList): ReadonlyMap<string, KnownLog> {
  objectArgument(list, 'options.logList');
  const logs = new Map<string, KnownLog>();
  arrayArgument<CtLogList['operators'][number]>(list.operators, 'options.logList.operators').forEach(
    (operator, index) => {
      const path = `options.logList.operators[${index}]`;
      objectArgument(operator, path);
      if (typeof operator.name !== 'string') throw invalidArgument(`${path}.name`, 'string', operator.name);
      arrayArgument<CtLog>(operator.logs, `${path}.logs`).forEach((log, at) => {
        objectArgument(log, `${path}.logs[${at}]`);
        const spki = typeof log.key === 'string' ? fromBase64(log.key) : undefined;
        if (typeof log.log_id !== 'string' || spki === undefined)
          throw invalidArgument(`${path}.logs[${at}]`, 'a log with log_id and key in base64', log);
        logs.set(log.log_id, { operator: operator.name, spki, state: log.state ?? {} });
      });
    },
  );
  return logs;
}

/** What one SCT counts for: its log known and usable at the SCT's time, its signature verified. */
async function judgeSct(
  sct: SignedCertificateTimestamp,
  logs: ReadonlyMap<string, KnownLog>,
  verify: (spki: Uint8Array) => Promise<boolean>,
): Promise<SctVerdict> {
  const log = logs.get(sct.logId);
  const base = { logId: sct.logId, timestamp: new Date(sct.timestamp).toISOString() };
  if (log === undefined) return { ...base, operator: null, status: 'unknown-log' };
  const retired = log.state.retired?.timestamp;
  const usable =
    USABLE_STATES.some((state) => log.state[state] !== undefined) ||
    (retired !== undefined && sct.timestamp < toDate(retired as Instant, 'retired').getTime());
  if (!usable) return { ...base, operator: log.operator, status: 'log-not-usable' };
  return { ...base, operator: log.operator, status: (await verify(log.spki)) ? 'valid' : 'bad-signature' };
}

/** RFC 6962 §3.2: the log's signature over v1, certificate_timestamp, the time, precert_entry, the issuer key hash, the TBS, the extensions. */
async function verifySct(
  sct: SignedCertificateTimestamp,
  spki: Uint8Array,
  precert: Uint8Array,
  issuerKeyHash: Uint8Array,
  verifier: ReturnType<typeof createSignatureVerifier>,
): Promise<boolean> {
  const oid = SIGNATURE_OIDS[`${sct.hashAlgorithm}/${sct.signatureAlgorithm}`];
  if (oid === undefined) return false;
  let key: ReturnType<typeof describePublicKey>;
  try {
    key = describePublicKey(spki);
  } catch {
    return false;
  }
  const time = new Uint8Array(8);
  new DataView(time.buffer).setBigUint64(0, BigInt(sct.timestamp));
  const length = (value: number, width: number) =>
    Uint8Array.from({ length: width }, (_, index) => (value >> (8 * (width - 1 - index))) & 0xff);
  const signed = concatBytes(
    Uint8Array.of(0, 0),
    time,
    Uint8Array.of(0, 1),
    issuerKeyHash,
    length(precert.length, 3),
    precert,
    length(sct.extensions.length, 2),
    sct.extensions,
  );
  return (await verifier.verify({ oid }, { key, spki }, signed, sct.signature)) === true;
}
