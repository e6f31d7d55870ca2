import type { Lru } from '../../core/lru.js';
import type { DecodedCertificate } from '../certificate/decode.js';
import type { HashedCertificate } from '../certificate/parse.js';
import type { SignatureVerifier } from '../keys/verifier.js';

/**
 * Verified links, issuer key → certificate: `true` when the issuer's key verifies the
 * certificate's signature. Keyed by the SHA-256 of the whole child certificate (signed part,
 * algorithm and signature) and of the issuer's SubjectPublicKeyInfo, so a result is reused only
 * for the same bytes.
 */
export type LinkCache = Lru<string, Promise<boolean>>;

/**
 * Links started before path building, all at once, so that their signature checks run while the
 * certificates are described: sixteen covers a leaf, three intermediates, cross-signed copies and
 * the root. Bundles built to blow up (a hundred look-alike CAs) go on one link at a time, within
 * the path search's budget.
 */
export const PREFETCHED_LINKS = 16;

/** The cache key of the link `issuer` → `child`. */
export function linkKey(child: HashedCertificate, issuer: HashedCertificate): string {
  return `${child.sha256}>${issuer.spkiSha256}`;
}

/** Names chain and key identifiers do not contradict — the cheap test before a signature check. */
export function namesCouldLink(issuer: DecodedCertificate, child: DecodedCertificate): boolean {
  if (issuer.subject.key !== child.issuer.key) return false;
  const keyId = child.decoded.authorityKeyId?.keyId;
  const subjectKeyId = issuer.decoded.subjectKeyId;
  return keyId === undefined || subjectKeyId === undefined || keyId === subjectKeyId;
}

/**
 * Checks the link (once: the promise is cached under {@link linkKey}). `mayCheck` is asked before a
 * new signature check starts (a search's budget); when it says no, the link is taken as absent.
 */
export function verifyLink(
  verifier: SignatureVerifier,
  cache: LinkCache,
  child: HashedCertificate,
  issuer: HashedCertificate,
  mayCheck: () => boolean = () => true,
): Promise<boolean> {
  const key = linkKey(child, issuer);
  let result = cache.get(key);
  if (result === undefined) {
    if (!mayCheck()) return Promise.resolve(false);
    const { decoded } = child;
    const issuerKey = { key: issuer.decoded.key, spki: issuer.decoded.spki, spkiSha256: issuer.spkiSha256 };
    result = verifier
      .verify(decoded.signatureAlgorithm, issuerKey, decoded.tbs, decoded.signature)
      .then((valid) => valid === true);
    cache.set(key, result);
  }
  return result;
}

/**
 * Starts the first {@link PREFETCHED_LINKS} checks the names allow from `issuers` to `children`
 * (self-signatures excluded: describing a certificate checks those), without waiting for them.
 */
export function prefetchLinks(
  verifier: SignatureVerifier,
  cache: LinkCache,
  children: readonly HashedCertificate[],
  issuers: readonly HashedCertificate[],
): void {
  let started = 0;
  for (const child of children)
    for (const issuer of issuers) {
      if (started >= PREFETCHED_LINKS) return;
      // the same key on both sides is a self-signature (or a copy of the child): never a link a path takes
      if (issuer.spkiSha256 === child.spkiSha256 || !namesCouldLink(issuer.decoded, child.decoded)) continue;
      started += 1;
      void verifyLink(verifier, cache, child, issuer);
    }
}
