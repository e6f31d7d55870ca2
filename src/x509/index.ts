/**
 * `certkit/x509`: keys, CSRs, certificates and chains with native WebCrypto — generate, parse,
 * check, export and import keys and CSRs (CSR-01…06), read certificates (CHAIN-06), assemble and
 * validate chains (CHAIN-01…04) by RFC 5280 or the web PKI profile with CRLs the caller supplies,
 * build server bundles (CHAIN-05).
 *
 * @module certkit/x509
 */

export { createPkcs12, PKCS12_KEY_ITERATIONS, PKCS12_MAC_ITERATIONS, type Pkcs12Options } from './bundles/pkcs12.js';
export {
  createServerBundle,
  SERVERS,
  type Server,
  type ServerBundle,
  type ServerBundleOptions,
} from './bundles/server-bundle.js';
export { ariCertId } from './certificate/ari-cert-id.js';
export {
  type CertificateRole,
  checkIssuanceStandards,
  type IssuanceStandardsFields,
} from './certificate/issuance-standards.js';
export { keyMatchesCertificate, type PrivateKeyInput, publicKeyFingerprintOf } from './certificate/key-match.js';
export { type CertInfo, MAX_BUNDLE_CERTIFICATES, parseCertificate, parseCertificates } from './certificate/parse.js';
export {
  type AssembleChainOptions,
  type AssembledChain,
  type AssembleOptions,
  assembleChain,
} from './chain/assemble.js';
export {
  type CtCompliance,
  type CtLog,
  type CtLogList,
  type CtPolicyOptions,
  checkCtPolicy,
  type SctVerdict,
} from './chain/ct-policy.js';
export type { AlgorithmFloor, KeyPurpose, PathRules, ValidationProfile } from './chain/path-rules.js';
export { ANY_POLICY, type PolicyOptions } from './chain/policies.js';
export type { RevocationStatus } from './chain/revocation.js';
export {
  type ChainValidator,
  type ChainValidatorOptions,
  createChainValidator,
  DEFAULT_LINK_CACHE_SIZE,
} from './chain/validator.js';
export {
  CONVERT_TARGETS,
  type Converted,
  type ConvertOptions,
  type ConvertTarget,
  convert,
} from './convert/convert.js';
export { type CrlInfo, parseCrl } from './crl/parse.js';
export { type CheckCsrOptions, type CsrOrder, checkCsr } from './csr/check.js';
export { type CsrOptions, type GeneratedCsr, generateCsr, MAX_CSR_DOMAINS } from './csr/generate.js';
export { type CsrInfo, parseCsr } from './csr/parse.js';
export { MAX_PEM_LENGTH, type PemOrDer, readPem, writePem } from './der/pem.js';
export { exportPrivateKey } from './keys/export.js';
export { describeKey, generateKeyPair, type KeyDescription, type KeySpec } from './keys/generate.js';
export { importPrivateKey, keyPairFromPkcs8 } from './keys/import.js';
export { generatePassword } from './keys/password.js';
export { DEFAULT_PBKDF2_ITERATIONS } from './keys/pbes2.js';
export { describePublicKey, type PublicKeyInfo, publicKeyLabel } from './keys/public-key.js';
export type { TraditionalCipher } from './keys/traditional.js';
export type {
  WebCrypto,
  WebCryptoKey,
  WebCryptoKeyPair,
  WebCryptoKeyStandIn,
  WebCryptoStandIn,
} from './keys/web-crypto.js';
export {
  createJks,
  type JksContents,
  type JksOptions,
  type KeystoreCertificate,
  type KeystoreKey,
  type ParseJksOptions,
  parseJks,
} from './keystore/jks.js';
export { isCountryCode } from './names/country-codes.js';
export type { NameAttribute, SubjectInput } from './names/subject.js';
export {
  type ParsePkcs12Options,
  type Pkcs12Certificate,
  type Pkcs12Contents,
  type Pkcs12Key,
  parsePkcs12,
} from './pkcs12/read.js';
