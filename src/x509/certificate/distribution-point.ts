import { content, contextTag, type DerNode, expectTag, fields, readBitString, readRoot, TAG } from '../der/reader.js';
import { derTlv } from '../der/writer.js';
import { type DecodedName, decodeName } from '../names/distinguished-name.js';
import { decodeGeneralNames, type GeneralName } from '../names/general-name.js';

/** ReasonFlags bit names in bit order (RFC 5280 §4.2.1.13). */
export const REASON_FLAGS = [
  'unused',
  'keyCompromise',
  'cACompromise',
  'affiliationChanged',
  'superseded',
  'cessationOfOperation',
  'certificateHold',
  'privilegeWithdrawn',
  'aACompromise',
] as const;

/** A DistributionPointName: the full names, or a name relative to the CRL issuer (an RDN appended to its name). */
export type DistributionPointName =
  | { readonly kind: 'full'; readonly names: readonly GeneralName[] }
  | { readonly kind: 'relative'; readonly rdn: DecodedName };

/**
 * `DistributionPointName ::= CHOICE { fullName [0] GeneralNames, nameRelativeToCRLIssuer [1]
 * RelativeDistinguishedName }`, inside its `[0]` field (explicit: the field holds a CHOICE).
 */
export function decodeDistributionPointName(field: DerNode, part: string): DistributionPointName {
  const [choice] = fields(field, 1, 1, part) as [DerNode];
  if (choice.tag === contextTag(1, true)) {
    // one RDN (SET OF AttributeTypeAndValue, IMPLICIT [1]), read as the one-RDN name it would be
    const name = derTlv(TAG.sequence, derTlv(TAG.set, content(choice)));
    return { kind: 'relative', rdn: decodeName(readRoot(name, part), part) };
  }
  const full = expectTag(choice, contextTag(0, true), part);
  return { kind: 'full', names: decodeGeneralNames({ ...full, tag: TAG.sequence }, part) };
}

/** ReasonFlags (IMPLICIT BIT STRING) as the names of the bits set. */
export function decodeReasonFlags(field: DerNode, part: string): string[] {
  const { bytes } = readBitString({ ...field, tag: TAG.bitString }, part);
  return REASON_FLAGS.filter((_, bit) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
}
