import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { formatIssue } from '../../src/messages/index.js';
import {
  type CaaLookup,
  type CaaRecord,
  type CaaRecordInput,
  caaIdentifiers,
  evaluateCaa as evaluateCaaOf,
  parseCaaRecord,
  readCaaRecord as readCaaRecordOf,
} from '../../src/validation/index.js';
import { wellFormed } from '../well-formed.js';

/** Every evaluation's issues are checked for their rule, subject and message (test/well-formed.ts). */
const evaluateCaa = wellFormed(evaluateCaaOf);
/** A record read alone is about no name: its issues carry none. */
const readCaaRecord = wellFormed(readCaaRecordOf, { subject: false });

/** A lookup over a zone written as `{ name: ['0 issue "ca"'] }`; names not listed have no records. */
function zone(records: Record<string, readonly string[]>, failing: readonly string[] = []): CaaLookup {
  return (name) => {
    if (failing.includes(name)) return undefined;
    return (records[name] ?? []).map((text) => {
      const parsed = parseCaaRecord(text);
      if (parsed.record === undefined) throw new Error(`bad fixture ${text}`);
      return parsed.record;
    });
  };
}

describe('parseCaaRecord — RFC 8659 §4.1–4.4 grammar', () => {
  it.each([
    ['0 issue "ca.example.net"', { flags: 0, tag: 'issue', issuerDomain: 'ca.example.net', parameters: {} }],
    ['0 issue "ca.example.net; account=230123"', { issuerDomain: 'ca.example.net', parameters: { account: '230123' } }],
    ['0 issue ";"', { issuerDomain: '', parameters: {} }],
    ['0 issue ""', { issuerDomain: '' }],
    ['0 issuewild "Ca2.Example.ORG"', { tag: 'issuewild', issuerDomain: 'ca2.example.org' }],
    ['0 iodef "mailto:security@example.com"', { tag: 'iodef', value: 'mailto:security@example.com' }],
    ['128 tbs "Unknown"', { flags: 128, tag: 'tbs', critical: true }],
    [
      '0 issue "sectigo.com; accounturi=https://acme.example/acct/1; validationmethods=dns-01,http-01"',
      { parameters: { accounturi: 'https://acme.example/acct/1', validationmethods: 'dns-01,http-01' } },
    ],
    ['example.com. 300 IN CAA 0 issue "letsencrypt.org"', { name: 'example.com', issuerDomain: 'letsencrypt.org' }],
    ['example.com CAA 0 issuewild ";"', { name: 'example.com', tag: 'issuewild', issuerDomain: '' }],
  ])('%s', (text, expected) => {
    const parsed = parseCaaRecord(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.record).toMatchObject(expected);
  });

  it.each([
    ['256 issue "ca.example"', 'flags'],
    ['0 issue', 'fields'],
    ['0 is_sue "ca.example"', 'fields'],
    ['0 thistagistoolongforcaa "x"', 'fields'],
    ['0 issue "unterminated', 'value'],
    ['0 issue two words', 'value'],
    ['0 issue "a"b"', 'value'],
    ['0 issue "ends in an escaped quote\\"', 'value'],
    [`0 issue "${'\\'.repeat(4001)}"`, 'value'],
    ['', 'fields'],
  ])('refuses %j (%s)', (text, part) => {
    const parsed = parseCaaRecord(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]).toMatchObject({ code: 'caa.record.malformed', params: { part } });
  });

  it('reads escapes in a quoted value in one pass: \\x stands for x', () => {
    expect(parseCaaRecord('0 iodef "mailto:a\\"b@example.com"').record?.value).toBe('mailto:a"b@example.com');
    expect(parseCaaRecord('0 iodef "a\\\\b"').record?.value).toBe('a\\b');
    expect(parseCaaRecord(`0 iodef "${'\\\\'.repeat(2000)}"`).record?.value).toBe('\\'.repeat(2000));
  });

  it('warns about a malformed issue value, which authorizes no CA (CAA-04)', () => {
    const parsed = parseCaaRecord('0 issue "-bad-.example; x"');
    expect(parsed.ok).toBe(true);
    expect(parsed.record?.issuerDomain).toBeUndefined();
    expect(parsed.issues[0]).toMatchObject({ code: 'caa.value.malformed', severity: 'warning' });
    expect(parseCaaRecord(42).ok).toBe(false);
  });
});

