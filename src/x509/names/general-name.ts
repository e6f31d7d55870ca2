import { formatIpv6 } from '../../domain/ip.js';
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  fields,
  readOid,
  TAG,
} from '../der/reader.js';
import { type DecodedName, decodeName } from './distinguished-name.js';

/** The GeneralName forms of RFC 5280 §4.2.1.6, by context tag number. */
export type GeneralNameKind = 'other' | 'email' | 'dns' | 'x400' | 'directory' | 'edi' | 'uri' | 'ip' | 'registeredId';

const KINDS: readonly GeneralNameKind[] = [
  'other',
  'email',
  'dns',
  'x400',
  'directory',
  'edi',
  'uri',
  'ip',
  'registeredId',
];

/**
 * The context tag of a GeneralName form, primitive (`dNSName` is `[2]`, `iPAddress` `[7]`), for
 * the CSR builder.
 *
 * @example
 * generalNameTag('dns') // => 0x82
 */
export function generalNameTag(kind: 'email' | 'dns' | 'uri' | 'ip'): number {
  return contextTag(KINDS.indexOf(kind), false);
}

/** One GeneralName, decoded. */
export interface GeneralName {
  readonly kind: GeneralNameKind;
  /** Text: the DNS name, e-mail, URI, canonical IP (with `/prefix` in a name constraint), DN or OID. */
  readonly value: string;
  /** For `ip`: the address bytes (and mask bytes in a name constraint). */
  readonly bytes?: Uint8Array;
  /** For `directory`: the name. */
  readonly name?: DecodedName;
  /** For `other`: the type OID. */
  readonly typeId?: string;
}

/**
 * Decodes one GeneralName. IA5 forms must be ASCII; `ip` must be 4 or 16 bytes — or 8 or 32 with
 * `ipWithMask` (name constraints: address then mask).
 */
export function decodeGeneralName(node: DerNode, part: string, ipWithMask = false): GeneralName {
  const number = node.tag & 0x1f;
  const kind = KINDS[number];
  if ((node.tag & 0xc0) !== 0x80 || kind === undefined) throw new DerError(part);
  const bytes = content(node);
  if (kind === 'email' || kind === 'dns' || kind === 'uri') {
    if (node.tag & 0x20) throw new DerError(part);
    let value = '';
    for (const byte of bytes) {
      if (byte > 0x7f) throw new DerError(part);
      value += String.fromCharCode(byte);
    }
    return { kind, value };
  }
  if (kind === 'ip') {
    if (node.tag & 0x20) throw new DerError(part);
    return decodeIp(bytes, part, ipWithMask);
  }
  if (kind === 'directory') {
    // [4] EXPLICIT Name: exactly one Name inside
    const [inner] = fields(node, 1, 1, part) as [DerNode];
    const name = decodeName(inner, part);
    return { kind, value: name.text, name };
  }
  if (kind === 'other') {
    // OtherName ::= SEQUENCE { type-id OID, value [0] EXPLICIT ANY }
    const [typeId, value] = fields(node, 2, 2, part) as [DerNode, DerNode];
    fields(expectTag(value, contextTag(0, true), part), 1, 1, part);
    return { kind, value: '', typeId: readOid(expectTag(typeId, TAG.oid, part), part) };
  }
  if (kind === 'registeredId') return { kind, value: readOid({ ...node, tag: TAG.oid }, part) };
  return { kind, value: '' };
}

/** `GeneralNames ::= SEQUENCE SIZE (1..MAX) OF GeneralName`. */
export function decodeGeneralNames(node: DerNode, part: string): GeneralName[] {
  const names = children(expectTag(node, TAG.sequence, part), part).map((name) => decodeGeneralName(name, part));
  if (names.length === 0) throw new DerError(part);
  return names;
}

function decodeIp(bytes: Uint8Array, part: string, withMask: boolean): GeneralName {
  const size = withMask ? bytes.length / 2 : bytes.length;
  if (size !== 4 && size !== 16) throw new DerError(part);
  const address = ipText(bytes.subarray(0, size));
  if (!withMask) return { kind: 'ip', value: address, bytes };
  const mask = bytes.subarray(size);
  const prefix = prefixLength(mask);
  if (prefix === undefined) throw new DerError(part);
  return { kind: 'ip', value: `${address}/${prefix}`, bytes };
}

function ipText(bytes: Uint8Array): string {
  return bytes.length === 4 ? bytes.join('.') : formatIpv6(bytes);
}

/** The prefix length of a contiguous mask (`255.255.255.0` → 24), else `undefined`. */
function prefixLength(mask: Uint8Array): number | undefined {
  let prefix = 0;
  let ended = false;
  for (const byte of mask) {
    for (let bit = 7; bit >= 0; bit -= 1) {
      const set = (byte >> bit) & 1;
      if (set && ended) return undefined;
      if (set) prefix += 1;
      else ended = true;
    }
  }
  return prefix;
}
