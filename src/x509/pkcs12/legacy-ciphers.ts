/**
 * The legacy ciphers old files use — MD5 (OpenSSL's traditional PEM key derivation), Triple DES
 * and RC2 (legacy PKCS#12 and PEM) — behind one dynamic import ({@link loadLegacyCiphers}), so
 * a page that imports keys or PFX files loads them only when such a file turns up.
 */
export { md5 } from '../hash/md5.js';
export { tripleDesCbc } from './des.js';
export { rc2CbcDecrypt } from './rc2.js';
