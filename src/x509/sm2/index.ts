/**
 * `certkit/x509/sm2`: Chinese SM2 (国密, GB/T 32918 with SM3, GB/T 32905) keys and CSRs — generate
 * an SM2 key and a CSR signed with SM2-with-SM3 (in a browser the key stays in the page), import
 * and export SM2 keys in every PEM format, check an SM2 upload (CHAIN-04: signing certificate and
 * key, encryption certificate and key, or one key for both). Reading and verifying SM2
 * certificates and CSRs needs nothing from here: `parseCertificate`, `parseCsr` and the chain
 * validator do it, and load the SM2 code only when they meet an SM2 signature. The curve
 * arithmetic is @noble/curves'; this entry is the only one that imports it.
 *
 * @module certkit/x509/sm2
 */

export { type GeneratedSm2Csr, generateSm2Csr, type Sm2CsrOptions } from './csr.js';
export { SM2_DEFAULT_DISTINGUISHING_ID } from './id.js';
export type { Sm2KeyPair, Sm2PrivateKey, Sm2PublicKey } from './key-pair.js';
export { exportSm2PrivateKey, generateSm2KeyPair, importSm2PrivateKey } from './keys.js';
export { checkSm2Upload, type Sm2Upload, type Sm2UploadPart } from './upload.js';