describe('evaluateCaa — RFC 8659 examples', () => {
  it('CAA-01: no record at the name or any ancestor → any CA may issue', () => {
    const result = evaluateCaa('www.example.com', zone({}), ['sectigo.com']);
    expect(result).toMatchObject({ allowed: true, relevantName: null, issues: [{ code: 'caa.none', rule: 'CAA-01' }] });
  });

  it('§3: climbs foo.bar.example.com → bar.example.com → example.com → com, first non-empty set wins', () => {
    const asked: string[] = [];
    const lookup: CaaLookup = (name) => {
      asked.push(name);
      return name === 'example.com' ? [{ flags: 0, tag: 'issue', value: 'ca.example.net' }] : [];
    };
    const result = evaluateCaa('foo.bar.example.com', lookup, ['ca.example.net']);
    expect(asked).toEqual(['foo.bar.example.com', 'bar.example.com', 'example.com']);
    expect(result).toMatchObject({
      allowed: true,
      relevantName: 'example.com',
      matched: { issuerDomain: 'ca.example.net' },
    });
  });

  it('§4.2: several issue properties each authorize their CA', () => {
    const lookup = zone({ 'example.com': ['0 issue "ca1.example.net"', '0 issue "ca2.example.org"'] });
    expect(evaluateCaa('example.com', lookup, ['ca1.example.net']).allowed).toBe(true);
    expect(evaluateCaa('example.com', lookup, ['CA2.example.org']).allowed).toBe(true);
    expect(evaluateCaa('example.com', lookup, ['ca3.example.com']).allowed).toBe(false);
  });

  it('§4.2: nocerts.example.com CAA 0 issue ";" forbids every CA', () => {
    const result = evaluateCaa('nocerts.example.com', zone({ 'nocerts.example.com': ['0 issue ";"'] }), [
      'ca.example.net',
    ]);
    expect(result.allowed).toBe(false);
    expect(result.issues.at(-1)).toMatchObject({ code: 'caa.issue.forbidden', rule: 'CAA-04' });
  });

  it('§4.3: issuewild applies to wildcards only and there overrides issue', () => {
    const lookup = zone({ 'wild.example.com': ['0 issue "ca1.example.net"', '0 issuewild "ca2.example.org"'] });
    expect(evaluateCaa('wild.example.com', lookup, ['ca1.example.net']).allowed).toBe(true);
    expect(evaluateCaa('wild.example.com', lookup, ['ca2.example.org']).allowed).toBe(false);
    expect(evaluateCaa('*.wild.example.com', lookup, ['ca2.example.org']).allowed).toBe(true);
    expect(evaluateCaa('*.wild.example.com', lookup, ['ca1.example.net']).allowed).toBe(false);
    // without issuewild, a wildcard falls back to issue
    expect(
      evaluateCaa('*.example.com', zone({ 'example.com': ['0 issue "ca1.example.net"'] }), ['ca1.example.net']).allowed,
    ).toBe(true);
  });

  it('§4.1: an unknown property with the critical flag forbids; without it, it is ignored', () => {
    const critical = zone({ 'example.com': ['0 issue "ca.example.net"', '128 tbs "Unknown"'] });
    expect(evaluateCaa('example.com', critical, ['ca.example.net'])).toMatchObject({
      allowed: false,
      issues: [{ code: 'caa.critical-unknown' }],
    });
    const harmless = zone({ 'example.com': ['0 issue "ca.example.net"', '0 tbs "Unknown"'] });
    expect(evaluateCaa('example.com', harmless, ['ca.example.net']).allowed).toBe(true);
  });

  it('§4.4: a set with only iodef restricts nothing', () => {
    const result = evaluateCaa('example.com', zone({ 'example.com': ['0 iodef "mailto:security@example.com"'] }), [
      'x.example',
    ]);
    expect(result).toMatchObject({
      allowed: true,
      relevantName: 'example.com',
      issues: [{ code: 'caa.unrestricted' }],
    });
  });

  it('RFC 8657: accounturi and validationmethods must match when present', () => {
    const lookup = zone({
      'example.com': ['0 issue "sectigo.com; accounturi=https://acme/acct/1; validationmethods=dns-01"'],
    });
    expect(
      evaluateCaa('example.com', lookup, ['sectigo.com'], { accountUri: 'https://acme/acct/1', method: 'dns-01' })
        .allowed,
    ).toBe(true);
    expect(
      evaluateCaa('example.com', lookup, ['sectigo.com'], {
        accountUri: 'https://acme/acct/2',
        method: 'dns-01',
      }).issues.at(-1)?.code,
    ).toBe('caa.parameters.mismatch');
    expect(
      evaluateCaa('example.com', lookup, ['sectigo.com'], { accountUri: 'https://acme/acct/1', method: 'http-01' })
        .allowed,
    ).toBe(false);
    expect(evaluateCaa('example.com', lookup, ['sectigo.com']).allowed).toBe(false);
  });

  it('CAA-04: a failed lookup fails closed', () => {
    const result = evaluateCaa('www.example.com', zone({}, ['example.com']), ['sectigo.com']);
    expect(result).toMatchObject({
      allowed: false,
      relevantName: 'example.com',
      issues: [{ code: 'caa.lookup.failed', rule: 'CAA-04' }],
    });
  });
});

