import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CertkitError } from '../../src/core/index.js';
import { validateDomain } from '../../src/domain/index.js';
import { formatIssue } from '../../src/messages/index.js';
import { definePolicy, presets } from '../../src/policy/index.js';
import { createScreen, leetFold, type Screen, skeleton } from '../../src/screen/index.js';
import { lazy } from '../lazy.js';
import { wellFormed } from '../well-formed.js';

const defaultScreen = lazy(() => createScreen());
/** Every verdict's issues are checked for their rule, subject and message (test/well-formed.ts). */
const screen: Screen = wellFormed((domain: Parameters<Screen>[0], options: Parameters<Screen>[1]) =>
  defaultScreen()(domain, options),
);
const dv = { validation: 'DV' } as const;
const wordsOf = (domain: string, options = dv) => screen(domain, options).hits.map((hit) => hit.word ?? hit.kind);

describe('SCREEN-01: the default word list, as substrings of labels', () => {
  it('ships the vendor list plus "pay"', () => {
    expect(presets['tencent-2024'].screen.words).toEqual(
      expect.arrayContaining([
        'bank',
        'banc',
        'alpha',
        'test',
        'example',
        'credit',
        'apple',
        'ebay',
        'trust',
        'root',
        'amazon',
      ]),
    );
    expect(presets['tencent-2024'].screen.words).toEqual(
      expect.arrayContaining([
        'android',
        'visa',
        'google',
        'discover',
        'financial',
        'wordpress',
        'pal',
        'hp',
        'lv',
        'free',
        'scp',
        'live',
        'pw',
        'pay',
      ]),
    );
    expect(presets['tencent-2023'].screen.words).toEqual(presets['tencent-2024'].screen.words);
  });

  it.each([
    ['bank.tencent.cn', ['bank']],
    ['mybanking.cn', ['bank']],
    ['secure-paypal.com', ['pay', 'pal']],
    ['shop.example.com', ['example']],
    ['php-docs.cn', ['hp']],
    ['www.tencent.com', []],
    ['shop.qq.com', []],
  ])('%s → %j', (domain, words) => {
    expect(wordsOf(domain)).toEqual(words);
  });

  it('says where each word is: label, index, offsets, form', () => {
    expect(screen('login.secure-paypal.com', dv).hits).toEqual([
      { kind: 'word', word: 'pay', label: 'secure-paypal', labelIndex: 1, start: 7, end: 10, form: 'ascii' },
      { kind: 'word', word: 'pal', label: 'secure-paypal', labelIndex: 1, start: 10, end: 13, form: 'ascii' },
    ]);
  });

  it('lets a policy match a word as a whole label or as a token, and per brand', () => {
    const policy = definePolicy({ screen: { words: ['bank', 'pay'], matchModes: { bank: 'token', pay: 'label' } } });
    const custom = createScreen(policy);
    expect(custom('my-bank24.cn', dv).hits.map((hit) => hit.word)).toEqual(['bank']);
    expect(custom('mybank.cn', dv).verdict).toBe('pass');
    expect(custom('pay.cn', dv).hits.map((hit) => hit.word)).toEqual(['pay']);
    expect(custom('paypay.cn', dv).verdict).toBe('pass');
    const branded = createScreen(definePolicy({ screen: { brandWords: { WoTrus: ['wallet'] } } }));
    expect(branded('my-wallet.cn', { validation: 'DV', brand: 'WoTrus' }).verdict).toBe('reject');
    expect(branded('bank.cn', { validation: 'DV', brand: 'WoTrus' }).verdict).toBe('pass'); // the brand's list replaces the default
    expect(branded('bank.cn', { validation: 'DV', brand: 'TrustAsia' }).verdict).toBe('reject');
  });
});

describe('SCREEN-02: TLD exceptions', () => {
  it('live and pw are not word hits when they are only the TLD', () => {
    expect(screen('shop.live', dv).verdict).toBe('pass');
    expect(wordsOf('live.shop.live')).toEqual(['live']);
    expect(wordsOf('liveshow.cn')).toEqual(['live']);
    expect(wordsOf('pwned.cn')).toEqual(['pw']);
  });

  it('DOM-05: .pw still fails DV as a refused TLD, with its own hit kind', () => {
    expect(screen('www.qq.pw', dv).hits).toEqual([
      { kind: 'tld', word: 'pw', label: 'pw', labelIndex: 2, start: 0, end: 2, form: 'ascii' },
    ]);
    expect(screen('www.qcloud.pw', dv).issues[0]).toMatchObject({ code: 'domain.tld.dv-refused', rule: 'DOM-05' });
    // DOM-05 is one issue whoever finds it: the screen's is validateDomain's.
    expect(screen('www.qcloud.pw', dv).issues[0]).toEqual(validateDomain('www.qcloud.pw', dv).issues[0]);
    expect(screen('www.qq.pw', { validation: 'OV' }).verdict).toBe('pass');
  });
});

