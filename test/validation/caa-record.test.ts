import { describe, expect, it } from 'vitest';
import {
  evaluateCaa,
  KNOWN_CAA_TAGS,
  parseCaaFields,
  parseCaaRecord as parseCaaRecordOf,
  readCaaRecord as readCaaRecordOf,
} from '../../src/validation/index.js';
import { thrown } from '../thrown.js';
import { wellFormed } from '../well-formed.js';

/** A record read alone is about no name: its issues carry none (test/well-formed.ts). */
const parseCaaRecord = wellFormed(parseCaaRecordOf, { subject: false });
const readCaaRecord = wellFormed(readCaaRecordOf, { subject: false });

const partOf = (result: { issues: readonly { code: string; params?: unknown }[] }) =>
  result.issues[0]?.code === 'caa.record.malformed' ? (result.issues[0].params as { part: string }).part : undefined;

/** A record text of exactly `length` characters: `0 iodef "aaa…"`. */
const recordOfLength = (length: number) => `0 iodef "${'a'.repeat(length - 10)}"`;

describe('parseCaaRecord — the grammar at its edges (RFC 8659 §4.1)', () => {
  it('reads a record exactly, with no owner name when the text has none', () => {
    expect(parseCaaRecord('0 issue "ca.example"').record).toEqual({
      flags: 0,
      tag: 'issue',
      value: 'ca.example',
      critical: false,
      issuerDomain: 'ca.example',
      parameters: {},
    });
    expect(parseCaaRecord('0 iodef "mailto:a@example.com"').record).toEqual({
      flags: 0,
      tag: 'iodef',
      value: 'mailto:a@example.com',
      critical: false,
    });
  });

  it.each([
    ['  0 issue "ca.example"  ', { issuerDomain: 'ca.example' }], // spaces around the record
    ['0  issue\t "ca.example"', { issuerDomain: 'ca.example' }], // several spaces between fields
    ['example.com.  300\tIN  CAA  0 issue "ca.example"', { name: 'example.com', issuerDomain: 'ca.example' }],
    ['Example.COM caa 0 issue "ca.example"', { name: 'example.com' }],
    ['example.com 300  CAA 0 issue "ca.example"', { name: 'example.com' }], // two spaces after the TTL
    ['0 issue letsencrypt.org', { issuerDomain: 'letsencrypt.org', value: 'letsencrypt.org' }], // one unquoted token
    ['0 issue ;', { issuerDomain: '' }],
    ['255 issue "ca.example"', { flags: 255, critical: true }],
    ['127 issue "ca.example"', { flags: 127, critical: false }],
    ['0 issue "a CAA b"', { value: 'a CAA b' }], // "CAA" inside the value is not a zone-file line
    ['0 ISSUE "ca.example"', { tag: 'issue', issuerDomain: 'ca.example' }],
  ])('reads %j', (text, expected) => {
    const parsed = parseCaaRecord(text);
    expect(parsed.ok).toBe(true);
    expect(parsed.record).toMatchObject(expected);
    if (!('name' in expected)) expect(parsed.record).not.toHaveProperty('name');
  });

  it.each([
    ['x 0 issue "ca.example"', 'fields'], // text before the flags that is not a zone-file prefix
    ['0 issue "', 'value'], // a lone quote
    ['0 issue "a" b', 'value'],
    ['256 issue "x"', 'flags'],
    ['1000 issue "x"', 'fields'],
    [recordOfLength(4097), 'text'],
    [42, 'text'],
  ])('refuses %j (part %s)', (text, part) => {
    const parsed = parseCaaRecord(text as string);
    expect(parsed.ok).toBe(false);
    expect(partOf(parsed)).toBe(part);
    expect(parsed.issues[0]?.rule).toBe('CAA-04');
  });

  it('takes a record of 4,096 characters, the most it reads', () => {
    expect(recordOfLength(4096)).toHaveLength(4096);
    expect(parseCaaRecord(recordOfLength(4096)).ok).toBe(true);
  });
});

describe('parseCaaRecord — issue values (RFC 8659 §4.2, RFC 8657)', () => {
  it.each([
    ['" ca.example ; account=1 "', 'ca.example', { account: '1' }],
    ['"ca.example; "', 'ca.example', {}], // a separator with nothing after it
    ['"ca.example; account = 1"', 'ca.example', { account: '1' }], // spaces around `=`
    ['"ca.example; Account=1; b=2"', 'ca.example', { account: '1', b: '2' }],
    ['"; account=1"', '', { account: '1' }],
    ['"ca.example; k=a=b"', 'ca.example', { k: 'a=b' }],
  ])('%s → %j with %j', (value, issuerDomain, parameters) => {
    const parsed = parseCaaRecord(`0 issue ${value}`);
    expect(parsed.issues).toEqual([]);
    expect(parsed.record).toMatchObject({ issuerDomain, parameters });
  });

  it.each([
    '"-bad-.example"', // not a domain name
    '"ca..example"',
    '"ca.example; flag"', // a parameter without `=`
    '"ca.example; =1"',
    '"ca.example; a_b=1"', // a tag that is not letters and digits
    '"ca.example; a=é"', // a value outside printable ASCII
    '"ca.example; a=xé"',
    '"ca.example; a=éx"',
    '"ca.example; a=x y"', // a space inside the value
  ])('a malformed value %s authorizes no CA: a CAA-04 warning naming tag and value', (value) => {
    const parsed = parseCaaRecord(`0 issuewild ${value}`);
    expect(parsed.ok).toBe(true);
    expect(parsed.record?.issuerDomain).toBeUndefined();
    expect(parsed.record?.parameters).toBeUndefined();
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'caa.value.malformed',
        rule: 'CAA-04',
        severity: 'warning',
        params: { tag: 'issuewild', value: JSON.parse(value) },
      }),
    ]);
  });
});

