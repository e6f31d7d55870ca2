import { DEFAULT_LIMITS, type WorkLimits } from '../../policy/limits.js';
import type { Certificate } from '../certificate/parse.js';
import { createBytesMap, sameBytes } from '../der/bytes.js';
import type { SignatureVerifier } from '../keys/verifier.js';
import { type Link, type LinkCache, namesCouldLink, startLink } from './links.js';

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

/** What {@link createPathSearch} needs. */
export interface PathSearch {
  readonly verifier: SignatureVerifier;
  /** Intermediates (and roots) from the input. */
  readonly pool: readonly Certificate[];
  readonly anchors: readonly Certificate[];
  readonly limits?: WorkLimits['pathSearch'];
  /** Links verified (or started: {@link prefetchLinks}) before; a reusable validator keeps them across searches. */
  readonly links: LinkCache;
}

/** One pass of a {@link createPathSearch}: the paths found, and the signature checks they assumed. */
export interface PathSearchPass {
  readonly paths: CandidatePath[];
  /** A limit of `search.limits` was hit (in this pass or an earlier one of the search). */
  readonly limited: boolean;
  /**
   * Links whose signature check had not finished, taken as valid: the paths stand if every one of
   * these resolves `true`; otherwise search again (the answers are known by then).
   */
  readonly pending: readonly Promise<boolean>[];
}

/**
 * Every path from `leaf` up through `pool` to a trust anchor, a self-signed root or a dead end,
 * depth first. An issuer links to a certificate when its subject equals the certificate's issuer
 * name, the key identifiers agree where both are present, and its key verifies the signature
 * (each pair checked once). No certificate — or subject and key — appears twice in a path, so
 * cycles end; the signature checks not found in `search.links` and the whole search are bounded
 * by `search.limits` ({@link PATH_LIMITS} by default, the check budget shared by every pass), and
 * the result says when it hit them.
 *
 * A pass does not wait for signature checks still running: it takes them as valid and lists them
 * in `pending`, so that the caller can judge the paths while the checks finish (validation runs
 * beside WebCrypto, not after it). When every pending check comes back `true`, the pass is what a
 * search knowing the answers finds; when one does not, the next pass knows it.
 *
 * @example
 * const search = createPathSearch(leaf, { verifier, pool, anchors, links });
 * let pass = search();
 * while (!(await Promise.all(pass.pending)).every(Boolean)) pass = search();
 */
export function createPathSearch(leaf: Certificate, search: PathSearch): () => PathSearchPass {
  const limits = search.limits ?? PATH_LIMITS;
  const budget = { limited: false };
  const link = linkChecks(search, limits, budget);
  const identityOf = identities();
  const ids = new Map<Certificate, string>(
    [leaf, ...search.anchors, ...search.pool].map((certificate) => [certificate, identityOf(certificate)]),
  );
  const idOf = (certificate: Certificate) => ids.get(certificate) as string;
  const anchorKeys = new Set(search.anchors.map(idOf));
  // a copy of an anchor in the input (same subject and key) is replaced by the anchor itself
  const candidates = [...search.anchors, ...search.pool.filter((certificate) => !anchorKeys.has(idOf(certificate)))];
  // a leaf that is itself a trust anchor (pinned by its bytes) needs no issuer
  const pinned = search.anchors.some((anchor) => sameBytes(anchor.decoded.der, leaf.decoded.der));

  return () => {
    const paths: CandidatePath[] = [];
    const pending: Promise<boolean>[] = [];
    const extend = (path: Certificate[], seen: Set<string>): void => {
      const current = path[path.length - 1] as Certificate;
      if (paths.length >= limits.paths) {
        budget.limited = true;
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
          if (seen.has(idOf(issuer)) || !couldIssue(issuer, current)) continue;
          const valid = link(current, issuer);
          if (valid === false) continue;
          if (valid !== true) pending.push(valid);
          extended = true;
          extend([...path, issuer], new Set([...seen, idOf(issuer)]));
        }
      } else {
        budget.limited = true;
      }
      if (!extended) paths.push({ certificates: path, end: current.selfSigned ? 'self-signed' : 'open' });
    };
    if (pinned) paths.push({ certificates: [leaf], end: 'anchor' });
    else extend([leaf], new Set([idOf(leaf)]));
    return { paths, limited: budget.limited, pending };
  };
}

/**
 * The links of one search, each pair checked once whatever the shared cache forgot since (or
 * holds under the same key): its answer when known, else the promise of it. New checks count
 * against `limits.signatureChecks`, for every pass together; one refused sets `budget.limited`
 * and the link is taken as absent.
 */
function linkChecks(
  search: PathSearch,
  limits: WorkLimits['pathSearch'],
  budget: { limited: boolean },
): (child: Certificate, issuer: Certificate) => boolean | Promise<boolean> {
  let checks = 0;
  const mayCheck = () => {
    if (checks >= limits.signatureChecks) {
      budget.limited = true;
      return false;
    }
    checks += 1;
    return true;
  };
  const checked = new Map<Certificate, Map<Certificate, Link | undefined>>();
  return (child, issuer) => {
    let byIssuer = checked.get(child);
    if (byIssuer === undefined) {
      byIssuer = new Map();
      checked.set(child, byIssuer);
    }
    if (!byIssuer.has(issuer))
      byIssuer.set(issuer, startLink(search.verifier, search.links, child.decoded, issuer, mayCheck));
    const found = byIssuer.get(issuer);
    return found === undefined ? false : (found.outcome ?? found.valid);
  };
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
