import { createIssue, type Issue } from '../../core/issue.js';
import { type DistributionPointName, REASON_FLAGS } from '../certificate/distribution-point.js';
import type { DistributionPoint } from '../certificate/extensions.js';
import type { Certificate } from '../certificate/parse.js';
import type { DecodedCrl, RevokedEntry } from '../crl/decode.js';
import { type BytesMap, createBytesMap } from '../der/bytes.js';
import { serialText } from '../der/encoding.js';
import type { SignatureVerifier } from '../keys/verifier.js';
import type { DecodedName } from '../names/distinguished-name.js';
import type { GeneralName } from '../names/general-name.js';
import { signatureWeakness } from './algorithms.js';

/** What the CRLs say of one certificate of the chain. */
export interface RevocationStatus {
  /** The certificate's subject, as `CertInfo.subjectText`. */
  readonly certificate: string;
  readonly serial: string;
  /** `good`: a current CRL of its issuer covers it and does not list it; `not-checked`: no CRLs were given. */
  readonly status: 'good' | 'revoked' | 'unknown' | 'not-checked';
  /** For `revoked`: when, and the CRLReason (`null` when the entry gives none). */
  readonly revokedAt?: string;
  readonly reason?: string | null;
  /** For `unknown`: why no CRL answered (`no-crl`, `expired`, `bad-signature`, `indirect-crl`, …). */
  readonly problem?: string;
  /** cRLDistributionPoints URIs: where to fetch the CRLs that are missing. */
  readonly crlUrls: readonly string[];
}

/** What {@link checkRevocation} needs besides the path and the CRLs. */
export interface RevocationCheck {
  readonly verifier: SignatureVerifier;
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** An unknown status refuses the chain (error) instead of warning. */
  readonly require: boolean;
  /** The path's algorithm floor for CRL signatures: SHA-1 unless allowed, MD2/4/5 never. */
  readonly allowSha1: boolean;
}

/**
 * RFC 5280 §6.3 with complete CRLs the caller supplies (no I/O): for each certificate of the path
 * but the trust anchor, the CRLs of its issuer (same issuer name, signed by the issuer's key — the
 * certificate that issued it in the path — with cRLSign when the issuer has keyUsage) that are
 * current at `now` and whose scope (issuingDistributionPoint) covers it. Delta CRLs, indirect
 * CRLs, CRLs for some reasons only and CRLs signed by another key of the issuer are not used, and
 * say so in `problem`. A serial listed on any usable CRL is revoked (but `removeFromCRL`).
 */
export async function checkRevocation(
  path: readonly Certificate[],
  crls: readonly DecodedCrl[],
  check: RevocationCheck,
): Promise<{ statuses: RevocationStatus[]; issues: Issue[] }> {
  const statuses = await Promise.all(
    path.slice(0, -1).map((certificate, index) => statusOf(certificate, signersFor(path, index), crls, check)),
  );
  const issues: Issue[] = [];
  statuses.forEach((status, index) => {
    const subject = (path[index] as Certificate).info.commonName ?? status.certificate;
    if (status.status === 'revoked')
      issues.push(
        createIssue(
          'x509.chain.revoked',
          null,
          {
            certificate: status.certificate,
            serial: status.serial,
            revokedAt: status.revokedAt as string,
            reason: status.reason ?? null,
          },
          { subject },
        ),
      );
    if (status.status === 'unknown')
      issues.push(
        createIssue(
          'x509.chain.revocation-unknown',
          null,
          { certificate: status.certificate, problem: status.problem as string, urls: [...status.crlUrls] },
          { subject, severity: check.require ? 'error' : 'warning' },
        ),
      );
  });
  return { statuses, issues };
}

/**
 * Who may have signed the CRLs for the certificate at `index`: its issuer in the path first, then
 * the other certificates of the validated path with the same subject — the old or new key of a CA
 * that rolled its key over (self-issued certificates, RFC 5280 §6.3.3 (f)). A CRL signer outside
 * the path is not looked for.
 */
function signersFor(path: readonly Certificate[], index: number): Certificate[] {
  const issuer = path[index + 1] as Certificate;
  const others = path.filter(
    (certificate, at) =>
      at !== index + 1 && at !== index && certificate.decoded.subject.key === issuer.decoded.subject.key,
  );
  return [issuer, ...others];
}

/**
 * What a status says of its certificate — subject, serial, CRL URLs, as its `CertInfo` has
 * them — read from the decoded certificate: a validator's statuses describe no certificate.
 */
export function statusSubject({ decoded }: Certificate): Pick<RevocationStatus, 'certificate' | 'serial' | 'crlUrls'> {
  return {
    certificate: decoded.subject.text,
    serial: serialText(decoded.serial.hex, decoded.serial.negative),
    crlUrls: decoded.decoded.crlDistributionPoints ?? [],
  };
}

