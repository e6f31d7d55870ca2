import { invalidArgument, objectArgument, optionsArgument } from '../../core/argument.js';
import { createIssue, type Issue } from '../../core/issue.js';
import { type Checked, checked } from '../../core/result.js';
import { type LimitsOption, limitsOf } from '../../policy/limits.js';
import { type CertInfo, parseCertificate } from '../certificate/parse.js';
import { bufferSource, toHex } from '../der/encoding.js';
import { type PemOrDer, readPemBlocks } from '../der/pem.js';
import { resolveCrypto } from '../keys/crypto.js';
import type { WebCrypto } from '../keys/web-crypto.js';
import { isSm2KeyPair, type Sm2KeyPair } from './key-pair.js';
import { importSm2PrivateKey } from './keys.js';

/** One half of an SM2 upload: a certificate (PEM with its chain, DER, or parsed) and its key. */
export interface Sm2UploadPart {
  readonly certificate: PemOrDer | CertInfo;
  /** The key: a pair, or PEM in any format `importSm2PrivateKey` reads. */
  readonly privateKey?: Sm2KeyPair | string;
}

/**
 * What a user uploads for an SM2 (国密) certificate (CHAIN-04): the signing certificate and key,
 * and the encryption certificate with its own key — or with none, when one key serves both, as
 * DNSPod issues its SM2 certificates.
 */
export interface Sm2Upload {
  readonly signing: Sm2UploadPart & { readonly privateKey: Sm2KeyPair | string };
  readonly encryption: Sm2UploadPart;
}

type Role = 'signing' | 'encryption';

/** keyUsage bits each role needs (GM/T 0015: signing certificates sign, encryption ones encipher or agree). */
const ROLE_USAGES: Readonly<Record<Role, readonly string[]>> = {
  signing: ['digitalSignature', 'nonRepudiation'],
  encryption: ['keyEncipherment', 'dataEncipherment', 'keyAgreement'],
};

/**
 * CHAIN-04 for an SM2 upload: both certificates are SM2 ones; each key belongs to its
 * certificate (the signing key to both when the encryption half has no key of its own); each
 * certificate's keyUsage fits its role (a swapped pair is named as such); both certificates
 * cover the same names. Every problem is an issue with the role it concerns; keys are imported
 * with `password` where encrypted (a wrong one throws `x509.key.password`).
 *
 * @example
 * const result = await checkSm2Upload({
 *   signing: { certificate: signPem, privateKey: signKeyPem },
 *   encryption: { certificate: encPem, privateKey: encKeyPem },
 * });
 * result.ok // => true
 */
export async function checkSm2Upload(
  upload: Sm2Upload,
  options: { readonly password?: string; readonly crypto?: WebCrypto } & LimitsOption = {},
): Promise<Checked> {
  optionsArgument(options);
  const crypto = resolveCrypto(options.crypto);
  objectArgument(upload, 'upload');
  const parts: Record<Role, Sm2UploadPart> = {
    signing: objectArgument<Sm2UploadPart>(upload.signing, 'upload.signing'),
    encryption: objectArgument<Sm2UploadPart>(upload.encryption, 'upload.encryption'),
  };
  const certificates = {
    signing: await certificateOf(parts.signing.certificate, 'upload.signing.certificate', options),
    encryption: await certificateOf(parts.encryption.certificate, 'upload.encryption.certificate', options),
  };
  const signingKey = await fingerprintOf(parts.signing.privateKey, 'upload.signing.privateKey', crypto, options);
  const keys: Record<Role, string> = {
    signing: signingKey,
    encryption:
      parts.encryption.privateKey === undefined
        ? signingKey
        : await fingerprintOf(parts.encryption.privateKey, 'upload.encryption.privateKey', crypto, options),
  };
  const issues: Issue[] = [];
  for (const role of ['signing', 'encryption'] as const) {
    const certificate = certificates[role];
    if (certificate.key.type !== 'EC' || certificate.key.curve !== 'SM2') {
      issues.push(createIssue('x509.sm2.not-sm2', 'CHAIN-04', { role, certificate: certificate.subjectText }));
      continue;
    }
    if (keys[role] === certificate.publicKeyFingerprint) continue;
    const subject = certificate.subjectText;
    issues.push(
      role === 'signing'
        ? createIssue('x509.sm2.signing-key-mismatch', 'CHAIN-04', { certificate: subject })
        : createIssue('x509.sm2.encryption-key-mismatch', 'CHAIN-04', {
            certificate: subject,
            sharedKey: parts.encryption.privateKey === undefined,
          }),
    );
  }
  issues.push(...usageIssues(certificates), ...nameIssues(certificates));
  return checked(issues, {});
}

async function certificateOf(certificate: unknown, path: string, options: LimitsOption): Promise<CertInfo> {
  const given = certificate as Partial<CertInfo> | null;
  if (typeof given?.publicKeyFingerprint === 'string' && typeof given.subjectText === 'string')
    return given as CertInfo;
  if (typeof certificate !== 'string' && !(certificate instanceof Uint8Array) && !(certificate instanceof ArrayBuffer))
    throw invalidArgument(path, 'a certificate: PEM, DER or parseCertificate’s result', certificate);
  // a PEM bundle: its first certificate is the one the key belongs to (CHAIN-04 puts the leaf first)
  const [first] = readPemBlocks(certificate, ['CERTIFICATE'], limitsOf(options.policy).maxInputLength);
  return parseCertificate((first as { der: Uint8Array }).der, options);
}

async function fingerprintOf(
  key: Sm2KeyPair | string | undefined,
  path: string,
  crypto: WebCrypto,
  options: { readonly password?: string } & LimitsOption,
): Promise<string> {
  const pair = isSm2KeyPair(key) ? key : await importSm2PrivateKey(stringKey(key, path), { ...options, crypto });
  return toHex(await crypto.subtle.digest('SHA-256', bufferSource(pair.publicKey.spki)));
}

function stringKey(key: unknown, path: string): string {
  if (typeof key === 'string') return key;
  throw invalidArgument(path, 'an SM2 key pair or its PEM', key);
}

/** Each certificate's keyUsage (when it has one) allows its role; a pair whose roles are crossed is named swapped. */
function usageIssues(certificates: Record<Role, CertInfo>): Issue[] {
  const fits = (role: Role, as: Role) => {
    const usage = certificates[role].keyUsage;
    return usage === null || usage.some((bit) => ROLE_USAGES[as].includes(bit));
  };
  if (
    !fits('signing', 'signing') &&
    !fits('encryption', 'encryption') &&
    fits('signing', 'encryption') &&
    fits('encryption', 'signing')
  )
    return [createIssue('x509.sm2.swapped', 'CHAIN-04')];
  return (['signing', 'encryption'] as const)
    .filter((role) => !fits(role, role))
    .map((role) =>
      createIssue('x509.sm2.usage', 'CHAIN-04', {
        role,
        certificate: certificates[role].subjectText,
        keyUsage: (certificates[role].keyUsage ?? []).join(', '),
      }),
    );
}

/** Both certificates are for the same names (the server presents them together). */
function nameIssues(certificates: Record<Role, CertInfo>): Issue[] {
  const names = (info: CertInfo) => [...new Set([...info.domains, ...info.ips])].sort().join(', ');
  const [signing, encryption] = [names(certificates.signing), names(certificates.encryption)];
  return signing === encryption ? [] : [createIssue('x509.sm2.names-differ', 'CHAIN-04', { signing, encryption })];
}