describe('SCREEN-03: IPs and bare host names', () => {
  it.each(['10.0.0.1', '192.168.1.1', '8.8.8.8', '2001:db8::1'])('%s is a hit', (ip) => {
    const result = screen(ip, dv);
    expect(result.verdict).toBe('reject');
    expect(result.hits[0]?.kind).toBe('ip');
    expect(result.issues[0]).toMatchObject({ code: 'screen.ip', rule: 'SCREEN-03' });
  });

  it('a single-label host name is a hit', () => {
    expect(screen('intranet', dv).hits[0]).toMatchObject({ kind: 'hostname', label: 'intranet' });
    expect(screen('intranet', dv).issues[0]).toMatchObject({ code: 'screen.hostname', rule: 'SCREEN-03' });
  });
});

describe('SCREEN-04: DV refuses, OV/EV go to manual review', () => {
  it('gives the verdict by validation level', () => {
    expect(screen('bank.tencent.cn', dv).verdict).toBe('reject');
    expect(screen('bank.tencent.cn', { validation: 'OV' }).verdict).toBe('manual-review');
    expect(screen('bank.tencent.cn', { validation: 'EV' }).verdict).toBe('manual-review');
    expect(screen('shop.tencent.cn', { validation: 'EV' })).toEqual({ verdict: 'pass', hits: [], issues: [] });
    expect(screen('bank.tencent.cn', { validation: 'OV' }).issues[0]?.severity).toBe('warning');
    expect(screen('bank.tencent.cn', dv).issues[0]?.severity).toBe('error');
  });

  it('the leet fold applies to DV by default, not to OV/EV', () => {
    expect(screen('4pple.cn', dv).hits[0]).toMatchObject({ word: 'apple', form: 'folded' });
    expect(screen('4pple.cn', { validation: 'OV' }).verdict).toBe('pass');
  });

  it('refuses an unknown validation level, and rejects invalid names with the reason', () => {
    expect(() => screen('a.cn', { validation: 'XV' } as never)).toThrow(CertkitError);
    expect(() => screen('a.cn', undefined as never)).toThrow(CertkitError);
    expect(screen('a_b.cn', dv)).toMatchObject({
      verdict: 'reject',
      hits: [],
      issues: [{ code: 'domain.character.invalid' }],
    });
    expect(screen(42, dv).issues[0]?.code).toBe('domain.type');
  });
});

describe('SCREEN-05: which word, where, and the remedies, in both locales', () => {
  it('carries the remedies and renders them', () => {
    const issue = screen('mybank.cn', dv).issues[0];
    expect(issue).toMatchObject({
      code: 'screen.word',
      rule: 'SCREEN-01',
      params: { word: 'bank', label: 'mybank', form: 'ascii' },
    });
    expect(issue?.params.remedies).toEqual(['change-host-name', 'choose-ov-ev', 'other-primary-domain']);
    if (issue === undefined) return;
    expect(formatIssue(issue)).toContain('"mybank.cn" contains the sensitive word "bank" in "mybank"');
    expect(formatIssue(issue)).toContain(
      'Change the host-name part, choose an OV or EV certificate, or use another primary domain.',
    );
    expect(formatIssue(issue, 'zh-CN')).toContain('建议更换域名中的主机名部分、选择 OV 或 EV 证书，或更换主域名');
  });
});

describe('IDN look-alikes', () => {
  it.each([
    ['gооgle.com', 'google', 'skeleton'], // Cyrillic о
    ['xn--ggle-0nda.com', 'google', 'skeleton'], // the same, as A-labels
    ['раураl.cn', 'pay', 'skeleton'], // Cyrillic р, а, у
    ['ｇｏｏｇｌｅ.cn', 'google', 'ascii'], // full-width: IDNA maps it to ASCII first
    ['arnazon.cn', 'amazon', 'skeleton'], // rn reads as m
    ['paypál.cn', 'pay', 'unicode'],
    ['g00gle.cn', 'google', 'skeleton'], // 0 is confusable with o in UTS #39
    ['4pple.cn', 'apple', 'folded'],
    ['b4nk.cn', 'bank', 'folded'],
  ])('%s hides %s (%s form)', (domain, word, form) => {
    const hit = screen(domain, dv).hits.find((candidate) => candidate.word === word);
    expect(hit?.form).toBe(form);
  });

  it('skeleton and leetFold', () => {
    expect(skeleton('gооgle')).toBe('google');
    expect(skeleton('amazon')).toBe('arnazon');
    expect(skeleton('paypál')).toBe('paypal');
    expect(leetFold('g00gle-4pp1e')).toBe('google-apple');
  });
});

