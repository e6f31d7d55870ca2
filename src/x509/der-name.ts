import { SHORT_NAMES } from './attribute-names.js';
import { children, DerError, type DerNode, encoded, expectTag, readOid, readString, TAG } from './der.js';
import { toHex } from './encoding.js';
import type { NameAttribute } from './name.js';

/** A distinguished name read from DER. */
export interface DecodedName {
  readonly attributes: readonly NameAttribute[];
  /** `C=US, O=Let's Encrypt, CN=R3`: attributes in encoded order, multi-valued RDNs joined by `+`. */
  readonly text: string;
  /**
   * The comparison key of RFC 5280 §7.1, simplified: per RDN the attributes sorted, values
   * trimmed, inner white space collapsed and case folded. Equal keys = the same name.
   */
  readonly key: string;
  /** The encoded Name (a view). */
  readonly der: Uint8Array;
}

const ENCODINGS: Readonly<Record<number, NameAttribute['encoding']>> = {
  [TAG.utf8String]: 'utf8',
  [TAG.printableString]: 'printable',
  [TAG.bmpString]: 'bmp',
  [TAG.ia5String]: 'ia5',
  [TAG.teletexString]: 'teletex',
  [TAG.universalString]: 'universal',
};

/**
 * Decodes `Name ::= SEQUENCE OF RelativeDistinguishedName` (each a non-empty SET OF
 * AttributeTypeAndValue). Values of non-string types are kept as hex (`#…`, as RFC 4514 writes them).
 */
export function decodeName(node: DerNode, part: string): DecodedName {
  const attributes: NameAttribute[] = [];
  const keys: string[] = [];
  children(expectTag(node, TAG.sequence, part), part).forEach((rdn, index) => {
    const members = children(expectTag(rdn, TAG.set, part), part);
    if (members.length === 0) throw new DerError(part);
    const rdnKeys: string[] = [];
    for (const member of members) {
      const [type, value, extra] = children(expectTag(member, TAG.sequence, part), part);
      if (type === undefined || value === undefined || extra !== undefined) throw new DerError(part);
      const oid = readOid(type, part);
      const text = readString(value, part);
      const decoded = text ?? `#${toHex(encoded(value))}`;
      attributes.push({
        type: SHORT_NAMES[oid] ?? oid,
        oid,
        value: decoded,
        encoding: ENCODINGS[value.tag] ?? 'other',
        rdn: index,
      });
      rdnKeys.push(`${oid}=${decoded.trim().replace(/\s+/g, ' ').toLowerCase()}`);
    }
    keys.push(rdnKeys.sort().join('+'));
  });
  return { attributes, text: nameText(attributes), key: keys.join('/'), der: encoded(node) };
}

function nameText(attributes: readonly NameAttribute[]): string {
  let text = '';
  attributes.forEach((attribute, index) => {
    const previous = attributes[index - 1];
    if (previous !== undefined) text += previous.rdn === attribute.rdn ? ' + ' : ', ';
    text += `${attribute.type}=${attribute.value}`;
  });
  return text;
}
