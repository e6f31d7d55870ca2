import { DEFAULT_LIMITS, type WorkLimits } from '../../policy/limits.js';
import type { Certificate } from '../certificate/parse.js';
import { createBytesMap, sameBytes } from '../der/bytes.js';
import type { SignatureVerifier } from '../keys/verifier.js';
import { type LinkCache, namesCouldLink, verifyLink } from './links.js';

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
  /** Links verified (or started: {@link prefetchLinks}) before; a reusable validator keeps them across searches. */
  readonly links: LinkCache;
}

/**
 * Every path from `leaf` up through `pool` to a trust anchor, a self-signed root or a dead end,
 * depth first. An issuer links to a certificate when its subject equals the certificate's issuer
 * name, the key identifiers agree where both are present, and its key verifies the signature
 * (each pair checked once). No certificate — or subject and key — appears twice in a path, so
 * cycles end; the signature checks not found in `search.links` and the whole search are bounded
 * by `search.limits` ({@link PATH_LIMITS} by default), and the result says when it hit them.
 */
// long: one depth-first search whose two closures (`links`, `extend`) share the budget; apart
// they would pass that state around on every step of chain building.
export async function findPaths(
  leaf: Certificate,
  search: PathSearch,
): Promise<{ paths: CandidatePath[]; limited: boolean }> {
  const limits = search.limits ?? PATH_LIMITS;
  const paths: CandidatePath[] = [];
  let checks = 0;
  let limited = false;
  const identityOf = identities();
  const ids = new Map<Certificate, string>(
    [leaf, ...search.anchors, ...search.pool].map((certificate) => [certificate, identityOf(certificate)]),
  );
  const idOf = (certificate: Certificate) => ids.get(certificate) as string;
  const anchorKeys = new Set(search.anchors.map(idOf));
  // a copy of an anchor in the input (same subject and key) is replaced by the anchor itself
  const candidates = [...search.anchors, ...search.pool.filter((certificate) => !anchorKeys.has(idOf(certificate)))];

  const mayCheck = () => {
    if (checks >= limits.signatureChecks) {
      limited = true;
      return false;
    }
    checks += 1;
    return true;
  };
  const links = (child: Certificate, issuer: Certificate) =>
    verifyLink(search.verifier, search.links, child.decoded, issuer, mayCheck);

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
    if (path.length > 1 && current.selfSigned) {
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
    if (!extended) paths.push({ certificates: path, end: current.selfSigned ? 'self-signed' : 'open' });
  };

  // a leaf that is itself a trust anchor (pinned by its bytes) needs no issuer
  if (search.anchors.some((anchor) => sameBytes(anchor.decoded.der, leaf.decoded.der)))
    return { paths: [{ certificates: [leaf], end: 'anchor' }], limited };
  await extend([leaf], new Set([idOf(leaf)]));
  return { paths, limited };
}

/**
 * Subject and key as a string, for one search: a re-issued or cross-signed copy of a CA has the
 * same identity. Keys are numbered in the order met, the same SubjectPublicKeyInfo bytes the same
 * number — no certificate's key is hashed for it.
 */
function identities(): (certificate: Certificate) => string {
  const keys = createBytesMap<number>();
  let next = 0;
  return ({ decoded }) => {
    let key = keys.get(decoded.spki);
    if (key === undefined) {
      key = next++;
      keys.set(decoded.spki, key);
    }
    return `${key}|${decoded.subject.key}`;
  };
}

/** The same subject and the same key: one CA, re-issued or cross-signed. */
export function sameIdentity(a: Certificate, b: Certificate): boolean {
  return a.decoded.subject.key === b.decoded.subject.key && sameBytes(a.decoded.spki, b.decoded.spki);
}

/** Names chain and key identifiers do not contradict — the cheap test before a signature check. */
export function couldIssue(issuer: Certificate, child: Certificate): boolean {
  return namesCouldLink(issuer.decoded, child.decoded);
}