describe('screen — properties', () => {
  const words = presets['tencent-2024'].screen.words;
  // Letters that no listed word (nor its skeleton or fold) can be made of.
  const safeLabel = fc.string({
    unit: fc.constantFrom('j', 'k', 'q', 'x', 'z', 'u', 'y'),
    minLength: 1,
    maxLength: 12,
  });
  const domain = fc.array(safeLabel, { minLength: 1, maxLength: 3 }).map((labels) => [...labels, 'cn']);

  it('inserting any listed word into any label makes the DV verdict reject', () => {
    fc.assert(
      fc.property(domain, fc.constantFrom(...words), fc.nat(), fc.nat(), (labels, word, which, at) => {
        const index = which % (labels.length - 1);
        const label = labels[index] as string;
        const position = at % (label.length + 1);
        const spiked = labels.map((l, i) => (i === index ? `${l.slice(0, position)}${word}${l.slice(position)}` : l));
        fc.pre(spiked.every((l) => l.length <= 63));
        const result = screen(spiked.join('.'), dv);
        expect(result.verdict).toBe('reject');
        expect(result.hits.some((hit) => hit.word === word && hit.labelIndex === index)).toBe(true);
      }),
    );
  });

  it('a domain made only of letters forming no word passes', () => {
    fc.assert(
      fc.property(domain, (labels) => {
        expect(screen(labels.join('.'), dv)).toEqual({ verdict: 'pass', hits: [], issues: [] });
      }),
    );
  });

  it('results do not depend on case or a trailing dot', () => {
    fc.assert(
      fc.property(domain, fc.constantFrom(...words), fc.boolean(), (labels, word, dot) => {
        const name = [word, ...labels].join('.');
        const variant = `${name.toUpperCase()}${dot ? '.' : ''}`;
        expect(screen(variant, dv).hits).toEqual(screen(name, dv).hits);
        expect(screen(variant, dv).verdict).toBe(screen(name, dv).verdict);
      }),
    );
  });

  it('never throws on arbitrary domains', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ unit: 'grapheme', maxLength: 40 })), (input) => {
        expect(['pass', 'reject', 'manual-review']).toContain(screen(input, dv).verdict);
      }),
    );
  });
});

describe('messages quote the label as the user wrote it (issue 18)', () => {
  it.each([
    ['gооgle.com', 'google', 'gооgle', 'skeleton'], // Cyrillic о: found in the skeleton, quoted as typed
    ['xn--pypal-4ve.com', 'pay', 'pаypal', 'skeleton'], // an A-label: quoted in its Unicode form
    ['secure-paypal.com', 'pay', 'secure-paypal', 'ascii'],
  ])('%s: "%s" in "%s" (%s form)', (input, word, label, form) => {
    const issue = screen(input, dv).issues.find((found) => (found.params as { word?: string }).word === word);
    expect(issue?.params).toMatchObject({ word, label, form });
    expect(formatIssue(issue as never, 'en')).toContain(`"${word}" in "${label}" (${form} form)`);
  });
});

describe('SCREEN-02: the two readings of "pw" (issue 19)', () => {
  it('English editions (the default): the .pw ending alone is no word hit, so an OV www.shop.pw passes', () => {
    expect(screen('www.shop.pw', { validation: 'OV' }).verdict).toBe('pass');
  });

  it('the Chinese edition (FAQ-zh-2024: the word includes the .pw ending) is the policy without that exception', () => {
    const chinese = createScreen({ policy: definePolicy({ screen: { tldExceptions: ['live'] } }) });
    const result = chinese('www.shop.pw', { validation: 'OV' });
    expect(result.verdict).toBe('manual-review');
    expect(result.hits).toEqual([expect.objectContaining({ kind: 'word', word: 'pw', label: 'pw' })]);
    // .live stays excepted in both readings
    expect(chinese('shop.live', { validation: 'OV' }).verdict).toBe('pass');
  });
});
