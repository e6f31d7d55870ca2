import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import { createCoverageIndex, isPublicSuffix, matchesHostname } from '../src/domain/index.js';
import { benchHostnames } from './hostnames.js';
import type { BenchCase } from './types.js';

/** Results are counted into this, so no engine can skip the work as unused. */
export let matchSink = 0;

/** Matching benchmarks (issue 3): matchesHostname ≥ 20× Node's tls.checkServerIdentity on the same 1000 pairs. */
export function matchBenchmarks(): BenchCase[] {
  const hosts = benchHostnames(1000);
  // Half the pairs match (exact or wildcard one level up), half do not.
  const pairs = hosts.map((host, i) => {
    const parent = host.slice(host.indexOf('.') + 1);
    const certName = i % 4 === 0 ? host : i % 4 === 1 ? `*.${parent}` : i % 4 === 2 ? `*.${host}` : `other.${parent}`;
    const cert = { subject: {}, subjectaltname: `DNS:${certName}` } as unknown as PeerCertificate;
    return { certName, host, cert };
  });

  return [
    {
      id: 'tls.checkServerIdentity',
      run: () => {
        for (const pair of pairs) matchSink += checkServerIdentity(pair.host, pair.cert) === undefined ? 1 : 0;
      },
    },
    {
      id: 'matchesHostname',
      baseline: 'tls.checkServerIdentity',
      target: 20,
      run: () => {
        for (const pair of pairs) matchSink += matchesHostname(pair.certName, pair.host) ? 1 : 0;
      },
    },
  ];
}

/** Coverage index vs a linear scan over the same 100,000 certificates, one host per operation. */
export function coverageBenchmarks(): BenchCase[] {
  const certificates = Array.from({ length: 100_000 }, (_, i) => ({
    id: i,
    names: [`site${i}.example.com`, i % 2 === 0 ? `*.site${i}.example.com` : `www.site${i}.example.com`],
  }));
  const index = createCoverageIndex(certificates);
  const asked = ['www.site73901.example.com'];
  const strict = { publicSuffixWildcards: false, isPublicSuffix } as const;

  return [
    {
      id: 'linear scan, 100k certificates',
      run: () => {
        for (const host of asked) {
          for (const certificate of certificates) {
            if (certificate.names.some((name) => matchesHostname(name, host, strict))) matchSink += 1;
          }
        }
      },
    },
    {
      id: 'coverage index lookup, 100k certificates',
      baseline: 'linear scan, 100k certificates',
      target: 1000,
      run: () => {
        for (const host of asked) matchSink += index.lookup(host).length;
      },
    },
  ];
}
