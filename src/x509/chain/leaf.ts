import type { Certificate } from '../certificate/parse.js';
import { createBytesMap } from '../der/bytes.js';
import { couldIssue } from './build.js';

/** The input without repeated certificates (the same bytes); each repeat is reported. */
export function dropDuplicates(
  certificates: readonly Certificate[],
  report: (duplicate: Certificate) => void,
): Certificate[] {
  const seen = createBytesMap<true>();
  return certificates.filter((certificate) => {
    const { der } = certificate.decoded;
    if (seen.get(der)) {
      report(certificate);
      return false;
    }
    seen.set(der, true);
    return true;
  });
}

/** The certificate matching the key; else one that issues nothing else here: non-CA, covering the host, first. */
export function pickLeaf(
  certificates: readonly Certificate[],
  keyFingerprint: string | undefined,
  hostname: string | undefined,
): Certificate {
  const byKey =
    keyFingerprint === undefined
      ? undefined
      : certificates.find((certificate) => certificate.info.publicKeyFingerprint === keyFingerprint);
  if (byKey !== undefined) return byKey;
  const issuesNothing = certificates.filter(
    (certificate) =>
      !certificates.some((other) => other !== certificate && !other.selfSigned && couldIssue(certificate, other)),
  );
  const candidates = issuesNothing.length > 0 ? issuesNothing : certificates;
  const score = (certificate: Certificate) =>
    (certificate.decoded.decoded.basicConstraints?.ca === true ? 0 : 2) +
    (hostname !== undefined && [...certificate.info.domains, ...certificate.info.ips].includes(hostname.toLowerCase())
      ? 1
      : 0);
  return candidates.reduce((best, certificate) => (score(certificate) > score(best) ? certificate : best));
}
