import { createLru } from '../../core/lru.js';
import type { WorkLimits } from '../../policy/limits.js';
import {
  type Certificate,
  decodeCertificateDer,
  describeCertificate,
  type HashedCertificate,
  hashCertificate,
  readDerBlocks,
} from '../certificate/parse.js';
import type { DecodedCrl } from '../crl/decode.js';
import { type BytesMap, createBytesMap, sameBytes } from '../der/bytes.js';
import type { PemOrDer } from '../der/pem.js';
import { createSignatureVerifier, type SignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import type { LinkCache } from './links.js';

/**
 * What an assembly works with besides its input: the verifier (imported keys), the verified
 * links, the limits, known intermediates and the trust anchors. `assembleChain` makes one per
 * call ({@link oneOffContext}); `createChainValidator` one for its lifetime.
 */
export interface ChainContext {
  readonly crypto: WebCrypto;
  readonly verifier: SignatureVerifier;
  readonly links: LinkCache;
  readonly limits: WorkLimits;
  /** Certificates a path may use when the input leaves them out; never reported unused. */
  readonly intermediates: readonly Certificate[];
  readonly hasAnchors: boolean;
  /**
   * The anchors a path from these certificates or the context's intermediates could end at (their
   * subject is an issuer among them), in trust-store order.
   */
  anchorsFor(certificates: readonly HashedCertificate[]): readonly HashedCertificate[];
  /** Known CAs (a validator's intermediates and anchors) whose subject Name has these bytes. */
  issuersNamed(name: Uint8Array): readonly HashedCertificate[];
  /** Certificates described before (a validator's), by their DER: an input with the same bytes is that one. */
  readonly known: Pick<BytesMap<Certificate>, 'get'>;
  /** CRLs decoded once (a validator's), used with each call's own. */
  readonly crls: readonly DecodedCrl[];
}

/** Links one `assembleChain` call keeps: more than any bounded search checks. */
const ONE_OFF_LINKS = 1024;

/**
 * The context of one `assembleChain` call. Its anchors are decoded and hashed when first asked
 * for (an unreadable one throws, after the input), and described only when a path can reach them:
 * a trust store of 150 roots costs 150 decodes, not 150 self-signature checks.
 */
export function oneOffContext(
  crypto: WebCrypto,
  limits: WorkLimits,
  trustAnchors: readonly PemOrDer[] = [],
): ChainContext {
  let anchors: HashedCertificate[] | undefined;
  return {
    crypto,
    verifier: createSignatureVerifier(crypto),
    links: createLru(ONE_OFF_LINKS),
    limits,
    intermediates: [],
    hasAnchors: trustAnchors.length > 0,
    anchorsFor(certificates) {
      // a root given both in the input and as an anchor is decoded once
      const inputs = new Map(certificates.map((certificate) => [certificate.decoded.der.length, certificate]));
      anchors ??= readDerBlocks(trustAnchors, limits, limits.maxTrustAnchors).map((der) => {
        const same = inputs.get(der.length);
        return same !== undefined && sameBytes(same.decoded.der, der)
          ? same
          : hashCertificate(decodeCertificateDer(der));
      });
      return anchorsIssuing(anchors, certificates);
    },
    issuersNamed: () => [], // the anchors are not decoded yet: the links start once they are
    known: createBytesMap(),
    crls: [],
  };
}

/** The anchors whose subject is the issuer name of one of `certificates`, and those that are one of them (a pinned certificate). */
export function anchorsIssuing<T extends HashedCertificate>(
  anchors: readonly T[],
  certificates: readonly HashedCertificate[],
): T[] {
  const issuers = new Set(certificates.map((certificate) => certificate.decoded.issuer.key));
  const pinned = createBytesMap<true>();
  for (const certificate of certificates) pinned.set(certificate.decoded.der, true);
  return anchors.filter((anchor) => issuers.has(anchor.decoded.subject.key) || pinned.get(anchor.decoded.der) === true);
}

/**
 * Describes the certificates of one assembly once each, by their bytes: a root that is both in the
 * input and among the trust anchors is described and self-verified once, and a certificate the
 * context knows is the known object itself (at once, not a promise).
 */
export function describeOnce(context: ChainContext): (hashed: HashedCertificate) => Certificate | Promise<Certificate> {
  const seen = createBytesMap<Certificate | Promise<Certificate>>();
  return (hashed) => {
    const { der } = hashed.decoded;
    const same = context.known.get(der);
    if (same !== undefined) return same;
    let certificate = seen.get(der);
    if (certificate === undefined) {
      certificate = describeCertificate(hashed, context.verifier);
      seen.set(der, certificate);
    }
    return certificate;
  };
}
