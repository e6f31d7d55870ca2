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