describe('readCaaRecord — records as objects', () => {
  it.each([
    [{ flags: 0, tag: 'issue', value: 'ca.example' }, undefined],
    [{ flags: 255, tag: 'issue', value: 'ca.example' }, undefined],
    [{ flags: '0', tag: 'issue', value: 'ca.example' }, 'flags'],
    [{ flags: 1.5, tag: 'issue', value: 'ca.example' }, 'flags'],
    [{ flags: -1, tag: 'issue', value: 'ca.example' }, 'flags'],
    [{ flags: 256, tag: 'issue', value: 'ca.example' }, 'flags'],
    [{ flags: 0, tag: 5, value: 'ca.example' }, 'tag'],
    [{ flags: 0, tag: 'is_sue', value: 'ca.example' }, 'tag'],
    [{ flags: 0, tag: 'issue', value: 5 }, 'value'],
    [{ flags: 0, tag: 'iodef', value: 'a'.repeat(4096) }, undefined],
    [{ flags: 0, tag: 'iodef', value: 'a'.repeat(4097) }, 'value'],
    [{ critical: 0, issue: 'ca.example' }, undefined],
    [{ critical: 255, issue: 'ca.example' }, undefined],
    [{ critical: '0', issue: 'ca.example' }, 'critical'],
    [{ critical: 0.5, issue: 'ca.example' }, 'critical'],
    [{ critical: -1, issue: 'ca.example' }, 'critical'],
    [{ critical: 256, issue: 'ca.example' }, 'critical'],
    [{ critical: 0 }, 'tag'],
    [{ critical: 0, issue: 'ca.example', iodef: 'mailto:a@example.com' }, 'tag'],
    [{ critical: 0, is_sue: 'ca.example' }, 'tag'],
    [{ critical: 0, issue: 5 }, 'value'],
    [{ critical: 0, iodef: 'a'.repeat(4096) }, undefined],
    [{ critical: 0, iodef: 'a'.repeat(4097) }, 'value'],
    [null, 'record'],
    [['0 issue "ca.example"'], 'record'],
    [7, 'record'],
  ])('%j → %s', (input, part) => {
    const read = readCaaRecord(input);
    expect(partOf(read)).toBe(part);
    expect(read.record === undefined).toBe(part !== undefined);
  });

  it('parseCaaFields throws on fields of the wrong type, naming the field', () => {
    for (const [record, path] of [
      [null, 'record'],
      [{ flags: 'x', tag: 'issue', value: 'v' }, 'record.flags'],
      [{ flags: 0, tag: 'a b', value: 'v' }, 'record.tag'],
      [{ flags: 0, tag: 'issue', value: null }, 'record.value'],
    ] as const) {
      const error = thrown(() => parseCaaFields(record as never));
      expect(error.code).toBe('argument.invalid');
      expect(error.issues[0]?.params).toMatchObject({ path });
      if (path !== 'record')
        expect(error.issues[0]?.params).toMatchObject({ expected: 'a CAA flags byte, tag and value' });
    }
    expect(parseCaaFields({ flags: 128, tag: 'Tbs', value: 'x' }).record).toEqual({
      flags: 128,
      tag: 'tbs',
      value: 'x',
      critical: true,
    });
  });
});

describe('KNOWN_CAA_TAGS', () => {
  it('holds the tags of RFC 8659, RFC 8657 and the BR contact tags, and cannot be changed', () => {
    expect([...KNOWN_CAA_TAGS]).toEqual(['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone']);
    const set = KNOWN_CAA_TAGS as Set<string>;
    expect(() => set.add('tbs')).toThrow('KNOWN_CAA_TAGS is read-only');
    expect(() => set.delete('issue')).toThrow('KNOWN_CAA_TAGS is read-only');
    expect(() => set.clear()).toThrow('KNOWN_CAA_TAGS is read-only');
    expect(KNOWN_CAA_TAGS.has('tbs')).toBe(false);
    expect(KNOWN_CAA_TAGS.size).toBe(5);
  });

  it.each(['issue', 'issuewild', 'iodef', 'contactemail', 'contactphone'])(
    'a critical %s record is understood, so it does not forbid issuance by itself',
    (tag) => {
      const value = tag.startsWith('issue') ? 'sectigo.com' : 'mailto:a@example.com';
      const lookup = (name: string) => (name === 'example.com' ? [{ flags: 128, tag, value }] : []);
      expect(evaluateCaa('www.example.com', lookup, ['sectigo.com']).issues.map((issue) => issue.code)).not.toContain(
        'caa.critical-unknown',
      );
    },
  );
});
