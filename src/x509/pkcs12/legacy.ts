/** Loads MD5, Triple DES and RC2 (a chunk of their own in a bundle), when a legacy file needs them. */
export const loadLegacyCiphers = () => import('./legacy-ciphers.js');
