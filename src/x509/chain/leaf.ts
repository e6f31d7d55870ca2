import type { Certificate } from '../certificate/parse.js';
import { couldIssue } from './build.js';

/** The input without repeated certificates (same SHA-256 fingerprint); each repeat is reported. */
export function dropDuplicates(
  certificates: readonly Certificate[],
  report: (duplicate: Certificate) => void,
): Certificate[] {
  const seen = new Set<string>();
  return certificates.filter((certificate) => {
    const fingerprint = certificate.info.fingerprints.sha256;
    if (seen.has(fingerprint)) {
      report(certificate);
      return false;
    }
    seen.add(fingerprint);
    return true;
  });
}

/** The certificate matching the key; else one that issues nothing else here: non-CA, covering the host, first. */
export function pickLeaf(
  certificates: readonly Certificate[],
  keyFingerprint: string | undefined,
  hostname: string | undefined,
): Certificate {
  const byKey = certificates.find((certificate) => certificate.info.publicKeyFingerprint === keyFingerprint);
  if (byKey !== undefined) return byKey;
  const issuesNothing = certificates.filter(
    (certificate) =>
      !certificates.some((other) => other !== certificate && !other.info.selfSigned && couldIssue(certificate, other)),
  );
  const candidates = issuesNothing.length > 0 ? issuesNothing : certificates;
  const score = (certificate: Certificate) =>
    (certificate.info.isCA ? 0 : 2) +
    (hostname !== undefined && [...certificate.info.domains, ...certificate.info.ips].includes(hostname.toLowerCase())
      ? 1
      : 0);
  return candidates.reduce((best, certificate) => (score(certificate) > score(best) ? certificate : best));
}
