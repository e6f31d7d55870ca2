/**
 * Every object identifier certkit knows, named once. They are grouped by who uses them, one
 * exported constant per group, so a bundle that parses certificates does not carry the PKCS#12
 * identifiers (and the other way round). Tables keyed by OID (`SIGNATURE_ALGORITHMS`, `CURVES`,
 * `HASHES`) are the names of the OIDs they list.
 */

/** Object identifiers of keys, curves, signatures and CSR attributes. */
/** SM2 with SM3 (GB/T 32918): the signature of Chinese 国密 certificates and CSRs. */
export const SM2_WITH_SM3 = '1.2.156.10197.1.501';

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  dsa: '1.2.840.10040.4.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
  /** The Chinese SM2 curve (GB/T 32918), on `ecPublicKey`. */
  sm2: '1.2.156.10197.1.301',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  extensionRequest: '1.2.840.113549.1.9.14',
  challengePassword: '1.2.840.113549.1.9.7',
} as const;

/** PBES2 password-based encryption of private keys (RFC 8018), its PRFs and ciphers. */
export const PBES2 = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  hmacWithSHA1: '1.2.840.113549.2.7',
  hmacWithSHA256: '1.2.840.113549.2.9',
  hmacWithSHA384: '1.2.840.113549.2.10',
  hmacWithSHA512: '1.2.840.113549.2.11',
  aes128Cbc: '2.16.840.1.101.3.4.1.2',
  aes192Cbc: '2.16.840.1.101.3.4.1.22',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

/** RSASSA-PSS and its mask generation function (RFC 4055). */
export const PSS = {
  rsassaPss: '1.2.840.113549.1.1.10',
  mgf1: '1.2.840.113549.1.1.8',
} as const;

/** Signature algorithms by OID: display name, WebCrypto parameters when it can verify them. */
export const SIGNATURE_ALGORITHMS: Readonly<
  Record<string, { name: string; hash?: string; key?: 'RSA' | 'EC' | 'Ed25519' }>
> = {
  '1.2.840.113549.1.1.2': { name: 'RSA-MD2' },
  '1.2.840.113549.1.1.3': { name: 'RSA-MD4' },
  '1.2.840.113549.1.1.4': { name: 'RSA-MD5' },
  '1.2.840.113549.1.1.5': { name: 'RSA-SHA1', hash: 'SHA-1', key: 'RSA' },
  '1.2.840.113549.1.1.11': { name: 'RSA-SHA256', hash: 'SHA-256', key: 'RSA' },
  '1.2.840.113549.1.1.12': { name: 'RSA-SHA384', hash: 'SHA-384', key: 'RSA' },
  '1.2.840.113549.1.1.13': { name: 'RSA-SHA512', hash: 'SHA-512', key: 'RSA' },
  '1.2.840.113549.1.1.10': { name: 'RSA-PSS' },
  '1.2.840.10045.4.1': { name: 'ECDSA-SHA1', hash: 'SHA-1', key: 'EC' },
  '1.2.840.10045.4.3.2': { name: 'ECDSA-SHA256', hash: 'SHA-256', key: 'EC' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA-SHA384', hash: 'SHA-384', key: 'EC' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA-SHA512', hash: 'SHA-512', key: 'EC' },
  '1.2.840.10040.4.3': { name: 'DSA-SHA1' },
  '2.16.840.1.101.3.4.3.2': { name: 'DSA-SHA256' },
  '1.3.101.112': { name: 'Ed25519', key: 'Ed25519' },
  '2.16.840.1.101.3.4.3.17': { name: 'ML-DSA-44' },
  '2.16.840.1.101.3.4.3.18': { name: 'ML-DSA-65' },
  '2.16.840.1.101.3.4.3.19': { name: 'ML-DSA-87' },
  [SM2_WITH_SM3]: { name: 'SM2-SM3' }, // Chinese SM2 with SM3 (GB/T 32918): verified by certkit's own code (x509/sm2)
};

/** Named curves by OID. */
export const CURVES: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521'>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};

/**
 * Extended key usages (RFC 5280 §4.2.1.12) by OID, named as OpenSSL names them; documentSigning
 * (RFC 9336) and rcsMlsClient (GSMA RCS, Chromium's name) are newer than OpenSSL's table.
 */
export const EXTENDED_KEY_USAGES: Readonly<Record<string, string>> = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'OCSPSigning',
  '1.3.6.1.5.5.7.3.36': 'documentSigning',
  '2.23.146.2.1.3': 'rcsMlsClient',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
};

/** Authority information access methods (RFC 5280 §4.2.2.1) by OID. */
export const ACCESS_METHODS: Readonly<Record<string, 'caIssuers' | 'ocsp'>> = {
  '1.3.6.1.5.5.7.48.2': 'caIssuers',
  '1.3.6.1.5.5.7.48.1': 'ocsp',
};

/** Hash algorithms by OID (RFC 3279, RFC 5758), as WebCrypto names them. */
export const HASHES: Readonly<Record<string, 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512'>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** PKCS#7 content, PKCS#12 bags and attributes (RFC 7292). */
export const PKCS12 = {
  data: '1.2.840.113549.1.7.1',
  keyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  x509Certificate: '1.2.840.113549.1.9.22.1',
  friendlyName: '1.2.840.113549.1.9.20',
  localKeyId: '1.2.840.113549.1.9.21',
  encryptedData: '1.2.840.113549.1.7.6',
  pbeWithSHAAnd3KeyTripleDesCbc: '1.2.840.113549.1.12.1.3',
} as const;

/** Distinguished-name attribute types in the order OpenSSL writes them (short name, OID). */
export const NAME_ATTRIBUTES = [
  ['C', '2.5.4.6'],
  ['ST', '2.5.4.8'],
  ['L', '2.5.4.7'],
  ['O', '2.5.4.10'],
  ['OU', '2.5.4.11'],
  ['CN', '2.5.4.3'],
  ['emailAddress', '1.2.840.113549.1.9.1'],
] as const;

/** Other attribute types OpenSSL prints by a short name. */
export const OTHER_NAME_ATTRIBUTES: Readonly<Record<string, string>> = {
  '2.5.4.5': 'serialNumber',
  '2.5.4.9': 'street',
  '2.5.4.17': 'postalCode',
  '2.5.4.4': 'SN',
  '2.5.4.42': 'GN',
  '0.9.2342.19200300.100.1.25': 'DC',
  '0.9.2342.19200300.100.1.1': 'UID',
  '1.2.840.113549.1.9.2': 'unstructuredName',
};

/**
 * The OID a name table gives a name, for code that needs one OID of a table by its name.
 *
 * @example
 * oidOf(EXTENSION_NAMES, 'subjectAltName') // => '2.5.29.17'
 */
export function oidOf<Name extends string>(table: Readonly<Record<string, Name>>, name: Name): string {
  return Object.keys(table).find((oid) => table[oid] === name) as string;
}