describe('evaluateCaa — the vendor rules', () => {
  it('CAA-02: a set not naming the CA refuses, and says which records to add', () => {
    const lookup = zone({ 'example.com': ['0 issue "letsencrypt.org"'] });
    const result = evaluateCaa('www.example.com', lookup, caaIdentifiers('TrustAsia'));
    expect(result.allowed).toBe(false);
    expect(result.issues.at(-1)).toMatchObject({
      code: 'caa.issuer.not-authorized',
      rule: 'CAA-02',
      params: { relevantName: 'example.com', allowedIssuers: ['letsencrypt.org'] },
    });
    // CAA-02: the FAQ adds both records, for a non-wildcard refusal too
    expect(result.fix).toEqual({
      name: 'example.com',
      records: ['0 issue "sectigo.com"', '0 issuewild "sectigo.com"'],
    });
    const wildcard = evaluateCaa('*.example.com', lookup, caaIdentifiers('TrustAsia'));
    expect(wildcard.fix?.records).toEqual(['0 issue "sectigo.com"', '0 issuewild "sectigo.com"']);
    const message = formatIssue(result.issues.at(-1) as never);
    expect(message).toContain('allow only letsencrypt.org. Add a CAA record for sectigo.com, trust-provider.com');
  });

  it('CAA-02: after adding the fix records, the CA may issue', () => {
    const fixed = zone({
      'example.com': ['0 issue "letsencrypt.org"', '0 issue "sectigo.com"', '0 issuewild "sectigo.com"'],
    });
    expect(evaluateCaa('www.example.com', fixed, caaIdentifiers('TrustAsia')).allowed).toBe(true);
    expect(evaluateCaa('*.example.com', fixed, caaIdentifiers('TrustAsia')).allowed).toBe(true);
  });

  it('CAA-03: brand identifiers are data; a name CNAMEd to GitHub Pages inherits its CAA', () => {
    expect(caaIdentifiers('TrustAsia')).toEqual(['sectigo.com', 'trust-provider.com']);
    expect(caaIdentifiers('GlobalSign')).toEqual(['globalsign.com']);
    expect(() => caaIdentifiers('WoTrus')).toThrow(CertkitError);
    // blog.example.com CNAME user.github.io: the resolver answers with github.io's CAA set
    const githubPages = zone({ 'blog.example.com': ['0 issue "letsencrypt.org"', '0 issue "digicert.com"'] });
    const result = evaluateCaa('blog.example.com', githubPages, caaIdentifiers('TrustAsia'));
    expect(result).toMatchObject({ allowed: false, relevantName: 'blog.example.com' });
    expect(evaluateCaa('blog.example.com', githubPages, caaIdentifiers('SecureSite')).allowed).toBe(true);
  });

  it('refuses bad arguments', () => {
    expect(() => evaluateCaa('example.com', zone({}), [])).toThrow(CertkitError);
    expect(() => evaluateCaa('example.com', 'nope' as never, ['x.com'])).toThrow(CertkitError);
    expect(evaluateCaa('a_b.example.com', zone({}), ['x.com'])).toMatchObject({
      allowed: false,
      issues: [{ code: 'domain.character.invalid' }],
    });
  });
});

