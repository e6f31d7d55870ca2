/** Object identifiers used by certificates, CSRs and keys. */
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  ecPublicKey: '1.2.840.10045.2.1',
  ed25519: '1.3.101.112',
  dsa: '1.2.840.10040.4.1',
  p256: '1.2.840.10045.3.1.7',
  p384: '1.3.132.0.34',
  p521: '1.3.132.0.35',
  sha256WithRSA: '1.2.840.113549.1.1.11',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  ecdsaWithSHA384: '1.2.840.10045.4.3.3',
  extensionRequest: '1.2.840.113549.1.9.14',
  challengePassword: '1.2.840.113549.1.9.7',
  subjectAltName: '2.5.29.17',
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
};

/** Named curves by OID. */
export const CURVES: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521'>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};
