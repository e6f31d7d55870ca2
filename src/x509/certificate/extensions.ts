import { toHex } from '../der/encoding.js';
import { ACCESS_METHODS } from '../der/oids.js';
import {
  children,
  content,
  contextTag,
  DerError,
  type DerNode,
  expectTag,
  fields,
  optionalFields,
  readBitString,
  readBoolean,
  readOid,
  readRoot,
  readSmallInteger,
  TAG,
} from '../der/reader.js';
import { decodeGeneralName, decodeGeneralNames, type GeneralName } from '../names/general-name.js';
import { type DistributionPointName, decodeDistributionPointName, decodeReasonFlags } from './distribution-point.js';
import { type DecodedPolicies, POLICY_DECODERS } from './policy-extensions.js';

/** keyUsage bit names in bit order (RFC 5280 §4.2.1.3). */
export const KEY_USAGES = [
  'digitalSignature',
  'nonRepudiation',
  'keyEncipherment',
  'dataEncipherment',
  'keyAgreement',
  'keyCertSign',
  'cRLSign',
  'encipherOnly',
  'decipherOnly',
] as const;

export { EXTENDED_KEY_USAGES } from '../der/oids.js';

/** A name constraint subtree list; `undefined` when the field is absent. */
export interface NameConstraints {
  readonly permitted?: readonly GeneralName[];
  readonly excluded?: readonly GeneralName[];
}

/** One DistributionPoint of cRLDistributionPoints (RFC 5280 §4.2.1.13). */
export interface DistributionPoint {
  readonly name?: DistributionPointName;
  readonly reasons?: readonly string[];
  readonly crlIssuer?: readonly GeneralName[];
}

/** The extensions certkit understands, decoded; absent ones are `undefined`. */
export interface DecodedExtensions {
  basicConstraints?: { readonly ca: boolean; readonly pathLength: number | null };
  keyUsage?: readonly string[];
  extendedKeyUsage?: readonly string[];
  subjectAltName?: readonly GeneralName[];
  subjectKeyId?: string;
  authorityKeyId?: { readonly keyId?: string; readonly hasIssuer: boolean; readonly hasSerial: boolean };
  aia?: { readonly caIssuers: readonly string[]; readonly ocsp: readonly string[] };
  /** The URLs of the CRL distribution points (the fullName URIs). */
  crlDistributionPoints?: readonly string[];
  distributionPoints?: readonly DistributionPoint[];
  nameConstraints?: NameConstraints;
  certificatePolicies?: DecodedPolicies['certificatePolicies'];
  policyMappings?: DecodedPolicies['policyMappings'];
  policyConstraints?: DecodedPolicies['policyConstraints'];
  /** inhibitAnyPolicy's SkipCerts. */
  inhibitAnyPolicy?: number;
  /** OIDs of extensions whose value certkit does not decode (signed certificate timestamps, …). */
  other: string[];
}

/** How strictly to read: certificates never encode a DEFAULT value (DER); CSRs in the wild do. */
export interface DecodeOptions {
  readonly strictDefaults?: boolean;
}

type Decoder = (value: DerNode, into: DecodedExtensions, options: DecodeOptions) => void;

/**
 * Decoders by extension OID, each with the extension's name: the one table that names the
 * extensions certkit knows (`extensionOid` looks an OID up by name). Each checks the value's
 * structure strictly.
 */
