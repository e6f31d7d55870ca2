import { createLru, type Lru } from '../../core/lru.js';
import { DEFAULT_LIMITS, type WorkLimits } from '../../policy/limits.js';
import type { Certificate } from '../certificate/parse.js';
import type { SignatureVerifier } from '../keys/verifier.js';

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
  readonly verifier: SignatureVerifier;
  /** Intermediates (and roots) from the input. */
  readonly pool: readonly Certificate[];
  readonly anchors: readonly Certificate[];
  readonly limits?: WorkLimits['pathSearch'];
  /**
   * Verified links, kept across searches by a reusable validator (`createChainValidator`); each
   * search has its own otherwise. Keyed by the child's SHA-256 and the issuer key's: a result is
   * reused only for the same bytes.
   */
  readonly links?: Lru<string, Promise<boolean>>;
}

/**
 * Links checked before the depth-first search starts, all at once: every issuer the names allow
 * for the leaf, for those issuers, and so on, breadth first. Sixteen covers a leaf, three
 * intermediates, cross-signed copies and the root; bundles built to blow up (a hundred look-alike
 * CAs) go on one link at a time, within the search budget.
 */
const PREFETCHED_LINKS = 16;

/** Links a search keeps when no validator lends it a cache: more than any bounded search checks. */
const SEARCH_LINKS = 1024;

/**
 * Every path from `leaf` up through `pool` to a trust anchor, a self-signed root or a dead end,
 * depth first. An issuer links to a certificate when its subject equals the certificate's issuer
 * name, the key identifiers agree where both are present, and its key verifies the signature
 * (each pair checked once; the first links are checked concurrently). No certificate — or subject
 * and key — appears twice in a path, so cycles end; the whole search is bounded by
 * `search.limits` ({@link PATH_LIMITS} by default) and reports when it hit them.
 */
// long: one depth-first search whose closures (`links`, `prefetch`, `extend`) share the signature
// cache and the budget; apart they would pass that state around on every step of chain building.
export async function findPaths(
  leaf: Certificate,
  search: PathSearch,
): Promise<{ paths: CandidatePath[]; limited: boolean }> {
  const limits = search.limits ?? PATH_LIMITS;
  const paths: CandidatePath[] = [];
  const verified = search.links ?? createLru<string, Promise<boolean>>(SEARCH_LINKS);
  let checks = 0;
  let limited = false;
  const identities = new Map<Certificate, string>(
    [leaf, ...search.anchors, ...search.pool].map((certificate) => [certificate, identity(certificate)]),
  );
  const idOf = (certificate: Certificate) => identities.get(certificate) as string;
  const anchorKeys = new Set(search.anchors.map(idOf));
  // a copy of an anchor in the input (same subject and key) is replaced by the anchor itself
  const candidates = [...search.anchors, ...search.pool.filter((certificate) => !anchorKeys.has(idOf(certificate)))];
  const ends = (path: readonly Certificate[], current: Certificate) =>
    path.length > 1 && (anchorKeys.has(idOf(current)) || current.info.selfSigned);

  const links = (child: Certificate, issuer: Certificate): Promise<boolean> => {
    const key = `${child.info.fingerprints.sha256}>${issuer.info.publicKeyFingerprint}`;
    let result = verified.get(key);
    if (result === undefined) {
      if (checks >= limits.signatureChecks) {
        limited = true;
        return Promise.resolve(false);
      }
      checks += 1;
      const { decoded } = child;
      const issuerKey = {
        key: issuer.decoded.key,
        spki: issuer.decoded.spki,
        spkiSha256: issuer.info.publicKeyFingerprint,
      };
      result = search.verifier
        .verify(decoded.signatureAlgorithm, issuerKey, decoded.tbs, decoded.signature)
        .then((valid) => valid === true);
      verified.set(key, result);
    }
    return result;
  };

  /** Starts the first {@link PREFETCHED_LINKS} checks the names allow, without waiting for them. */
  const prefetch = () => {
    const queue: Certificate[][] = [[leaf]];
    let started = 0;
    for (let path = queue.shift(); path !== undefined && started < PREFETCHED_LINKS; path = queue.shift()) {
      const current = path[path.length - 1] as Certificate;
      if (ends(path, current) || path.length >= limits.depth) continue;
      for (const issuer of candidates) {
        if (started >= PREFETCHED_LINKS || path.includes(issuer) || !couldIssue(issuer, current)) continue;
        started += 1;
        void links(current, issuer);
        queue.push([...path, issuer]);
      }
    }
  };

  const extend = async (path: Certificate[], seen: Set<string>): Promise<void> => {
    const current = path[path.length - 1] as Certificate;
    if (paths.length >= limits.paths) {
      limited = true;
      return;
    }
    if (ends(path, current)) {
      paths.push({ certificates: path, end: anchorKeys.has(idOf(current)) ? 'anchor' : 'self-signed' });
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

  prefetch();
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