async function statusOf(
  certificate: Certificate,
  signers: readonly Certificate[],
  crls: readonly DecodedCrl[],
  check: RevocationCheck,
): Promise<RevocationStatus> {
  const base = statusSubject(certificate);
  const candidates = crls.filter((crl) => crl.issuer.key === certificate.decoded.issuer.key);
  let problem = 'no-crl';
  const usable: DecodedCrl[] = [];
  for (const crl of candidates) {
    let why: string | undefined = 'no-signer';
    for (const signer of signers) {
      why = await unusable(crl, certificate, signer, check);
      if (why === undefined) break;
    }
    if (why === undefined) usable.push(crl);
    else problem = why;
  }
  const complete = usable.filter((crl) => crl.deltaBase === undefined);
  if (complete.length === 0)
    return { ...base, status: 'unknown', problem: usable.length > 0 ? 'delta-without-base' : problem };
  // §6.3.3 (j): the reasons the complete CRLs cover together must be all of them
  const covered = new Set(complete.flatMap((crl) => reasonsCovered(crl, certificate)));
  if (!ALL_REASONS.every((reason) => covered.has(reason)))
    return { ...base, status: 'unknown', problem: 'some-reasons-only' };
  const entry = listing(certificate, complete, usable);
  if (entry === undefined) return { ...base, status: 'good' };
  return { ...base, status: 'revoked', revokedAt: new Date(entry.date).toISOString(), reason: entry.reason ?? null };
}

/** The reasons a CRL may be for (ReasonFlags without `unused`). */
const ALL_REASONS: readonly string[] = REASON_FLAGS.filter((reason) => reason !== 'unused');

/**
 * §6.3.3 (d): the reasons one CRL answers for the certificate — its onlySomeReasons (all when
 * absent) within the reasons of the certificate's distribution points it serves (all when one of
 * them names no reasons, or the certificate has none).
 */
function reasonsCovered(crl: DecodedCrl, certificate: Certificate): readonly string[] {
  const own = crl.issuingDistributionPoint?.onlySomeReasons ?? ALL_REASONS;
  const points = servedPoints(crl, certificate);
  if (points.length === 0 || points.some((point) => point.reasons === undefined)) return own;
  const allowed = new Set(points.flatMap((point) => point.reasons ?? []));
  return own.filter((reason) => allowed.has(reason));
}

/** The certificate's distribution points (without a cRLIssuer: indirect CRLs are not used) that `crl` serves. */
function servedPoints(crl: DecodedCrl, certificate: Certificate): DistributionPoint[] {
  const points = (certificate.decoded.decoded.distributionPoints ?? []).filter(
    (point) => point.crlIssuer === undefined,
  );
  const name = crl.issuingDistributionPoint?.name;
  if (name === undefined) return points;
  const wanted = namesOf(name, crl.issuer);
  return points.filter(
    (point) =>
      point.name !== undefined &&
      namesOf(point.name, certificate.decoded.issuer).some((own) => wanted.some((other) => sameName(own, other))),
  );
}

/**
 * The entry that revokes the certificate, if any: on a complete CRL, unless a delta CRL based on
 * it (its BaseCRLNumber at most the CRL's number, RFC 5280 §5.2.4) removes it (`removeFromCRL`);
 * or on such a delta CRL.
 */
function listing(
  certificate: Certificate,
  complete: readonly DecodedCrl[],
  usable: readonly DecodedCrl[],
): RevokedEntry | undefined {
  const { hex, negative } = certificate.decoded.serial;
  const find = (crl: DecodedCrl) => entryOf(crl, hex, negative);
  for (const crl of complete) {
    const deltas = usable.filter(
      (delta) =>
        delta.deltaBase !== undefined &&
        crl.number !== undefined &&
        BigInt(`0x${delta.deltaBase}`) <= BigInt(`0x${crl.number}`),
    );
    const inDelta = deltas.map(find).find((entry) => entry !== undefined);
    if (inDelta !== undefined) {
      if (inDelta.reason !== 'removeFromCRL') return inDelta;
      continue;
    }
    const entry = find(crl);
    if (entry !== undefined && entry.reason !== 'removeFromCRL') return entry;
  }
  return undefined;
}

