import type { Lru } from '../../core/lru.js';
import { type CertificateFrame, type DecodedCertificate, frameCertificate } from '../certificate/decode.js';
import type { HashedCertificate } from '../certificate/parse.js';
import { bytesKey, combinedKey, sameBytes } from '../der/bytes.js';
import { DerError } from '../der/reader.js';
import type { SignatureVerifier } from '../keys/verifier.js';

/**
 * Verified links, issuer key → certificate: `true` when the issuer's key verifies the
 * certificate's signature. Keyed by {@link linkKey}; each entry holds the child's whole DER
 * (signed part, algorithm and signature) and the issuer's SubjectPublicKeyInfo, and a result is
 * reused only when both are the same bytes — the key is found cheaply, the bytes confirm it.
 */
export type LinkCache = Lru<number, Link>;

/** A link checked (or being checked): the child certificate's DER and whether the issuer key verifies it. */
export interface Link {
  readonly child: Uint8Array;
  readonly issuerKey: Uint8Array;
  readonly valid: Promise<boolean>;
  /** `valid`'s answer once it has settled: a search reads it without waiting. */
  outcome?: boolean;
}

/**
 * Links started before path building, all at once, so that their signature checks run while the
 * certificates are described: sixteen covers a leaf, three intermediates, cross-signed copies and
 * the root. Bundles built to blow up (a hundred look-alike CAs) go on one link at a time, within
 * the path search's budget.
 */
export const PREFETCHED_LINKS = 16;

/**
 * The cache key of the link `issuer` → `child`: the {@link bytesKey}s of the child (its length and
 * last signature bytes) and of the issuer's SubjectPublicKeyInfo, combined into one number.
 * Nothing is hashed: a SHA-256 of every leaf would cost as much as decoding it.
 */
export function linkKey(child: SignedPart, issuer: HashedCertificate): number {
  return combinedKey(bytesKey(child.der), bytesKey(issuer.decoded.spki));
}

/** What a link's check reads of the child: a decoded certificate, or only its frame. */
export type SignedPart = Pick<CertificateFrame, 'der' | 'tbs' | 'signatureAlgorithm' | 'signature'>;

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
  child: SignedPart,
  issuer: HashedCertificate,
  mayCheck: () => boolean = () => true,
): Promise<boolean> {
  return startLink(verifier, cache, child, issuer, mayCheck)?.valid ?? Promise.resolve(false);
}

/**
 * The cached link, or a new one whose check starts now; `undefined` when `mayCheck` refuses a new
 * check. Its `outcome` is the answer once known: a search reads it without waiting (build.ts).
 */
export function startLink(
  verifier: SignatureVerifier,
  cache: LinkCache,
  child: SignedPart,
  issuer: HashedCertificate,
  mayCheck: () => boolean,
): Link | undefined {
  const key = linkKey(child, issuer);
  const cached = cache.get(key);
  const { spki } = issuer.decoded;
  if (cached !== undefined && sameBytes(cached.child, child.der) && sameBytes(cached.issuerKey, spki)) return cached;
  if (!mayCheck()) return undefined;
  const valid = verifier
    .verify(child.signatureAlgorithm, issuer.decoded, child.tbs, child.signature)
    .then((verified) => verified === true);
  const link: Link = { child: child.der, issuerKey: spki, valid };
  void valid.then((outcome) => {
    link.outcome = outcome;
  });
  cache.set(key, link);
  return link;
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
      if (!namesCouldLink(issuer.decoded, child.decoded) || sameBytes(issuer.decoded.spki, child.decoded.spki))
        continue;
      started += 1;
      void verifyLink(verifier, cache, child.decoded, issuer);
    }
}

/**
 * Starts, before the certificates are decoded, the checks of links from CAs already known (a
 * validator's intermediates and anchors) to input certificates whose issuer name has the bytes of
 * the CA's subject: each certificate is only framed ({@link frameCertificate}), so its signature
 * check runs while it is decoded and described. A certificate that cannot be framed is left to
 * the decoder to refuse. At most {@link PREFETCHED_LINKS} checks. Returns, for each certificate,
 * its frame and the known CAs named its issuer, for the decoder to go on from (`undefined` where it
 * could not be framed).
 */
export function prefetchKnownLinks(
  verifier: SignatureVerifier,
  cache: LinkCache,
  ders: readonly Uint8Array[],
  issuersNamed: (name: Uint8Array) => readonly HashedCertificate[],
): ({ readonly frame: CertificateFrame; readonly issuers: readonly HashedCertificate[] } | undefined)[] {
  let started = 0;
  return ders.map((der) => {
    const frame = frameOrUndefined(der);
    if (frame === undefined) return undefined;
    const issuers = issuersNamed(frame.issuerName);
    for (const issuer of issuers) {
      if (started >= PREFETCHED_LINKS) break;
      if (sameBytes(issuer.decoded.der, der)) continue; // a known root in the input: its self-signature is no link
      started += 1;
      void verifyLink(verifier, cache, frame, issuer);
    }
    return { frame, issuers };
  });
}

function frameOrUndefined(der: Uint8Array): CertificateFrame | undefined {
  try {
    return frameCertificate(der);
  } catch (error) {
    if (error instanceof DerError) return undefined;
    throw error;
  }
}
