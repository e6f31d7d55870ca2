/**
 * `certkit/x509`: keys and CSRs with native WebCrypto and the `@peculiar/asn1-*` schemas —
 * generate, parse, check, export and import (CSR-01…06, CHAIN-04).
 */

export { isCountryCode } from './country-codes.js';
export { type CheckCsrOptions, type CsrOrder, checkCsr } from './csr-check.js';
export { type CsrOptions, type GeneratedCsr, generateCsr, MAX_CSR_DOMAINS } from './csr-generate.js';
export { type CsrInfo, describePublicKey, type PublicKeyInfo, parseCsr } from './csr-parse.js';
export {
  DEFAULT_PBKDF2_ITERATIONS,
  describeKey,
  exportPrivateKey,
  generateKeyPair,
  generatePassword,
  importPrivateKey,
  type KeyDescription,
  type KeySpec,
  keyPairFromPkcs8,
} from './keys.js';
export type { NameAttribute, SubjectInput } from './name.js';
export { MAX_PEM_LENGTH, type PemOrDer, readPem, writePem } from './pem.js';