describe('evaluateCaa — properties', () => {
  const ca = 'sectigo.com';
  const otherIssuer = fc.constantFrom('letsencrypt.org', 'digicert.com', 'pki.goog', '');
  const record: fc.Arbitrary<CaaRecord> = fc.oneof(
    otherIssuer.map((issuer) => ({ flags: 0, tag: 'issue', value: issuer === '' ? ';' : issuer })),
    otherIssuer.map((issuer) => ({ flags: 0, tag: 'issuewild', value: issuer === '' ? ';' : issuer })),
    fc.constant({ flags: 0, tag: 'iodef', value: 'mailto:caa@example.com' }),
  );
  const names = ['a.b.example.com', 'b.example.com', 'example.com', 'com'];
  const snapshot = fc.dictionary(fc.constantFrom(...names), fc.array(record, { maxLength: 3 }));

  it('adding an issue record for the CA to the relevant set of a refusing lookup makes it allow (non-wildcard)', () => {
    fc.assert(
      fc.property(snapshot, (records) => {
        const lookup: CaaLookup = (name) => records[name] ?? [];
        const before = evaluateCaa('a.b.example.com', lookup, [ca]);
        fc.pre(!before.allowed && before.relevantName !== null);
        const relevant = before.relevantName as string;
        const fixed: CaaLookup = (name) =>
          name === relevant ? [...(records[name] ?? []), { flags: 0, tag: 'issue', value: ca }] : lookup(name);
        expect(evaluateCaa('a.b.example.com', fixed, [ca]).allowed).toBe(true);
      }),
    );
  });

  it('records above the relevant name never change the verdict', () => {
    fc.assert(
      fc.property(
        snapshot,
        fc.array(record, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (records, extra, wildcard) => {
          const name = wildcard ? '*.a.b.example.com' : 'a.b.example.com';
          const lookup: CaaLookup = (n) => records[n] ?? [];
          const before = evaluateCaa(name, lookup, [ca]);
          fc.pre(before.relevantName !== null);
          const above = names.slice(names.indexOf(before.relevantName as string) + 1);
          const changed: CaaLookup = (n) => (above.includes(n) ? [...(records[n] ?? []), ...extra] : lookup(n));
          expect(evaluateCaa(name, changed, [ca]).allowed).toBe(before.allowed);
        },
      ),
    );
  });
});

describe('evaluateCaa — fail closed on records it cannot read (CAA-04)', () => {
  const SECTIGO = ['sectigo.com'];
  const at = (records: readonly unknown[] | unknown) => (name: string) =>
    (name === 'example.com' ? records : []) as readonly CaaRecordInput[];

  it.each([
    ['Node dns.resolveCaa', { critical: 0, issue: 'letsencrypt.org' }, 'caa.issuer.not-authorized'],
    ['Node dns.resolveCaa, no CA may issue', { critical: 0, issue: ';' }, 'caa.issue.forbidden'],
    ['presentation text', '0 issue "letsencrypt.org"', 'caa.issuer.not-authorized'],
    ['zone-file line', 'example.com. 300 IN CAA 0 issue ";"', 'caa.issue.forbidden'],
  ])('reads %s records: %j → %s', (_shape, record, code) => {
    const result = evaluateCaa('www.example.com', at([record]), SECTIGO);
    expect(result.allowed).toBe(false);
    expect(result.issues.map((issue) => issue.code)).toContain(code);
  });

  it('Node and text records authorize the CA they name', () => {
    expect(evaluateCaa('www.example.com', at([{ critical: 0, issue: 'sectigo.com' }]), SECTIGO).allowed).toBe(true);
    expect(evaluateCaa('www.example.com', at(['0 issue "sectigo.com"']), SECTIGO).allowed).toBe(true);
    const wild = evaluateCaa('*.example.com', at([{ critical: 0, issuewild: ';' }]), SECTIGO);
    expect(wild.allowed).toBe(false);
  });

  it.each([
    ['no tag', { issue: ';' }],
    ['an empty object', {}],
    ['two properties', { critical: 0, issue: 'sectigo.com', issuewild: ';' }],
    ['flags out of range', { flags: 256, tag: 'issue', value: 'sectigo.com' }],
    ['a tag that is not one', { flags: 0, tag: 'is sue', value: 'sectigo.com' }],
    ['a value that is not text', { flags: 0, tag: 'issue', value: 42 }],
    ['null', null],
    ['a number', 7],
    ['malformed text', '0 issue'],
  ])('a record with %s refuses, even beside one that authorizes the CA', (_what, record) => {
    const result = evaluateCaa(
      'www.example.com',
      at([{ flags: 0, tag: 'issue', value: 'sectigo.com' }, record]),
      SECTIGO,
    );
    expect(result.allowed).toBe(false);
    expect(result.issues.some((issue) => issue.code === 'caa.record.malformed' && issue.severity === 'error')).toBe(
      true,
    );
    expect(result.allowed === false && result.fix?.records).toEqual([
      '0 issue "sectigo.com"',
      '0 issuewild "sectigo.com"',
    ]);
  });

  it.each([null, 'no', 42, { length: 1 }])('a lookup answer that is not a list (%j) is a failed lookup', (answer) => {
    const result = evaluateCaa('www.example.com', at(answer), SECTIGO);
    expect(result).toMatchObject({ allowed: false, relevantName: 'example.com' });
    expect(result.issues[0]?.code).toBe('caa.lookup.failed');
  });

  it('property: a set with any unreadable record is never allowed', () => {
    const junk = fc.oneof(
      fc.constant(undefined),
      fc.string(),
      fc.record({ tag: fc.integer(), value: fc.string() }),
      fc.dictionary(fc.string(), fc.string(), { minKeys: 2 }),
    );
    fc.assert(
      fc.property(fc.array(fc.constant({ flags: 0, tag: 'issue', value: 'sectigo.com' })), junk, (good, bad) => {
        const read = readCaaRecord(bad);
        fc.pre(read.issues.some((issue) => issue.severity === 'error'));
        expect(evaluateCaa('www.example.com', at([...good, bad]), SECTIGO).allowed).toBe(false);
      }),
    );
  });
});
