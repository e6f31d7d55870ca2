import { TAG } from '../der/tags.js';
import { derOid, derSequence, derSet, derString } from '../der/writer.js';
import { ATTRIBUTES } from './attributes.js';

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
export function buildName(subject: SubjectInput): Uint8Array {
  const rdns = ATTRIBUTES.flatMap(([key, oid]) => {
    const value = subject[key];
    if (value === undefined || value === '') return [];
    const tag = key === 'emailAddress' ? TAG.ia5String : PRINTABLE.test(value) ? TAG.printableString : TAG.utf8String;
    return [derSet(derSequence(derOid(oid), derString(tag, value)))];
  });
  return derSequence(...rdns);
}
