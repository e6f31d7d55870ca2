import { checkServerIdentity, type PeerCertificate } from 'node:tls';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesHostname } from '../../src/domain/index.js';

/** Node's verdict for one SAN entry; `undefined` from checkServerIdentity means "matches". */
function nodeMatches(san: string, host: string): boolean {
  const cert = { subject: {}, subjectaltname: san } as unknown as PeerCertificate;
  return checkServerIdentity(host, cert) === undefined;
}

// Names both implementations accept: LDH labels, full-label wildcards, IP literals. Node also
// matches partial wildcards (`w*.example.com`) and `_`, which RFC 9525 and MATCH-03 refuse, so
// those are compared in the table below instead.
const label = fc.constantFrom('www', 'api', 'a', 'b-c', 'xn--bcher-kva', '0', 'shop1');
const tld = fc.constantFrom('com', 'cn', 'uk', 'io');
const name = fc
  .tuple(fc.array(label, { minLength: 0, maxLength: 3 }), fc.constantFrom('example', 'tencent'), tld)
  .map(([labels, site, top]) => [...labels, site, top].join('.'));
const caseVariant = (text: string, upper: boolean, dot: boolean) =>
  `${upper ? text.toUpperCase() : text}${dot ? '.' : ''}`;

describe('matchesHostname agrees with Node tls.checkServerIdentity', () => {
  it('on random DNS names and wildcards both support', () => {
    fc.assert(
      fc.property(name, name, fc.boolean(), fc.boolean(), fc.boolean(), (certBase, host, wildcard, upper, dot) => {
        const certName = wildcard ? `*.${certBase}` : certBase;
        const asked = caseVariant(host, upper, dot);
        expect(matchesHostname(certName, asked), `${certName} vs ${asked}`).toBe(nodeMatches(`DNS:${certName}`, asked));
      }),
      { numRuns: 3000 },
    );
  });

  it('on IP addresses in any text form', () => {
    fc.assert(
      fc.property(fc.oneof(fc.ipV4(), fc.ipV6()), fc.oneof(fc.ipV4(), fc.ipV6()), fc.boolean(), (a, b, same) => {
        const host = same ? a : b;
        expect(matchesHostname(a, host)).toBe(nodeMatches(`IP Address:${a}`, host));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['*.example.com', 'www.example.com'],
    ['*.example.com', 'example.com'],
    ['*.example.com', 'a.b.example.com'],
    ['*.com', 'example.com'],
    ['xn--*.example.com', 'xn--bcher-kva.example.com'],
    ['*.*.example.com', 'a.b.example.com'],
    ['2001:db8::1', '2001:0db8:0:0:0:0:0:1'],
  ])('fixed pair %s / %s', (certName, host) => {
    const san = /^[0-9a-f:.]+$/.test(certName) ? `IP Address:${certName}` : `DNS:${certName}`;
    expect(matchesHostname(certName, host)).toBe(nodeMatches(san, host));
  });

  it.each([
    ['w*.example.com', 'www.example.com'],
    ['a_b.example.com', 'a_b.example.com'],
  ])('deliberately differs where RFC 9525 / MATCH-03 refuse what Node accepts: %s / %s', (certName, host) => {
    expect(nodeMatches(`DNS:${certName}`, host)).toBe(true);
    expect(matchesHostname(certName, host)).toBe(false);
  });
});