/** Why `crl` cannot answer for `certificate` (checked cheapest first), or `undefined` when it can. */
async function unusable(
  crl: DecodedCrl,
  certificate: Certificate,
  issuer: Certificate,
  check: RevocationCheck,
): Promise<string | undefined> {
  const { decoded } = issuer.decoded;
  const idp = crl.issuingDistributionPoint;
  const scope = idp === undefined ? undefined : scopeProblem(idp, certificate, crl);
  const reasons: [boolean, string][] = [
    [!crl.algorithmsMatch, 'signature-algorithm-mismatch'],
    // RFC 5280 §5.2.3: every CRL carries a non-critical cRLNumber
    [crl.number === undefined, 'crl-number-missing'],
    [crl.extensions.some((extension) => extension.oid === CRL_NUMBER && extension.critical), 'crl-number-critical'],
    [crl.unknownCritical !== undefined, 'unknown-critical-extension'],
    [crl.entries.some((entry) => entry.unknownCritical !== undefined), 'unknown-critical-entry-extension'],
    [scope !== undefined, scope ?? ''],
    [crl.thisUpdate > check.now, 'not-yet-valid'],
    [crl.nextUpdate === undefined || crl.nextUpdate < check.now, 'expired'],
    [decoded.keyUsage !== undefined && !decoded.keyUsage.includes('cRLSign'), 'issuer-without-crl-sign'],
    [
      crl.authorityKeyId !== undefined &&
        decoded.subjectKeyId !== undefined &&
        crl.authorityKeyId !== decoded.subjectKeyId,
      'other-key',
    ],
    [signatureWeakness(crl, check) !== undefined, 'weak-signature'],
  ];
  const found = reasons.find(([broken]) => broken);
  if (found !== undefined) return found[1];
  return (await verifiedBy(crl, issuer, check.verifier)) === true ? undefined : 'bad-signature';
}

const CRL_NUMBER = '2.5.29.20';

/** Signature checks of CRLs by signer key, kept as long as the decoded CRL lives (a validator's, for its lifetime). */
const SIGNATURES = new WeakMap<DecodedCrl, BytesMap<Promise<boolean | null>>>();

/** Whether `signer`'s key verifies the CRL, checked once per CRL and key. */
function verifiedBy(crl: DecodedCrl, signer: Certificate, verifier: SignatureVerifier): Promise<boolean | null> {
  let bySigner = SIGNATURES.get(crl);
  if (bySigner === undefined) {
    bySigner = createBytesMap();
    SIGNATURES.set(crl, bySigner);
  }
  let verified = bySigner.get(signer.decoded.spki);
  if (verified === undefined) {
    verified = verifier.verify(crl.signatureAlgorithm, signer.decoded, crl.tbs, crl.signature);
    bySigner.set(signer.decoded.spki, verified);
  }
  return verified;
}

/** The entries of a CRL by serial (`-` before a negative one's), built once per decoded CRL; certificateIssuer entries left out. */
const ENTRIES = new WeakMap<DecodedCrl, Map<string, RevokedEntry>>();

function entryOf(crl: DecodedCrl, hex: string, negative: boolean): RevokedEntry | undefined {
  let index = ENTRIES.get(crl);
  if (index === undefined) {
    index = new Map();
    for (const entry of crl.entries) {
      const key = `${entry.negative ? '-' : ''}${entry.serial}`;
      if (entry.otherIssuer !== true && !index.has(key)) index.set(key, entry);
    }
    ENTRIES.set(crl, index);
  }
  return index.get(`${negative ? '-' : ''}${hex}`);
}

/** RFC 5280 §6.3.3 (b): the CRL's issuingDistributionPoint covers the certificate; else why not. */
function scopeProblem(
  idp: NonNullable<DecodedCrl['issuingDistributionPoint']>,
  certificate: Certificate,
  crl: DecodedCrl,
): string | undefined {
  const isCa = certificate.decoded.decoded.basicConstraints?.ca === true;
  if (idp.indirect) return 'indirect-crl';
  if (idp.onlyAttributeCerts) return 'attribute-certificates-only';
  if (idp.onlyUserCerts && isCa) return 'user-certificates-only';
  if (idp.onlyCaCerts && !isCa) return 'ca-certificates-only';
  if (idp.name === undefined) return undefined;
  return servedPoints(crl, certificate).length > 0 ? undefined : 'distribution-point-mismatch';
}

/** A distribution point name as general names: a relative name is the CRL issuer's name with the RDN appended. */
function namesOf(name: DistributionPointName, issuer: DecodedName): { kind: string; key: string }[] {
  if (name.kind === 'relative') return [{ kind: 'directory', key: [...issuer.rdns, ...name.rdn.rdns].join(',') }];
  return name.names.map((general: GeneralName) => ({
    kind: general.kind,
    key: general.kind === 'directory' ? (general.name?.key ?? '') : general.value,
  }));
}

function sameName(a: { kind: string; key: string }, b: { kind: string; key: string }): boolean {
  return a.kind === b.kind && a.key === b.key;
}
