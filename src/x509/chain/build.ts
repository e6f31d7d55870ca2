import { DEFAULT_LIMITS, type WorkLimits } from '../../policy/limits.js';
import type { Certificate } from '../certificate/parse.js';
import { verifySignature } from '../keys/signature.js';
import type { WebCrypto } from '../keys/web-crypto.js';

/** A candidate path, leaf first. `end` says how it stops. */
export interface CandidatePath {
  readonly certificates: readonly Certificate[];
  /** `anchor`: at a trust anchor; `self-signed`: at a root from the input; `open`: no issuer found. */
  readonly end: 'anchor' | 'self-signed' | 'open';
}

/**
 * The default limits that keep path building polynomial whatever the input (cycles, 100
 * look-alike CAs): signature verifications per search, certificates per path (leaf and anchor
 * included), candidate paths kept. A policy's `limits.pathSearch` replaces them.
 */
export const PATH_LIMITS: WorkLimits['pathSearch'] = DEFAULT_LIMITS.pathSearch;

/** What {@link findPaths} needs. */
export interface PathSearch {
  readonly crypto: WebCrypto;
  /** Intermediates (and roots) from the input. */
  readonly pool: readonly Certificate[];
  readonly anchors: readonly Certificate[];
  readonly limits?: WorkLimits['pathSearch'];
}

/**
 * Every path from `leaf` up through `pool` to a trust anchor, a self-signed root or a dead end,
 * depth first. An issuer links to a certificate when its subject equals the certificate's issuer
 * name, the key identifiers agree where both are present, and its key verifies the signature
 * (each pair checked once). No certificate — or subject and key — appears twice in a path, so
 * cycles end; the whole search is bounded by `search.limits` ({@link PATH_LIMITS} by default) and
 * reports when it hit them.
 */
// long: one depth-first search whose two closures (`links`, `extend`) share the signature cache
// and the budget; apart they would pass that state around on every step of chain building.
export async function findPaths(
  leaf: Certificate,
  search: PathSearch,
): Promise<{ paths: CandidatePath[]; limited: boolean }> {
  const limits = search.limits ?? PATH_LIMITS;
  const paths: CandidatePath[] = [];
  const verified = new Map<string, Promise<boolean>>();
  let checks = 0;
  let limited = false;
  const identities = new Map<Certificate, string>(
    [leaf, ...search.anchors, ...search.pool].map((certificate) => [certificate, identity(certificate)]),
  );
  const idOf = (certificate: Certificate) => identities.get(certificate) as string;
  const anchorKeys = new Set(search.anchors.map(idOf));
  // a copy of an anchor in the input (same subject and key) is replaced by the anchor itself
  const candidates = [...search.anchors, ...search.pool.filter((certificate) => !anchorKeys.has(idOf(certificate)))];

  const links = async (child: Certificate, issuer: Certificate): Promise<boolean> => {
    const key = `${child.info.fingerprints.sha256}>${issuer.info.fingerprints.sha256}`;
    let result = verified.get(key);
    if (result === undefined) {
      if (checks >= limits.signatureChecks) {
        limited = true;
        return false;
      }
      checks += 1;
      const { decoded } = child;
      result = verifySignature(
        search.crypto,
        decoded.signatureAlgorithm,
        issuer.decoded.key,
        issuer.decoded.spki,
        decoded.tbs,
        decoded.signature,
      ).then((valid) => valid === true);
      verified.set(key, result);
    }
    return result;
  };

  const extend = async (path: Certificate[], seen: Set<string>): Promise<void> => {
    const current = path[path.length - 1] as Certificate;
    if (paths.length >= limits.paths) {
      limited = true;
      return;
    }
    if (path.length > 1 && anchorKeys.has(idOf(current))) {
      paths.push({ certificates: path, end: 'anchor' });
      return;
    }
    if (path.length > 1 && current.info.selfSigned) {
      paths.push({ certificates: path, end: 'self-signed' });
      return;
    }
    let extended = false;
    if (path.length < limits.depth) {
      for (const issuer of candidates) {
        if (seen.has(idOf(issuer)) || !couldIssue(issuer, current) || !(await links(current, issuer))) continue;
        extended = true;
        await extend([...path, issuer], new Set([...seen, idOf(issuer)]));
      }
    } else {
      limited = true;
    }
    if (!extended) paths.push({ certificates: path, end: current.info.selfSigned ? 'self-signed' : 'open' });
  };

  await extend([leaf], new Set([idOf(leaf)]));
  return { paths, limited };
}

/** Subject and key: a re-issued or cross-signed copy of a CA has the same identity. */
export function identity(certificate: Certificate): string {
  return `${certificate.decoded.subject.key}|${certificate.info.publicKeyFingerprint}`;
}

/** Names chain and key identifiers do not contradict — the cheap test before a signature check. */
export function couldIssue(issuer: Certificate, child: Certificate): boolean {
  if (issuer.decoded.subject.key !== child.decoded.issuer.key) return false;
  const keyId = child.decoded.decoded.authorityKeyId?.keyId;
  const subjectKeyId = issuer.decoded.decoded.subjectKeyId;
  return keyId === undefined || subjectKeyId === undefined || keyId === subjectKeyId;
}
