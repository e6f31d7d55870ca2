import { arrayArgument, invalidArgument, objectArgument } from '../../core/argument.js';
import { CertkitError } from '../../core/error.js';
import { createIssue, describeReceived } from '../../core/issue.js';
import { type PrivateKeyInput, publicKeyFingerprintOf } from '../certificate/key-match.js';
import { type CertInfo, readCertificate } from '../certificate/parse.js';
import { readPemBlocks, writePem } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import { exportPrivateKey } from '../keys/export.js';
import { importPrivateKey } from '../keys/import.js';
import { generatePassword } from '../keys/password.js';
import { createSignatureVerifier } from '../keys/verifier.js';
import type { WebCrypto, WebCryptoKey, WebCryptoKeyPair } from '../keys/web-crypto.js';
import { createJks } from '../keystore/jks.js';
import { createPkcs12 } from './pkcs12.js';

/** The web servers certkit builds bundles for (CHAIN-05). */
export const SERVERS = /* @__PURE__ */ Object.freeze(['nginx', 'apache', 'iis', 'tomcat'] as const);
/** The web servers `createServerBundle` writes files for (CHAIN-05). */
export type Server = (typeof SERVERS)[number];

/** Options of {@link createServerBundle}. */
export interface ServerBundleOptions {
  /** Leaf first, then intermediates: `assembleChain(…).chain`, a `fullchainPem`, or PEM/DER certificates. */
  readonly chain: string | readonly (CertInfo | string | Uint8Array)[];
  readonly privateKey: PrivateKeyInput;
  /** Password of an encrypted PEM key given as `privateKey`. */
  readonly keyPassword?: string;
  /** The PFX password (IIS, Tomcat); a generated one when absent (CSR-06). */
  readonly password?: string;
  /** File name stem; default the leaf's common name with `*` as `_`. */
  readonly name?: string;
  /** IIS on Windows Server 2016 and older: the legacy PFX (Triple DES, SHA-1 MAC; `createPkcs12`'s `legacy`). */
  readonly legacyPfx?: boolean;
  /** Tomcat's keystore: `pkcs12` (the default, `<name>.pfx`) or `jks` (`<name>.jks`, `certificateKeystoreType="JKS"`). */
  readonly tomcatKeystore?: 'pkcs12' | 'jks';
  readonly crypto?: WebCrypto;
}

/** What to put on the server: file name → text or bytes. */
export interface ServerBundle {
  readonly files: Readonly<Record<string, string | Uint8Array>>;
  /** The PFX password used (IIS, Tomcat), also in `keystorePass.txt`. */
  readonly password?: string;
}

/**
 * The files a web server needs (CHAIN-05):
 *
 * - `nginx`: `<name>_bundle.crt` (leaf + intermediates, CHAIN-01) and `<name>.key`;
 * - `apache`: `<name>.crt`, `<name>_chain.crt` and `<name>.key`;
 * - `iis`: `<name>.pfx` (PKCS#12, see `createPkcs12`) and `keystorePass.txt`;
 * - `tomcat`: `<name>.pfx` (a PKCS#12 keystore: `certificateKeystoreType="PKCS12"`), or with
 *   `tomcatKeystore: 'jks'` `<name>.jks` (`certificateKeystoreType="JKS"`), and `keystorePass.txt`.
 *
 * Keys are written as unencrypted PKCS#8 for Nginx and Apache (they read them at start-up).
 * Throws `CertkitError`: `x509.bundle.server`, `x509.bundle.chain`, `x509.chain.key-mismatch`
 * (CHAIN-04: the key must belong to the leaf).
 *
 * @example
 * const { files } = await createServerBundle('nginx', { chain: result.chain, privateKey: keyPem });
 * Object.keys(files) // => ['www.example.com_bundle.crt', 'www.example.com.key']
 */
export async function createServerBundle(server: Server, options: ServerBundleOptions): Promise<ServerBundle> {
  if (!SERVERS.includes(server))
    throw new CertkitError(
      createIssue('x509.bundle.server', null, { server: describeReceived(server), servers: [...SERVERS] }),
    );
  const crypto = resolveCrypto(objectArgument<ServerBundleOptions>(options, 'options').crypto);
  const certificates = readChain(options.chain);
  const leaf = certificates[0];
  if (leaf === undefined) throw new CertkitError(createIssue('x509.bundle.chain', 'CHAIN-05'));
  const keys =
    typeof options.privateKey === 'string'
      ? await importPrivateKey(options.privateKey, {
          crypto,
          ...(options.keyPassword === undefined ? {} : { password: options.keyPassword }),
        })
      : objectArgument<WebCryptoKeyPair | WebCryptoKey>(options.privateKey, 'options.privateKey');
  const privateKey = 'privateKey' in keys ? keys.privateKey : keys;
  const { info } = await readCertificate(leaf, createSignatureVerifier(crypto));
  if ((await publicKeyFingerprintOf(keys, { crypto })) !== info.publicKeyFingerprint)
    throw new CertkitError(createIssue('x509.chain.key-mismatch', 'CHAIN-04', { certificate: info.subjectText }));
  const name = safeName(options.name ?? info.commonName ?? info.domains[0] ?? 'certificate');
  const pem = (list: readonly Uint8Array[]) => list.map((der) => writePem(der, 'CERTIFICATE')).join('');
  if (server === 'nginx' || server === 'apache') {
    const key = await exportPrivateKey(privateKey, { crypto });
    return server === 'nginx'
      ? { files: { [`${name}_bundle.crt`]: pem(certificates), [`${name}.key`]: key } }
      : {
          files: {
            [`${name}.crt`]: pem([leaf]),
            [`${name}_chain.crt`]: pem(certificates.slice(1)),
            [`${name}.key`]: key,
          },
        };
  }
  const password = options.password ?? generatePassword(20, { crypto });
  if (server === 'tomcat' && options.tomcatKeystore === 'jks') {
    const jks = await createJks({ certificates, privateKey, password, alias: name, crypto });
    return { files: { [`${name}.jks`]: jks, 'keystorePass.txt': `${password}\n` }, password };
  }
  if (options.tomcatKeystore !== undefined && options.tomcatKeystore !== 'pkcs12' && options.tomcatKeystore !== 'jks')
    throw invalidArgument('options.tomcatKeystore', "'pkcs12' or 'jks'", options.tomcatKeystore);
  const legacy = options.legacyPfx === true;
  const pfx = await createPkcs12({ certificates, privateKey, password, friendlyName: name, crypto, legacy });
  return { files: { [`${name}.pfx`]: pfx, 'keystorePass.txt': `${password}\n` }, password };
}

function readChain(chain: ServerBundleOptions['chain']): Uint8Array[] {
  const items = typeof chain === 'string' ? [chain] : arrayArgument(chain, 'options.chain');
  return items.flatMap((item, index) => {
    const source =
      typeof item === 'string' || item instanceof Uint8Array
        ? item
        : objectArgument<CertInfo>(item, `options.chain[${index}]`).pem;
    return readPemBlocks(source, ['CERTIFICATE']).map((block) => block.der);
  });
}

/** A file-name-safe stem: `*.example.com` → `_.example.com`. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 100) || 'certificate';
}