export const EXTENSION_DECODERS: Readonly<Record<string, { readonly name: string; readonly decode: Decoder }>> = {
  '2.5.29.19': {
    name: 'basicConstraints',
    decode(value, into, options) {
      const list = fields(expectTag(value, TAG.sequence, 'basicConstraints'), 0, 2, 'basicConstraints');
      let index = 0;
      let ca = false;
      if (list[index]?.tag === TAG.boolean) {
        ca = readBoolean(list[index] as DerNode, 'basicConstraints');
        // an explicit FALSE breaks DER's DEFAULT rule; CSRs carry it, certificates must not
        if (!ca && options.strictDefaults === true) throw new DerError('basicConstraints');
        index += 1;
      }
      const pathLength =
        list[index] === undefined ? null : readSmallInteger(list[index] as DerNode, 'basicConstraints');
      // INTEGER (0..MAX), but no client counts beyond 255 (Chromium refuses more)
      if (pathLength !== null && pathLength > 255) throw new DerError('basicConstraints');
      if (list.length > index + (pathLength === null ? 0 : 1)) throw new DerError('basicConstraints');
      into.basicConstraints = { ca, pathLength };
    },
  },
  '2.5.29.15': {
    name: 'keyUsage',
    decode(value, into) {
      const { bytes } = readBitString(value, 'keyUsage');
      // RFC 5280 §4.2.1.3: at least one bit is set
      if (!bytes.some((byte) => byte !== 0)) throw new DerError('keyUsage');
      into.keyUsage = KEY_USAGES.filter((_, bit) => ((bytes[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
    },
  },
  '2.5.29.37': {
    name: 'extendedKeyUsage',
    decode(value, into) {
      const list = children(expectTag(value, TAG.sequence, 'extendedKeyUsage'), 'extendedKeyUsage');
      if (list.length === 0) throw new DerError('extendedKeyUsage');
      into.extendedKeyUsage = list.map((oid) => readOid(oid, 'extendedKeyUsage'));
    },
  },
  '2.5.29.17': {
    name: 'subjectAltName',
    decode(value, into) {
      into.subjectAltName = decodeGeneralNames(value, 'subjectAltName');
    },
  },
  '2.5.29.14': {
    name: 'subjectKeyIdentifier',
    decode(value, into) {
      into.subjectKeyId = toHex(content(expectTag(value, TAG.octetString, 'subjectKeyIdentifier')));
    },
  },
  '2.5.29.35': {
    name: 'authorityKeyIdentifier',
    decode(value, into) {
      // SEQUENCE { keyIdentifier [0] OPTIONAL, authorityCertIssuer [1] OPTIONAL, authorityCertSerialNumber [2] OPTIONAL }
      const [keyId, issuer, serial] = optionalFields(
        fields(expectTag(value, TAG.sequence, 'authorityKeyIdentifier'), 0, 3, 'authorityKeyIdentifier'),
        [contextTag(0, false), contextTag(1, true), contextTag(2, false)],
        'authorityKeyIdentifier',
      );
      if (issuer !== undefined) decodeGeneralNames({ ...issuer, tag: TAG.sequence }, 'authorityKeyIdentifier');
      if ((issuer === undefined) !== (serial === undefined)) throw new DerError('authorityKeyIdentifier');
      const hasIssuer = issuer !== undefined;
      const hasSerial = serial !== undefined;
      // built whole, not spread: a conditional spread costs more than the rest of the decoding
      into.authorityKeyId =
        keyId === undefined ? { hasIssuer, hasSerial } : { keyId: toHex(content(keyId)), hasIssuer, hasSerial };
    },
  },
  '1.3.6.1.5.5.7.1.1': {
    name: 'authorityInfoAccess',
    decode(value, into) {
      const descriptions = children(expectTag(value, TAG.sequence, 'authorityInfoAccess'), 'authorityInfoAccess');
      if (descriptions.length === 0) throw new DerError('authorityInfoAccess');
      const aia = { caIssuers: [] as string[], ocsp: [] as string[] };
      for (const description of descriptions) {
        const [method, location, extra] = children(expectTag(description, TAG.sequence, 'authorityInfoAccess'));
        if (method === undefined || location === undefined || extra !== undefined)
          throw new DerError('authorityInfoAccess');
        const field = ACCESS_METHODS[readOid(method, 'authorityInfoAccess')];
        const name = decodeGeneralName(location, 'authorityInfoAccess');
        if (field !== undefined && name.kind === 'uri') aia[field].push(name.value);
      }
      into.aia = aia;
    },
  },
  '2.5.29.31': {
    name: 'cRLDistributionPoints',
    decode(value, into) {
      const points = fields(
        expectTag(value, TAG.sequence, 'cRLDistributionPoints'),
        1,
        Number.POSITIVE_INFINITY,
        'cRLDistributionPoints',
      ).map((point): DistributionPoint => {
        // DistributionPoint ::= SEQUENCE { distributionPoint [0], reasons [1], cRLIssuer [2] } (each OPTIONAL, one at least)
        const [name, reasons, crlIssuer] = optionalFields(
          fields(expectTag(point, TAG.sequence, 'cRLDistributionPoints'), 1, 3, 'cRLDistributionPoints'),
          [contextTag(0, true), contextTag(1, false), contextTag(2, true)],
          'cRLDistributionPoints',
        );
        return {
          ...(name === undefined ? {} : { name: decodeDistributionPointName(name, 'cRLDistributionPoints') }),
          ...(reasons === undefined ? {} : { reasons: decodeReasonFlags(reasons, 'cRLDistributionPoints') }),
          ...(crlIssuer === undefined
            ? {}
            : { crlIssuer: decodeGeneralNames({ ...crlIssuer, tag: TAG.sequence }, 'cRLDistributionPoints') }),
        };
      });
      into.distributionPoints = points;
      into.crlDistributionPoints = points.flatMap((point) =>
        point.name?.kind === 'full'
          ? point.name.names.filter((general) => general.kind === 'uri').map((uri) => uri.value)
          : [],
      );
    },
  },
  '2.5.29.30': {
    name: 'nameConstraints',
    decode(value, into) {
      // NameConstraints ::= SEQUENCE { permittedSubtrees [0] OPTIONAL, excludedSubtrees [1] OPTIONAL }
      const [permittedField, excludedField] = optionalFields(
        fields(expectTag(value, TAG.sequence, 'nameConstraints'), 0, 2, 'nameConstraints'),
        [contextTag(0, true), contextTag(1, true)],
        'nameConstraints',
      );
      const subtrees = (field: DerNode | undefined) => {
        if (field === undefined) return undefined;
        const list = children(field, 'nameConstraints').map((subtree) => {
          const [base, ...rest] = children(expectTag(subtree, TAG.sequence, 'nameConstraints'), 'nameConstraints');
          // minimum is always 0 (absent) and maximum absent in the RFC 5280 profile
          if (base === undefined || rest.length > 0) throw new DerError('nameConstraints');
          return decodeGeneralName(base, 'nameConstraints', true);
        });
        if (list.length === 0) throw new DerError('nameConstraints');
        return list;
      };
      const permitted = subtrees(permittedField);
      const excluded = subtrees(excludedField);
      if (permitted === undefined && excluded === undefined) throw new DerError('nameConstraints');
      into.nameConstraints = { ...(permitted && { permitted }), ...(excluded && { excluded }) };
    },
  },
  ...POLICY_DECODERS,
};

/**
 * The OID of an extension certkit decodes, by its name in {@link EXTENSION_DECODERS}.
 *
 * @example
 * extensionOid('subjectAltName') // => '2.5.29.17'
 */
export function extensionOid(name: string): string {
  oidsByName ??= new Map(Object.entries(EXTENSION_DECODERS).map(([oid, decoder]) => [decoder.name, oid]));
  return oidsByName.get(name) as string;
}

/** {@link extensionOid}'s table, made when first asked (profile checks ask it for every certificate). */
let oidsByName: Map<string, string> | undefined;

/** One raw extension: OID, criticality and the DER inside the OCTET STRING. */
export interface RawExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/**
 * Decodes `Extensions ::= SEQUENCE SIZE (1..MAX) OF Extension`. A repeated extension (RFC 5280
 * §4.2: "MUST NOT include more than one instance") or a value with trailing bytes is malformed.
 */
export function decodeExtensions(
  node: DerNode,
  options: DecodeOptions & { readonly decoders?: typeof EXTENSION_DECODERS; readonly allowEmpty?: boolean } = {},
): { raw: RawExtension[]; decoded: DecodedExtensions } {
  const decoders = options.decoders ?? EXTENSION_DECODERS;
  const raw: RawExtension[] = [];
  const decoded: DecodedExtensions = { other: [] };
  const seen = new Set<string>();
  const list = children(expectTag(node, TAG.sequence, 'extensions'), 'extensions');
  if (list.length === 0 && options.allowEmpty !== true) throw new DerError('extensions');
  for (const extension of list) {
    const parts = fields(expectTag(extension, TAG.sequence, 'extension'), 2, 3, 'extension');
    const oid = readOid(parts[0] as DerNode, 'extension');
    // an explicitly encoded FALSE breaks DER's DEFAULT rule; real CSRs carry it, certificates must not
    const critical = parts.length === 3 ? readBoolean(parts[1] as DerNode, 'extension') : false;
    if (parts.length === 3 && !critical && options.strictDefaults === true) throw new DerError('extension');
    if (seen.has(oid)) throw new DerError(`${DUPLICATE_EXTENSION}${oid}`);
    seen.add(oid);
    const value = content(expectTag(parts[parts.length - 1], TAG.octetString, 'extension'));
    raw.push({ oid, critical, value });
    const decoder = decoders[oid];
    if (decoder === undefined) decoded.other.push(oid);
    else decoder.decode(readRoot(value, decoder.name), decoded, options);
  }
  return { raw, decoded };
}

/** The `DerError` part for a repeated extension, followed by its OID. */
export const DUPLICATE_EXTENSION = 'duplicate extension ';
