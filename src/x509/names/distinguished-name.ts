import { toHex } from '../der/encoding.js';
import {
  children,
  DerError,
  type DerNode,
  encoded,
  expectTag,
  fields,
  readOid,
  readString,
  TAG,
} from '../der/reader.js';
import { SHORT_NAMES } from './attributes.js';
import type { NameAttribute } from './subject.js';

/** A distinguished name read from DER. */
export interface DecodedName {
  readonly attributes: readonly NameAttribute[];
  /** `C=US, O=Let's Encrypt, CN=R3`: attributes in encoded order, multi-valued RDNs joined by `+`. For display only. */
  readonly text: string;
  /**
   * The name in its RFC 5280 §7.1 comparison form, one entry per RDN: the RDN's attributes
   * (type, and the value as {@link comparisonValue} gives it), in a canonical order, each written
   * `oid=` + `t` (text) or `d` (DER hex) + the value's length + `:` + the value — the length, not
   * an escape, keeps a value from imitating the next attribute. Two RDNs match when their entries
   * are equal; a name is within a directoryName subtree when the subtree's entries are a prefix.
   */
  readonly rdns: readonly string[];
  /**
   * `rdns` joined by `,` (an entry starts with a digit, so no comma in a value can end one): equal
   * keys ⇔ the same name (issuer/subject linking, self-issued).
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
 * The character string types of X.680 (UTF8, Numeric, Printable, Teletex, Videotex, IA5, Graphic,
 * Visible, General, Universal, BMP): those certkit does not decode are kept as hex, but are not
 * malformed in a named attribute.
 */
const CHARACTER_STRINGS = new Set([0x0c, 0x12, 0x13, 0x14, 0x15, 0x16, 0x19, 0x1a, 0x1b, 0x1c, 0x1e]);

/**
 * Decodes `Name ::= SEQUENCE OF RelativeDistinguishedName` (each a non-empty SET OF
 * AttributeTypeAndValue). Values of non-string types are kept as hex (`#…`, as RFC 4514 writes them)
 * for attribute types certkit does not name; a named type (CN, O, C, emailAddress, …) must hold a string.
 *
 * @example
 * // O="a+2.5.4.11=b" and the two-attribute RDN {O=a + OU=b} print alike but are different names:
 * decodeName(single).key === decodeName(multi).key // => false
 */
export function decodeName(node: DerNode, part: string): DecodedName {
  const attributes: NameAttribute[] = [];
  const rdns: string[] = [];
  children(expectTag(node, TAG.sequence, part), part).forEach((rdn, index) => {
    const members = children(expectTag(rdn, TAG.set, part), part);
    if (members.length === 0) throw new DerError(part);
    const forms: string[] = [];
    for (const member of members) {
      const [type, value] = fields(expectTag(member, TAG.sequence, part), 2, 2, part) as [DerNode, DerNode];
      const oid = readOid(type, part);
      const text = readString(value, part);
      // the attribute types certkit names are character strings (X.520 DirectoryString,
      // IA5String): an OCTET STRING common name is malformed, not a CN to show as `#04…`
      if (text === undefined && SHORT_NAMES[oid] !== undefined && !CHARACTER_STRINGS.has(value.tag))
        throw new DerError(part);
      const hex = text === undefined ? toHex(encoded(value)) : undefined;
      attributes.push({
        type: SHORT_NAMES[oid] ?? oid,
        oid,
        value: text ?? `#${hex}`,
        encoding: ENCODINGS[value.tag] ?? 'other',
        rdn: index,
      });
      // a string compares by its normalised text whatever its string type; anything else by its DER bytes
      forms.push(
        text === undefined ? comparisonForm(oid, 'd', hex as string) : comparisonForm(oid, 't', comparisonValue(text)),
      );
    }
    rdns.push(forms.length === 1 ? (forms[0] as string) : forms.sort().join(''));
  });
  return { attributes, text: nameText(attributes), rdns, key: rdns.join(','), der: encoded(node) };
}

/** One attribute of {@link DecodedName.rdns}: `2.5.4.3=t11:example.com`. */
function comparisonForm(oid: string, kind: 't' | 'd', value: string): string {
  return `${oid}=${kind}${value.length}:${value}`;
}

/**
 * RFC 5280 §7.1 (after RFC 4518) for a string value, conservatively: leading and trailing spaces
 * dropped, inner runs of spaces as one, ASCII letters case-folded — the folding OpenSSL and
 * Chromium apply. Nothing else is folded, so no two names OpenSSL tells apart compare equal here
 * (an equality that grants — self-issued, within a subtree — never reaches further than theirs).
 *
 * @example
 * comparisonValue('  Example   CA ') // => 'example ca'
 */
export function comparisonValue(value: string): string {
  if (!NEEDS_FOLDING.test(value)) return value;
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code === 0x20) {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : value[i];
  }
  return out;
}

/** An ASCII capital, a space at either end, or two spaces in a row: what {@link comparisonValue} changes. */
const NEEDS_FOLDING = /[A-Z]|^ | $| {2}/;

/** `name` equals `base` or lies under it: `base`'s RDNs are the first RDNs of `name` (RFC 5280 §4.2.1.10). */
export function nameWithin(name: DecodedName, base: DecodedName): boolean {
  return base.rdns.length <= name.rdns.length && base.rdns.every((rdn, index) => rdn === name.rdns[index]);
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
