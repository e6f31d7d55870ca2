import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError, issueCodes } from '../../src/core/index.js';
import { domainToUnicode, inspectDomain, normalizeDomain } from '../../src/domain/index.js';

/** The code normalizeDomain throws for `input`, checking the issue names the registry's rule. */
function refusal(input: unknown, options = {}): string {
  try {
    normalizeDomain(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(CertkitError);
    const issue = (error as CertkitError).issues[0];
    expect(issue?.rule).toBe(issueCodes[(error as CertkitError).code]);
    return (error as CertkitError).code;
  }
  return 'accepted';
}

const LDH_OUTPUT = /^(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

describe('normalizeDomain — DOM-07 normalisation', () => {
  it.each([
    ['WWW.Example.COM', 'www.example.com'],
    ['example.com.', 'example.com'],
    ['Bücher.example', 'xn--bcher-kva.example'],
    ['食狮.公司.cn', 'xn--85x722f.xn--55qx5d.cn'],
    ['www.食狮.中国', 'www.xn--85x722f.xn--fiqs8s'],
    ['XN--85X722F.com.cn', 'xn--85x722f.com.cn'],
    ['faß.de', 'xn--fa-hia.de'],
    ['ＥＸＡＭＰＬＥ．ｃｏｍ', 'example.com'],
    ['a。b。com', 'a.b.com'],
    ['💩.la', 'xn--ls8h.la'],
    ['*.Example.com', '*.example.com'],
    ['*.bücher.de', '*.xn--bcher-kva.de'],
    ['*.example.com.', '*.example.com'],
    ['a-b.c-d.com', 'a-b.c-d.com'],
    ['123.example.com', '123.example.com'],
    [`${'a'.repeat(63)}.com`, `${'a'.repeat(63)}.com`],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDomain(input)).toBe(expected);
  });

  it('accepts single-label names only when asked', () => {
    expect(refusal('localhost')).toBe('domain.single-label');
    expect(normalizeDomain('LocalHost', { allowSingleLabel: true })).toBe('localhost');
  });

  it('refuses wildcards when they are not allowed', () => {
    expect(refusal('*.example.com', { allowWildcard: false })).toBe('domain.wildcard.not-allowed');
  });

  it('round-trips to Unicode for display', () => {
    expect(domainToUnicode('xn--85x722f.xn--55qx5d.cn')).toBe('食狮.公司.cn');
    expect(domainToUnicode('*.XN--BCHER-KVA.de')).toBe('*.bücher.de');
    expect(() => domainToUnicode('xn--a.com')).toThrow(CertkitError);
  });
});

describe('normalizeDomain — refusals in a fixed order, each with its code', () => {
  it.each([
    // DOM-01: format
    [42, 'domain.type'],
    [null, 'domain.type'],
    [{ toString: () => 'example.com' }, 'domain.type'],
    ['', 'domain.empty'],
    ['a_b.example.com', 'domain.character.invalid'],
    ['exa mple.com', 'domain.character.invalid'],
    ['example.com/path', 'domain.character.invalid'],
    ['user@example.com', 'domain.character.invalid'],
    ['ex%41mple.com', 'domain.character.invalid'],
    ['example.com:443', 'domain.character.invalid'],
    ['[::1]', 'domain.character.invalid'],
    ['exa\u0000mple.com', 'domain.character.invalid'],
    ['ab--c.example.com', 'domain.label.hyphen-reserved'],
    ['a.b.c.123', 'domain.tld.numeric'],
    ['example', 'domain.single-label'],
    // DOM-02: DNS lengths and hyphens
    ['a..b.com', 'domain.label.empty'],
    ['.example.com', 'domain.label.empty'],
    ['example.com..', 'domain.label.empty'],
    ['.', 'domain.label.empty'],
    [`${'a'.repeat(64)}.com`, 'domain.label.too-long'],
    ['-shop.example.com', 'domain.label.hyphen-edge'],
    ['shop-.example.com', 'domain.label.hyphen-edge'],
    [`${'abcdefghi.'.repeat(26)}com`, 'domain.too-long'],
    ['a'.repeat(1025), 'domain.input-too-long'],
    // DOM-07: IDN
    ['xn--a.com', 'domain.idn.punycode'],
    ['xn--abc-.com', 'domain.label.hyphen-edge'], // decodes to plain ASCII, but the hyphen is caught first
    ['xn--7ba.com', 'domain.idn.punycode'], // decodes to upper-case 'Ä', which UTS #46 maps away
    ['xn--a/b-dma.com', 'domain.character.invalid'],
    ['xn--99999999999.com', 'domain.idn.punycode'],
    ['ab\uD800.com', 'domain.unicode.malformed'],
    ['a\u200db.com', 'domain.idn.invalid'],
    ['＿.example.com', 'domain.character.invalid'],
    // DOM-08: IP literals are never domain names
    ['192.0.2.1', 'domain.ip-address'],
    ['2001:db8::1', 'domain.ip-address'],
    ['１２７.０.０.１', 'domain.ip-address'],
    // TYPE-03: wildcard syntax
    ['a*.example.com', 'domain.wildcard.partial'],
    ['*x.example.com', 'domain.wildcard.partial'],
    ['*.*.example.com', 'domain.wildcard.multiple'],
    ['www.*.example.com', 'domain.wildcard.position'],
    ['*', 'domain.wildcard.position'],
    ['*.', 'domain.label.empty'],
  ])('%j → %s', (input, code) => {
    expect(refusal(input)).toBe(code);
  });

  it('says which character is wrong and where', () => {
    const inspection = inspectDomain('a_b.example.com');
    expect(inspection.ok).toBe(false);
    if (!inspection.ok) expect(inspection.issue.params).toEqual({ character: '_', codePoint: 'U+005F', position: 1 });
    const nul = inspectDomain('a\u0000b.com');
    if (!nul.ok) expect(nul.issue.params).toMatchObject({ character: 'U+0000', position: 1 });
  });

  it('names the offending label', () => {
    const inspection = inspectDomain('ok.-bad.example.com');
    if (inspection.ok) expect.unreachable();
    else expect(inspection.issue.params).toEqual({ index: 1, label: '-bad' });
  });
});

describe('normalizeDomain — properties', () => {
  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/).filter((l) => !/^..--/.test(l));
  const asciiName = fc.array(label, { minLength: 1, maxLength: 5 }).map((labels) => `${labels.join('.')}.com`);

  it('is idempotent and yields LDH A-labels on any input it accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(asciiName, fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (input) => {
          const inspection = inspectDomain(input);
          if (!inspection.ok) return;
          expect(inspection.name).toMatch(LDH_OUTPUT);
          expect(inspection.name.length).toBeLessThanOrEqual(253);
          expect(normalizeDomain(inspection.name)).toBe(inspection.name);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('accepts exactly the names the DNS grammar allows (oracle over LDH-ish strings)', () => {
    // An independent statement of the rules for plain ASCII input (no xn--, no wildcard).
    const grammar = (input: string) => {
      const name = (input.endsWith('.') ? input.slice(0, -1) : input).toLowerCase();
      const labels = name.split('.');
      const ldh = (l: string) => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(l) && !(l[2] === '-' && l[3] === '-');
      return labels.length >= 2 && name.length <= 253 && labels.every(ldh) && !/^\d+$/.test(labels.at(-1) ?? '');
    };
    const ldhish = fc.string({ unit: fc.constantFrom('a', 'B', 'z', '0', '9', '-', '.'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(ldhish, asciiName), (input) => {
        expect(inspectDomain(input).ok, input).toBe(grammar(input));
      }),
      { numRuns: 5000 },
    );
  });

  it('is case-insensitive and ignores one trailing dot', () => {
    fc.assert(
      fc.property(asciiName, fc.boolean(), (name, dot) => {
        const variant = `${name.toUpperCase()}${dot ? '.' : ''}`;
        expect(normalizeDomain(variant)).toBe(normalizeDomain(name));
      }),
    );
  });

  it('throws only CertkitError, whatever the input (numbers, objects, binary strings)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'binary', maxLength: 300 })), (input) => {
        try {
          normalizeDomain(input);
        } catch (error) {
          expect(error).toBeInstanceOf(CertkitError);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a 1 MB string up front, before any other work', () => {
    const huge = `${'a.'.repeat(500_000)}com`;
    expect(refusal(huge)).toBe('domain.input-too-long');
    expect(refusal(`${'\u0000'.repeat(1_000_000)}`)).toBe('domain.input-too-long');
  });
});
