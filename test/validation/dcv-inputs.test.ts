import { describe, expect, it } from 'vitest';
import { checkFileValidation, dnsValidationRecord, fileValidation } from '../../src/validation/index.js';
import { thrown } from '../thrown.js';

const record = { domain: 'www.example.com', token: 'abc123', value: 'token-value', type: 'TXT' } as const;

describe('dnsValidationRecord — every input read at the door (DCV-01, DCV-04)', () => {
  const refused: [string, Record<string, unknown>, string][] = [
    ['no token', { token: undefined }, 'token'],
    ['an empty token', { token: '' }, 'token'],
    ['a token with a leading hyphen', { token: '-abc' }, 'token'],
    ['a token with a trailing hyphen', { token: 'abc-' }, 'token'],
    ['a token with a dot', { token: 'a.b' }, 'token'],
    ['a token with two underscores', { token: '__abc' }, 'token'],
    ['a token of 63 characters (64 with its underscore)', { token: 'a'.repeat(63) }, 'token'],
    ['a record type other than TXT or CNAME', { type: 'A' }, 'type'],
    ['no value', { value: undefined }, 'value'],
    ['an empty value', { value: '' }, 'value'],
    ['a value of 256 characters', { value: 'v'.repeat(256) }, 'value'],
    ['a value with a space', { value: 'a b' }, 'value'],
    ['a value in quotes', { value: '"token"' }, 'value'],
    ['a zone the name is not in', { zone: 'example.org' }, 'zone'],
    [
      'a name too long with its token label',
      { domain: `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(57)}.com`, token: 'a'.repeat(10) },
      'token',
    ],
  ];
  it.each(refused)('refuses %s with dcv.argument.invalid naming the field', (_what, change, field) => {
    const error = thrown(() => dnsValidationRecord({ ...record, ...change } as never));
    expect(error.code).toBe('dcv.argument.invalid');
    expect(error.params).toMatchObject({ field });
  });

  it('no input object at all is refused as a bad domain, not a TypeError', () => {
    for (const call of [() => dnsValidationRecord(null as never), () => fileValidation(undefined as never)])
      expect(thrown(call).code).toBe('domain.type');
  });

  it('takes the longest token, a leading underscore once, and a 255-character value', () => {
    expect(dnsValidationRecord({ ...record, token: 'a'.repeat(62) }).fqdn).toBe(`_${'a'.repeat(62)}.www.example.com`);
    expect(dnsValidationRecord({ ...record, token: '_AbC' }).fqdn).toBe('_abc.www.example.com');
    expect(dnsValidationRecord({ ...record, token: 'a' }).fqdn).toBe('_a.www.example.com');
    expect(dnsValidationRecord({ ...record, value: 'v'.repeat(255) }).value).toBe('v'.repeat(255));
    // the record's name at the 253-character limit, and one past it
    const host = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(57)}.com`;
    expect(dnsValidationRecord({ ...record, domain: host, token: 't'.repeat(7) }).fqdn).toHaveLength(253);
    expect(thrown(() => dnsValidationRecord({ ...record, domain: host, token: 't'.repeat(8) })).params).toMatchObject({
      field: 'token',
    });
  });

  it('an explicit zone names the record relative to it, and CNAME targets are compared in lower case without the dot', () => {
    expect(dnsValidationRecord({ ...record, zone: 'www.example.com' }).relativeName).toBe('_abc123');
    expect(dnsValidationRecord({ ...record, type: 'CNAME', value: 'X.Sectigo.COM.' }).value).toBe('x.sectigo.com');
    expect(dnsValidationRecord({ ...record, value: 'Token.' }).value).toBe('Token.'); // TXT values are exact
  });

  it('a name with no primary domain is its own zone', () => {
    expect(dnsValidationRecord({ ...record, domain: 'com.cn' })).toMatchObject({
      zone: 'com.cn',
      relativeName: '_abc123',
    });
  });
});

describe('fileValidation — every input read at the door (DCV-02)', () => {
  const file = { domain: 'www.example.com', path: 'ABC.txt', content: 'token' };
  const refused: [string, Record<string, unknown>, string][] = [
    ['no path', { path: undefined }, 'path'],
    ['an empty path', { path: '' }, 'path'],
    ['a hidden file', { path: '.htaccess' }, 'path'],
    ['a path with a folder', { path: 'a/b.txt' }, 'path'],
    ['a path climbing out', { path: 'a..txt' }, 'path'],
    ['a path of 129 characters', { path: 'a'.repeat(129) }, 'path'],
    ['content that is not text', { content: 7 }, 'content'],
    ['content over 64 KiB', { content: 'x'.repeat(65_537) }, 'content'],
  ];
  it.each(refused)('refuses %s with dcv.argument.invalid naming the field', (_what, change, field) => {
    const error = thrown(() => fileValidation({ ...file, ...change } as never));
    expect(error.code).toBe('dcv.argument.invalid');
    expect(error.params).toMatchObject({ field });
  });

  it('takes a 128-character name and exactly 64 KiB of content', () => {
    expect(fileValidation({ ...file, path: 'a'.repeat(128) }).urls[0]).toBe(
      `http://www.example.com/.well-known/pki-validation/${'a'.repeat(128)}`,
    );
    expect(fileValidation({ ...file, content: 'x'.repeat(65_536) }).content).toHaveLength(65_536);
  });

  it('refuses a wildcard with dcv.file.wildcard (DCV-02) about the name', () => {
    const error = thrown(() => fileValidation({ ...file, domain: '*.example.com' }));
    expect(error.issues[0]).toMatchObject({ code: 'dcv.file.wildcard', rule: 'DCV-02', subject: '*.example.com' });
  });
});

