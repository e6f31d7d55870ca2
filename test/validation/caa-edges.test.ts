import { describe, expect, it } from 'vitest';
import { type CaaRecordInput, caaIdentifiers, evaluateCaa as evaluateCaaOf } from '../../src/validation/index.js';
import { thrown } from '../thrown.js';
import { wellFormed } from '../well-formed.js';

/** Every evaluation's issues are checked for their rule, subject and message (test/well-formed.ts). */
const evaluateCaa = wellFormed(evaluateCaaOf);

/** A lookup over `{ name: records }` that writes down the names it was asked for. */
function recording(records: Readonly<Record<string, readonly CaaRecordInput[]>>) {
  const asked: string[] = [];
  const lookup = (name: string) => {
    asked.push(name);
    return records[name] ?? [];
  };
  return { asked, lookup };
}

describe('evaluateCaa — the climb (RFC 8659 §3)', () => {
  it('asks for each name from the name to the TLD, once, and for a wildcard from its base', () => {
    const plain = recording({});
    expect(evaluateCaa('a.b.example.com', plain.lookup, ['sectigo.com'])).toEqual({
      allowed: true,
      relevantName: null,
      records: [],
      issues: [expect.objectContaining({ code: 'caa.none', rule: 'CAA-01', severity: 'info' })],
    });
    expect(plain.asked).toEqual(['a.b.example.com', 'b.example.com', 'example.com', 'com']);
    const wild = recording({});
    evaluateCaa('*.example.com', wild.lookup, ['sectigo.com']);
    expect(wild.asked).toEqual(['example.com', 'com']);
  });

  it('a single-label name is evaluated too (an intranet name, a TLD)', () => {
    const { lookup } = recording({ localhost: ['0 issue "sectigo.com"'] });
    expect(evaluateCaa('localhost', lookup, ['sectigo.com'])).toMatchObject({
      allowed: true,
      relevantName: 'localhost',
    });
  });

  it('a name that is not a domain name is refused with no records', () => {
    const { asked, lookup } = recording({});
    const result = evaluateCaa('a_b.example.com', lookup, ['sectigo.com']);
    expect(result).toEqual({ allowed: false, relevantName: null, records: [], issues: [expect.any(Object)] });
    expect(asked).toEqual([]);
  });

  it('a failed lookup refuses at the name it failed at, with no records', () => {
    const lookup = (name: string) => (name === 'example.com' ? undefined : []);
    const result = evaluateCaa('www.example.com', lookup as never, ['sectigo.com']);
    expect(result).toEqual({
      allowed: false,
      relevantName: 'example.com',
      records: [],
      issues: [expect.objectContaining({ code: 'caa.lookup.failed', params: { name: 'example.com' } })],
    });
  });
});

describe('evaluateCaa — the verdict on the relevant set', () => {
  it('the records it rests on are exactly the readable ones, each once', () => {
    const { lookup } = recording({ 'example.com': ['0 issue "sectigo.com"', { critical: 0, iodef: 'mailto:a@b.c' }] });
    const result = evaluateCaa('www.example.com', lookup, ['sectigo.com']);
    expect(result.records.map((record) => record.tag)).toEqual(['issue', 'iodef']);
    expect(result.allowed && result.matched?.issuerDomain).toBe('sectigo.com');
  });

  it('an unreadable record is about the name it was found at', () => {
    const { lookup } = recording({ 'example.com': ['0 issue "sectigo.com"', '0 issue "unterminated'] });
    const result = evaluateCaa('www.example.com', lookup, ['sectigo.com']);
    expect(result.allowed).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'caa.record.malformed', subject: 'example.com', severity: 'error' }),
    ]);
    expect(result.records.map((record) => record.issuerDomain)).toEqual(['sectigo.com']);
  });

  it('the CAs a refusal names are the issuers of the set, without `;` or malformed values', () => {
    const { lookup } = recording({
      'example.com': ['0 issue "letsencrypt.org"', '0 issue ";"', '0 issue "-bad-"', '0 issue "LetsEncrypt.org"'],
    });
    const result = evaluateCaa('www.example.com', lookup, ['sectigo.com']);
    expect(result.issues.at(-1)).toMatchObject({
      code: 'caa.issuer.not-authorized',
      params: { relevantName: 'example.com', allowedIssuers: ['letsencrypt.org'], issuers: ['sectigo.com'] },
    });
  });

  it('RFC 8657: a record without accounturi allows any account; a mismatch names what was asked', () => {
    const { lookup } = recording({ 'example.com': ['0 issue "sectigo.com"'] });
    expect(evaluateCaa('www.example.com', lookup, ['sectigo.com'], { accountUri: 'https://a/1' }).allowed).toBe(true);
    const bound = recording({
      'example.com': ['0 issue "sectigo.com; accounturi=https://a/1; validationmethods=dns-01,http-01"'],
    });
    expect(
      evaluateCaa('www.example.com', bound.lookup, ['sectigo.com'], { accountUri: 'https://a/1', method: 'http-01' })
        .allowed,
    ).toBe(true);
    const refused = evaluateCaa('www.example.com', bound.lookup, ['sectigo.com']);
    expect(refused.issues.at(-1)).toMatchObject({
      code: 'caa.parameters.mismatch',
      params: { relevantName: 'example.com', accountUri: '', method: '' },
    });
    const methods = recording({ 'example.com': ['0 issue "sectigo.com; validationmethods=dns-01"'] });
    expect(evaluateCaa('www.example.com', methods.lookup, ['sectigo.com'], { method: 'dns-01' }).allowed).toBe(true);
    expect(evaluateCaa('www.example.com', methods.lookup, ['sectigo.com'], { method: 'dns' }).allowed).toBe(false);
    expect(evaluateCaa('www.example.com', methods.lookup, ['sectigo.com']).allowed).toBe(false);
  });

  it('issuer domains compare case-insensitively, on both sides', () => {
    const { lookup } = recording({ 'example.com': ['0 issue "Sectigo.COM"'] });
    expect(evaluateCaa('www.example.com', lookup, ['SECTIGO.com']).allowed).toBe(true);
  });
});

describe('evaluateCaa and caaIdentifiers — arguments', () => {
  it.each([
    [[], 'empty or not text'],
    [[''], 'empty or not text'],
    [[5], 'empty or not text'],
    [['sectigo.com', ''], 'empty or not text'],
    ['sectigo.com', 'string'],
  ])('issuer domains %j are refused (%s)', (issuers, received) => {
    const error = thrown(() => evaluateCaaOf('example.com', () => [], issuers as never));
    expect(error.code).toBe('caa.argument.invalid');
    expect(error.issues[0]).toMatchObject({ rule: null, params: { field: 'issuerDomains', received } });
  });

  it('a lookup that is not a function is refused by name', () => {
    const error = thrown(() => evaluateCaaOf('example.com', {} as never, ['sectigo.com']));
    expect(error.issues[0]?.params).toMatchObject({ field: 'lookup' });
  });

  it('a brand without CAA identifiers is refused with the brands that have them (CAA-03)', () => {
    const error = thrown(() => caaIdentifiers('WoTrus'));
    expect(error.code).toBe('caa.brand.unknown');
    expect(error.issues[0]).toMatchObject({ rule: 'CAA-03', subject: 'WoTrus' });
    expect(error.issues[0]?.params).toMatchObject({ brand: 'WoTrus', known: expect.arrayContaining(['TrustAsia']) });
    expect(thrown(() => caaIdentifiers('toString')).code).toBe('caa.brand.unknown');
  });
});
