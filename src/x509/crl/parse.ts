import { optionsArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue } from '../../core/issue.js';
import type { WorkLimits } from '../../policy/limits.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { serialText } from '../der/encoding.js';
import { SIGNATURE_ALGORITHMS } from '../der/oids.js';
import { type PemOrDer, readPemBlocks, readPemBlocksOf } from '../der/pem.js';
import { DerError } from '../der/reader.js';
import { type DecodedCrl, decodeCrl } from './decode.js';

/** A CRL as a console or an operator reads it. */
export interface CrlInfo {
  /** `C=US, O=Example, CN=Example CA`. */
  readonly issuerText: string;
  /** ISO 8601 UTC. */
  readonly thisUpdate: string;
  /** ISO 8601 UTC; `null` when the CRL has none (RFC 5280 requires one: such a CRL is never current). */
  readonly nextUpdate: string | null;
  /** cRLNumber, lower-case hex; `null` when absent. */
  readonly number: string | null;
  /** A delta CRL (deltaCRLIndicator): certkit checks revocation with complete CRLs only. */
  readonly delta: boolean;
  /** `RSA-SHA256`, … or the OID. */
  readonly signatureAlgorithm: string;
  readonly authorityKeyId: string | null;
  /** The revoked certificates: serial (lower-case hex, as certificates' `serial`), when, why. */
  readonly revoked: readonly { readonly serial: string; readonly revokedAt: string; readonly reason: string | null }[];
}

const LABELS = ['X509 CRL'];

/** {@link decodeCrl} with its `DerError` turned into `CertkitError` `x509.crl.malformed`. */
export function decodeCrlDer(der: Uint8Array): DecodedCrl {
  try {
    return decodeCrl(der);
  } catch (error) {
    if (!(error instanceof DerError)) throw error;
    throw new CertkitError(createIssue('x509.crl.malformed', null, { part: error.part }));
  }
}

/**
 * Parses one CRL (PEM `X509 CRL` or DER, RFC 5280 §5) into what an operator reads: issuer, dates,
 * number, the revoked serials with date and reason. Throws `CertkitError`: `x509.pem.*`,
 * `x509.crl.malformed` (with the part that is wrong) — never another exception. The signature is
 * not checked here: `assembleChain` checks it with the issuing CA's key when the CRL is used.
 *
 * @example
 * const crl = parseCrl(crlPem);
 * crl.revoked[0] // => { serial: '0f3a…', revokedAt: '2026-11-30T10:00:00.000Z', reason: 'keyCompromise' }
 */
export function parseCrl(input: PemOrDer, options: LimitsOption = {}): CrlInfo {
  optionsArgument(options);
  const blocks = readPemBlocks(input, LABELS, limitsOf(options.policy).maxInputLength);
  if (blocks.length > 1) throw new CertkitError(createIssue('x509.pem.multiple', null, { count: blocks.length }));
  return describeCrl(decodeCrlDer((blocks[0] as { der: Uint8Array }).der));
}

function describeCrl(crl: DecodedCrl): CrlInfo {
  const iso = (time: number) => new Date(time).toISOString();
  return {
    issuerText: crl.issuer.text,
    thisUpdate: iso(crl.thisUpdate),
    nextUpdate: crl.nextUpdate === undefined ? null : iso(crl.nextUpdate),
    number: crl.number ?? null,
    delta: crl.deltaBase !== undefined,
    signatureAlgorithm: SIGNATURE_ALGORITHMS[crl.signatureAlgorithm.oid]?.name ?? crl.signatureAlgorithm.oid,
    authorityKeyId: crl.authorityKeyId ?? null,
    revoked: crl.entries.map((entry) => ({
      serial: serialText(entry.serial, entry.negative),
      revokedAt: iso(entry.date),
      reason: entry.reason ?? null,
    })),
  };
}

/** The DER of every CRL in the inputs, decoded; all inputs together at most `maxInputLength`, at most `maxCertificates` CRLs. */
export function readCrls(inputs: readonly PemOrDer[], limits: WorkLimits): DecodedCrl[] {
  const blocks = readPemBlocksOf(inputs, LABELS, limits.maxInputLength);
  if (blocks.length > limits.maxCertificates)
    throw new CertkitError(
      createIssue('x509.crl.too-many', null, { count: blocks.length, limit: limits.maxCertificates }),
    );
  return blocks.map((block) => decodeCrlDer(block.der));
}
