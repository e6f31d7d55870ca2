import { describe, expect, it } from 'vitest';
import { definePolicy } from '../../src/policy/index.js';
import { compileWordList, compileWordMatcher, createScreen, leetFold, skeleton } from '../../src/screen/index.js';
import { lazy } from '../lazy.js';
import { thrown } from '../thrown.js';
import { expectWellFormed } from '../well-formed.js';

const screenOf = lazy(() => createScreen());
/** The default screen, every result's issues checked for rule, subject and message. */
const screen = (domain: unknown, options: Parameters<ReturnType<typeof createScreen>>[1]) => {
  const result = screenOf()(domain, options);
  expectWellFormed(result.issues.filter((issue) => issue.code !== 'domain.type'));
  return result;
};
const DV = { validation: 'DV' } as const;

describe('screen — hits that are not words (SCREEN-03)', () => {
  it('an IP address is one hit on the whole address, read as ASCII, with no word', () => {
    const result = screen('2001:DB8::1', DV);
    expect(result.hits).toEqual([
      { kind: 'ip', label: '2001:db8::1', labelIndex: 0, start: 0, end: 11, form: 'ascii' },
    ]);
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'screen.ip',
        rule: 'SCREEN-03',
        subject: '2001:db8::1',
        params: expect.objectContaining({ word: '', label: '2001:db8::1', form: 'ascii', validation: 'DV' }),
      }),
    ]);
  });

  it('a single-label host name is a hit on the label, read as ASCII', () => {
    expect(screen('intranet', { validation: 'OV' }).hits[0]).toEqual({
      kind: 'hostname',
      label: 'intranet',
      labelIndex: 0,
      start: 0,
      end: 8,
      form: 'ascii',
    });
  });
});

describe('screen — names as written', () => {
  it('issues are about the name as the caller wrote it', () => {
    const result = screen('Bank.Shop.CN', { validation: 'OV' });
    expect(result.verdict).toBe('manual-review');
    expect(result.issues.map((issue) => issue.subject)).toEqual(['Bank.Shop.CN']);
  });

  it('a wildcard is screened without its `*.`', () => {
    expect(screen('*.bank.shop.cn', DV).hits).toEqual([
      { kind: 'word', word: 'bank', label: 'bank', labelIndex: 0, start: 0, end: 4, form: 'ascii' },
    ]);
  });

  it('SCREEN-02: a TLD is excepted only when it is the whole word, not when it holds it', () => {
    expect(screen('shop.live', DV).verdict).toBe('pass');
    expect(screen('shop.xlivex', DV).hits.map((hit) => hit.word)).toEqual(['live']);
    expect(screen('shop.golive', DV).hits.map((hit) => hit.word)).toEqual(['live']);
  });

  it('a word list with no respelled words still reads confusable labels as skeletons', () => {
    const google = createScreen({ policy: definePolicy({ screen: { words: ['google'] } }) });
    expect(google('gооgle.cn', DV).hits).toEqual([
      { kind: 'word', word: 'google', label: 'google', labelIndex: 0, start: 0, end: 6, form: 'skeleton' },
    ]);
    expect(google('g00gle.cn', DV).hits.map((hit) => hit.form)).toEqual(['skeleton']);
  });
});

describe('screen — arguments', () => {
  it('an unknown validation level is refused with the levels it knows (SCREEN-04)', () => {
    const error = thrown(() => screenOf()('example.com', { validation: 'dv' } as never));
    expect(error.code).toBe('screen.validation');
    expect(error.issues[0]).toMatchObject({
      rule: 'SCREEN-04',
      params: { validation: 'dv', known: ['DV', 'OV', 'EV'] },
    });
    expect(thrown(() => screenOf()('example.com', undefined as never)).code).toBe('screen.validation');
  });

  it('a brand that is not text is refused by name', () => {
    const error = thrown(() => screenOf()('example.com', { validation: 'DV', brand: 7 as never }));
    expect(error.issues[0]?.params).toMatchObject({ path: 'options.brand' });
  });

  it.each([
    [() => skeleton(1 as never), 'text'],
    [() => leetFold(1 as never), 'text'],
    [() => compileWordMatcher('bank' as never), 'words'],
    [() => compileWordMatcher([]).find(1 as never), 'text'],
    [() => compileWordList(null as never, {}), 'words'],
    [() => compileWordList([], null as never), 'modes'],
  ])('the matchers refuse (%#) naming %s', (call, path) => {
    expect(thrown(call).issues[0]?.params).toMatchObject({ path });
  });

  it('a form the word list does not know is refused with the forms it knows', () => {
    const error = thrown(() => compileWordList(['bank'], {}).find('bank', 'punycode' as never));
    expect(error.issues[0]?.params).toMatchObject({ expected: 'ascii | unicode | skeleton | folded' });
  });
});
