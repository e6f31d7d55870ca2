import { arrayArgument, invalidArgument, objectArgument } from '../../core/argument.js';
import { createLru } from '../../core/lru.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { type Certificate, readCertificates } from '../certificate/parse.js';
import { readCrls } from '../crl/parse.js';
import { createBytesMap } from '../der/bytes.js';
import type { PemOrDer } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { createSignatureVerifier, DEFAULT_IMPORTED_KEYS } from '../keys/verifier.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import type { DecodedName } from '../names/distinguished-name.js';
import { type AssembledChain, type AssembleOptions, assembleIn } from './assemble.js';
import { anchorsIssuing, type ChainContext } from './context.js';

/** Options of {@link createChainValidator}: what stays the same from one chain to the next. */
export interface ChainValidatorOptions extends LimitsOption {
  /** Roots (or other certificates) to trust, parsed once. */
  readonly trustAnchors?: readonly PemOrDer[];
  /**
   * Intermediates the validator knows (fetched once from the CAs' AIA URLs, say): a path may use
   * them when an input leaves them out, and they are never reported as unused.
   */
  readonly intermediates?: readonly PemOrDer[];
  /**
   * CRLs (PEM `X509 CRL` or DER) decoded once and used for every chain, with any a call adds: a
   * platform that refreshes its CAs' CRLs makes a new validator with them.
   */
  readonly crls?: readonly PemOrDer[];
  /** Verified links kept, least recently used forgotten first. Default 10,000 (a few MB). */
  readonly linkCacheSize?: number;
  readonly crypto?: WebCrypto;
}

/** A chain assembler for many inputs against the same anchors; see {@link createChainValidator}. */
export interface ChainValidator {
  /** {@link assembleChain} on `input` with this validator's anchors, intermediates and caches. */
  assemble(input: PemOrDer | readonly PemOrDer[], options: AssembleOptions): Promise<AssembledChain>;
}

/** Links a validator remembers unless told otherwise. */
export const DEFAULT_LINK_CACHE_SIZE = 10_000;

/**
 * A reusable {@link assembleChain}: trust anchors and known intermediates are parsed, hashed and
 * self-verified once, each CA key is imported into WebCrypto once, and verified links (issuer key
 * → certificate) are remembered in a bounded cache, so that validating many leaves from the same
 * CAs costs about one signature check each — the leaf's. A remembered link is reused only for the
 * same bytes: it is keyed by the SHA-256 of the whole child certificate (signed part and
 * signature) and of the issuer's SubjectPublicKeyInfo. Answers are exactly `assembleChain`'s.
 *
 * Throws `CertkitError` for unreadable anchors or intermediates (`x509.pem.*`,
 * `x509.certificate.*`), as `assembleChain` does for its input.
 *
 * @example
 * const validator = await createChainValidator({ trustAnchors: rootsPem, intermediates: [r10, r11] });
 * for (const upload of uploads) {
 *   const result = await validator.assemble(upload.pem, { now: new Date(), hostname: upload.host });
 *   result.trusted // => true for a leaf issued by R10 or R11, whether or not the upload carries them
 * }
 */
export async function createChainValidator(options: ChainValidatorOptions = {}): Promise<ChainValidator> {
  const crypto = resolveCrypto(objectArgument<ChainValidatorOptions>(options, 'options').crypto);
  const limits = limitsOf(options.policy);
  const linkCacheSize = options.linkCacheSize ?? DEFAULT_LINK_CACHE_SIZE;
  if (!Number.isSafeInteger(linkCacheSize) || linkCacheSize < 1)
    throw invalidArgument('options.linkCacheSize', 'a positive integer', linkCacheSize);
  const verifier = createSignatureVerifier(crypto, DEFAULT_IMPORTED_KEYS);
  const read = (list: readonly PemOrDer[] | undefined, field: string, limit: number) =>
    list === undefined ? Promise.resolve([]) : readCertificates(arrayArgument(list, field), verifier, limits, limit);
  const [anchors, intermediates] = await Promise.all([
    read(options.trustAnchors, 'options.trustAnchors', limits.maxTrustAnchors),
    read(options.intermediates, 'options.intermediates', limits.maxCertificates),
  ]);
  const known = createBytesMap<Certificate>();
  const bySubject = createBytesMap<Certificate[]>();
  for (const certificate of [...anchors, ...intermediates]) {
    known.set(certificate.decoded.der, certificate);
    // the subject is every leaf's decoded issuer name (decode hints): shared, so frozen
    freezeName(certificate.decoded.subject);
    const { der: subject } = certificate.decoded.subject;
    const named = bySubject.get(subject);
    if (named === undefined) bySubject.set(subject, [certificate]);
    else named.push(certificate);
  }
  // the anchors the known intermediates lead to, worked out once
  const viaIntermediates = anchorsIssuing(anchors, intermediates);
  const context: ChainContext = {
    crypto,
    verifier,
    links: createLru(linkCacheSize),
    limits,
    intermediates,
    hasAnchors: anchors.length > 0,
    anchorsFor: (certificates) => {
      const more = anchorsIssuing(anchors, certificates);
      return more.length === 0
        ? viaIntermediates
        : anchors.filter((anchor) => more.includes(anchor) || viaIntermediates.includes(anchor));
    },
    // an input certificate with the bytes of a known one is that one (never a second path, never unused)
    issuersNamed: (name) => bySubject.get(name) ?? [],
    known,
    crls: options.crls === undefined ? [] : readCrls(arrayArgument(options.crls, 'options.crls'), limits),
  };
  return { assemble: (input, request) => assembleIn(context, input, request) };
}

/** The name, its attributes and its RDN forms made read-only. */
function freezeName(name: DecodedName): void {
  for (const attribute of name.attributes) Object.freeze(attribute);
  Object.freeze(name.attributes);
  Object.freeze(name.rdns);
  Object.freeze(name);
}
