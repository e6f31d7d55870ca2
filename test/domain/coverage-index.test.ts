import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError, isCertkitError } from '../../src/core/index.js';
import { createCoverageIndex, isPublicSuffix, matchesHostname } from '../../src/domain/index.js';
import { lazy } from '../lazy.js';

const strict = { publicSuffixWildcards: false, isPublicSuffix } as const;

describe('createCoverageIndex', () => {
  const fixture = lazy(() =>
    createCoverageIndex([
      { id: 'a', names: ['tencent.com', '*.tencent.com'] },
      { id: 'b', names: ['www.tencent.com', 'WWW.Tencent.COM.'] },
      { id: 'c', names: ['*.cloud.tencent.com', '192.0.2.1', '2001:db8::1'] },
      { id: 'd', names: ['*.com.cn', 'w*.tencent.com', 'a_b.tencent.com', '*.com'] },
    ]),
  );

  it('MATCH-01/02: finds exact and same-level wildcard covers, in input order, each id once', () => {
    expect(fixture().lookup('www.tencent.com')).toEqual(['a', 'b']);
    expect(fixture().lookup('WWW.TENCENT.COM.')).toEqual(['a', 'b']);
    expect(fixture().lookup('tencent.com')).toEqual(['a']);
    expect(fixture().lookup('x.cloud.tencent.com')).toEqual(['c']);
    expect(fixture().lookup('a.b.tencent.com')).toEqual([]);
    expect(fixture().lookup('cloud.tencent.com')).toEqual(['a']);
  });

  it('MATCH-04: IPs by binary equality only', () => {
    expect(fixture().lookup('2001:0db8:0:0:0:0:0:1')).toEqual(['c']);
    expect(fixture().lookup('192.0.2.1')).toEqual(['c']);
    expect(fixture().lookup('192.0.2.01')).toEqual([]);
  });

  it('TYPE-07: ignores names that can never cover anything, and says which', () => {
    expect(fixture().lookup('example.com.cn')).toEqual([]);
    expect(fixture().ignored).toEqual([
      { id: 'd', name: '*.com.cn' },
      { id: 'd', name: 'w*.tencent.com' },
      { id: 'd', name: 'a_b.tencent.com' },
      { id: 'd', name: '*.com' },
    ]);
    expect(fixture().size).toBe(7);
  });

  it('handles Unicode hosts and bad hosts', () => {
    const idn = createCoverageIndex([{ id: 1, names: ['*.xn--85x722f.xn--55qx5d.cn'] }]);
    expect(idn.lookup('www.食狮.公司.cn')).toEqual([1]);
    expect(idn.lookup('')).toEqual([]);
    expect(idn.lookup(42 as never)).toEqual([]);
  });

  it('refuses a non-array, an entry that is not an object and names that are not a list, naming the path', () => {
    expect(() => createCoverageIndex('nope' as never)).toThrow(CertkitError);
    const pathOf = (entries: unknown) => {
      try {
        createCoverageIndex(entries as never);
        return 'returned';
      } catch (error) {
        return isCertkitError(error, 'argument.invalid') ? error.params.path : String(error);
      }
    };
    expect(pathOf([{ id: 'x', names: null }])).toBe('entries[0].names');
    expect(pathOf([{ id: 'a', names: [] }, null])).toBe('entries[1]');
    expect(createCoverageIndex([{ id: 'x', names: [] }]).lookup('a.com')).toEqual([]);
  });

  it('does not change its input', () => {
    const entries = [{ id: 'a', names: ['B.example.com'] }];
    const snapshot = JSON.stringify(entries);
    createCoverageIndex(entries).lookup('b.example.com');
    expect(JSON.stringify(entries)).toBe(snapshot);
  });

  it('property: lookup equals a linear scan with matchesHostname', () => {
    const label = fc.constantFrom('www', 'api', 'a', 'b', 'shop', 'xn--bcher-kva');
    const site = fc.constantFrom('example.com', 'tencent.com', 'example.com.cn', 'co.uk', 'com.cn');
    const host = fc.tuple(fc.array(label, { maxLength: 2 }), site).map(([labels, base]) => [...labels, base].join('.'));
    const certName = fc.oneof(
      host,
      host.map((name) => `*.${name}`),
      fc.constantFrom('192.0.2.1', '2001:db8::1', 'w*.example.com', 'a_b.example.com', '*.com'),
    );
    const entries = fc.array(fc.record({ id: fc.nat(), names: fc.array(certName, { maxLength: 4 }) }), {
      maxLength: 30,
    });
    const hosts = fc.array(
      fc.oneof(
        host,
        host.map((name) => name.toUpperCase()),
        fc.constantFrom('192.0.2.1', '2001:0db8::0:1'),
      ),
      {
        minLength: 1,
        maxLength: 10,
      },
    );
    fc.assert(
      fc.property(entries, hosts, (list, asked) => {
        const built = createCoverageIndex(list);
        for (const h of asked) {
          const linear = list
            .filter((entry) => entry.names.some((n) => matchesHostname(n, h, strict)))
            .map((entry) => entry.id);
          expect(built.lookup(h)).toEqual(linear);
        }
      }),
      { numRuns: 300 },
    );
  });
});
