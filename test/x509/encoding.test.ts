import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64, toHex } from '../../src/x509/der/encoding.js';

/** The straightforward definitions the fast table-driven code must agree with. */
const reference = {
  toBase64: (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes)),
  fromBase64(text: string): Uint8Array | undefined {
    const compact = text.replace(/\s+/g, '');
    if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return undefined;
    return Uint8Array.from(atob(compact), (character) => character.charCodeAt(0));
  },
  toHex: (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join(''),
};

describe('base64 and hex (issue 22: table-driven)', () => {
  it('encodes as btoa and hex as toString(16) do, every length', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        expect(toBase64(bytes)).toBe(reference.toBase64(bytes));
        expect(toHex(bytes)).toBe(reference.toHex(bytes));
        expect(fromBase64(toBase64(bytes))).toEqual(bytes);
      }),
    );
  });

  it('decodes, and refuses, exactly what the strict regex and atob do', () => {
    const alphabet = [
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
      '=',
      ' ',
      '\n',
      '\r',
      '\t',
      '-',
      '_',
      '.',
      '\u00a0',
      '\u2028',
      'é',
    ];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((characters) => characters.join(''));
    const wrapped = fc.uint8Array({ maxLength: 60 }).map((bytes) => toBase64(bytes).replace(/.{1,8}/g, '$&\r\n'));
    fc.assert(
      fc.property(fc.oneof(text, wrapped), (input) => {
        expect(fromBase64(input)).toEqual(reference.fromBase64(input));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['', []],
    ['QQ==', [0x41]],
    ['QUI=', [0x41, 0x42]],
    ['QUJD\r\n', [0x41, 0x42, 0x43]],
  ])('fromBase64(%j)', (input, bytes) => {
    expect(fromBase64(input)).toEqual(Uint8Array.from(bytes));
  });

  it.each(['Q', 'QQ=', 'Q===', 'QQ==QQ==', '=QQQ', 'QU-D', 'QUJD='])('refuses %j', (input) => {
    expect(fromBase64(input)).toBeUndefined();
  });
});
