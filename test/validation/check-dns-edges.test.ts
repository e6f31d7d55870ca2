import { describe, expect, it } from 'vitest';
import {
  checkDnsValidation as checkDnsValidationOf,
  type DnsObservation,
  dnsValidationRecord,
} from '../../src/validation/index.js';
import { lazy } from '../lazy.js';
import { thrown } from '../thrown.js';
import { wellFormed } from '../well-formed.js';

/** Every check's issues are checked for their rule, subject and message (test/well-formed.ts). */
const checkDnsValidation = wellFormed(checkDnsValidationOf);

const txt = lazy(() => dnsValidationRecord({ domain: 'www.example.com', token: 'abc', value: 'Tok', type: 'TXT' }));
const cname = lazy(() =>
  dnsValidationRecord({ domain: 'www.example.com', token: 'abc', value: 'x.sectigo.com', type: 'CNAME' }),
);
const FQDN = '_abc.www.example.com';
const at = (values: readonly string[], extra: Partial<DnsObservation> = {}): DnsObservation => ({
  name: FQDN,
  type: 'TXT',
  values,
  ...extra,
});
const codes = (result: ReturnType<typeof checkDnsValidation>) => result.issues.map((issue) => issue.code);

describe('checkDnsValidation — values', () => {
  it('a TXT value compares exactly: case matters, a trailing dot matters', () => {
    expect(checkDnsValidation(at(['Tok']), txt()).ok).toBe(true);
    expect(codes(checkDnsValidation(at(['tok']), txt()))).toEqual(['dcv.dns.value-mismatch']);
    expect(codes(checkDnsValidation(at(['Tok.']), txt()))).toEqual(['dcv.dns.value-mismatch']);
  });

  it('a CNAME target compares as a name: any case, with or without the trailing dot', () => {
    const answer = at(['X.Sectigo.COM.'], { type: 'CNAME' });
    expect(checkDnsValidation(answer, cname()).ok).toBe(true);
  });

  it.each([
    ['"Tok"', 'dcv.dns.quoted'],
    [' "Tok" ', 'dcv.dns.quoted'], // spaces outside the quotes
    ['" Tok "', 'dcv.dns.quoted'], // spaces inside them
    [' Tok', 'dcv.dns.quoted'],
    ['T"ok"', 'dcv.dns.value-mismatch'], // a quote that does not open the value
    ['"T"ok', 'dcv.dns.value-mismatch'], // one that does not close it
  ])('%j → %s', (value, code) => {
    const result = checkDnsValidation(at(['other', value]), txt());
    expect(codes(result)).toEqual([code]);
    expect(result.issues[0]?.params).toMatchObject({ observed: ['other', value], resolver: '' });
  });

  it('the right value beside an old one is a warning naming the old one and the resolver', () => {
    const result = checkDnsValidation(at(['old', 'Tok'], { resolver: '8.8.8.8' }), txt());
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'dcv.dns.stale-value',
        severity: 'warning',
        params: { others: ['old'], resolver: '8.8.8.8' },
      }),
    ]);
  });

  it('a mismatch names what was seen, what was expected and the resolver (default "")', () => {
    const result = checkDnsValidation(at(['nope']), txt());
    expect(result.issues[0]?.params).toEqual({ observed: ['nope'], expected: 'Tok', resolver: '' });
  });
});

describe('checkDnsValidation — names and types', () => {
  it('a CNAME beside other records with values conflicts; beside empty answers it does not', () => {
    const conflict = checkDnsValidation(
      [at(['x.sectigo.com'], { type: 'CNAME' }), at(['v'], { type: 'txt' })],
      cname(),
    );
    expect(conflict.issues).toEqual([
      expect.objectContaining({ code: 'dcv.dns.cname-conflict', params: { types: ['CNAME', 'TXT'] } }),
    ]);
    expect(checkDnsValidation([at(['x.sectigo.com'], { type: 'CNAME' }), at([])], cname()).issues).toEqual([]);
  });

  it('the zone typed twice, said with the name that was found', () => {
    const doubled = `${FQDN}.example.com`;
    const result = checkDnsValidation(at(['Tok'], { name: `${doubled}.` }), txt());
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'dcv.dns.zone-doubled',
        rule: 'DCV-04',
        params: { observed: doubled, relativeName: '_abc.www' },
      }),
    ]);
  });

  it('the underscore left out, said with the name that was found', () => {
    const result = checkDnsValidation(at(['Tok'], { name: 'abc.www.example.com' }), txt());
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'dcv.dns.underscore-missing', params: { observed: 'abc.www.example.com' } }),
    ]);
  });

  it('a record of another type at the name is the wrong type; names and types with no values are nothing', () => {
    expect(checkDnsValidation(at(['x'], { type: 'CNAME' }), txt()).issues).toEqual([
      expect.objectContaining({ code: 'dcv.dns.wrong-type', params: { observed: ['CNAME'], expected: 'TXT' } }),
    ]);
    const empty = [
      at([], { type: 'CNAME' }),
      at([], { name: `${FQDN}.example.com` }),
      at([], { name: 'abc.www.example.com' }),
    ];
    expect(checkDnsValidation(empty, txt()).issues).toEqual([
      expect.objectContaining({ code: 'dcv.dns.missing', params: { type: 'TXT' } }),
    ]);
  });
});

describe('checkDnsValidation — arguments', () => {
  it.each([
    [() => checkDnsValidationOf([at(['Tok']), { name: 5 } as never], txt()), 'observed[1].name'],
    [() => checkDnsValidationOf({ name: FQDN } as never, txt()), 'observed.type'],
    [() => checkDnsValidationOf({ name: FQDN, type: 'TXT', values: 'Tok' } as never, txt()), 'observed.values'],
    [() => checkDnsValidationOf([null as never], txt()), 'observed[0]'],
    [() => checkDnsValidationOf(at(['Tok']), null as never), 'expected'],
    [() => checkDnsValidationOf(at(['Tok']), { ...txt(), zone: undefined } as never), 'expected.zone'],
  ])('refuses (%#) naming %s', (call, path) => {
    const error = thrown(call);
    expect(error.code).toBe('argument.invalid');
    expect(error.issues[0]?.params).toMatchObject({ path });
  });
});