describe('checkFileValidation — observations read at the door, redirects by status', () => {
  const expected = () => fileValidation({ domain: 'www.example.com', path: 'ABC.txt', content: 'token' });
  const [http, https] = ['http', 'https'].map(
    (scheme) => `${scheme}://www.example.com/.well-known/pki-validation/ABC.txt`,
  ) as [string, string];
  const ok = (url: string) => ({ url, status: 200, body: 'token' });

  const refused: [string, unknown, string][] = [
    ['observations that are not a list', { url: http }, 'observations'],
    ['an observation that is not an object', [ok(http), null], 'observations[1]'],
    ['an observation that is a number', [5], 'observations[0]'],
    ['a redirect that is not an object', [{ ...ok(http), redirects: [null] }], 'observations[0].redirects'],
    ['an observation without a url', [{ status: 200, body: 'token' }], 'observations[0].url'],
    ['a status that is not a number', [{ ...ok(http), status: '200' }], 'observations[0].status'],
    ['a body that is not text', [{ ...ok(http), body: null }], 'observations[0].body'],
    ['redirects that are not a list', [{ ...ok(http), redirects: {} }], 'observations[0].redirects'],
    ['a redirect without a location', [{ ...ok(http), redirects: [{ status: 301 }] }], 'observations[0].redirects'],
    ['a redirect without a status', [{ ...ok(http), redirects: [{ location: https }] }], 'observations[0].redirects'],
  ];
  it.each(refused)('refuses %s, naming it', (_what, observations, field) => {
    const error = thrown(() => checkFileValidation(observations as never, expected()));
    expect(error.code).toBe('dcv.argument.invalid');
    expect(error.params).toMatchObject({ field });
  });

  it.each([
    ['no expectation', undefined],
    ['urls that are not a list', { urls: 'x', content: 'token' }],
    ['a url that is not text', { urls: [http, 7], content: 'token' }],
    ['content that is not text', { urls: [http, https], content: 7 }],
  ])('refuses %s as the expected file', (_what, wrong) => {
    expect(thrown(() => checkFileValidation([ok(http), ok(https)], wrong as never)).params).toMatchObject({
      field: 'expected',
    });
  });

  it('only a 3xx hop is a redirect (300 and 399 are, 299 and 400 are not), reported with its status and location', () => {
    const via = (status: number) => [{ ...ok(http), redirects: [{ status, location: https }] }, ok(https)];
    for (const status of [300, 301, 302, 399]) {
      const [issue] = checkFileValidation(via(status), expected()).issues;
      expect(issue).toMatchObject({
        code: 'dcv.file.redirect',
        rule: 'DCV-02',
        subject: http,
        params: { url: http, status, location: https },
      });
    }
    for (const status of [200, 299, 400]) expect(checkFileValidation(via(status), expected()).ok).toBe(true);
  });

  it('forgives one trailing LF or CRLF, no more', () => {
    const body = (text: string) => [{ ...ok(http), body: text }, ok(https)];
    expect(checkFileValidation(body('token\n'), expected()).ok).toBe(true);
    expect(checkFileValidation(body('token\r\n'), expected()).ok).toBe(true);
    expect(checkFileValidation(body('token\n\n'), expected()).ok).toBe(false);
  });

  it('HTTPS differing is told apart only when HTTP was right; a failed HTTP answer leaves it plain content', () => {
    const codes = (observations: unknown[]) =>
      checkFileValidation(observations as never, expected()).issues.map((i) => i.code);
    expect(
      codes([
        { ...ok(http), status: 500 },
        { ...ok(https), body: 'other' },
      ]),
    ).toEqual(['dcv.file.status', 'dcv.file.content']);
    expect(codes([ok(https), { ...ok(http), body: 'other' }])).toEqual(['dcv.file.content']);
    expect(codes([{ ...ok(https), body: 'other' }])).toEqual(['dcv.file.not-checked', 'dcv.file.content']);
  });
});
