import { AttributeTypeAndValue, AttributeValue, Name, RelativeDistinguishedName } from '@peculiar/asn1-x509';
import { ATTRIBUTES, SHORT_NAMES } from './attribute-names.js';

/** A subject as users fill it in (CSR-01). */
export interface SubjectInput {
  readonly C?: string;
  readonly ST?: string;
  readonly L?: string;
  readonly O?: string;
  readonly OU?: string;
  readonly CN?: string;
  readonly emailAddress?: string;
}

/** One attribute of a distinguished name, decoded. */
export interface NameAttribute {
  /** Short name where known (`CN`, `O`, …), else the OID. */
  readonly type: string;
  readonly oid: string;
  readonly value: string;
  /** The ASN.1 string type it was encoded as. */
  readonly encoding: 'utf8' | 'printable' | 'bmp' | 'ia5' | 'teletex' | 'universal' | 'other';
  /** Index of the RDN it belongs to (multi-valued RDNs share one). */
  readonly rdn: number;
}

/** PrintableString's alphabet (X.680). */
const PRINTABLE = /^[A-Za-z0-9 '()+,\-./:=?]*$/;

/**
 * Encodes a subject (CSR-01): `C` as PrintableString, `emailAddress` as IA5String, other values as
 * PrintableString when they fit its alphabet and UTF8String otherwise (so `腾讯科技（深圳）有限公司`
 * is UTF-8). Empty values are left out.
 */
export function buildName(subject: SubjectInput): Name {
  const rdns = ATTRIBUTES.flatMap(([key, oid]) => {
    const value = subject[key];
    if (value === undefined || value === '') return [];
    const encoded =
      key === 'emailAddress'
        ? new AttributeValue({ ia5String: value })
        : PRINTABLE.test(value)
          ? new AttributeValue({ printableString: value })
          : new AttributeValue({ utf8String: value });
    return [new RelativeDistinguishedName([new AttributeTypeAndValue({ type: oid, value: encoded })])];
  });
  return new Name(rdns);
}

/** Every attribute of a name, decoded, in order (multi-valued RDNs keep their index). */
export function readName(name: Name): NameAttribute[] {
  return [...name].flatMap((rdn, index) =>
    [...rdn].map((attribute) => {
      const { value, encoding } = decodeValue(attribute.value);
      return { type: SHORT_NAMES[attribute.type] ?? attribute.type, oid: attribute.type, value, encoding, rdn: index };
    }),
  );
}

function decodeValue(value: AttributeValue): { value: string; encoding: NameAttribute['encoding'] } {
  if (value.utf8String !== undefined) return { value: value.utf8String, encoding: 'utf8' };
  if (value.printableString !== undefined) return { value: value.printableString, encoding: 'printable' };
  if (value.bmpString !== undefined) return { value: value.bmpString, encoding: 'bmp' };
  if (value.ia5String !== undefined) return { value: value.ia5String, encoding: 'ia5' };
  if (value.teletexString !== undefined) return { value: value.teletexString, encoding: 'teletex' };
  if (value.universalString !== undefined) return { value: value.universalString, encoding: 'universal' };
  return { value: value.toString(), encoding: 'other' };
}
